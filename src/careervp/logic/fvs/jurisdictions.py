"""Where a licence holds: "licensed in both Colorado and Wyoming" when the CV's licence says Colorado.

A licence, registration or admission belongs to a state, province or country. When the CV's credential lines name
the places the candidate is licensed, every place the letter names for its own licence must be one of them. A CV
that names no place for its credentials cannot settle the question, so nothing is flagged then.
"""

from __future__ import annotations

import re

from careervp.logic.fvs.context import CREDENTIAL_CUE
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation
from careervp.vocabulary.cv_structure import places_in

_LICENSED_IN = re.compile(
    r"\b(?:licen[cs]ed|registered|certified|chartered|admitted|board[-\s]certified)\b[^.;:]{0,50}?\bin\s+"
    r"(?:both\s+|the\s+states?\s+of\s+|the\s+province\s+of\s+)?"
    r"((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*)"
)
# "an Oregon boiler operator license", "my Texas RN licence": a licence named by its place.
_PLACE_LICENCE = re.compile(
    r"\b(?:a|an|my|the|and|both)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:licen[cs]e|registration)\b",
)
_PLACE_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+")


def _licence_places(sources: Sources) -> set[str]:
    """The regions the CV's credential lines name: "Professional Land Surveyor (PLS), Colorado" gives colorado."""
    places: set[str] = set()
    lines = [c.name for c in sources.cv.certifications] + [
        line.text for line in sources.lines if line.origin != "posting" and CREDENTIAL_CUE.search(line.text)
    ]
    for text in lines:
        places |= places_in(text)
    return places


def check_licence_places(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    held: set[str] | None = None
    for sentence in letter.body:
        if not FIRST_PERSON.search(sentence.text):
            continue
        for claim in [*_LICENSED_IN.finditer(sentence.text), *_PLACE_LICENCE.finditer(sentence.text)]:
            parts = [p.rstrip(".") for p in _PLACE_SEPARATOR.split(claim.group(1))]
            named = [p for p in parts if places_in(p)]
            if not named:
                continue
            held = _licence_places(sources) if held is None else held
            for place in named:
                if not held or places_in(place) & held:
                    continue
                local = claim.start(1) + claim.group(1).index(place)
                span = (sentence.start + local, sentence.start + local + len(place))
                message = f"The CV does not show a licence or registration in {place}."
                problems.append(violation(letter.text, Kind.CREDENTIAL, span, message))
    return problems
