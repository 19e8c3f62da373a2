"""The licence a posting requires and the CV does not hold: the gap a letter must name before any other.

Requirement matching scores a credential by the words it shares with the CV, so a licence of the same family but
another grade reads as met ("EASA Part-66 B2 licence" beside a CV's "EASA Part-66 AML Category B1.1"; "Washington
State AOC court interpreter certification" beside "DSHS Certified Medical Interpreter"). What tells credentials apart
is their codes: grades, categories, type numbers and issuing bodies, written with figures or in capitals ("B2",
"787", "AOC", "CDL-A"). A must-have credential with a designation the CV never writes is not held, whatever else
matches: the same rule the requirement table uses (`evidence.rules.designations_held`).
"""

from __future__ import annotations

import re

from careervp.logic.evidence.rules import designations_held
from careervp.logic.writers.phrasing import gap_topic
from careervp.models.evidence import EvidenceMap, RequirementCategory

_CREDENTIAL = re.compile(
    r"\b(?:licen[cs]e[ds]?|certification|certificate|certified|type rating|rating|registration|endorsement|"
    r"accreditation)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*[(;].*$|\s+with\s+.*$")
"""What follows the credential itself: examples in brackets, further clauses, privileges."""
_OR = re.compile(r",?\s+or\s+|(?<=[A-Z]{2})/(?=[A-Z]{2})")
_ATTAINABLE = re.compile(r"\b(?:eligib\w*|able|ability|willing\w*|obtain\w*|working towards|in progress|pass)\b", re.I)
"""Alternatives a candidate may meet without the credential: "or eligibility to obtain one"."""
_CODE = re.compile(r"(?<![\w/-])(?=[\w/-]*(?:\d|[A-Z]{2}))[A-Za-z0-9][\w./-]*[A-Za-z0-9](?![\w/-])|(?<![\w-])[A-Z]\d\b")
_COMMON_CAPITALS = frozenset({"US", "USA", "UK", "EU", "IT", "HR", "OR", "AND"})


def codes(credential: str) -> list[str]:
    """The codes that name one credential among its kind: "EASA Part-66 B2 licence" -> ["EASA", "Part-66", "B2"]."""
    found = [c for c in _CODE.findall(credential) if c not in _COMMON_CAPITALS]
    return [c for c in found if any(ch.isdigit() for ch in c) or sum(ch.isupper() for ch in c) >= 2]


def missing_credentials(evidence: EvidenceMap, *, limit: int = 2) -> list[str]:
    """Must-have credentials a code of which the CV never writes, as short noun phrases, in the posting's order."""
    held = " ".join(f.text for f in evidence.facts)
    found: list[str] = []
    for req in evidence.requirements:
        text = req.requirement
        if (
            req.category is not RequirementCategory.MUST_HAVE
            or not _CREDENTIAL.search(text)
            or _ATTAINABLE.search(text)
        ):
            continue
        alternatives = _OR.split(_ASIDE.sub("", text))
        if not codes(alternatives[0]) or designations_held(text, held) is not False:
            continue  # the credential is named by its codes, and no alternative so named is held
        topic = gap_topic(alternatives[0], known_skills=set())
        if topic and topic not in found:
            found.append(topic)
    return found[:limit]
