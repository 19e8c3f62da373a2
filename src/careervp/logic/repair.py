"""The offline writer's letter, made to pass its own checker before anyone sees it.

The template writer builds letters from the evidence map alone, so a critical finding on one of its letters is a
disagreement between the writer and the checker, a bug in one of them, never the user's problem. Until the bug is
fixed (the self-consistency property tests exist to find it), the sentences that carry the findings are taken out
and the letter is verified again. Only candidate facts are repaired this way: a letter that misnames the target
company or job is not a letter to patch.
"""

from __future__ import annotations

from collections.abc import Callable

from careervp.logic.analysed_letter import analyse_letter
from careervp.models.api import FVSValidation

_REPAIRABLE = frozenset({"employer", "role", "date_or_duration", "metric", "credential", "skill", "company_fact"})
MAX_ROUNDS = 3


def without_flagged_sentences(text: str, fvs: FVSValidation) -> str | None:
    """`text` without the body sentences holding a critical candidate-fact finding, or None when nothing can be
    taken out (no such finding, or one outside the body)."""
    letter = analyse_letter(text).reading  # the reading the check that flagged it made
    body = letter.body
    doomed = set()
    for violation in fvs.critical:
        if violation.field not in _REPAIRABLE or violation.span_start is None:
            return None
        sentence = next((s for s in body if s.start <= violation.span_start < s.end), None)
        if sentence is None:
            return None
        doomed.add((sentence.start, sentence.end))
    if not doomed:
        return None
    kept = text
    for start, end in sorted(doomed, reverse=True):
        kept = kept[:start] + kept[end:]
    return _tidy(kept)


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs: list[str] = []
    for block in "\n".join(lines).split("\n\n"):
        if block.strip():
            paragraphs.append(block.strip())
    return "\n\n".join(paragraphs) + "\n"


def repaired(text: str, verify: Callable[[str], FVSValidation]) -> tuple[str, FVSValidation]:
    """The letter and its verdict after at most MAX_ROUNDS of taking out flagged sentences."""
    fvs = verify(text)
    for _ in range(MAX_ROUNDS):
        if fvs.is_valid:
            break
        smaller = without_flagged_sentences(text, fvs)
        if smaller is None:
            break
        text, fvs = smaller, verify(smaller)
    return text, fvs
