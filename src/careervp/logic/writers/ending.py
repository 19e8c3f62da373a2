"""How a letter ends: on a requirement of this posting named as a short noun phrase, so the close could end no
other letter."""

from __future__ import annotations

from careervp.logic.writers.plan import LetterPlan


def closing_topic(plan: LetterPlan) -> str | None:
    """The posting's requirement the letter ends on: the last one its points answer that the opening did not name as
    the role's focus, else that focus, else another requirement the CV meets; only a short phrase that names a thing
    ("occupancy", "boundary retracement"), never a bare activity ("leading") or a long line of the posting."""
    asked = [p.topic for p in plan.points[:3] if p.topic and p.asked and p.topic not in plan.role_focus]
    also = [topic for topic, _ in plan.also_met]
    fitting = [t for t in [*asked[::-1], *plan.role_focus[::-1], *also] if _endable(t)]
    return fitting[0] if fitting else None


def _endable(topic: str) -> bool:
    """A tool or product ("CargoWise One") is used, not approached; "event or hospitality" is a choice, not a topic."""
    words = topic.split()
    named = sum(1 for w in words if w[:1].isupper())
    return (
        1 <= len(words) <= 5
        and " or " not in f" {topic} "
        and 2 * named < len(words) + (len(words) > 1)
        and not (len(words) == 1 and words[0].endswith("ing"))
    )
