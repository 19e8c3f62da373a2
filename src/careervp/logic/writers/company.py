"""Why this company: what the posting says the company is or does, restated as a phrase to follow "your".

Postings describe the employer in a few sentence shapes, whatever the field:
- a description: "Kestrel Ridge Bank is a community bank with $6.8 billion in assets" -> "community bank";
- what it does: "Halvorsen & Sons has made agricultural equipment components since 1962" -> "work making
  agricultural equipment components"; "Today we run 11 clinics across Devon and Cornwall" -> "work running clinics
  across Devon and Cornwall";
- why it was founded: "Lumen Crest was founded in 2016 to develop AAV gene therapies for ..." -> "work developing AAV
  gene therapies for ...".
The letter builds its own sentence around the phrase, so no posting sentence is pasted back; figures stay out (in a
letter they would read as the candidate's), and so do places and times after the object ("in Sacramento County
since 1979").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from careervp.logic.text import word_set
from careervp.logic.writers.defects import MAX_COPIED_WORDS, word_count_as_copied
from careervp.logic.writers.grammar import base_form, gerund
from careervp.logic.writers.wording import lower_first, short_company
from careervp.models.evidence import EvidenceMap
from careervp.vocabulary.lemmas import getAllLemmas

MAX_REASON_WORDS = 9
_INTRO = re.compile(
    r"^(?:(?:Founded|Established|Based|Headquartered|Started|Launched|Incorporated)\b[^,]{0,80}|Today|Now|"
    r"(?:Since|In) \d{4}|For (?:over |more than )?\S+ (?:years|decades))\s*,?\s+",
)
_AUXILIARIES = frozenset({"has", "have", "had", "now", "also", "currently", "still", "today", "proudly", "will"})
_FOUNDED = re.compile(r"^(?:was|were) (?:founded|established|set up|created|started)\b.*?\bto ([a-z]+)\b(.*)$")
_COPULA = re.compile(r"^(?:is|are) (?:an?|the) (.*)$")
_OF_NAME = re.compile(r"\bof\s+(?:the\s+)?[A-Z]")
_OBJECT_STOPS = word_set(
    """in since from at that which who whose while where when with whom by through during until including as so but
    to because after before each every per annually"""
)
"""Words after which an object phrase turns to place, time, manner or a new clause."""
_PREPOSITIONS = frozenset({"of", "for", "across", "on", "to", "and"})
_NEEDS_OF = frozenset({"behalf", "part", "terms", "range", "variety", "number", "lot", "kind", "type", "means"})
"""Nouns that say nothing without their "of ..." ("on behalf", "a range"): a phrase cut before "of" ends earlier."""
_QUANTIFIERS = frozenset({"more", "than", "over", "around", "about", "nearly", "almost", "some", "roughly"})
_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten twelve dozens hundreds thousands million billion trillion"
)
_NO_ACTIVITY = word_set(
    """be have do get become remain want need raise close secure announce receive win complete reach hit grow double
    use follow hold keep take give"""
)
"""Verbs of company news and states ("we raised a $48 million Series C"), and of method ("we use Arbor", "we follow
the AQA specification"): none says a line of work the candidate would join."""
_GENERIC_NOUNS = word_set(
    """team company business organisation organization group place employer people staff employees members customers
    clients independent"""
)
"""Nouns that name no line of work by themselves ("a team", "employing people")."""


def company_reason(evidence: EvidenceMap) -> str | None:
    """The first company sentence of the posting that restates cleanly: a noun phrase to follow "your"."""
    return next(company_reasons(evidence), None)


def company_reasons(evidence: EvidenceMap) -> Iterator[str]:
    """Every company sentence of the posting that restates cleanly, in the posting's order."""
    short = short_company(evidence.company_name)
    subject = re.compile(rf"(?:^|,\s+)(?:the |our )?(?:{_subjects(short)})\s+(.*)$", re.IGNORECASE)
    for hook in evidence.company_hooks:
        sentence = hook.strip().rstrip(".").replace(evidence.company_name, short)
        match = subject.search(sentence) or subject.search(_INTRO.sub("", sentence))
        if match is None or (match.start() and not _INTRO.match(sentence[: match.start()] + ", ")):
            continue  # the company is the subject, after at most an introduction ("Founded in 1998 in Golden, ...")
        phrase = _restated(match.group(1))
        if phrase:
            yield phrase


_UNIT = re.compile(
    r"\b(?:square|sq|feet|ft|acres?|hectares?|hours?|lbs|pounds|tons?|tonnes?|miles|km|gallons|litres|liters)\b|"
    r"\b(?:a|per|each)\s+(?:year|month|week|day)\b|\bannually\b",
    re.IGNORECASE,
)
"""Units and rates: left after a figure is dropped, they measure nothing."""


def _subjects(company: str) -> str:
    """The company's name or its first words ("Halvorsen & Sons", "Kestrel"), or "we"."""
    words = company.split()
    names = {" ".join(words[:n]) for n in range(1, len(words) + 1)}
    names = {n for n in names if n[-1:].isalnum()}
    return "|".join([*sorted((re.escape(n) for n in names), key=len, reverse=True), "we"])


def _restated(predicate: str) -> str | None:
    copula = _COPULA.match(predicate)
    if copula is not None:  # "the parent of Bluewater Airlines" names a tie to one company, never a kind of one
        return None if _OF_NAME.search(copula.group(1)) else _phrase(copula.group(1).split(), prefix="")
    founded = _FOUNDED.match(predicate)
    if founded is not None:
        return _activity(founded.group(1), founded.group(2))
    words = predicate.split()
    while words and words[0].casefold() in _AUXILIARIES:
        words = words[1:]
    if len(words) < 2:
        return None
    return _activity(words[0], " ".join(words[1:]))


def _activity(verb: str, rest: str) -> str | None:
    """ "supported survivors of domestic violence in Sacramento County since 1979" -> "work supporting survivors
    of domestic violence": the verb as a gerund and its object up to the first place, time or clause."""
    base = base_form(verb.casefold())
    if base in _NO_ACTIVITY or not getAllLemmas(base, upos="VERB"):
        return None  # "we raised a Series C", "we became": news or a state, not the company's line of work
    words = rest.split()
    verbs = gerund(base)
    if len(words) > 1 and words[0] == "and" and getAllLemmas(words[1].casefold(), upos="VERB"):
        verbs, words = f"{verbs} and {gerund(base_form(words[1].casefold()))}", words[2:]  # "develops and makes"
    phrase = _phrase(words, prefix=f"work {verbs} ")
    if phrase is not None and not _names_a_kind(phrase.removeprefix(f"work {verbs} ")):
        return None  # "work serving Yorkshire", "work providing community": a place or a word cut from its phrase
    return phrase


def _names_a_kind(thing: str) -> bool:
    """Whether an object names a kind of work: two words or more ("rapid charger connections"), or one plural
    noun ("cheeses"); a single name or a singular noun alone is a place, or a modifier whose noun was cut off."""
    words = thing.split()
    if len(words) > 1:
        return True
    word = words[0] if words else ""
    nouns = getAllLemmas(word.casefold(), upos="NOUN").get("NOUN", ())
    return not word[:1].isupper() and bool(nouns) and word.casefold() not in nouns


def _phrase(words: list[str], *, prefix: str) -> str | None:
    """A noun phrase from the start of `words`: counts dropped, cut before a place, time or clause, and cut back
    to a shorter whole phrase when it runs long; it must end on a noun."""
    taken: list[str] = []
    bracket = False
    for index, word in enumerate(words):
        clean = word.strip(",;:")
        low = clean.casefold()
        following = words[index + 1].casefold() if index + 1 < len(words) else ""
        if taken and low == "and" and following in ("a", "an", "the"):
            break  # "a safety-first operator and a great place to ...": the first description is the company's
        if clean.startswith("(") or bracket:  # "(LLM)": an aside, left out
            bracket = not clean.endswith(")")
            continue
        if not clean or low in _OBJECT_STOPS:
            break
        if re.search(r"\d", clean) and taken and taken[-1][:1].isupper():
            return None  # "Part 145 repair station": the figure is part of a name, which says nothing without it
        if re.search(r"\d", clean) or low in _NUMBER_WORDS or low in _QUANTIFIERS:
            if taken and taken[-1].casefold() == "of":
                taken.pop()  # "a college of 2,100 students and ...": what the count measured goes with it
                break
            continue
        if taken and re.search(r"(?:ing|ed)$", low) and getAllLemmas(low, upos="VERB") and _opens_clause(words, word):
            break  # "a mutual insurer protecting more than ...", "software used by ...", "a nonprofit founded in"
        taken.append(clean)
        if word.endswith((",", ";", ":")):
            break
    if _UNIT.search(" ".join(taken)):
        return None  # "square feet of office", "interpreting hours a year": a measure whose figure was left out
    # A phrase kept in the posting's own words stays, with its article, within the longest run of posting words a
    # letter may repeat; one restated as "work <verb>ing ..." is the writer's own and may run longer.
    # Its object, the posting's own words, never runs as long as the copy check allows, counted as that check counts
    # them ("harsh-environment semi-submersibles" is four).
    limit = (MAX_REASON_WORDS if prefix else MAX_COPIED_WORDS - 1) - len(prefix.split())
    while len(taken) > limit or word_count_as_copied(" ".join(taken)) >= MAX_COPIED_WORDS:
        cuts = [i for i, w in enumerate(taken) if w.casefold() in _PREPOSITIONS - {"and"}]
        cuts = cuts or [i for i, w in enumerate(taken) if w.casefold() == "and"]
        taken = taken[: cuts[-1]] if cuts else taken[: min(limit, len(taken) - 1)]
    while taken and taken[-1].casefold() in _PREPOSITIONS | {"a", "an", "the", "our"} | _NEEDS_OF:
        if taken.pop().casefold() in _NEEDS_OF and taken and taken[-1].casefold() in _OBJECT_STOPS | _PREPOSITIONS:
            taken.pop()  # "vessels on behalf" (of whom?): the phrase ends before it
    if len(taken) > 2 and taken[-2].casefold() in _PREPOSITIONS and taken[-1].casefold() in _GENERIC_NOUNS:
        taken = taken[:-2]  # "firm of (240) people": without its count the phrase says nothing
    openers = {"it", "them", "us", "our", "its"} | ({"a", "an", "the"} if not prefix else set())
    if not taken or taken[0].casefold() in openers:
        return None  # "your a community bank"; but "work building a virtual-care platform" reads well
    nouns = [w for w in taken if w[:1].isupper() or getAllLemmas(w.casefold(), upos="NOUN")]
    if not nouns or not _is_noun(taken[-1]) or all(w.casefold() in _GENERIC_NOUNS for w in nouns):
        return None
    return prefix + lower_first(" ".join(taken))


def _is_noun(word: str) -> bool:
    """A name, a dictionary noun, or a trade word no dictionary knows ("coverholder")."""
    lemmas = getAllLemmas(word.casefold())
    return word[:1].isupper() or "NOUN" in lemmas or not lemmas


def _opens_clause(words: list[str], word: str) -> bool:
    """Whether a participle starts a clause (followed by an article, figure or preposition) rather than modifies
    the next noun ("managing general agent")."""
    position = words.index(word)
    following = words[position + 1].casefold() if position + 1 < len(words) else ""
    return not following or bool(re.match(r"\d|(?:a|an|the|more|over|about|by|in|to|for|from|at|with|on)$", following))


_REFERENCE = re.compile(
    r"\s*(?:\((?:Req(?:uisition)?|Ref|Job|ID)\.?\s*(?:No\.?\s*)?#?\s*[\w/-]+\)|"
    r"[,(]?\s*(?:Req(?:uisition)?|Ref|Job ID)\.?\s*(?:No\.?\s*)?#?\s*[\w/-]*\d[\w/-]*\)?|"
    r"#(?=[\w/-]*[A-Za-z])(?=[\w/-]*\d)[\w/-]+)\s*$",
    re.IGNORECASE,
)
"""A requisition or reference code after a title: "(Req #4471)", "#PLT-OPS-09", "Ref. 24-118". A number that is part
of the title ("Site #2") has no letters in its code and stays."""


def plain_title(title: str) -> str:
    """The job title as a letter says it, without a trailing reference code: "Plant Operator – Nights #PLT-OPS-09" ->
    "Plant Operator – Nights"."""
    plain = _REFERENCE.sub("", title).rstrip(" ,–—-:")
    return plain or title


def first_mention(evidence: EvidenceMap) -> str:
    """How the letter names the employer first: in full, or by its short form when the posting itself uses it (a
    posting that says "Kittiwake Offshore Wind Services" never needs the "Ltd" of the pair's company field)."""
    full, short = evidence.company_name, short_company(evidence.company_name)
    if short == full:
        return full
    uses_short = any(re.search(rf"{re.escape(short)}(?!,?\s+(?:Ltd|Inc|LLC|GmbH|Limited|plc|Co)\b)", hook)
                     for hook in evidence.company_hooks)  # fmt: skip
    return short if uses_short else full
