"""Names the sources write in short form: "Dept. of Transport" for the Department of Transport, "Nat'l" for
National, "S.D. Ohio" for the Southern District of Ohio, "CA vineyards" for California.

CVs are written in a hurry and in the trade's shorthand; a letter spells the same names out. A name is written in
short form when its words, in order, match a run of the text's words where each is the word itself or a short form
of it:
- a clipped word ("Univ", "Assoc") or a contracted one that keeps the first and last letters and takes the rest in
  order ("Dept", "Nat'l", "Assn", "Mgmt"), marked as short by a full stop or an apostrophe, or not itself a word;
- a single initial with a full stop ("N.", "D."), only inside a run of two or more words;
- a state or province postal code ("CA", "ME") for its name.
Joining words ("of", "and", "&", "the") may be left out on either side. An invented name does not pass for a real
one this way: "Regional Board" is no short form of "Reg. Bee Survey", since each word must be shortened from its own
counterpart, in order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.vocabulary.cv_structure import REGION_CODES
from careervp.vocabulary.lemmas import getAllLemmas

_JOINING = frozenset({"of", "and", "&", "the", "for", "de"})
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*\.?|&")
_MAX_NAME_WORDS = 8
_SPELT_OUT = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*[,.]?|of|and|&|the|for|de")


class _Token:
    __slots__ = ("letters", "marked", "region")

    def __init__(self, written: str) -> None:
        self.letters = re.sub(r"['’.]", "", written).casefold()
        self.marked = written.endswith(".") or "'" in written or "’" in written
        region = REGION_CODES.get(written) if re.fullmatch(r"[A-Z]{2}", written) else None
        self.region = tuple(region.casefold().split()) if region else ()


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[_Token, ...]:
    return tuple(_Token(m.group(0)) for m in _TOKEN.finditer(text))


@lru_cache(maxsize=4096)
def _is_word(letters: str) -> bool:
    return bool(getAllLemmas(letters))


def _shortens(token: _Token, word: str, in_run: bool) -> bool:
    """Whether `token` is `word` written in full or in short form."""
    short = token.letters
    if short == word:
        return True
    if not short or short[0] != word[0] or len(short) >= len(word):
        return False
    if len(short) == 1:
        return in_run and token.marked
    if len(short) == 2 and not in_run:
        return False  # "Dr." or "St." alone could shorten too many words
    if not (token.marked or (len(short) >= 3 and not _is_word(short))):
        return False
    if word.startswith(short):
        return True  # clipped: "Univ", "Assoc", "Ill."
    remaining = iter(word[1:])
    # contracted, keeping the first and last letters: "Dept", "Nat'l", "Mgmt" ("Inc." is no short form of "Initech")
    return short[-1] == word[-1] and all(letter in remaining for letter in short[1:])


def _matches_at(tokens: tuple[_Token, ...], start: int, words: list[str]) -> bool:
    position, index = start, 0
    in_run = len(words) >= 2
    while index < len(words):
        while position < len(tokens) and tokens[position].letters in _JOINING:
            position += 1
        if position >= len(tokens):
            return False
        token = tokens[position]
        region = token.region
        if region and tuple(words[index : index + len(region)]) == region:
            index, position = index + len(region), position + 1
            continue
        if not _shortens(token, words[index], in_run):
            return False
        index, position = index + 1, position + 1
    return True


@lru_cache(maxsize=2048)
def written_short_in(name: str, text: str) -> bool:
    """Whether `text` writes `name` (capitalised words, with joining words between) in short form. A name the text
    writes in full is not this function's question: callers look for it as written first."""
    written = name.split()
    if not written or len(written) > _MAX_NAME_WORDS or not all(_SPELT_OUT.fullmatch(w) for w in written):
        return False  # codes and acronyms ("Ex01", "CPRA") are not spelt-out words a CV could shorten
    words = [w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z'’]*", name) if w.casefold() not in _JOINING]
    if not words:
        return False
    tokens = _tokens(text)
    first = words[0][0]
    return any(
        (token.letters[:1] == first or token.region) and _matches_at(tokens, i, words) for i, token in enumerate(tokens)
    )


_STEP_WORDS = frozenset({"level", "grade", "part", "tier", "stage", "class", "band", "step", "phase", "module"})
_NUMBERED_STEP = re.compile(r"\b([A-Za-z]+)\.?\s?(\d{1,2}|[IVX]{1,4})$")


def _in_order(short: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in short)


@lru_cache(maxsize=1024)
def numbered_step_as_written(name: str, text: str) -> str | None:
    """ "WSET Level 3" where the text writes "WSET L3", "Grade 2" where it writes "Gr. 2": `name` with its closing
    numbered level, grade or part written as `text` writes it (clipped or in full, with the same number); None when
    the text has no such other form."""
    step = _NUMBERED_STEP.search(name.strip())
    if step is None:
        return None
    word, number = step.group(1).casefold(), step.group(2)
    for other in re.finditer(rf"(?<![\w.])([A-Za-z]+)\.?\s?{re.escape(number)}(?!\w)", text):
        short, full = sorted((word, other.group(1).casefold()), key=len)
        if short != full and short[0] == full[0] and _in_order(short[1:], full[1:]) and full in _STEP_WORDS:
            return name.strip()[: step.start()] + other.group(0)
    return None
