"""A CV line's verb phrase made to stand as one sentence of a letter: clauses after ";" joined or dropped, a second
sentence given its subject, a line that is a title with its parts left out."""

from __future__ import annotations

import dataclasses
import re

from careervp.logic.writers import template_content as content
from careervp.logic.writers.defects import has_verb
from careervp.logic.writers.grammar import capitalise, is_finite_clause
from careervp.logic.writers.grammar import past as past_form
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.pieces import is_past
from careervp.logic.writers.realise import is_third_person
from careervp.logic.writers.shapes import Shape, shape_of
from careervp.logic.writers.wording import lower_first
from careervp.vocabulary.lemmas import getAllLemmas


def tidy(item: content.Accomplishment) -> content.Accomplishment:
    """A verb phrase that stands as one sentence: a clause after ";" is joined with "and" when it has its own verb
    ("...in 2021; satisfaction rose" -> "...in 2021, and satisfaction rose") and dropped when it is a fragment
    ("; rotation coordinator since 2023"); a second sentence without a verb goes too. A CV line that is a title
    with its parts ("Shortlisted, Teacher of the Year — Network — ...") is no sentence at all."""
    vp = re.sub(r"\.\s+(\([^()]*\))$", r" \1", item.vp or "")
    if vp.count("—") >= 2 or re.match(r"(?:was|am)\s+\w+,", vp):
        return dataclasses.replace(item, vp=None)
    first, *others = re.split(r"\.\s+(?=[A-Z(])", vp)
    vp = first + "".join(_second_sentence(o) for o in others)
    head, *clauses = vp.split("; ")
    vp = head + "".join(_joined(c, past=is_past(head)) for c in clauses)
    if vp.count("(") != vp.count(")"):
        return dataclasses.replace(item, vp=None)  # "(cook cycle re-profiled": a bracket cut open at its ";"
    return dataclasses.replace(item, vp=vp)


def _second_sentence(text: str) -> str:
    """A further sentence of the same CV line, in the letter's grammar: "Helped private tenants ..." has no subject
    and becomes "I helped private tenants ..."; a clause with its own subject stays; anything shorter or without a
    verb is dropped."""
    if not has_verb(text) or len(text.split()) < 4:
        return ""
    duty = verb_phrase(text, ongoing=False)
    if duty is not None:
        return f". I {duty}"
    return f". {capitalise(text)}" if is_finite_clause(lower_first(text)) else ""


def _joined(clause: str, *, past: bool) -> str:
    """A clause after ";" joined to the sentence: ", and" before its own finite verb ("satisfaction rose") or before
    a second duty in the sentence's tense ("; isolate hosts" -> ", and isolate hosts"), ", with" before a result
    stated as a noun phrase ("8 approved at first submission", "zero discrepancies across 4 audits"); a label with
    neither ("rotation coordinator since 2023") is dropped."""
    if re.match(r"(?:zero|no)\s+\w+\s+\w+", clause) and not re.search(r"\b(?:was|were|is|are)\b", clause):
        return f", with {clause}"  # "zero recordable incidents since 2021": a count of none, however it reads
    if is_finite_clause(clause) or shape_of(clause) is Shape.PAST_VERB_PHRASE:
        return f", and {clause}"  # "; ran a team of 4": a second thing done, never ", with ran ..."
    if re.match(r"(?:\d|all\b|every\b|most\b)", clause):
        return f", with {clause}"
    if re.match(r"(?:on|in|at|for|to|from|by|under|over|with|as)\b", clause):
        return ""  # "; on the waiting list for ...": a state without its verb, which neither "and" nor "with" mends
    first, _, rest = clause.partition(" ")
    if rest and _is_base_verb(first):  # "risk assessment and ...": a compound noun, no order, is left out
        return "" if _compound_noun(first, rest) else f", and {past_form(first) if past else first} {rest}"
    if rest and is_third_person(first):
        return f", which {clause}"  # "; saves about £64,000 a year": what the work achieves
    if has_verb(clause) and len(clause.split()) >= 3:
        return f", with {clause}"
    return ""


def _is_base_verb(word: str) -> bool:
    """ "isolate", "collect": a verb in its base form, and nothing else the dictionary knows it as but a noun."""
    lemmas = getAllLemmas(word)
    return word.islower() and "VERB" in lemmas and lemmas["VERB"][0] == word and "ADJ" not in lemmas


def _compound_noun(first: str, rest: str) -> bool:
    """ "risk assessment", "stock control": a word that is a noun too, before a bare singular noun, names a thing;
    an order's object opens with a determiner, a figure or a plural ("isolate hosts")."""
    second = rest.split()[0].strip(",.;:").casefold()
    nouns = getAllLemmas(second, upos="NOUN").get("NOUN", ())
    return "NOUN" in getAllLemmas(first) and bool(nouns) and nouns[0] == second and "VERB" not in getAllLemmas(second)
