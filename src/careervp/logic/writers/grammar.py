"""Inflection for the offline writer: verb tense and person, counted nouns, requirements as noun phrases.

Verb forms come from lemminflect (a maintained English lemmatiser and inflector with a dictionary and an
out-of-vocabulary model). It was chosen over pyinflect and inflect on 20 verbs that open CV bullets in many fields
(build, lead, manage, mentor, oversee, run, write, teach, drive, grow, cut, plan, ship, co-lead, triage, precept,
rebuild, reconcile, spearhead, audit): lemminflect gave all 20 past forms right; pyinflect 19 (nothing for the nursing
verb "precept", it has no out-of-vocabulary rules); inflect has no past tense at all and doubles consonants wrongly in
its participles ("mentorring", "auditting"). lemminflect also lemmatises past forms back to their base ("oversaw" ->
"oversee"), which lets one word list recognise a bullet's verb in any tense.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from careervp.logic.text import word_set
from careervp.vocabulary.lemmas import getAllLemmas, getInflection, getLemma


@lru_cache(maxsize=2048)
def _inflect(verb: str, tag: str) -> str:
    """`verb` in the Penn tag's form; a prefixed verb ("co-lead") inflects its head ("co-led")."""
    prefix, _, head = verb.rpartition("-")
    forms = getInflection(head, tag=tag)
    form = str(forms[0]) if forms else head
    return f"{prefix}-{form}" if prefix else form


def past(verb: str) -> str:
    """ "build" -> "built", "precept" -> "precepted", "co-lead" -> "co-led"."""
    return _inflect(verb.casefold(), "VBD")


def participle(verb: str) -> str:
    """ "house" -> "housed", "write" -> "written"."""
    return _inflect(verb.casefold(), "VBN")


def gerund(verb: str) -> str:
    """ "coach" -> "coaching", "plan" -> "planning"."""
    return _inflect(verb.casefold(), "VBG")


@lru_cache(maxsize=2048)
def base_form(word: str) -> str:
    """The dictionary form of a verb in any tense: "oversaw" -> "oversee", "led" -> "lead", "co-led" -> "co-lead"."""
    prefix, _, head = word.casefold().rpartition("-")
    lemmas = getLemma(head, upos="VERB", lemmatize_oov=False)
    lemma = str(lemmas[0]) if lemmas else head
    return f"{prefix}-{lemma}" if prefix else lemma


def count_of(number: int, noun: str) -> str:
    """ "1 year", "6 years": a count agrees with its noun."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


_VERB_LED_REQUIREMENT = re.compile(r"^([a-z][a-z-]*)((?:,\s*[a-z][a-z-]*)*(?:,?\s+and\s+[a-z][a-z-]*)?)\b(.*)$")


def as_gerund_phrase(phrase: str, is_verb: Callable[[str], bool], in_series: Callable[[str], bool]) -> str:
    """A duty written as an order becomes a noun phrase: "lead, schedule and coach a team" -> "leading, scheduling
    and coaching a team". `is_verb(word)` says which words are verbs, so a noun phrase is returned unchanged."""
    match = _VERB_LED_REQUIREMENT.match(phrase)
    if match is None or not is_verb(match.group(1)):
        return phrase
    series = re.findall(r"[a-z][a-z-]*", match.group(2))
    if not all(word == "and" or in_series(word) for word in series):
        return phrase
    head = gerund(match.group(1))
    rest = re.sub(r"[a-z][a-z-]*", lambda m: m.group(0) if m.group(0) == "and" else gerund(m.group(0)), match.group(2))
    return head + rest + match.group(3)


def capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


_AUXILIARY_VERBS = word_set("am is are was were be been has have had will would can could did does do")
_SAME_FORM_PAST = word_set("hit cut set put let cost shut quit spread beat")
"""Past forms spelt like their base, read as finite after a subject."""
_CHANGE_OF_STATE = word_set(
    """increase decrease improve decline drop double triple halve rise fall grow climb shrink jump reach remain stay
    return recover close open finish end"""
)
"""Verbs whose "-ed" form after a noun reports what happened ("satisfaction increased"), not what was done to it."""


def is_finite_clause(text: str) -> bool:
    """Whether a clause has a finite verb of its own: "satisfaction rose from 82% to 94%", "2 were promoted" do;
    "8 approved at first submission", "zero discrepancies across 4 audits" are noun phrases (with a participle) and
    read as English only after "with"."""
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", text.casefold())
    for position, word in enumerate(words):
        if word in _AUXILIARY_VERBS:
            return True
        lemma = base_form(word)
        if position and word in _SAME_FORM_PAST:
            return True  # "2 of them hit quota", "costs fell and we cut waste"
        if position == 0 or lemma == word or not getAllLemmas(word, upos="VERB"):
            continue  # the first word is the subject; a base form is no finite verb after a noun
        if word.endswith("s") and getAllLemmas(word, upos="NOUN"):
            continue  # "audits", "reports": read as plural nouns
        if not word.endswith("ed") or lemma in _CHANGE_OF_STATE:
            return not word.endswith("ing")  # "rose", "fell", "grows"; "increased"; never "cutting"
    return False


@lru_cache(maxsize=1024)
def unshouted(title: str) -> str:
    """ "NIGHT NEWS EDITOR" -> "Night News Editor", "SOC ANALYST II" -> "SOC Analyst II": a title a CV sets in capitals
    is written in title case, words a dictionary knows only; acronyms ("HVAC", "SOC", "II") keep their capitals. The
    short forms CVs use in titles are spelt out ("Snr Dispenser", "Maint. Eng" -> "Senior Dispenser", "Maintenance
    Engineer"): in a sentence, "Maint." would end it."""
    return _TITLE_SHORT_FORM.sub(lambda m: _TITLE_WORDS[m.group(1).casefold()], _title_cased(title))


def _title_cased(title: str) -> str:
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return title

    def word(match: re.Match[str]) -> str:
        low = match.group(0).casefold()
        if low in {"and", "of", "the", "for", "in", "at", "on", "to"}:
            return low
        return low.capitalize() if len(low) > 3 and getAllLemmas(low) else match.group(0)

    return capitalise(re.sub(r"[A-Z][A-Z'’]*", word, title))


_TITLE_WORDS = {"snr": "Senior", "sr": "Senior", "jnr": "Junior", "jr": "Junior", "asst": "Assistant",
                "mgr": "Manager", "eng": "Engineer", "engr": "Engineer", "maint": "Maintenance", "supvr": "Supervisor",
                "coord": "Coordinator", "dept": "Department", "admin": "Administrator"}  # fmt: skip
_TITLE_SHORT_FORM = re.compile(r"\b(" + "|".join(_TITLE_WORDS) + r")\b\.?(?!\w)", re.IGNORECASE)


def _is_word(low: str) -> bool:
    """A short word set in capitals that reads as a word, not an acronym: a dictionary word or its plural ("LABS"),
    or one spelt mostly with vowels ("RIO"; "USDA", "HVAC" and "NHS" stay acronyms)."""
    if getAllLemmas(low) or (low.endswith("s") and getAllLemmas(low[:-1])):
        return True
    return sum(c in "aeiou" for c in low) * 3 >= len(low) * 2


_SHOUTED_RUN = re.compile(r"\b[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)+\b")


def signed_name(name: str) -> str:
    """ "SHAUNA McBRIDE" -> "Shauna McBride", "ÓRLA O'NEILL" -> "Órla O'Neill": a name the CV sets in capitals, signed
    as a name; a prefix kept in its own case ("Mc", "Mac") keeps it, and a name already in name case is left alone."""

    def word(match: re.Match[str]) -> str:
        text = match.group(0)
        prefix = re.match(r"Ma?c(?=[A-Z]{2})", text)
        rest = text[prefix.end() :] if prefix else text
        if len(rest) < 2 or not rest.isupper():
            return text
        parts = re.split(r"(['’-])", rest.casefold())
        return (prefix.group(0) if prefix else "") + "".join(p.capitalize() for p in parts)

    first = name.split()[0] if name.split() else ""
    if len(first) < 2 or not first.isupper():
        return name  # "Rachel Pemberton MIWFM": written as a name, its post-nominals in their own capitals
    return re.sub(r"[^\W\d_][\w'’-]*", word, name)


def names_in_name_case(text: str) -> str:
    """ "PENOBSCOT VALLEY FOOD ALLIANCE" -> "Penobscot Valley Food Alliance": a name a CV sets in capitals is written
    as a name. Short words no dictionary knows ("HVAC", "LLC", "II") keep their capitals as acronyms; a run of short
    acronyms ("PMP CSM") is left alone."""

    def word(match: re.Match[str]) -> str:
        low = match.group(0).casefold()
        if low in {"and", "of", "the", "for", "in", "at", "on", "to"}:
            return low
        return low.capitalize() if len(low) > 4 or (len(low) > 2 and _is_word(low)) else match.group(0)

    def run(match: re.Match[str]) -> str:
        text = match.group(0)
        if not any(len(w) > 4 for w in re.findall(r"[A-Z'’]+", text)):
            return text
        return capitalise(re.sub(r"[A-Z][A-Z'’]*", word, text))

    return _SHOUTED_RUN.sub(run, text)
