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
from careervp.logic.writers.wording import gap_topic
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
    """Must-have credentials a code of which the CV never writes, as short noun phrases, in the posting's order; a
    requirement the CV names in other words (`cv_names`) is never called missing."""
    cv = " ".join(f.text for f in evidence.facts)
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
        if not codes(alternatives[0]) or designations_held(text, cv) is not False or cv_names(text, evidence):
            continue  # the credential is named by its codes, and no alternative so named is held
        topic = gap_topic(alternatives[0], known_skills=set())
        if topic and topic not in found:
            found.append(topic)
    return found[:limit]


_NAMED_ASIDE = re.compile(
    r"\s*\((?:or|e\.g\.|for example|we |including)[^()]*\)|\s+[—–]\s.*$|"
    r"\s+or\s+(?:an?\s+)?(?:equivalent|similar|comparable|willingness|eligib)\b.*$",
    re.IGNORECASE,
)
"""What a requirement allows instead of the credential, or adds after a dash: no name the CV must hold."""
_NAME_RUN = re.compile(r"\b[A-Z][\w/&+.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w/&+.-]*)*")
_GENERIC_RUNS = frozenset({"us", "usa", "uk", "eu", "english", "valid", "current", "a", "an", "the", "experience"})
BRACKET_CODE = re.compile(r"\((?=[^()]*(?:[A-Z][^()]*[A-Z]|\d))([A-Z][A-Za-z0-9/.&-]{1,11})\)")


def _cv_text(evidence: EvidenceMap) -> str:
    return "\n".join(f.text for f in evidence.facts).casefold()


def written(name: str, text: str) -> bool:
    """Whether `name` stands as a word of its own in `text` (case-folded): "ENG1" in "an ENG1 certificate"."""
    folded = name.casefold()
    return folded in text and re.search(rf"(?<![\w/-]){re.escape(folded)}(?![\w/-])", text) is not None


def names_in(requirement: str) -> list[str]:
    """The names a requirement asks for: its abbreviations in brackets ("Basic Life Support (BLS)" -> "BLS") and its
    runs of capitalised words ("Advanced Fire Fighting", "Epic"), leaving out a first word that only opens the
    sentence and places that name no credential."""
    text = _NAMED_ASIDE.sub("", requirement)
    found = BRACKET_CODE.findall(text)
    for match in _NAME_RUN.finditer(text):
        run = match.group(0)
        words = run.split()
        if match.start() == 0 and not words[0].isupper() and len(words) == 1:
            continue  # "Experience ...": a capital that only starts the sentence
        if match.start() == 0 and not words[0].isupper():
            run = " ".join(words[1:]) if not re.search(r"[A-Z]", words[0][1:]) and len(words) > 1 else run
        if run.casefold() not in _GENERIC_RUNS and len(run) >= 2:
            found.append(run)
        if " " in run and all(w.isupper() for w in run.split()):  # "IAED EMD": each names the credential alone
            found += [w for w in run.split() if len(w) >= 2 and w not in _COMMON_CAPITALS]
    return found


def cv_names(requirement: str, evidence: EvidenceMap) -> bool:
    """Whether the CV names what `requirement` asks for, so a letter may never call it missing: a designation with a
    figure decides alone ("III/2", "ENG1"; "B1.1" is no "B2"); otherwise any name or bracketed abbreviation of the
    requirement written anywhere in the CV."""
    text = _cv_text(evidence)
    designated = designations(requirement)
    if designated:
        return all(written(c, text) for c in designated)
    return any(written(name, text) for name in names_in(requirement))


def designations(requirement: str) -> list[str]:
    """ "III/2", "ENG1", "B2", "Part-66": codes with a letter and a figure, which tell one grade from another."""
    found = codes(_NAMED_ASIDE.sub("", requirement))
    return [c for c in found if any(ch.isdigit() for ch in c) and any(ch.isalpha() for ch in c)]
