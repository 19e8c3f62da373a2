"""A qualification the CV gives as still being studied, claimed in the letter as held.

CVs mark a study in progress in many ways: "in progress", "2023–present", "due 2027", "Year 2 of 4", "completing
2026". A letter that says "I hold a Level 3 Diploma in Leisure Management" or "I earned my LLB" for such a study
invents a credential as surely as one that names a degree the CV lacks. The study is found in the letter by its
name as the CV writes it (without notes in brackets) or by its short form in capitals ("LLB", "HNC", "PGCE"); the
claim is one of holding it (a verb of having or earning before the name) in a sentence that does not also say it is
still under way ("completing", "due in 2027", "working towards") or name only a part of it ("four of the six
modules").
"""

from __future__ import annotations

import re

from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import PENDING, Sources, normalise
from careervp.models.api import FVSViolation

_HELD_BEFORE = re.compile(
    r"\b(?:hold|holding|held|earned|gained|achieved|completed|obtained|awarded|graduated|qualified|passed|got|"
    r"have|has)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
_UNDER_WAY = re.compile(
    r"\b(?:completing|studying|working\s+towards?|in\s+progress|due|expected|will|currently|enrolled|part[\s-]way|"
    r"(?:year|yr)\s+\d\s+of|halfway|final\s+year|not\s+yet|on\s+track|modules?|units?|papers?|exams?)\b",
    re.IGNORECASE,
)
_SHORT_FORM = re.compile(r"\b[A-Z][A-Za-z]{1,5}\b")
_NOTE = re.compile(r"\s*\([^()]*\)")


def check_studies_claimed_as_held(letter: Letter, sources: Sources) -> list[FVSViolation]:
    """Findings for each study the CV gives as under way that a sentence says the writer holds."""
    problems: list[FVSViolation] = []
    for name, pattern in sources.derived(_studies_under_way):  # once per CV and posting, not per letter
        for sentence in letter.body:
            found = pattern.search(sentence.text)
            if found is None or _UNDER_WAY.search(sentence.text):
                continue
            if not _HELD_BEFORE.search(sentence.text[: found.start()]):
                continue
            span = (sentence.start + found.start(), sentence.start + found.end())
            message = f"The CV gives '{name}' as still being studied, not held."
            problems.append(violation(letter.text, Kind.CREDENTIAL, span, message))
    return problems


def _studies_under_way(sources: Sources) -> list[tuple[str, re.Pattern[str]]]:
    """(the study's name, a pattern finding it by that name or its short form) for each study under way."""
    studies: list[tuple[str, re.Pattern[str]]] = []
    for education in sources.cv.education:
        if not any(PENDING.search(detail) for detail in education.details):
            continue
        name = _NOTE.sub("", education.degree or education.field or "").strip(" ,–—-")
        if len(name) < 3:
            continue
        shorts = [w for w in _SHORT_FORM.findall(name) if sum(c.isupper() for c in w) >= 2]
        names = [re.escape(name), *(rf"{re.escape(w)}\b" for w in shorts)]
        own = [*education.details, education.institution]
        if _named_as_held(sources, name, own) or any(_held_elsewhere(sources, w) for w in shorts):
            continue  # the same name held in another line: a second award, or a note the reader split off
        studies.append((name, re.compile(r"(?<![\w-])(?:" + "|".join(names) + ")", re.IGNORECASE)))
    return studies


def _named_as_held(sources: Sources, name: str, own: list[str]) -> bool:
    """Whether some CV line, other than the study's own (its line, a part of it the reader filed apart, or a line
    naming its institution), names the study with no word saying it is under way."""
    own_norm = [normalise(text) for text in own if text]
    return any(
        not PENDING.search(line.text)
        and not any(line.norm.strip() in text or text.strip() in line.norm for text in own_norm)
        for line in sources.candidate_lines_with(name)
    )


def _held_elsewhere(sources: Sources, short: str) -> bool:
    """A short form the CV also gives, outside its studies under way, as held ("BSc" for a finished first degree)."""
    finished = [e for e in sources.cv.education if not any(PENDING.search(d) for d in e.details)]
    return any(re.search(rf"\b{re.escape(short)}\b", f"{e.degree or ''} {e.field or ''}") for e in finished)
