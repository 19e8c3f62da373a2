"""Vocabulary patterns grouped by first letter: at each word start the regex engine tests a letter once per group
instead of trying every alternative, and finds exactly what the plain alternation finds.

Alternatives with different first letters never match at the same place, and within a letter they keep their order,
so the engine's choice at every position is the plain pattern's. The scorer's tone vocabularies and the checker's
negation cues are scanned over every letter this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _outside_classes(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character of `pattern` outside escapes and classes."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = pattern.index("]", i + 2) + 1
            continue
        if char in "()":
            depth += 1 if char == "(" else -1
        yield i, char, depth
        i += 1


def top_level_alternatives(alternation: str) -> list[str]:
    """`a|b(?:c|d)|[|]e` split at the bars outside groups, classes and escapes: ["a", "b(?:c|d)", "[|]e"]."""
    bars = [i for i, char, depth in _outside_classes(alternation) if char == "|" and depth == 0]
    starts, ends = [0, *(i + 1 for i in bars)], [*bars, len(alternation)]
    return [alternation[start:end] for start, end in zip(starts, ends, strict=True)]


def word_pattern(alternation: str) -> re.Pattern[str]:
    """`\\b(?:alternation)\\b`, case-insensitive, with the alternatives grouped by their first letter (each must
    start with an ASCII letter): a tone vocabulary of forty words scanned over a letter costs half as much."""
    return re.compile(rf"\b(?:{by_first_letter(top_level_alternatives(alternation))})\b", re.IGNORECASE)


def opening_word_pattern(alternation: str) -> re.Pattern[str]:
    """`\\b(?:alternation)`, case-insensitive: `word_pattern` without the closing boundary, for cues that open at a
    word and end anywhere ("not yet", "ramp up"). An alternative may open with a word boundary, which the pattern
    already gives, or with a group of alternatives, written out as one alternative per member, in their order
    ("(?:am|i'm)\\s+not" as "am\\s+not|i'm\\s+not"): the engine tries them in the same order either way."""
    return re.compile(rf"\b(?:{by_first_letter(_spelled_out(alternation))})", re.IGNORECASE)


def _spelled_out(alternation: str) -> list[str]:
    """The top-level alternatives of `alternation`, each opening with its first letter (see `opening_word_pattern`)."""
    spelled: list[str] = []
    for alternative in top_level_alternatives(alternation):
        alternative = alternative.removeprefix("\\b")
        group = _opening_group(alternative)
        if group is None:
            spelled.append(alternative)
            continue
        members, rest = group
        spelled += _spelled_out("|".join(member + rest for member in top_level_alternatives(members)))
    return spelled


def _opening_group(alternative: str) -> tuple[str, str] | None:
    """(its members, what follows it) for the non-capturing group `alternative` opens with, when the group is taken
    exactly once; None when the alternative opens otherwise."""
    if not alternative.startswith("(?:"):
        return None
    end = next(i for i, char, depth in _outside_classes(alternative) if char == ")" and depth == 0)
    rest = alternative[end + 1 :]
    return None if rest[:1] in ("?", "*", "+", "{") else (alternative[3:end], rest)


def by_first_letter(alternatives: list[str]) -> str:
    """The alternatives as one alternation grouped by first letter, each group in the alternatives' order."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not (alternative[:1].isascii() and alternative[:1].isalpha()):
            raise ValueError(f"{alternative!r} does not start with a letter")
        groups.setdefault(alternative[0].casefold(), []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
