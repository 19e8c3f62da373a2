"""Qualifications graded by a numbered level: "a Level 3 early years qualification (or above)", "Food Safety Level
2". The number is what is asked: a credential line of the same subject at that level or above meets it, one of the
same subject below it does not, whatever words they share."""

from __future__ import annotations

import re
from collections.abc import Sequence

from careervp.logic.text import content_term_set, content_terms, matched_term_set

_LEVEL = re.compile(r"\b(?:[Ll]evel|L)\s?(\d)\b")
_OR_ABOVE = re.compile(r"\bor\s+(?:above|higher|equivalent)\b|\bat\s+least\b|\bminimum\b", re.IGNORECASE)
_QUALIFICATION = re.compile(
    r"\b(?:qualifications?|diplomas?|certificates?|certifications?|awards?|training|courses?|NVQ|RQF|QCF)\b",
    re.IGNORECASE,
)
_LEVEL_WORDS = frozenset(
    content_terms(
        """level full relevant qualification diploma certificate certification award training course nvq rqf qcf
        above higher equivalent""",
        drop_generic=False,
    )
)


def asks_numbered_level(requirement: str) -> bool:
    """A qualification asked at a numbered level ("Level 3 Diploma in Childcare")."""
    return _LEVEL.search(requirement) is not None and _QUALIFICATION.search(requirement) is not None


def level_verdict(requirement: str, credentials: Sequence[str]) -> bool | None:
    """True when a credential line of the requirement's subject is at its level (or above, when it says so), False
    when the only such lines are at other levels; None when no credential line gives a level in that subject."""
    asked = _LEVEL.search(requirement)
    if asked is None or not asks_numbered_level(requirement):
        return None
    wanted, or_above = int(asked.group(1)), _OR_ABOVE.search(requirement) is not None
    levels = [
        int(held.group(1)) for line in credentials if (held := _LEVEL.search(line)) and matched_level(requirement, line)
    ]
    if not levels:
        return None
    return any(level == wanted or (or_above and level > wanted) for level in levels)


def matched_level(requirement: str, line: str) -> bool:
    """Whether a credential line gives a level in the requirement's subject: the lines the verdict rests on."""
    subject = frozenset(content_terms(_LEVEL.sub(" ", requirement)) - _LEVEL_WORDS)
    return _LEVEL.search(line) is not None and bool(matched_term_set(subject, content_term_set(line)))
