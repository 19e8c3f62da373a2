"""Requirements about the person rather than the work: a driving licence, and hours the job is worked.

A CV states these where no fact is drawn from: a driving licence sits in the contact line ("Leeds · Full UK driving
licence") or the summary, and the hours show in how a job is described ("I run the overnight desk"). So they are
judged on the CV's whole text, and the lines that say so are the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careervp.logic.evidence.rules import designations_held

# A driving category as licensing bodies write it: "B", "C1", "D1", "C+E", "C1E".
_CATEGORY = r"(?-i:[A-D][1-9]?(?:\s?\+\s?E|E)?)"
_DRIVING = re.compile(
    rf"\bdriv(?:er|ing)['’]?s?\s+licen[cs]e\b|\bdriving\s+record\b|\bCDL\b|\b{_CATEGORY}\s+entitlement\b",
    re.IGNORECASE,
)
# A CV's contact line says it in short: "Driver lic. (manual)", "Driving lic: B, C1", "full UK licence, own car",
# "clean licence", or names the licence by its category ("Clean B licence", "HGV licence C+E") or by the
# professional licence that includes one ("HGV Class 1 driver", "LGV", "PCV").
_DRIVING_HELD = re.compile(
    r"\bdriv(?:er|ing)['’]?s?\s+lic(?:en[cs]e\b|\.|\b)|\blicen[cs]e\b[^.\n]{0,20}\bcat(?:egory|\.)?\s*[A-Z]\b|\bCDL\b|"
    r"\bMVR\b|\b(?:full|clean)\s+(?:(?:UK|EU|manual|car)\s+)?licen[cs]e\b|"
    rf"\b{_CATEGORY}\s+licen[cs]e\b|\b(?-i:HGV|LGV|PCV)\b",
    re.IGNORECASE,
)
# Words of a driving licence that name no class of it: "a clean driving licence" is held by a CV's "full licence".
_NO_CLASS_WORDS = frozenset({"driving", "driver", "driver's", "clean", "full", "valid", "current", "manual", "car"})


def driving_licence_held(phrase: str, unheld_words: list[str], cv_text: str) -> bool:
    """Whether `phrase` names a driving licence of no particular class ("a clean driving licence") whose only words
    the CV does not write (`unheld_words`) name no class, and the CV holds a driving licence in any of its short
    forms ("clean licence", "full UK licence, own car")."""
    if not _DRIVING.search(phrase) or not all(w.casefold() in _NO_CLASS_WORDS for w in unheld_words):
        return False
    return any(_DRIVING_HELD.search(line) for line in cv_text.splitlines())


# Words of a licence requirement that name no class of licence: the country that issued it ("Full UK driving
# licence": any full licence the job accepts) and the record of the driver ("a clean MVR").
_NOT_A_CLASS = re.compile(
    r"(?-i:\b(?:UK|EU|US|USA)\b)|\b(?:(?:a|with)\s+)?(?:clean|good|safe|satisfactory)\s+(?:MVR|driving\s+record)\b",
    re.I,
)

# A posting's hours: asked as availability ("Available for nights", "Able to work weekends on rotation").
_AVAILABILITY = re.compile(r"^\s*(?:availab\w*|able\s+to|ability\s+to|willing\w*|participation\s+in)\b", re.I)
_HOURS = re.compile(
    r"\b(?:nights?|overnights?|weekends?|evenings?|shifts?|on[-\s]call|rotas?|rotations?|holidays|p\.m\.|24/7)\b", re.I
)


@dataclass(frozen=True)
class PersonalVerdict:
    met: bool
    label: str
    lines: tuple[str, ...]
    """The CV's own lines that show it."""


def personal_verdict(requirement: str, cv_text: str) -> PersonalVerdict | None:
    """Met or not for a driving licence; met for hours the CV shows the candidate already works; None otherwise
    (hours a CV never mentions are left to the ordinary matching, since a CV rarely says when someone works)."""
    lines = [" ".join(line.split()) for line in cv_text.splitlines() if line.strip()]
    if _DRIVING.search(requirement):
        held = [line for line in lines if _DRIVING_HELD.search(line)]
        if held and designations_held(_NOT_A_CLASS.sub(" ", requirement), "\n".join(held)) is not False:
            return PersonalVerdict(True, "driving licence", tuple(held))
        return PersonalVerdict(False, "driving licence", ())
    if _AVAILABILITY.search(requirement) and _HOURS.search(requirement):
        worked = [line for line in lines if _HOURS.search(line)]
        if worked:
            return PersonalVerdict(True, "hours already worked", tuple(worked))
    return None
