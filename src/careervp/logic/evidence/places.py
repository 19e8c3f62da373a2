"""Requirements tied to a place: a licence of one state or country, or knowledge of one place's rules.

A licence, registration or admission holds where it was granted: "Registered Architect in the State of Ohio" is not
met by an architect registered in Indiana, however many words the two lines share. And "familiarity with Ohio
building codes" asks about one place's rules, which a CV shows only by working there or naming them; the words
"building" and "codes" from another state's work do not show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careervp.vocabulary.cv_structure import places_in

_LICENCE = re.compile(r"\b(?:licen[cs]\w*|registration|registered|certif\w*|admitted|admission)\b", re.IGNORECASE)
# "any U.S. state", "or eligibility", "reciprocity": the posting accepts a licence it does not name by place.
_ANY_PLACE = re.compile(
    r"\b(?:any|another|other|eligib\w*|reciprocity|comity|endorsement\s+by|willing\w*|obtain\w*|transfer\w*)\b", re.I
)
_LOCAL_RULES = re.compile(
    r"\b(?:statutes?|laws?|legislation|regulations?|regulatory|rules|codes?|ordinances?|case\s+law)\b", re.IGNORECASE
)


def licence_place_held(requirement: str, credentials: Iterable[str]) -> bool | None:
    """Whether the certification lines hold a licence in a place the requirement names: False when they name places
    and none of them is asked for; None when the requirement names no place, accepts any, or the lines name none."""
    asked = places_in(requirement)
    if not asked or not _LICENCE.search(requirement) or _ANY_PLACE.search(requirement):
        return None
    held = frozenset().union(*(places_in(text) for text in credentials))
    if not held:
        return None
    return bool(asked & held)


def local_rules_unknown(requirement: str, cv_text: str) -> bool:
    """The requirement asks about a named place's rules ("Ohio building codes") and the CV never names the place."""
    if not _LOCAL_RULES.search(requirement):
        return False
    asked = places_in(requirement) - {"united states", "united kingdom"}
    return bool(asked) and not asked & places_in(cv_text)
