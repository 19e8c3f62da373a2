"""Lower-case skills in the writer's own list: "my toolbox includes taping, joint mobilisation and cupping".

Named tools and the posting's terms are checked elsewhere; an ordinary-word technique is not in any vocabulary, so
it is judged by the company it keeps. When the other items of a first-person list of skills are the CV's, an item
none of whose words the CV, the gap answers or the posting writes is a skill claim with nothing behind it.
"""

from __future__ import annotations

import re

from careervp.logic.fvs import context
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, Sentence
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation
from careervp.vocabulary.letter_words import CONTEXT_STOP_WORDS

_LIST_CUE = re.compile(
    r"\b(?:toolbox|toolkit|tool\s+kit|skill\s+set|skillset|skills|specialt(?:y|ies)|speciali[sz]e\s+in|"
    r"trained\s+in|proficient\s+(?:in|with)|experienced\s+(?:in|with)|experience\s+(?:in|with)|"
    r"expertise\s+(?:in|with)|comfortable\s+with|familiar\s+with|competent\s+in|includes?|including)\b:?\s*",
    re.IGNORECASE,
)
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_LIST_END = re.compile(r"[.;:!?()]|,\s+(?:and\s+|but\s+|so\s+)?(?:I|we|which|who)\b|\s+(?:to|for|with|from)\s+")
_DETERMINER = re.compile(r"^(?:the|a|an|my|our|some|full|basic|advanced)\s+", re.IGNORECASE)
_MIN_BACKED_NEIGHBOURS = 2


def _items(sentence: Sentence) -> list[tuple[int, str]]:
    """(offset in the sentence, text) of each item listed after a cue of skills."""
    cue = _LIST_CUE.search(sentence.text)
    if cue is None:
        return []
    rest = sentence.text[cue.end() :]
    end = _LIST_END.search(rest)
    listing = rest[: end.start()] if end else rest
    items: list[tuple[int, str]] = []
    position = 0
    for part in _ITEM_SEPARATOR.split(listing):
        offset = listing.index(part, position) if part else position
        position = offset + len(part)
        trimmed = _DETERMINER.sub("", part)
        if trimmed.strip():
            items.append((cue.end() + offset + len(part) - len(trimmed), trimmed.strip()))
    return items


def _content_words(item: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'’-]+", item.casefold()) if w not in CONTEXT_STOP_WORDS and len(w) > 2]


def _backed(item: str, sources: Sources) -> bool:
    words = _content_words(item)
    return sources.candidate_says(item) or any(sources.candidate_has_word(w) for w in words)


def check_listed_skills(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        if not FIRST_PERSON.search(sentence.text):
            continue
        items = _items(sentence)
        if len(items) < _MIN_BACKED_NEIGHBOURS + 1:
            continue
        backed = [_backed(text, sources) for _, text in items]
        for (offset, text), is_backed in zip(items, backed, strict=True):
            words = _content_words(text)
            if is_backed or not words or text != text.casefold() or len(words) > 3:
                continue  # capitalised names are the name check's; long items are descriptions, not skills
            if sum(backed) < _MIN_BACKED_NEIGHBOURS or any(sources.posting_says(w) for w in words):
                continue
            start, end = sentence.start + offset, sentence.start + offset + len(text)
            if context.is_negated_or_aspirational(sentence, start, end):
                continue
            message = f"'{text}' is listed among the candidate's skills, and nothing in the CV mentions it."
            problems.append(violation(letter.text, Kind.SKILL, (start, end), message))
    return problems
