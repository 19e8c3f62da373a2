"""Requirements and gaps as noun phrases a sentence can hold.

A posting line is written as an order ("Onboard new scientists and deliver lab inductions"), a list of alternatives
("domestic violence or sexual assault"), or with words about the evidence it wants ("casualty underwriting
experience", "transferable control knowledge"). Before a letter names one, it becomes a noun phrase ("onboarding new
scientists and delivering lab inductions", "domestic violence", "casualty underwriting"), or nothing when no clean
phrase remains; and a gap is said in the frame its kind of phrase needs (an activity, a field, a tool, a thing held).
"""

from __future__ import annotations

import re

from careervp.logic.text import find_stock_phrases, join_list, split_sentences, word_set
from careervp.logic.writers import template_content as content
from careervp.logic.writers.defects import word_count_as_copied
from careervp.logic.writers.grammar import as_gerund_phrase, base_form, gerund
from careervp.logic.writers.wording import BASE_VERBS, article, lower_first
from careervp.models.evidence import EvidenceMap, FactKind
from careervp.vocabulary.languages import LANGUAGES
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun


def is_base_verb(word: str) -> bool:
    """A verb in its base form ("coach", not "coaching" or "budget"): the curated bullet verbs, or a word lemminflect
    lemmatises to itself as a verb when it follows one of them in a series ("build and check")."""
    return word in BASE_VERBS


def series_verb(word: str) -> bool:
    return word in BASE_VERBS or (base_form(word) == word and bool(getAllLemmas(word, upos="VERB")))


CONDITION = re.compile(
    r"\b(?:availab\w*|willing\w*|able to (?:travel|work|lift|relocate|commute)|travel\w*|relocat\w*|on-call|"
    r"background checks?|drug (?:test|screen)\w*|right to work|eligib\w*|driv(?:er'?s|ing) licen[cs]e)\b",
    re.IGNORECASE,
)
"""A condition of the job (a schedule, travel, eligibility) rather than a skill: a letter does not admit it as a
gap, since "availability for nights would be new to me" says nothing a recruiter can weigh."""
_META_HEAD = re.compile(r"\s+(?:experience|background|knowledge|skills?|expertise|exposure|abilities|ability)$")
_META_WORD = re.compile(r"\b(?:transferable|relevant|related|similar|equivalent|comparable|general)\b", re.I)


def without_meta(phrase: str) -> str | None:
    """ "security operations background" -> "security operations"; "transferable control knowledge" and
    "analytical and Excel skills" -> None. A requirement's words about the kind of evidence it wants are no topic a
    letter can name, and what remains must still be a noun phrase (not an adjective left alone)."""
    if _META_WORD.search(phrase):
        return None
    stripped = _META_HEAD.sub("", phrase)
    if stripped == phrase:
        return phrase
    ends = {stripped.split()[0].casefold(), stripped.split()[-1].casefold()}
    if any(set(getAllLemmas(word)) == {"ADJ"} for word in ends):
        return None  # "analytical and Excel skills" -> "analytical and Excel": no noun phrase left
    return stripped


_MAX_GAP_WORDS = 7


def named_gap(gap: content.Gap) -> content.Gap | None:
    """A gap as a noun phrase: orders become gerunds ("onboard new scientists and deliver lab inductions" ->
    "onboarding new scientists and delivering lab inductions"), meta words go ("casualty underwriting experience"
    -> "casualty underwriting"), a singular count noun gets its article."""
    topic = as_gerund_phrase(gap.topic, is_base_verb, series_verb)
    if topic != gap.topic or topic.split()[0].endswith("ing"):
        topic = re.sub(r"\band ([a-z]+)\b", _gerund_if_verb, topic)
    stripped = without_meta(topic)
    if stripped is None:
        return None
    return content.Gap(_with_article(stripped), gap.is_credential)


def _gerund_if_verb(match: re.Match[str]) -> str:
    word = match.group(1)
    return f"and {gerund(word)}" if is_base_verb(word) else match.group(0)


def first_alternative(topic: str) -> str | None:
    """ "supporting SOC 2 Type II or ISO 27001 audits" -> "supporting SOC 2 Type II audits"; None when even one
    alternative is too long to name without restating the posting."""
    head, _, tail = topic.partition(" or ")
    if tail:
        last, head_last = tail.split()[-1], head.split()[-1]
        # "SOC 2 Type II or ISO 27001 audits": the head shares the tail's noun; "domestic violence or sexual
        # assault": the head ends in a noun of its own and stands alone.
        named = head_last[:1].isupper() and not head_last.isupper()  # "Delphi or Opera S&C": a name stands alone
        stands_alone = head_last == last or named or bool(getAllLemmas(head_last.casefold(), upos="NOUN"))
        stands_alone = stands_alone or not last.islower() or any(c.isdigit() for c in head_last)  # "mc²96 or ... T"
        topic = head if stands_alone else f"{head} {last}"
    return topic if word_count_as_copied(topic) <= _MAX_GAP_WORDS else None


def language_gap(topic: str, vocab: content.Vocabulary) -> content.Gap | None:
    """ "Fluent French and English" from a CV with English -> "French"; "A second European language" stays whole.
    A language requirement becomes "I do not yet speak X", never "I have not worked with fluent French"."""
    names = [w for w in re.findall(r"[A-Za-z]+", topic) if w.casefold() in LANGUAGES]
    missing = [n for n in names if n.casefold() not in vocab.terms]
    if missing:
        return content.Gap(join_list(missing), is_credential=False, is_language=True)
    if not names and re.search(r"\blanguages?\b", topic, re.IGNORECASE):
        return content.Gap(lower_first(topic), is_credential=False, is_language=True)
    return None


def _with_article(topic: str) -> str:
    """ "portfolio of published stories" -> "a portfolio of published stories": a singular count noun heading an
    "of" phrase needs its article once it stands in a sentence."""
    words = topic.split()
    if len(words) < 3 or words[1] != "of" or not words[0].islower():
        return topic
    lemmas = getAllLemmas(words[0], upos="NOUN")
    if not lemmas or lemmas["NOUN"][0] != words[0] or getAllLemmas(words[0], upos="VERB"):
        return topic
    return f"{article(topic)} {topic}"


_COUNTED = re.compile(
    r"\d\s*[+%]|(?<![\w-])\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:years?|months?|employees|people|staff|sites?)\b"
)
"""A figure of the posting's ("200+ field employees", "95% accuracy", "3 years"), not a code ("S-57", "mc²56")."""


def reads_as_gap(topic: str) -> bool:
    """Whether a gap's phrase fits the frame `gap_kind` gives it: not a list cut at a comma ("FIA, outstanding"), no
    figure ("200+ field employees"), more than a bare gerund ("implementing"), no adjective standing for a state
    ("comfortable examining infants", "valid TWIC card"), and no person where a thing is had ("a user of NX")."""
    words = topic.split()
    if not words or "," in topic or _COUNTED.search(topic):
        return False
    first = words[0].casefold()
    kind = gap_kind(topic)
    if kind == "activity":
        return len(words) > 1
    if kind == "thing":
        return len(words) > 1 and not is_person_noun(words[1].casefold())
    lemmas = getAllLemmas(first)
    return not ("ADJ" in lemmas and "NOUN" not in lemmas and "VERB" not in lemmas)


def gap_kind(topic: str) -> str:
    """Which frame a gap needs to read as English: "state" (registered as a QP: "I am not yet"),
    "activity" (supporting SOC 2 audits: "would be new to me"),
    "thing" (a portfolio of published stories: "I do not yet have"), "tool" (Delphi: "worked with"), or "field"
    (casualty underwriting: "worked in")."""
    first = topic.split()[0].casefold() if topic.split() else ""
    stem = first[:-3]
    if first.endswith("ing") and (getAllLemmas(first, upos="VERB") or {stem, stem + "e"} & BASE_VERBS):
        return "activity"
    if first in {"a", "an", "the"}:
        return "thing"
    if re.match(r"\w+ed\s+(?:as|with|in|by|to)\b", topic) and getAllLemmas(first, upos="VERB"):
        return "state"  # "registered as a Chartered Town Planner": what one is, "I am not yet ..."
    if any(c.isupper() for c in topic):
        return "tool"  # a product or method with a name: "Delphi", "Apache Spark"
    return "field"


_LANGUAGE_LEVEL = re.compile(r"\b([A-Z][a-z]+)\s*(?:\(([^()]{2,30})\)|[—–:-]\s*([A-Za-z][A-Za-z -]{1,30}))")


def languages_sentence(evidence: EvidenceMap) -> str | None:
    """ "English (native), Portuguese (conversational)" or "Igbo — Conversational" lines -> "My languages are English
    (native) and Portuguese (conversational)."; None when the CV lists no language beyond one."""
    spoken: dict[str, str] = {}
    for fact in evidence.facts:
        text = re.sub(r"^Languages?\s*:\s*", "", fact.text)  # the label would read as a language's name
        for name, bracketed, dashed in _LANGUAGE_LEVEL.findall(text):
            if name.casefold() in LANGUAGES and name not in spoken:
                level = lower_first((bracketed or dashed).strip())
                spoken[name] = re.sub(r"\s+speaker$", "", level, flags=re.IGNORECASE)
    if len(spoken) < 2:
        return None
    named = [
        f"{name.capitalize()} ({level})" if _is_level(level) else name.capitalize() for name, level in spoken.items()
    ]
    return f"My languages are {join_list(named)}."


_LEVEL_WORDS = word_set(
    """native fluent bilingual intermediate basic conversational advanced professional working full proficiency
    proficient elementary limited business heritage mother tongue first second language reading written spoken
    upper lower good some and a1 a2 b1 b2 c1 c2 level"""
)


def _is_level(level: str) -> bool:
    """ "professional working proficiency", "B2": a level; "language grief group in" or a note cut off mid-word is
    no level, and the language is named alone."""
    words = re.findall(r"[\w]+", level.casefold())
    return bool(words) and all(w in _LEVEL_WORDS for w in words)


_LANGUAGE_ASKED = re.compile(
    rf"\b(?:languages?|bilingual|{'|'.join(re.escape(name) for name in sorted(LANGUAGES, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


def asks_for_languages(evidence: EvidenceMap) -> bool:
    """Whether a requirement of the posting names a language, so the CV's languages answer it."""
    return any(_LANGUAGE_ASKED.search(req.requirement) for req in evidence.requirements)


_MAX_SUMMARY_WORDS = 30


_SHORTHAND = re.compile(r"[>→|+]|\.\s+\S|\b(?:yrs?|mths?|snr|jnr|mgr|asst|approx)\b", re.IGNORECASE)


def summary_sentence(evidence: EvidenceMap) -> str | None:
    """The CV's own profile line in the first person: "Commercial property underwriter with a mid-market portfolio."
    -> "In short, I am a commercial property underwriter with a mid-market portfolio."; None when it opens with a
    verb or "I", runs long, or is made of stock phrases."""
    summary = next((f.text for f in evidence.facts if f.kind is FactKind.SUMMARY), None)
    if not summary:
        return None
    said = as_first_person(split_sentences(summary)[0], evidence)
    return f"In short, {said}" if said else None


def as_first_person(line: str, evidence: EvidenceMap) -> str | None:
    """A profile sentence said by the candidate: "Land surveyor with a county practice." -> "I am a land surveyor
    with a county practice."; None when it opens with a verb or "I", runs long, or is notes or stock phrases."""
    first = line.strip().rstrip(".")
    opener = first.split()[0] if first.split() else ""
    participle = opener.endswith("ed") and "-" not in opener  # "Type-rated", "UK-based": adjectives, not verbs
    if not opener[:1].isupper() or opener in {"I", "My"} or is_base_verb(opener.casefold()) or participle:
        return None
    if _SHORTHAND.search(first):
        return None  # "Dispenser. 8 yrs community pharmacy (counter > dispensary)": notes, not a sentence
    if len(first.split()) > _MAX_SUMMARY_WORDS or find_stock_phrases(first) or ";" in first:
        return None
    determiner, _, rest = first.partition(" ")
    definite = determiner.casefold() == "the"  # "The county's only licensed farrier": said with its own "the"
    if determiner.casefold() in {"a", "an", "the"} and rest[:1].isalpha():
        first = rest  # "A baker with ...": the profile's own article, never "I am an A baker"
    phrase = lower_first(first)
    opener = phrase.split()[0]
    lowered = opener[:1].lower() + opener[1:]
    achievements = [f.text for f in evidence.facts if f.kind is FactKind.ACHIEVEMENT]
    named = any(re.search(rf"(?<=[a-z] ){re.escape(opener)}\b", text) for text in achievements)
    if (
        opener != lowered
        and not opener.isupper()
        and not any(c.isupper() for c in opener[1:])
        and not named
        and not opener.endswith("-")
        and not opener.split("-")[0].isupper()  # "A-grade", "HGV-licensed": initials keep their case
    ):
        phrase = lowered + phrase[len(opener) :]  # capitalised only because it opens the profile: no name
    verb = "have been" if re.search(r"\bsince\b", phrase) else "am"  # "since 2014": a state held up to now
    return f"I {verb} {'the' if definite else article(phrase)} {phrase}."
