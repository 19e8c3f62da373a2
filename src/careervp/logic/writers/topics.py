"""Requirements as the short noun phrases a letter can name: "Experience coaching managers on performance" ->
"coaching managers on performance", "8+ years of bridge design experience" -> "bridge design".

A requirement is named only in the CV's own words, with no figure of the posting's and nothing the CV lacks; the
words that say how much of it the posting wants ("strong", "experience with", "5+ years of") are not the topic,
but a noun that belongs to the topic ("exposure assessment", "record keeping") stays.
"""

from __future__ import annotations

import re

from careervp.logic.text import content_terms, matched_terms, skills_in
from careervp.logic.writers import template_content as content
from careervp.logic.writers.defects import word_count_as_copied
from careervp.logic.writers.grammar import as_gerund_phrase
from careervp.logic.writers.noun_phrases import is_base_verb, series_verb, without_meta
from careervp.logic.writers.wording import lower_first, quoted
from careervp.vocabulary import is_generic_skill
from careervp.vocabulary.people import is_person_noun

MAX_TOPIC_WORDS = 7

_PREFIX = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:strong|solid|proven|demonstrated|demonstrable|hands-on|deep|excellent|expert|advanced|"
    r"working|good|clear|current|active|recent|professional|prior|practical|direct|some)\s+)*"
    r"(?:(?:knowledge|experience|proficiency|familiarity|understanding|background|exposure|expertise|skills?|"
    r"confidence|comfort|fluency|interest|track\s+record|record|results)\s+(?:of|in|with|on|at)\s+|"
    r"(?:experience|expertise|track\s+record)\s+(?=[a-z]+ing\b))?",
    re.IGNORECASE,
)
"""How much of a thing the posting wants ("strong experience with", "proven track record leading"): dropped only
before a preposition or an activity, so a noun that belongs to the topic stays ("exposure assessment")."""
_CUT = re.compile(r"\s*(?:\(|:|;|—|–\s|,|\bsuch as\b|\be\.g\.|\bincluding\b|\bor equivalent\b|\bor similar\b).*$")
_PRONOUNS = {"our": "your", "we": "you", "us": "you"}


# "(Must be) able to run mashing", "Ability to lead drives", "Confident dealing with guns": the work asked, as a verb.
_ABILITY = re.compile(
    r"^(?:(?:must|should|will)\s+be\s+|you\s+are\s+|you['’]re\s+)?(?:able|ability|confident|comfortable|happy|"
    r"willing|prepared)\s+(?:to\s+|in\s+|with\s+)?",
    re.IGNORECASE,
)
_HELD_THING = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:degree|diploma|licen[cs]e|certificat\w*|qualification|ticket|card|"
    r"bachelor\w*|master['’]?s|doctorate|registration|membership)\b",
    re.IGNORECASE,
)


# What someone has shown or is like, not work they do: "a strong safety record", "a can-do attitude".
_A_QUALITY = re.compile(r"\b(?:track\s+)?(?:record|attitude|manner|reputation|ethic|temperament)$", re.IGNORECASE)


def _without_measure(text: str) -> tuple[str, bool]:
    """The requirement without how much of it is wanted, and whether a preposition governed what is left: after
    "confident with" or "experience of" the rest is a noun phrase, so a first word that could be a verb is a noun's
    modifier ("carry chairs", "dump trucks", "wash bays"), never an order to turn into "carrying chairs"."""
    measure = _PREFIX.match(text)
    rest = text[measure.end() :] if measure else text
    ability = _ABILITY.match(rest)
    dropped = (measure.group(0) if measure else "") + (ability.group(0) if ability else "")
    rest = rest[ability.end() :] if ability else rest
    return rest.strip(" ,."), re.search(r"\b(?:of|in|with|on|at)\s+$", dropped, re.IGNORECASE) is not None


def topic_phrase(requirement: str, vocab: content.Vocabulary, *, keep_case: bool = False) -> str | None:
    """A requirement as a short noun phrase the letter can name, or None: too long, a figure of the posting's (a
    letter repeating "a team of about 20" would seem to claim it), or a tool the CV does not name. `keep_case` marks
    the user's own emphasis areas, which keep their wording; a posting's requirement must be in the CV's words."""
    if re.search(r"\s[/+&]\s", requirement):
        return None  # "VRT seeding + N prescriptions": a note in shorthand, not a phrase a sentence can carry
    text, governed = _without_measure(_CUT.sub("", quoted(requirement)).strip())
    if _HELD_THING.match(text) or _A_QUALITY.search(text):
        return None  # "degree in civil engineering", "safety record": a thing held or shown, not work to centre on
    text = re.sub(r"\b(?:our|we|us)\b", lambda m: _PRONOUNS[m.group(0)], text)
    phrase = text if keep_case else lower_first(text)
    text = without_meta(phrase if governed else as_gerund_phrase(phrase, is_base_verb, series_verb)) or ""
    words = text.split()
    if not words or word_count_as_copied(text) > MAX_TOPIC_WORDS or re.search(r"\d", text):
        return None
    if words[0].endswith("ing") and any(not is_generic_skill(name) for name, _ in skills_in(text)):
        return None  # "running services on AWS" reads as claiming the practice, not only the tool
    if any(name.casefold() not in vocab.skills for name, _ in skills_in(text)):
        return None  # naming a skill in the letter claims it: only the CV's own, by name
    if not vocab.names_only_known(text):
        return None  # "an HRIS", "Opera Cloud": a name or acronym the CV never uses would read as claimed
    terms = content_terms(text)
    if not keep_case and matched_terms(terms, set(vocab.terms)) != terms:
        return None  # "schema design" from a CV that never says it: a posting's requirement is named in the CV's words
    if not keep_case and re.search(r"[A-Z]", text) and text.casefold() not in vocab.text:
        return None  # "Xactimate estimating" from a CV with "Xactimate": a name with new words reads as a new skill
    if len(words) == 1 and is_person_noun(words[0].casefold()):
        return None  # "banker experience" left as "banker": a post names no work a sentence can centre on
    return text


def core_topic(requirement: str, vocab: content.Vocabulary) -> str | None:
    """A requirement too long or too measured to name whole, said by its core when that is the CV's words and at
    least two of them: "8+ years of bridge design or inspection experience" -> "bridge design or inspection",
    "Experience handling complaints from intake to resolution" -> "handling complaints"."""
    text = _core(requirement)
    if text == requirement.strip() or len(text.split()) < 2:
        return None
    found = topic_phrase(text, vocab)
    return found if found and len(found.split()) >= 2 else None


def field_asked(requirement: str, vocab: content.Vocabulary) -> str | None:
    """The field a requirement asks years in, in the CV's words: "At least 3 years of pastry experience" ->
    "pastry"; None when the requirement asks no years or its field is not the CV's words."""
    text = re.sub(r"^experience\s+(?=as\s|in\s)", "", _core(requirement), flags=re.IGNORECASE)  # "as a chef"
    return topic_phrase(text, vocab) if _YEARS_OF.search(_CUT.sub("", quoted(requirement)).strip()) else None


def _core(requirement: str) -> str:
    text = _CUT.sub("", quoted(requirement)).strip()
    text = _YEARS_OF.sub("", text)
    text = _SPAN_TAIL.sub("", text)
    return re.sub(r"\s+experience$", "", text, flags=re.IGNORECASE).strip()


_YEARS_OF = re.compile(
    r"^(?:at\s+least\s+|minimum(?:\s+of)?\s+)?\d+\+?(?:\s*[-–]\s*\d+)?\s*years?['’]?\s+(?:of\s+)?"
    r"(?:(?:progressive|relevant|professional|practical|hands-on|recent|post-qualification)\s+)*",
    re.IGNORECASE,
)
_SPAN_TAIL = re.compile(r"\s+from\s+[\w-]+(?:\s+[\w-]+)?\s+(?:to|through)\s+[\w-]+.*$", re.IGNORECASE)
