"""Small rules for wording CV parts in a letter: how a held credential takes its article, which lines are degrees,
job titles or employers a sentence can name."""

from __future__ import annotations

import re

from careervp.logic.fvs.roles import looks_like_title
from careervp.logic.writers.grammar import base_form
from careervp.logic.writers.wording import article
from careervp.vocabulary.cv_structure import ORG_WORDS, is_region_name
from careervp.vocabulary.lemmas import getAllLemmas

_STATUS = re.compile(r",?\s*\((?:active|current|valid|in good standing)\)|,\s*$", re.IGNORECASE)
_COUNTED_CREDENTIAL = re.compile(r"\b(?:licen[cs]e|card|certificate|permit|badge)$", re.IGNORECASE)


def held_credential(name: str) -> str:
    """ "Oregon Veterinary License, (active)" -> "an Oregon Veterinary License": a status note goes, and a licence or
    card one holds takes its article."""
    name = _STATUS.sub("", name).strip()
    return f"{article(name)} {name}" if _COUNTED_CREDENTIAL.search(name) else name


_INSTITUTION_WORD = re.compile(r"\b(?:University|College|Institute|School|Academy|Polytechnic)\b")
_SEASON = re.compile(r"\b(?:Spring|Summer|Fall|Autumn|Winter)\b")


IN_PROGRESS = re.compile(r", in progress(?: \(expected (?P<year>\d{4})\))?$")
"""How the evidence map marks a degree still being studied, after its "<degree> from <school>" text."""


def is_degree_line(text: str) -> bool:
    """A degree line as the reader built it ("BSc in X from Y"), not a dissertation title, a cut line or a line whose
    parts landed in the wrong slots: "M.S. Counseling in California State University from option in School
    Counseling" (an institution read as the field), "B.S. Microbiology in Spring from ..." (a season read as the
    field), "University of Arizona" (no degree at all), brackets left open."""
    text = IN_PROGRESS.sub("", text.strip())  # a degree still being studied
    if re.search(r":\s|\bfrom\.?$|\s[—–]\s", text) or text.count("(") != text.count(")"):
        return False
    degree, found, school = text.partition(" from ")
    if not found or not school[:1].isupper() or _INSTITUTION_WORD.search(degree):
        return False
    field = degree.partition(" in ")[2]
    return not _SEASON.search(field) and not re.search(r"\b(?:in|from)\b", school)


def is_past(vp: str) -> bool:
    first = vp.split()[0] if vp.split() else ""
    return first in {"was", "had"} or (
        (first.endswith("ed") or base_form(first) != first) and first not in {"am", "have"}
    )


_NOT_EMPLOYERS = frozenset({"self-employed", "self employed", "freelance", "independent", "contract", "various",
                            "career break", "between contracts"})  # fmt: skip
_TIME_OUT = re.compile(r"\b(?:leave|break|sabbatical|gap year|travell?ing|caring|unemployed)\b", re.IGNORECASE)
"""Time away from work, which a CV lists like a job ("Maternity leave", "Career break"): no role and no employer."""


_NOT_A_TITLE = re.compile(r"→|->|\s&\s|\sat\s|\(\d{4}\)")
"""CV shorthand ("Line Cook → Sous Chef (2016)", "Senior Reporter & Coordinator") or a title run into a place
("Calgary Tower at Airport Controller"): said as "at {employer}", never after "as a"."""


def is_job_title(role: str) -> bool:
    """A role a letter can name after "as a": a title, not a line the reader took for one ("USDA-FSIS inspected;
    cooked sausage and deli logs", a town and its city): no ";", at most eight words, not ending on a participle, and
    with a comma only when a role noun says it is a job."""
    words = role.split()
    if not words or ";" in role or len(words) > 8 or _TIME_OUT.search(role) or _NOT_A_TITLE.search(role):
        return False
    if "," in role and not looks_like_title(role):
        return False  # "Kestwick, Leeds": a place the reader filed as the title names no job
    return not words[-1].casefold().endswith("ed") and (looks_like_title(role) or not _names_no_person(role))


def _names_no_person(role: str) -> bool:
    """A phrase the reader filed as a title that names no one: a publication or business ("The Harbour Gazette"), a
    place or a set of things (its head in the plural: "Twin Cities", "Lakeside Gardens"), or a course of study
    ("Forklift Safety course")."""
    head = re.sub(r"\s*\(.*$", "", role).split()
    if not head:
        return True
    last = head[-1].casefold()
    nouns = getAllLemmas(last, upos="NOUN").get("NOUN", ())
    plural = bool(nouns) and nouns[0] != last and last.endswith("s")
    return head[0] == "The" or plural or last in _STUDY_WORDS or last in _PLACE_HEADS or last in ORG_WORDS


_STUDY_WORDS = frozenset({"course", "programme", "program", "module", "class", "certificate", "diploma", "degree"})
# Words that end the name of a place of work, never of a post: "Tarnmoor Estate", "Harbour Farm", "Kelso Hotel".
_PLACE_HEADS = frozenset(
    {
        "estate", "farm", "lodge", "hotel", "inn", "mill", "works", "yard", "quarry", "mine", "station", "harbour",
        "marina", "vineyard", "winery", "brewery", "distillery", "restaurant", "cafe", "café", "shop", "store",
        "garage", "salon", "studio", "ltd", "limited", "plc", "llc", "inc",
    }
)  # fmt: skip


def is_employer_name(employer: str, home: str | None) -> bool:
    """An employer a letter can name after "at": not a way of working ("Self-employed") and not the place the
    candidate lives in, which a reader sometimes takes for the employer ("Denver")."""
    # "the University of Mercia", "the Royal Infirmary": a name a letter writes after "the" is a name all the same
    employer = re.sub(r"^the\s+(?=[A-Z0-9])", "", employer.strip())
    name = employer.casefold()
    if not name or name in _NOT_EMPLOYERS or _TIME_OUT.search(name):
        return False
    if not employer[:1].isupper() and not employer[:1].isdigit():
        return False  # "between contracts. I teach ...": a line the reader cut, not a name
    if name.split()[0] in _QUANTIFIERS or is_region_name(employer):
        return False  # "Various DNO contractors", "Several agencies", "Yorkshire": who or where, not a name
    places = {p.strip().casefold() for p in re.split(r"[,·•|]", home or "") if p.strip()}
    return name not in places


_QUANTIFIERS = frozenset({"various", "several", "multiple", "numerous", "many", "assorted", "sundry", "different"})


def credential_line(name: str) -> str:
    """A credential as a letter names it: the name before its issuer or course title (set off by an em dash; an en
    dash may be part of the name, "Court Interpreter – Spanish"), without a status note ("SQF Practitioner —
    Implementing SQF Systems — SQFI" -> "SQF Practitioner")."""
    return _STATUS.sub("", re.split(r"\s+—\s+", name)[0]).strip()
