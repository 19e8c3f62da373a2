"""The post a letter says the reader is advertising: "I saw Halden advertising for a Senior Estimator", "you are
recruiting a Lead Designer". The letter names the job it applies for there without "role" or "position" after it."""

from __future__ import annotations

import re

from careervp.logic.fvs.letter import Letter

_ADVERTISED = re.compile(
    r"\b(?:advertis(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|hiring|looking|searching)\s+(?:for\s+)?(?:an?|the|your|its)\s+"
    r"((?:[A-Z][\w&/'’-]*\s+(?:(?:of|and|&|for)\s+)?){0,5}[A-Z][\w&/'’-]*)"
)


def advertised_titles(letter: Letter) -> list[tuple[int, int, str]]:
    """(start, end, title) in letter offsets for each post the letter says the reader advertises."""
    found = []
    for sentence in letter.sentences:
        if sentence.start >= letter.signature_start:
            continue
        for match in _ADVERTISED.finditer(sentence.text):
            start = sentence.start + match.start(1)
            found.append((start, start + len(match.group(1)), match.group(1)))
    return found
