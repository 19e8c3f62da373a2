"""Sentences about the CV's record beyond its results: degrees, credentials, earlier posts, the profile line, and the
gap. Each is written only when its parts are well formed (a degree line in its proper slots, an employer that is an
organisation, a credential without its course title), so a broken CV line is left out rather than set in a frame."""

from __future__ import annotations

import re
from collections.abc import Callable

from careervp.logic.evidence.facts import credential_name
from careervp.logic.writers import template_content as content
from careervp.logic.writers.career import years_phrase
from careervp.logic.writers.noun_phrases import gap_kind, summary_sentence
from careervp.logic.writers.pieces import (
    IN_PROGRESS,
    credential_line,
    held_credential,
    is_degree_line,
)
from careervp.logic.writers.registers import Register
from careervp.logic.writers.shapes import NOUN_SLOT, THING_SLOT, fits
from careervp.logic.writers.wording import article, institution, quoted
from careervp.models.evidence import EvidenceFact, EvidenceMap

Fill = Callable[..., str]
"""The letter's frame filler: (frames, slot, **values) -> the chosen frame, filled."""
_PERSON_TITLE = re.compile(r"^(?:Certified|Registered|Licensed|Chartered)\b.*(?:er|or|ist|ian|ant|nurse)$")
"""A credential named as the person who holds it ("Certified Crop Adviser"): one is it, one does not hold it."""


def profile_sentence(evidence: EvidenceMap) -> str:
    """The CV's own profile line, for the opening of a letter that would otherwise fall short; never when it counts
    years differently from the opening ("13 years" beside 14, "thirteen years"): one count, said once."""
    text = summary_sentence(evidence)
    stated = years_phrase(evidence) or ""
    years = stated.removesuffix(" years") if stated[:1].isdigit() else "none"  # the whole span, in the field only
    counted = re.findall(r"(\d+)\+? years?\b", text or "")
    if not text or any(n != years for n in counted) or re.search(r"[a-z] years?\b", text):
        return ""
    return text.removeprefix("In short, ")


def degree_sentence(degree: EvidenceFact) -> str:
    line = quoted(degree.text)
    studying = IN_PROGRESS.search(line)
    if studying is not None:  # never "earned": the degree is still being studied
        name, _, school = line[: studying.start()].partition(" from ")
        due = f", due in {studying.group('year')}" if studying.group("year") else ""
        return f"I am completing my {name} at {institution(school)}{due}."
    return f"I earned my {institution(line)}." if is_degree_line(line) else ""


def credential_phrase(credential: EvidenceFact) -> str:
    return held_credential(credential_line(quoted(credential_name(credential))))


def gap_sentence(gap: content.Gap, register: Register, fill: Fill) -> str:
    """The gap in the frame its phrase needs: an activity, a field, a tool, a thing, a credential or a language."""
    frames = {"activity": register.gap_activity, "field": register.gap_field, "tool": register.gap_tool,
              "thing": register.gap_thing, "state": register.gap_state}[gap_kind(gap.topic)]  # fmt: skip
    frames = register.credential_gap if gap.is_credential else frames
    frames = register.language_gap if gap.is_language else frames
    text = fill(frames, 4, gap=gap.topic)
    if gap.is_credential and _PERSON_TITLE.match(gap.topic):
        text = f"I am not yet {article(gap.topic)} {gap.topic}, and I would plan to work towards it early."
    if gap.count > 1:  # "the B2 licence or the 787 type rating": both are pursued
        text = re.sub(r"\b(pursue|close|closing|towards|on|to) it\b", r"\1 them", text)
    return text


_SECOND_GAP = {
    "activity": "{Gap} would also be new to me.",
    "field": "I have not yet worked in {gap} either.",
    "tool": "I have not yet worked with {gap} either.",
    "thing": "I do not yet have {gap} either.",
    "state": "I am not yet {gap} either.",
}
"""A second gap, said short after the first: the reader has heard how the candidate means to close a gap. Each is
worded as its first-gap frame is ("I have not yet worked with ..."), which the checker reads as a denial."""


def second_gap_sentence(gap: content.Gap) -> str:
    """The second gap in one short sentence, in the shape its phrase needs; "" for a phrase of no known shape."""
    if not fits(gap.topic, NOUN_SLOT | THING_SLOT):
        return ""
    if gap.is_language:
        return f"I do not yet speak {gap.topic} either."
    if gap.is_credential:
        return f"I do not yet hold the {gap.topic} either." if not _PERSON_TITLE.match(gap.topic) else ""
    frame = _SECOND_GAP[gap_kind(gap.topic)]
    return frame.format(gap=gap.topic, Gap=gap.topic[:1].upper() + gap.topic[1:])
