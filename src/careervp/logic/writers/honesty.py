"""The writer's own check that a gap it admits is one the CV does not contradict.

The requirement table decides what is unmet by matching words, and can miss a skills line, a table row or a
paraphrase ("wrote grant applications: $3.4M awarded" for "successful grant writing"). Saying the candidate lacks
what the CV plainly shows hurts the application more than saying nothing, so before a gap is written the writer reads
the CV's own words: a gap is stated only when none of its distinctive words appear anywhere in the CV. Distinctive
words are the names in it (an acronym, a product, a body: "RETA", "Case CATalyst", "ICAO") when it has any, else its
content words less the wording every requirement is wrapped in. When unsure, no gap.
"""

from __future__ import annotations

import re

from careervp.logic.text import content_terms, matched_terms, word_set
from careervp.logic.writers import template_content as content
from careervp.models.evidence import EvidenceMap

_WRAPPING = word_set(
    """experience experienced knowledge ability able proficiency proficient familiarity understanding background
    skills skill strong solid proven demonstrated good excellent working valid current active record years year
    minimum least plus equivalent relevant related successful new level higher similar qualification qualifications
    qualified certification certified certificate licence license licensed"""
)
"""Words that say how much of something is asked, or in what form it is proven ("a rigging qualification"), never
what: they prove nothing either way."""
_CODE = re.compile(r"\b(?:[A-Z]+(?:/\d+)+|[A-Z][A-Za-z]*[A-Z][A-Za-z\d]*|[A-Za-z]+\d[A-Za-z\d]*)\b")
"""An acronym, a name with capitals inside it or a designation with a figure: "RETA", "CATalyst", "B2", "III/2"."""
_TITLED = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:of |and |for )?[A-Z][a-z]+)+\b")
"""A name in title case, several words long: "Certified Crop Adviser"."""
_CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")
"""A capitalised word inside the phrase: a product, a language, a place ("Eclipse", "Vietnamese")."""


def _said(words: set[str], cv_words: set[str], cv_terms: set[str]) -> int:
    return sum(1 for w in words if w in cv_words or matched_terms({w}, cv_terms))


def cv_speaks_to(topic: str, evidence: EvidenceMap, cv_text: str) -> bool:
    """Whether the CV (its text, or the evidence the letter draws on) speaks to a gap: it names one of the gap's
    codes, one of its titled names (or that name's initials), one of its capitalised names, or, for a gap in plain
    words, at least half of its content words. A gap with no distinctive words is too vague to admit."""
    haystack = " ".join([cv_text, *(f"{f.text} {f.source}" for f in evidence.facts)])
    cv_words = {w.casefold() for w in re.findall(r"[A-Za-z\d]+(?:/\d+)*", haystack)}
    folded = " ".join(haystack.casefold().split())
    codes = {m.group(0).casefold() for m in _CODE.finditer(topic)}
    graded = {c for c in codes if re.search(r"\d", c)}  # "B2" beside "EASA": the grade is what is asked
    codes = graded or codes
    if codes:
        return bool(codes & cv_words)
    titled = [m.group(0) for m in _TITLED.finditer(topic)]
    if titled:
        initials = {"".join(w[0] for w in t.split() if w[:1].isupper()).casefold() for t in titled}
        return any(t.casefold() in folded for t in titled) or bool(initials & cv_words)
    names = {m.group(0).casefold() for m in _CAPITALISED.finditer(topic)}
    if names:
        return bool(names & cv_words)
    wanted = {t for t in content_terms(topic) if t not in _WRAPPING}
    if not wanted:
        return True
    bases = {word_base(w) for w in cv_words}
    kin = {t for w in re.findall(r"[A-Za-z]+", topic) if word_base(w) in bases for t in content_terms(w)}
    return 2 * _said(wanted - kin, cv_words, content_terms(haystack)) + 2 * len(wanted & kin) >= len(wanted)


_FAMILY_ENDINGS = ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "er", "ors", "or", "ists", "ist", "ed")


def word_base(word: str) -> str:
    """The base a word shares with its family: "rigging", "rigger" and "rigged" -> "rig"; "welding", "welder" ->
    "weld". A CV that names the rigger's certificate speaks to "rigging"."""
    base = word.casefold()
    for ending in _FAMILY_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= _SHORTEST_BASE:
            base = base[: -len(ending)]
            break
    return base[:-1] if len(base) > _SHORTEST_BASE and base[-1] == base[-2] else base


_SHORTEST_BASE = 3


SHORTHAND = re.compile(r"→|->|×|\s\+\s|\b[a-z]+ & [a-z]+\b")
"""CV notation a person would not write in a letter: arrows, "22 × 400 L + 4 tanks", "sieving & counts"."""
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def distinct_results(pool: list[content.Accomplishment]) -> list[content.Accomplishment]:
    """The pool without a line whose figures another line, kept before it, already gives ("62 treatments since" after
    "with 62 treatments since 2023"): the same result twice reads as padding. Years and single digits alone prove
    nothing alike."""
    kept: list[content.Accomplishment] = []
    for item in pool:
        figures = {m for m in item.fact.metrics if not _YEAR.match(m.strip())}
        telling = any(re.search(r"\d\d|[%$£€]", m) for m in figures)  # "9 floors" beside "9-storey": chance
        if telling and any(figures <= set(other.fact.metrics) for other in kept):
            continue
        kept.append(item)
    return kept
