"""Claims about the reader's company that the posting does not support ("your new cardiovascular tower that opened
this spring"). Numbers and names about the company are checked with the other numbers and names; this check reads
the lower-case news a writer may invent: something new, recent or upcoming at the company."""

from __future__ import annotations

import re

from careervp.logic.fvs import context
from careervp.logic.fvs.claims import names_the_posting
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, clause_around
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation

_NEWS = re.compile(
    r"\b(?:your|its|the\s+company['’]s)\s+(?:(?:brand|very|exciting|recently|just)[\s-]+)?"
    r"(?:new|recent|latest|upcoming|newly[\s-]\w+|just[\s-]opened|expanded|planned)\b",
    re.IGNORECASE,
)


_PREDICATE = re.compile(
    r"\s+(?:(?:is|are|was|were|sounds?|looks?|seems?|feels?)\s+(?:exactly|just|precisely|the|a|an|what|why|where|how|"
    r"like|very|so|really|particularly|especially|one|such|part)\b|"
    r"(?:appeals?|excites?|interests?|fits?|match(?:es)?|aligns?|makes?|means?|speaks?)\b).*$",
    re.IGNORECASE,
)
"""What the writer says of the news ("... are exactly the step I want", "... appeals to me"), not the news itself;
a predicate that states more news ("is already serving your first US customers") stays part of the claim."""
_GROWS = re.compile(
    r"\s+(?:grows?|expands?|develops?|evolves?|matures?|scales?(?:\s+up)?|takes\s+shape|gets\s+going|"
    r"settles\s+in)\W*$",
    re.IGNORECASE,
)
"""The writer's expectation in "as your new S&C program grows": a verb of growing tells no news of its own."""
_RELATIVE = re.compile(r"\b(?:that|which|who|where)\b", re.IGNORECASE)


def _subject_only(claim: str) -> str:
    """ "your new kiln line is exactly the step I want": the news is the subject ("your new kiln line"); what
    the writer then says of it is opinion. A relative clause stays part of the news ("your new tower that opened
    this spring")."""
    predicate = _PREDICATE.search(claim)
    if predicate is None or _RELATIVE.search(claim[: predicate.start()]):
        return claim
    return claim[: predicate.start()]


# An event in the company's life told as a fact: "your clinic, which opened last spring", "since you opened your
# first store", "your expansion into heavy checks", "your new office now open", "recently won the contract" (not
# "your rota app won't be new to me": "won't" is no win).
_EVENT = re.compile(
    r"\b(?:you|your|its|the\s+company['’]s)\b(?=[^.;]{0,60}?\b(?:opened|launched|won(?!['’]t)|acquired|merged|"
    r"expanded|expansion|acquisition|now\s+open|plans?\s+to\s+open|moved\s+into|relocated)\b)",
    re.IGNORECASE,
)


# Words that place or frame a fact the posting dates ("In spring 2027 we open a second site"): "your plans to open
# a second site next spring" adds no news of its own.
_FRAMING = frozenset(
    {"plan", "plans", "plann", "next", "comin", "upcom", "soon", "later", "this", "intend", "inten", "aim", "aims"}
)


# "the games your new room will feature and a record of ...": "and" before a new noun phrase ends the news, which
# was a relative clause inside the writer's list.
_NEXT_ITEM = re.compile(r"\s+and\s+(?=(?:a|an|the|my|our|his|her|their)\s)", re.IGNORECASE)


def check_company_news(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    posting = context.stems(sources.posting_text)
    for sentence in letter.body:
        starts = {m.start() for m in _NEWS.finditer(sentence.text)} | {
            m.start() for m in _EVENT.finditer(sentence.text)
        }
        if not starts or names_the_posting(sentence.text):
            continue  # no news; or "Your posting says the clinic opened in 2023": the posting's words, restated
        for news in sorted(starts):
            start = sentence.start + news
            _, after = clause_around(sentence, start, start)
            clause = _NEXT_ITEM.split(re.split(r",|;|\b(?:I|I'm|I've|I'd)\b", after)[0])[0].rstrip(" ,")
            if FIRST_PERSON.search(clause) or not clause:
                continue  # "your new plant is what drew me": the writer's own reason, told about the news
            claim = _GROWS.sub("", _subject_only(clause))
            unsupported = context.stems(claim) - posting - _FRAMING
            if len(unsupported) >= 2:
                span = (start, start + len(claim))
                message = f"'{claim.strip()}' is not something the posting says about the company."
                problems.append(violation(letter.text, Kind.COMPANY_FACT, span, message))
    return problems
