"""Reading the words around a claim: is it negated or aspirational, about the reader's company, about a credential,
an employer or a tool?

These cues decide what kind of fact an unsupported name is and whether a skill is being claimed at all: "I have not
yet used Snowflake" and "your Snowflake warehouse" name a skill without claiming it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.fvs.letter import FIRST_PERSON, Sentence, clause_around
from careervp.logic.word_patterns import opening_word_pattern
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.letter_words import CONTEXT_STOP_WORDS, ORG_WORDS

_NEGATION_PARTS = (
    r"not\s+yet|haven't|haven’t|have\s+not|has\s+not|hasn't|never|not\s+(?:used|worked|had|held)",
    r"(?:am|i'm|i’m)\s+not\b|(?:do|does)\s+not\s+(?:have|hold)|don['’]t\s+(?:have|hold)|\black\b",
    r"no\s+(?:direct\s+|hands-on\s+|professional\s+|production\s+|prior\s+|formal\s+)?experience",
    r"limited\s+experience|(?:am|i'm|i’m)\s+new\s+to|new\s+to\s+me|(?:is|are|would\s+be|be)\s+new(?:\s+to)?",
    r"would\s+(?:need|like|love|be\s+glad|be\s+eager|be\s+excited)\s+to\s+(?:learn|gain|build|grow|deepen|develop|"
    r"pick\s+up|get|become)",
    r"(?:eager|keen|excited|happy|ready|willing|glad|looking\s+forward|plan|planning|hope|hoping|intend|want|aim)\s+"
    r"(?:to\s+)?(?:learn|learning|gain|gaining|build\s+up|deepen|grow|pick\s+up|get\s+up\s+to\s+speed|ramp\s+up|"
    r"master|study|explore|exploring|become\s+proficient)",
    r"to\s+learn|would\s+learn|will\s+learn|can\s+learn|(?:am|i'm|i’m|currently|now)\s+learning",
    r"ramp\s+up|get\s+up\s+to\s+speed|pick\s+(?:it|them|this|that)?\s*up\b",
    r"(?:a|my|one)\s+gap|growth\s+area|currently\s+(?:studying|taking|completing|pursuing)|working\s+towards?",
    r"work(?:ing)?\s+(?:my\s+way\s+)?up\s+(?:through|to)",  # "help me work up through Level II and III": still to come
    # "CAD design is not something I have done", "Spanish isn't part of my background": the name is the subject
    r"(?:(?:is|are|was|were|has|have)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)\s+"
    r"(?:yet\s+|really\s+|ever\s+)?(?:been\s+)?(?:something|anything|an?\s+(?:area|skill|tool|thing|strength)|"
    r"(?:a\s+)?part\s+of\s+my|within\s+my|in\s+my\s+(?:background|experience|toolkit))\b",
    r"(?:outside|beyond)\s+(?:my|what\s+I)",
    # "moving to simPRO would be straightforward", "I could switch to Xero quickly": a tool not used yet
    r"(?:so|and)\s+(?:moving|switching|changing)\s+(?:over\s+)?to\b|"
    r"(?:would|could|can|will)\s+(?:\w+\s+)?(?:move|switch|adapt)\s+(?:over\s+)?to",
)
NEGATION_OR_ASPIRATION = opening_word_pattern("|".join(_NEGATION_PARTS))
# "I'd jump at the chance to run Wildcats sessions": what the writer wishes to do in the new job, said before the
# name (after it, "... to Brightwell and would welcome the chance to talk" wishes nothing about the name).
_WISH_BEFORE = re.compile(
    r"\b(?:(?:jump|leap)\s+at|welcome|relish|love|like|value)\s+the\s+(?:chance|opportunity)\s+to\b", re.IGNORECASE
)
# "My gaps are CAD drafting, site surveys and Brightmap": a sentence that opens by naming gaps lists them.
_GAP_OPENING = re.compile(
    r"^\s*(?:(?:my|the|two|three|a\s+few|some)\s+(?:main\s+|honest\s+|real\s+|biggest\s+)?gaps?\s+"
    r"(?:are|is|would\s+be|include)\b|gaps?\s*:|where\s+I\s+fall\s+short\b|"
    r"what\s+I\s+(?:lack|(?:do\s+not|don['’]t)\s+(?:yet\s+)?have|have\s+not\s+(?:yet\s+)?(?:had|held|done)))",
    re.IGNORECASE,
)
_NEGATION_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:which|that|though|although|but)\s+(?:i|I)\s+(?:have\s+not|haven't|haven’t|have\s+yet\s+to|"
    r"am\s+(?:still\s+)?learning|would\s+learn|will\s+learn|do\s+not|don't|don’t)",
)
# "... a personal licence, which I do not currently have": a clause of its own after a comma, about the name alone.
_NEGATED_RELATIVE_AFTER = re.compile(
    r"^\s*,\s*(?:which|that)\s+I\s+(?:(?:do|did)\s+not|don['’]t|didn['’]t|have\s+not|haven['’]t|have\s+never|"
    r"(?:have|am)\s+yet\s+to|never)\b"
)

CREDENTIAL_CUE = re.compile(
    r"\b(?:certif\w*|licen[cs]\w*|designation|credential\w*|degree|diploma|bachelor\w*|master['’]?s|masters|"
    r"doctorate|doctoral|ph\.?d|mba|university|college|polytechnic|graduated|graduate|studied|award\w*|honou?r\w*|"
    r"fellowship|accredit\w*|scholarship|of\s+the\s+(?:year|quarter|month)|named|recogni[sz]ed|board[-\s]certified|"
    r"chartered|registered|qualification|qualified|coursework|renew(?:ed|al)|recertified|expires)\b",
    re.IGNORECASE,
)
EMPLOYMENT_BEFORE = re.compile(
    r"(?:\b(?:at|for|joined|join|from|with\s+the|on\s+the\s+\w+\s+team\s+at|shifts?\s+at|contract\s+(?:at|with)|"
    r"internship\s+(?:at|with)|interned\s+(?:at|with)|employed\s+by|worked\s+(?:at|for)|work\s+(?:at|for)|"
    r"(?:secondment|placement|attachment)\s+(?:to|with|at)|seconded\s+(?:to|into)|"
    r"spent\s+[^.;]{0,40}\bat|career\s+at|time\s+at|years\s+at|tenure\s+at|role\s+at|position\s+at)\s+"
    r"(?:the\s+)?)$",
    re.IGNORECASE,
)
_TOOL_BEFORE = re.compile(
    r"\b(?:in|with|using|use|used|via|on|through|into|including|like|such\s+as|and|or|built|configured|deployed|"
    r"administered|automated|migrated|integrated|implemented|adopted|managed|manage|run|ran|running|operate|"
    r"operated|skilled|proficient|experienced|expertise|familiar|comfortable|fluent|speak|speaks|knowledge\s+of)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TOOL_AFTER = re.compile(
    r"^\s*(?:and\s+\w+\s+)?(?:integrations?|pipelines?|platform|stack|api|apis|sdk|dashboards?|workflows?|scripts?|"
    r"framework|clusters?|modules?|programs?|campaigns?|flows?|queries|models?|reports?|automations?|instance|"
    r"environment|tooling|tools?|certification|deployment|infrastructure)\b",
    re.IGNORECASE,
)
_SKILL_SENTENCE = re.compile(
    r"\b(?:experience|experienced|proficien\w*|skilled|skills?|comfortable|familiar|expertise|toolkit|stack|"
    r"tools?|fluent|hands-on|worked\s+with|built|used|using)\b",
    re.IGNORECASE,
)


_LATER_REFERENCE = re.compile(r"\b(?:them|it|these|those|either|both|any\s+of)\b", re.IGNORECASE)


def negated_later(sentence: Sentence, end: int) -> bool:
    """A gap admitted after the names: in the same clause ("Databricks and Delta Lake would be new to me") or later
    with a reference back ("Storyline 360 and SCORM are must-haves here; I have not used them yet")."""
    _, clause_after = clause_around(sentence, end, end)
    cue_in_clause = NEGATION_OR_ASPIRATION.search(clause_after)
    # "... and I have never missed a deadline": a new subject starts another statement.
    if cue_in_clause and not re.search(r"\b(?:I|we)\b", clause_after[: cue_in_clause.start()]):
        return True
    after = sentence.text[end - sentence.start :]
    cue = NEGATION_OR_ASPIRATION.search(after)
    return cue is not None and bool(_LATER_REFERENCE.search(after[cue.start() :]))


def announced_as_gap(window_before: str) -> bool:
    """The sentence opens by naming gaps ("What I do not yet have: ...") and the text before the claim is still
    that list: it ends where the candidate starts saying what they do have ("(I hold ...", "but I ...")."""
    outside_asides = re.sub(r"\([^()]*\)", " ", window_before)  # a closed aside does not end the list
    return bool(_GAP_OPENING.match(window_before)) and not re.search(r"(?:\b(?:but|and)\s+|\()I\b", outside_asides)


def is_negated_or_aspirational(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the claim at start..end is framed as not-yet-had or to-be-learned."""
    before, after = clause_around(sentence, start, end)
    window_before = sentence.text[: start - sentence.start]
    return bool(
        NEGATION_OR_ASPIRATION.search(before)
        or _WISH_BEFORE.search(before)
        or _NEGATION_AFTER.search(after)
        or _NEGATED_RELATIVE_AFTER.match(sentence.text[end - sentence.start :])
        or announced_as_gap(window_before)
        or (
            NEGATION_OR_ASPIRATION.search(window_before[-80:])
            and not re.search(r"\b(?:and|but)\s+I\b", window_before[-60:])
        )
    )


def clause_is_first_person(sentence: Sentence, start: int, end: int) -> bool:
    before, after = clause_around(sentence, start, end)
    return bool(FIRST_PERSON.search(before) or FIRST_PERSON.search(after))


def clause_addresses_reader(sentence: Sentence, start: int, end: int, company_spans: list[tuple[int, int]]) -> bool:
    before, after = clause_around(sentence, start, end)
    clause_start, clause_end = start - len(before), end + len(after)
    if re.search(r"\b(?:you|your|yours)\b", before + " " + after, re.IGNORECASE):
        return True
    return any(clause_start <= s < clause_end for s, _ in company_spans)


_READERS_BEFORE = re.compile(r"\byour\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# The reader as the subject of the clause the words end: "... as you prepare the area for ETCS", "I understand you
# support licence conversion", "while your team moves to Epic". "you" is the subject when a verb follows it ("I can
# show you my licence" has it as an object), and no first person comes after it.
_READER_SUBJECT = re.compile(
    r"\b(?:you|your\s+[\w-]+)\s+(?P<verb>[a-z]+)\b(?:\s+(?!I\b|my\b|me\b|we\b|our\b)[\w'’-]+){0,6}\s+$", re.IGNORECASE
)
_NOT_VERBS_AFTER_YOU = frozenset({"my", "the", "a", "an", "our", "that", "this", "all", "both"})


def reader_is_subject(before: str) -> bool:
    """Whether the reader is the subject of the clause that `before` (text up to some words) leads into."""
    found = _READER_SUBJECT.search(before)
    if found is None:
        return False
    verb = found.group("verb").casefold()
    return verb not in _NOT_VERBS_AFTER_YOU and "VERB" in getAllLemmas(verb)


# "the Gallagher training you offer", "the tools your team uses": a thing the reader does something with.
_THE_READER_DOES_AFTER = re.compile(
    r"^(?:[\s,]+[\w'’-]+){0,5}?\s+(?:that\s+|which\s+)?(?:you|your\s+[\w-]+)\s+(?:offer|offers|provide|provides|use|"
    r"uses|run|runs|fund|funds|give|gives|support|supports|teach|teaches|are\s+\w+ing)\b",
    re.IGNORECASE,
)
LIKE_YOURS_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:like|such\s+as|of)\s+yours\b", re.IGNORECASE)
"""Words after a name that make it the reader's kind of place: "... a repair station like yours"."""


def describes_the_reader(sentence: Sentence, start: int, end: int) -> bool:
    """The words describe the reader's organisation, not the candidate: "a bilingual clinic like yours", "your
    Montessori classrooms". A posting's word there names what the company is."""
    before = sentence.text[: start - sentence.start]
    after = sentence.text[end - sentence.start :]
    return bool(
        _READERS_BEFORE.search(before)
        or LIKE_YOURS_AFTER.match(after)
        or reader_is_subject(before)
        or _THE_READER_DOES_AFTER.match(after)
    )


def is_credential_context(sentence: Sentence, start: int, end: int, phrase: str) -> bool:
    before, after = clause_around(sentence, start, end)
    return bool(
        CREDENTIAL_CUE.search(phrase) or CREDENTIAL_CUE.search(before[-60:]) or CREDENTIAL_CUE.search(after[:40])
    )


def looks_like_organisation(phrase: str) -> bool:
    words = re.findall(r"[\w'’]+", phrase.casefold())
    return len(words) >= 2 and re.sub(r"['’]s?$", "", words[-1]) in ORG_WORDS


def is_employment_context(sentence: Sentence, start: int) -> bool:
    return bool(EMPLOYMENT_BEFORE.search(sentence.text[: start - sentence.start]))


def names_a_workplace(sentence: Sentence, name_start: int, start: int) -> bool:
    """The words before a whole name say where the candidate worked ("at Northern Cape Fisheries"), whichever of its
    words is the unknown one at `start`; a word after an abbreviation's full stop ("at Vantor S.L. Specifically")
    starts anew."""
    opens_at = name_start if "." not in sentence.text[name_start - sentence.start : start - sentence.start] else start
    return is_employment_context(sentence, min(start, opens_at))


def is_tool_context(sentence: Sentence, start: int, end: int) -> bool:
    before = sentence.text[: start - sentence.start]
    after = sentence.text[end - sentence.start :]
    return bool(_TOOL_BEFORE.search(before[-60:]) or _TOOL_AFTER.match(after) or _SKILL_SENTENCE.search(sentence.text))


@lru_cache(maxsize=8192)  # the same CV and posting lines are compared with every claim of every letter
def stems(text: str) -> frozenset[str]:
    """Content-word stems (first five letters), for comparing what two sentences talk about; an acronym's plural is
    the acronym ("PSIs" and "PSI")."""
    words = re.findall(r"[a-z][a-z-]+", _ACRONYM_PLURAL.sub(r"\1", text).casefold())
    return frozenset(w[:5] for w in words if w not in CONTEXT_STOP_WORDS and len(w) > 2)


_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")


def number_context(sentence: Sentence, local_span: tuple[int, int]) -> set[str]:
    """Content words just around a figure (span relative to the sentence), inside its clause."""
    before = re.split(r"[,;:—–]|\band\b", sentence.text[: local_span[0]])[-1]
    after = re.split(r"[,;:—–]|\band\b|\bby\b|\bwith\b", sentence.text[local_span[1] :])[0]
    words = re.findall(r"[\w-]+", before)[-4:] + re.findall(r"[\w-]+", after)[:4]
    return set(stems(" ".join(words)))
