"""Whether a title a letter gives fits a title the CV gives: the same words, a describing word more or less, a rank
kept, an acronym for a run of the title's words ("R&D chemist" for "Research and Development Chemist")."""

from __future__ import annotations

import re

from careervp.vocabulary import RANK_WORDS, title_matches, title_tokens
from careervp.vocabulary.letter_words import ROLE_HEADS


def _singular(tokens: list[str]) -> set[str]:
    return {t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t for t in tokens}


def fits_titles(claim: str, held_titles: list[str]) -> bool:
    """The claim names one of the held titles, or describes one: its rank and job nouns all come from that one
    title, and its last word is that title's noun ("classroom chemistry teacher" for "Teacher of Chemistry",
    "stewardship pharmacist" for "Clinical Pharmacist Specialist"; never "Senior Supply Planner" for "Supply Planner"
    and "Buyer, Senior")."""
    claimed = set(title_tokens(claim))
    held_titles = [held for held in held_titles if not _drops_a_lower_rank(claimed, title_tokens(held))]
    if any(title_matches(claim, held) for held in held_titles):
        return True
    if claim.startswith("staff "):  # in lower case a rank-and-file post ("staff nurse"), never the rank "Staff"
        return any(fits_titles(claim[6:], [held]) and not set(title_tokens(held)) & RANK_WORDS for held in held_titles)
    words = [t for t in title_tokens(claim) if t not in ("of", "the", "and", "a", "an")]
    if not words:
        return False
    claim_tokens = _singular(words)
    head = next(iter(_singular(words[-1:])))
    for held in held_titles:
        held_tokens = _singular(title_tokens(held))
        if _spelt_out(claim, held):
            return True
        if claim_tokens <= held_tokens:
            return True
        core = {t for t in claim_tokens if t in RANK_WORDS or t in ROLE_HEADS}
        if head in held_tokens and core <= held_tokens and _acronyms_of(claim) <= _acronyms_of(held, spelt=True):
            return True
    return False


def _acronyms_of(title: str, *, spelt: bool = False) -> set[str]:
    """ "MTSS" in "MTSS coordinator": an acronym names a programme or unit, which a describing word may not change;
    with `spelt`, also the initials of the title's words ("ICU" in "Intensive Care Unit Nurse")."""
    found = set(re.findall(r"\b[A-Z][A-Z0-9&]{1,5}\b", title))
    if spelt:
        words = [w for w in re.findall(r"[A-Za-z]+", title) if w.casefold() not in ("of", "and", "the", "for")]
        found |= {
            "".join(w[0] for w in words[i:j]).upper() for i in range(len(words)) for j in range(i + 2, len(words) + 1)
        }
    return found


_LOWER_RANK = frozenset({"associate", "assistant", "deputy", "vice", "acting", "interim"})
"""Words that make the rank after them a lower one: "Associate Director", "Deputy Head", "Vice President"."""


def _drops_a_lower_rank(claim_tokens: set[str], held: list[str]) -> bool:
    """ "Director" for "Associate Director, Audit", "Project Manager" for "Associate Project Manager": the claim
    keeps a rank of the title and leaves out the word that lowers it, which is a promotion."""
    for index, word in enumerate(held):
        if word not in _LOWER_RANK or word in claim_tokens:
            continue
        # "Assistant" and "deputy" lower the whole title after them ("Assistant Technical Superintendent");
        # "associate" only a rank ("an Associate Attorney" is an attorney, an Associate Director not a director).
        whole = word in ("assistant", "deputy")
        lowered = {later for later in held[index + 1 :] if whole or later in RANK_WORDS or later == "professor"}
        if lowered & claim_tokens:
            return True
    return False


def _spelt_out(claim: str, held: str) -> bool:
    """ "assistant FOM" for "Assistant Front Office Manager", "Senior S-LP" for "Senior Speech-Language Pathologist",
    "R&D chemist" for "Research and Development Chemist": each acronym stands for a run of the title's words and
    every other word is the title's."""
    held_words = [w for w in re.findall(r"[\w'’]+", held) if w.casefold() not in ("of", "and", "the", "&")]
    initials = "".join(w[0] for w in held_words).upper()
    remaining = " ".join(w.casefold() for w in held_words)
    found_acronym = False
    for word in claim.split():
        if re.fullmatch(r"[A-Z](?:[-&/]?[A-Z]){1,5}s?", word) and re.sub(r"[-&/]", "", word.rstrip("s")) in initials:
            found_acronym = True
            continue
        if f"{word.casefold()}" not in remaining.split():
            return False
    return found_acronym
