"""The letter as FVS reads it: sentences with offsets, the body between greeting and sign-off, and name phrases.

Every violation must point at the exact text that carries the false fact, so nothing here rewrites the letter:
sentences and phrases are (start, end) windows into the original string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from careervp.vocabulary.letter_words import ABBREVIATIONS, COMMON_CAPITALISED, ROLE_HEADS, SMALL_NUMBER_WORDS

_SENTENCE_END = re.compile(r"[.!?]+[\"')\]\u201d\u2019]*(?=\s)|\n\s*")

_GREETING = re.compile(r"^\s*(?:dear|hello|hi|greetings|to whom|to the)\b", re.IGNORECASE)
_CLOSING = re.compile(
    r"^\s*(?:sincerely|best|kind regards|warm regards|warmest regards|regards|best regards|cheers|respectfully|"
    r"with gratitude|with thanks|many thanks|thank you|thanks|yours(?: truly| sincerely| faithfully)?|all the best|"
    r"best wishes|warmly|cordially)\b[^\n.!?]{0,20}[,!]?\s*$",
    re.IGNORECASE,
)

FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you’re|you've)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def is_first_person(self) -> bool:
        return bool(FIRST_PERSON.search(self.text))

    @property
    def addresses_reader(self) -> bool:
        return bool(_SECOND_PERSON.search(self.text))


_WORD_OR_DOT = re.compile(r"[\w.]")


def _trailing_word(text: str, end: int) -> str:
    """The run of word characters and dots that ends at `end` (the word before a full stop), read backwards: the
    same as searching `text[:end]` for that run anchored with `$`, which retries every start position and so costs
    the length of the letter for every full stop."""
    if end > 0 and text[end - 1] == "\n":
        end -= 1  # `$` also matches before a final newline
    start = end
    while start > 0 and _WORD_OR_DOT.match(text[start - 1]):
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot_at: int) -> bool:
    """Whether the dot at `dot_at` closes an abbreviation ("Sr.", "B.S.", an initial) rather than a sentence."""
    run = _trailing_word(text, dot_at)
    if not run:
        return False
    word = run.casefold().rstrip(".")
    # A single letter is an initial ("J. Smith"); a single digit ends a sentence ("from 22 weeks to 9. Then ...").
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 6)


_CONTINUES = re.compile(r"[^\S\n]+[a-z0-9#]")
_TITLE_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|No|vs|Mt|Ft)$", re.IGNORECASE)


def _ends_anyway(text: str, dot_at: int) -> bool:
    """ "...at Fernhollow Outdoor Co. With your new store", "your recent Series C. It's...": an abbreviation's dot
    also ends the sentence when the next word is one that opens sentences (never after "Sr." or "Dr.")."""
    if _TITLE_DOT.search(text[:dot_at]):
        return False
    following = re.match(r"\.\s*([A-Z][a-z]*)", text[dot_at:])
    if following is None:
        return False
    word = following.group(1)
    return is_common_capitalised(word) or bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", word))


def is_common_capitalised(word: str) -> bool:
    """A word that takes a capital without naming anything, in the singular or the plural ("On Sundays I ...")."""
    folded = word.casefold()
    return folded in COMMON_CAPITALISED or (folded.endswith("s") and folded[:-1] in COMMON_CAPITALISED)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; a line break always ends a sentence (greetings and sign-offs are lines)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        dot_at = match.start()
        if match.group(0).rstrip() == "." and _is_abbreviation(text, dot_at) and not _ends_anyway(text, dot_at):
            continue
        if match.group(0).rstrip() == "." and _CONTINUES.match(text, dot_at + 1):
            continue  # "(Req. #24-118)", "approx. 40 staff": what follows the dot does not open a sentence
        end = match.start() + len(match.group(0).rstrip())
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


# After the closing line, a signature block is a name, a title, contact details: a few words a line. A longer line
# (or one marked P.S.) is a postscript, and its facts are checked like the body's.
_POSTSCRIPT = re.compile(r"\s*P\.?\s?P?\.?\s?S\b[.:]?", re.IGNORECASE)
_SIGNATURE_WORDS = 8


@dataclass(frozen=True)
class Letter:
    """A letter split into greeting, body and sign-off. Facts are checked in the body only; the company and title
    checks also read the greeting ("Dear Acme team")."""

    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def body(self) -> list[Sentence]:
        """The sentences whose facts are checked: the main body, plus anything written after the sign-off that is
        more than a signature ("P.S. I also hold a PhD" is a claim like any other)."""
        main = self._main_body
        if not main:
            return main
        extra: list[Sentence] = []
        in_postscript = False
        for sentence in [s for s in self.sentences if s.start >= main[-1].end][1:]:  # [0] is the closing line
            in_postscript = in_postscript or _POSTSCRIPT.match(sentence.text) is not None
            if in_postscript or len(sentence.text.split()) >= _SIGNATURE_WORDS:
                extra.append(sentence)
        return [*main, *extra]

    @cached_property
    def _main_body(self) -> list[Sentence]:
        sentences = self.sentences
        # Anything above the greeting (the writer's address block, a date) is not part of the letter's claims.
        greeting = next(
            (i for i, s in enumerate(sentences[:12]) if _GREETING.match(s.text) and len(s.text) < 120), None
        )
        first = greeting + 1 if greeting is not None else 0
        last = len(sentences)
        for index in range(len(sentences) - 1, first - 1, -1):
            if _CLOSING.match(sentences[index].text) and index >= len(sentences) - 6:
                last = index
                break
        return sentences[first:last]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds `offset`."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    @cached_property
    def signature_start(self) -> int:
        """Offset where the sign-off begins (the end of the letter when there is none)."""
        body = self._main_body
        if not body:
            return len(self.text)
        tail = [s for s in self.sentences if s.start >= body[-1].end]
        return tail[0].start if tail else len(self.text)


# A word that can be part of a name: capitalised ("Kelpline", "O'Neil", "Children's"), an acronym or code ("AWS",
# "HL7", "SQL"), or camel case ("iOS", "eBay", "GitHub"); "C++", "C#" and "Disney+" keep their signs, and codes joined
# by a plus are one ("B+E", "C1+E": a driving licence's categories).
_NAME_WORD = (
    r"(?:(?!I\b|I['’])(?![A-Z]-[a-z])[A-Z][\w]*(?:\+[A-Z]\w*)*(?:\+\+?(?![\w+])|#(?!\w))?(?:['’][\w]+)*(?:\.[A-Z]\w*)*\.?|"
    r"[a-z]+[A-Z][\w]*)"
)
_NAME_CONNECTOR = r"(?:\s+(?:of|and|&|for|de|du|la|le|van|von|der|the|on)\s+|\s*&\s*|\s+|[-‐‑–—])"
_NAME_PHRASE = re.compile(rf"(?<![\w'’/]){_NAME_WORD}(?:{_NAME_CONNECTOR}(?:{_NAME_WORD}|\d+\b))*")


@dataclass(frozen=True)
class NamePhrase:
    start: int
    end: int
    text: str
    sentence: Sentence


def _looks_coined(word: str) -> bool:
    """Acronyms, codes and camel case ("PCCN", "HL7", "iOS") are names wherever they stand."""
    return bool(re.fullmatch(r"[A-Z0-9&.]{2,}s?|.*\d.*|[a-z]*[A-Z]\w*[A-Z]\w*|[a-z]+[A-Z]\w*", word))


def _trim_common(phrase: str, start: int, at_sentence_start: bool, known_capitalised: set[str]) -> tuple[int, str]:
    """Drop leading words that are ordinary capitalised words ("Before Kestrel" -> "Kestrel").

    The first word of a sentence is capitalised by grammar, so on its own it is a name only when it looks coined
    or the same word is written capitalised somewhere else ("Kestrel taught me" but not "Helping people...").
    """
    while True:
        match = re.match(r"([\w'’.&]+)(\s+|-|$)", phrase)
        if not match:
            return start, phrase
        word = match.group(1).rstrip(".")
        alone = not match.group(2)
        verb_like = re.search(r"(?:ing|ly|ed)$", word) is not None and not _looks_coined(word)
        common = (
            is_common_capitalised(word)
            or (at_sentence_start and verb_like)  # "Keeping Skyward Tactics healthy...": the verb opens the sentence
            or (at_sentence_start and alone and not _looks_coined(word) and word not in known_capitalised)
        )
        # "at Five Rivers Medical Center": a number word capitalised inside a sentence begins the name it opens.
        if not common or (not at_sentence_start and not alone and word.casefold() in SMALL_NUMBER_WORDS):
            return start, phrase
        if alone:
            return start, ""
        start += match.end()
        phrase = phrase[match.end() :]
        at_sentence_start = False


def _owners_apart(matches: Iterator[re.Match[str]]) -> Iterator[tuple[str, int]]:
    """ "Valle Verde High School's Lead Counselor": a possessive followed by a job title is the title's owner, a
    name of its own ("Children's Hospital" stays one name: no role noun follows)."""
    for match in matches:
        text, start = match.group(0), match.start()
        owner = re.search(r"['’]s\s+(?=((?:\S+\s+)*\S+)$)", text)
        following = owner.group(1) if owner else ""
        if owner is None or not any(w.casefold().strip(".,") in ROLE_HEADS for w in following.split()):
            yield text, start
            continue
        yield text[: owner.start()], start
        yield following, start + owner.end()


_LIST_MARK = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+")
"""A list item's marker: the word after it opens a sentence ("- Around fifteen years in the trade")."""


def name_phrases(sentence: Sentence, known_capitalised: set[str]) -> list[NamePhrase]:
    """Proper-noun phrases in a sentence ("Hollander Children's Hospital", "PCCN", "Articulate Storyline 360").

    `known_capitalised` holds words seen capitalised away from a sentence start (in the letter or the sources).
    """
    phrases: list[NamePhrase] = []
    for found, offset in _owners_apart(_NAME_PHRASE.finditer(sentence.text)):
        raw = found.rstrip(" -‐‑–—&")
        raw = re.sub(r"(?:\s+(?:of|and|&|for|de|du|la|le|van|von|der|the|on))+$", "", raw)
        raw = re.sub(r"['’]s?$", "", raw).rstrip(".") if not re.search(r"\b[A-Z]\.$", raw) else raw
        before = sentence.text[:offset]
        at_start = before.strip(" \"'“‘(") == "" or _LIST_MARK.fullmatch(before) is not None
        offset, trimmed = _trim_common(raw, offset, at_start, known_capitalised)
        trimmed = trimmed.strip()
        if not trimmed or is_common_capitalised(trimmed):
            continue
        phrases.append(NamePhrase(sentence.start + offset, sentence.start + offset + len(trimmed), trimmed, sentence))
    return phrases


def capitalised_vocabulary(*texts: str) -> set[str]:
    """Capitalised words that stand after another word (not opening a sentence or line): evidence of a name."""
    words: set[str] = set()
    for text in texts:
        words |= _capitalised_in(text)
    return words


@lru_cache(maxsize=64)  # the CV and posting's whole text is read for every letter checked against them
def _capitalised_in(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<=[\w,)] )[A-Z][\w'’]*", text))


# A concessive clause ("..., though I don't have PIA yet") speaks of something else: its negation is its own.
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:and|but|which|while|where|though|although|whereas)\b")


def clause_around(sentence: Sentence, start: int, end: int) -> tuple[str, str]:
    """The text before and after a span within its clause (commas, semicolons and dashes end a clause)."""
    local_start, local_end = start - sentence.start, end - sentence.start
    before = _CLAUSE_BREAK.split(sentence.text[:local_start])[-1]
    after = _CLAUSE_BREAK.split(sentence.text[local_end:])[0]
    return before, after
