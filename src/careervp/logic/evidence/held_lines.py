"""Credentials the CV names on a line of its own, wherever the line stands.

A licence, ticket or card is often listed under a heading the CV reader does not take for certifications
("Qualifications & Tickets", "Licences, ratings & medical", "QUALS"), or on a line it cannot split, so the evidence
map's certification facts miss it. The CV's own text still names it: a requirement asking for "NEBOSH General
Certificate or IOSH Managing Safely" is met by a line "IOSH Managing Safely (2021)". Lines that describe work done
(a job's bullets) and credentials still being studied do not count: "trained apprentices for their IPAF test" holds
no IPAF card, and "NEBOSH General Certificate, in progress" is not held yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careervp.logic.evidence.facts import IN_PROGRESS, IndexedFact
from careervp.logic.evidence.rules import (
    asked_credential,
    required_degree_level,
    required_years,
    without_offer_to_obtain,
)
from careervp.logic.initials import spelt_out_in
from careervp.logic.text import content_terms, matched_terms
from careervp.models.evidence import FactKind

# A code that names a credential or its body: capitals and digits ("NEBOSH", "CS30", "3a", "CPhT"), two capitals at
# least or a digit with a letter.
_CODE = re.compile(r"(?<![\w-])(?=\w*[A-Z]\w*[A-Z]|\d+[a-zA-Z]\b|[A-Z]+\d)[A-Za-z\d]{2,10}(?![\w-])")
# "Class 4", "Category C1": a grade written with its number, held as "Class 4", "Classes 4 & 7" or "Cat. 4".
_GRADE = re.compile(r"\b(Class|Category|Level|Grade)\s+([A-Z]?\d[\w.]*|[A-Z]\b)", re.I)
# A bracketed letter tells one credential of a body from another: "ARRT (N)" is not "ARRT (R)".
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
_LETTER = re.compile(r"\([A-Z]\)")
_SPELT_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|in|for|and|at)\s+)?){1,6})\((?P<code>[A-Z][\w-]+)\)")
_CONJUNCTS = re.compile(r",?\s+(?:and|plus|with)\s+|\s*[,;]\s*|\s+&\s+")
_ALTERNATIVES = re.compile(r",?\s+or\s+|\s+/\s+", re.I)
_ASIDE = re.compile(r"\((?:e\.g\.|i\.e\.|such as|including|or\b|and\b)[^()]*\)|\b(?:e\.g\.|such as)\s.*$", re.I)
# Words that say how a credential is held or what kind of thing it is, not which one it is.
_HOLDING = frozenset(
    content_terms(
        """valid current active full unrestricted recognised recognized certificate certificates certification
        licence license licensed card cards ticket tickets qualification qualified holder held hold registration
        registered membership member accredited accreditation approved equivalent required preferred essential
        desirable relevant appropriate safety in-date up-to-date level grade class category""",
        drop_generic=False,
    )
)
# A line about a credential not yet held, or no longer held.
_NOT_HELD = re.compile(
    r"\b(?:in\s+progress|working\s+towards?|studying|expected|pursuing|due\s+\d{4}|lapsed|expired|enrolled|not\s+yet|(?:course|exam|test)\s+booked)\b",
    re.I,
)
# Requirements that ask for something held, not work done, though no certificate word says so.
_HELD_THING = re.compile(
    r"\b(?:qualifications?|qualified|tickets?|cards?|registration|registered|membership|member|authori[sz]ations?|"
    r"endorsements?|medical|ratings?|tester|checks?|clearance|licen[cs]es?|certificat\w*|certified|accredit\w*)\b",
    re.I,
)
_BULLET = re.compile(r"^[\s\-*•·–|>#]+|[\s|]+$")


@dataclass(frozen=True)
class _Form:
    codes: tuple[str, ...]
    grades: tuple[tuple[str, str], ...]
    words: frozenset[str]


def credential_lines(raw_text: str, facts: Sequence[IndexedFact]) -> list[str]:
    """The CV's lines that may list a credential: every line of its text but a job's bullets and lines about a
    credential not held; the certification and education facts when the CV has no text of its own."""
    work = {
        " ".join(f.fact.text.split()).casefold()
        for f in facts
        if f.fact.kind in (FactKind.ROLE, FactKind.ACHIEVEMENT) and f.fact.employer
    }
    source = raw_text.splitlines() if raw_text.strip() else [f.fact.text for f in facts if f.fact.kind in
                                                             (FactKind.CERTIFICATION, FactKind.EDUCATION)]  # fmt: skip
    lines = []
    for raw in source:
        line = " ".join(_BULLET.sub("", raw).split())
        if line and line.casefold() not in work and not _NOT_HELD.search(line):
            lines.append(line)
    return lines


def codes_held_on_lines(requirement: str, lines: Sequence[str]) -> list[str]:
    """The codes of the credential the lines hold, for every credential the requirement joins with "and" (one of its
    alternatives each); empty when one is not held, when the requirement names no credential by a code, or when it
    asks for years or a degree, which have rules of their own."""
    if (
        required_years(requirement) is not None
        or required_degree_level(requirement) is not None
        or not _HELD_THING.search(requirement)
    ):
        return []
    asked = _ASIDE.sub(" ", asked_credential(without_offer_to_obtain(requirement)))
    held: list[str] = []
    for conjunct in _CONJUNCTS.split(asked):
        forms = [form for part in _ALTERNATIVES.split(conjunct) for form in _forms(part)]
        if not forms:
            continue
        found = next((form for form in forms if any(_holds(form, line) for line in lines)), None)
        if found is None:
            return []
        held += list(found.codes) + [f"{kind} {grade}" for kind, grade in found.grades]
    return held


def _forms(part: str) -> list[_Form]:
    """The ways a credential may be written: its code with the words around it, or, for "Certified Fraud Examiner
    (CFE)", the code alone or the name alone. A part naming no code names no credential this can recognise."""
    spelt = _SPELT_BEFORE.search(part)
    variants = [part]
    if spelt:
        # Two letters alone ("CO") are the initials of too many names to stand for the credential.
        alone = [spelt.group("code")] if len(spelt.group("code")) >= 3 else []
        variants = [*alone, part[: spelt.start()] + spelt.group(1) + part[spelt.end() :]]
    forms = []
    for text in variants:
        grades = tuple((g.group(1).casefold(), g.group(2).casefold()) for g in _GRADE.finditer(text))
        bare = _GRADE.sub(" ", text)
        codes = tuple(c for c in _CODE.findall(bare) if c not in _NOT_CODES) + tuple(_LETTER.findall(bare))
        codes += tuple(_NUMBER.findall(_CODE.sub(" ", bare)))  # "OSHA 30-Hour" is not "OSHA 10-Hour"
        words = frozenset(content_terms(_CODE.sub(" ", bare)) - _HOLDING)
        if codes or (spelt and len(words) >= 2):
            forms.append(_Form(codes, grades, words))
    return forms


_NOT_CODES = frozenset({"UK", "US", "USA", "EU", "EEA", "OR", "AND"})


def _holds(form: _Form, line: str) -> bool:
    if any(not _has_code(code, line) for code in form.codes):
        return False
    if any(not re.search(rf"\b{kind}(?:es|ies)?\b[^,;]{{0,12}}\b{re.escape(grade)}\b", line, re.I)
           for kind, grade in form.grades):  # fmt: skip
        return False
    return len(matched_terms(form.words, content_terms(line, drop_generic=False))) == len(form.words)


def _has_code(code: str, line: str) -> bool:
    if code.startswith("("):
        return code in line
    if code.isdigit():
        return re.search(rf"(?<![\w.]){code}(?!\d)", line) is not None
    if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", line, re.I if code[0].isdigit() else 0):
        return True
    return spelt_out_in(code, line)


# A grade written as a digit and a letter after a credential's code: IPAF "3a", ECITB "1b", CITB "2B".
_GRADE_CODE = re.compile(r"(?<![\w-])\d{1,2}[a-zA-Z](?![\w-])")


def another_grade_only(requirement: str, held: Sequence[str], *, tiers: bool = False) -> bool:
    """Whether the credential the requirement asks for at a grade ("IPAF (3a)") is held only at other grades ("IPAF
    1b / 3b"): a CV that lists which grades it holds answers for the rest. A held line naming no grade says nothing
    either way. With `tiers`, for a credential asked for alone (no alternatives), a named tier of a scheme is a
    grade too ("TCOLE Instructor" against "TCOLE Jailer License")."""
    bodies = {c for c in _CODE.findall(_GRADE_CODE.sub(" ", requirement)) if c not in _NOT_CODES}
    naming = [line for line in held if any(_has_code(body, line) for body in bodies)]
    if not naming:
        return False
    asked = {g.casefold() for g in _GRADE_CODE.findall(requirement)}
    graded = [{g.casefold() for g in _GRADE_CODE.findall(line)} for line in naming]
    if asked and all(grades and not asked & grades for grades in graded):
        return True
    if not tiers or _ALTERNATIVES.search(without_offer_to_obtain(requirement)):
        return False
    return any(not any(_tier_held(tier, line) for line in naming) for tier in _TIER.findall(requirement.casefold()))


# The tiers a scheme names its higher credentials by, each met by itself or one above it ("Advanced" meets
# "Intermediate"); the scheme's entry tier ("Basic", "Foundation") is met by any credential of the scheme.
_TIERS_ABOVE = {"intermediate": ("advanced", "master"), "advanced": ("master",)}
_TIER = re.compile(r"\b(intermediate|advanced|master|instructor|trainer|assessor|practitioner)\b")


def _tier_held(tier: str, line: str) -> bool:
    return any(re.search(rf"\b{word}\b", line.casefold()) for word in (tier, *_TIERS_ABOVE.get(tier, ())))


_ACCEPTS_STUDY = re.compile(
    r"\b(?:working\s+towards?|studying\s+for|enrolled|in\s+progress|currently\s+(?:enrolled|studying)|pursuing|"
    r"progress\s+towards?|part[-\s]qualified|part\s+way\s+through|partly\s+qualified)\b",
    re.IGNORECASE,
)
"""A requirement a credential still being gained answers: "..., or working towards it", "or enrolled in a BSN"."""


def credentials_held_for(requirement: str, credentials: Sequence[IndexedFact]) -> list[IndexedFact]:
    """The credentials that may answer `requirement`: those held, and those still being gained only where the
    posting accepts study under way."""
    if _ACCEPTS_STUDY.search(requirement):
        return list(credentials)
    return [f for f in credentials if not IN_PROGRESS.search(f.fact.text)]


def held_or_done(requirement: str, facts: Sequence[IndexedFact]) -> list[IndexedFact]:
    """The facts that may show `requirement` met: a certification the CV marks as still to come ("Not yet held:
    NRSWA SLG", "PRINCE2, in progress") shows nothing held, whatever words it shares with the requirement, unless
    the requirement accepts study under way."""
    if _ACCEPTS_STUDY.search(requirement):
        return list(facts)
    return [f for f in facts if not _not_yet_held(f)]


def _not_yet_held(indexed: IndexedFact) -> bool:
    """A certification still being gained, or a line tied to no job that says so ("Not yet held: IPAF 3a, course
    booked" listed under "Training"); a job's own lines may run "2021–present" without being a credential."""
    fact = indexed.fact
    if fact.kind is FactKind.CERTIFICATION:
        return IN_PROGRESS.search(fact.text) is not None
    return fact.kind is FactKind.ACHIEVEMENT and fact.employer is None and _SAID_NOT_HELD.search(fact.text) is not None


# What a line outside the certifications says of a credential it does not hold; "enrolled" or "expected" there may
# be about anything ("enrolled the shop in a loyalty scheme").
_SAID_NOT_HELD = re.compile(
    r"\b(?:not\s+yet\s+(?:held|qualified|certified|licen[cs]ed)|(?:course|exam|test)\s+booked|lapsed|expired)\b", re.I
)


def lists_a_credential(indexed: IndexedFact) -> bool:
    """Education and certifications, and the lines of a section tied to no job ("Training": "Level 2 Food Hygiene
    (2019)"), where CVs list what they hold under headings of their own."""
    fact = indexed.fact
    if fact.kind in (FactKind.EDUCATION, FactKind.CERTIFICATION):
        return True
    return fact.kind is FactKind.ACHIEVEMENT and fact.employer is None
