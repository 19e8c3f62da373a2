"""What the sources know as a name: the index a letter's name phrases are looked up in, with the short forms people
use for what the sources spell out (acronyms, initials, an ampersand for "and"). One index covers every source; the
candidate's own index leaves the posting out, so a name only the posting gives can be told apart.
"""

from __future__ import annotations

import re
from functools import cached_property

from careervp.logic.fvs.credentials import is_degree
from careervp.logic.fvs.letter import NamePhrase
from careervp.logic.fvs.short_forms import numbered_step_as_written, written_short_in
from careervp.logic.fvs.sources import Sources, literal_acronyms
from careervp.logic.initials import phrase_initials
from careervp.logic.patterns import compiled
from careervp.vocabulary import company_matches, skill_entry, skill_key, title_tokens
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.letter_words import CONTEXT_STOP_WORDS
from careervp.vocabulary.titles import expansions_in

_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "du", "la", "le", "van", "von", "der", "the", "on"})


class NameIndex:
    """Which names the sources support, with lookups cached per letter."""

    def __init__(self, sources: Sources, *, candidate_only: bool = False) -> None:
        """`candidate_only`: count only what the candidate wrote (CV, gap answers), not the posting, as support."""
        self.sources = sources
        self.candidate_only = candidate_only
        self.text = sources.candidate_text if candidate_only else sources.all_text
        self._cache: dict[str, bool] = {}

    def _says(self, phrase: str) -> bool:
        return self.sources.candidate_says(phrase) if self.candidate_only else self.sources.anyone_says(phrase)

    @cached_property
    def literal_acronyms(self) -> frozenset[str]:
        return literal_acronyms(self.text)

    @cached_property
    def abbreviated(self) -> frozenset[str]:
        return expansions_in(self.text)

    @cached_property
    def phrase_initials(self) -> frozenset[str]:
        return phrase_initials(self.text)

    def is_known(self, text: str) -> bool:
        if text not in self._cache:
            self._cache[text] = self._known(text)
        return self._cache[text]

    def _known(self, text: str) -> bool:
        sources = self.sources
        if self._says(text) or re.fullmatch(r"[\d.,]+", text):
            return True
        entry = skill_entry(text)
        if entry is not None:
            keys = (
                sources.candidate_skill_keys
                if self.candidate_only
                else sources.candidate_skill_keys | sources.posting_skill_keys
            )
            if skill_key(entry.canonical) in keys or sources.candidate_has_all_words(entry.canonical):
                return True
        if any(company_matches(text, org) for org in sources.organisations):
            return True
        if not self.candidate_only and sources.is_target_company(text):
            return True
        if re.fullmatch(r"[A-Z][a-z]{3,}s|[A-Z][A-Z0-9&-]{0,10}s", text) and self.is_known(text[:-1]):
            return True  # "Actions" for the CV's "e-Office Action", "Model Ds" for "Model D": the same in the plural
        if is_degree(text):
            return True  # degrees are checked, with their level and field, by the credential check
        expanded = " ".join(title_tokens(text))
        if expanded != text.casefold().strip(".") and self._says(expanded):
            return True  # "Sr." for "Senior", "Mgr" for "Manager"
        if re.fullmatch(r"[A-Z][a-z]{2,}", text) and compiled(rf"\b{text}[a-z]").search(self.text):
            return True  # a clipped word: "Bio" for "Biology"
        clipped = re.fullmatch(r"([A-Z][a-z]{2,5})([A-Z]{1,4})s?", text)
        if clipped and compiled(_clipped_then_initials(*clipped.groups())).search(self.text):
            return True  # "CrimPR" for "Criminal Procedure Rules": the first word clipped, the rest by initials
        if text.casefold() in self.abbreviated or compiled(rf"\b{re.escape(text)}\d").search(self.text):
            return True  # "Senior" where the CV writes "Sr"; "BRCA" for the CV's "BRCA1/2"
        if text[:1].isdigit() and compiled(rf"(?<![\w-])[A-Z]{{1,2}}{re.escape(text)}(?![\w-])").search(self.text):
            return True  # a model without its maker's letter: "787-9" for the CV's "B787-9"
        as_written = numbered_step_as_written(text, self.text)
        if as_written is not None and (" " not in as_written.strip() or self._says(as_written)):
            return True  # "WSET Level 3" where the CV writes "WSET L3"
        if written_short_in(text, self.text):
            return True  # "Department" where the CV writes "Dept.", "Southern District of Ohio" for "S.D. Ohio"
        if re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}s?|[A-Z](?:of|and|for|in)[A-Z]+", text):
            upper = text.upper()
            singular = text[:-1].upper() if text.endswith("s") else upper
            return (
                upper in self.phrase_initials
                or singular in self.phrase_initials
                or text.rstrip("s") in self.literal_acronyms
                or self._spelt_out(text, "")  # "TRAs" in a list, the sources' "transfer risk assessments"
            )
        # "Customer Success" spelt out for the sources' "CS": ordinary words only, never a name such as "Corvana".
        words = [w for w in text.split() if w.casefold() not in _CONNECTORS]
        return (
            len(words) >= 2
            and "".join(w[0] for w in words).upper() in self.literal_acronyms
            and all(getAllLemmas(w.casefold()) for w in words)
        )

    def _spelt_out(self, acronym: str, next_word: str) -> bool:
        """ "PD workshops" when the sources say "professional-development workshops"; "AEs" for "account
        executives". Without a shared next word, each spelt-out word must be a real word (3+ letters)."""
        # "H&S" for "health and safety", "P&L" for "profit & loss": the ampersand stands for the joining word.
        match = re.fullmatch(r"([A-Z]{2,5}|[A-Z]&[A-Z])s?", acronym)
        if not match:
            return False
        letters = match.group(1).lower().replace("&", "")
        joint = r"(?:[\s-]+|\s*&\s*|\s+and\s+)" if "&" in acronym else r"[\s-]+"
        if next_word:
            pattern = joint.join(rf"{c}\w*" for c in letters) + rf"[\s-]+{re.escape(next_word)}"
            if compiled(rf"\b{pattern}", re.IGNORECASE).search(self.text):
                return True
        pattern = joint.join(rf"{c}[a-z]{{2,}}" for c in letters)
        return any(
            not any(w in CONTEXT_STOP_WORDS for w in re.split(r"[\s-]+", m.group(0)))
            for m in compiled(rf"\b{pattern}\b").finditer(self.text.casefold())
        )

    def _posting_only_run(self, phrase: NamePhrase, words: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
        """For the candidate: a name of two or more plain capitalised words that the posting writes and the CV never
        does, though the CV has each word ("Inspection Authorization" against "Required Inspection Item (RII)
        authorization"). Acronyms and lists ("BLS and ACLS") are read word by word."""
        if not self.candidate_only:
            return None
        plain = [bool(re.fullmatch(r"[A-Z][a-z]{2,}[.,]?", word)) for _, _, word in words]
        for i in range(len(words)):
            for j in range(len(words), i + 1, -1):
                text = phrase.text[words[i][0] : words[j - 1][1]].rstrip(",.")
                numbered = re.match(r"\s+(?:\d{1,2}|[IVX]{1,4})\b", phrase.text[words[j - 1][1] :])
                if numbered and self.is_known(text + numbered.group(0)):
                    continue  # "Offshore Level 2" where the CV writes "Offshore L2"
                if all(plain[i:j]) and self.sources.posting_says(text) and not self.is_known(text):
                    return phrase.start + words[i][0], phrase.start + words[i][0] + len(text), text
        return None

    def unknown_parts(self, phrase: NamePhrase) -> list[tuple[int, int, str]]:
        """The runs of words in `phrase` that no known name covers, in letter offsets."""
        if self.is_known(phrase.text):
            return []
        following = re.match(r"\s+([a-z][\w-]*)", phrase.sentence.text[phrase.end - phrase.sentence.start :])
        if self._spelt_out(phrase.text, following.group(1) if following else ""):
            return []
        words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s]+", phrase.text)]
        posting_only = self._posting_only_run(phrase, words)
        runs = self._uncovered_runs(phrase, words)
        if posting_only is not None and not any(s < posting_only[1] and posting_only[0] < e for s, e, _ in runs):
            runs.append(posting_only)
        return sorted(runs)

    def _uncovered_runs(self, phrase: NamePhrase, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        covered = [False] * len(words)
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                text = phrase.text[words[i][0] : words[j - 1][1]].rstrip(",.")
                if self.is_known(text) or (j - i == 1 and words[i][2].casefold() in _CONNECTORS):
                    for k in range(i, j):
                        covered[k] = covered[k] or words[k][2].casefold() not in _CONNECTORS or j - i > 1
                    break
        runs: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            if covered[i] or words[i][2].casefold() in _CONNECTORS:
                i += 1
                continue
            j = i
            while j + 1 < len(words) and not covered[j + 1]:
                j += 1
            while j > i and words[j][2].casefold() in _CONNECTORS:
                j -= 1  # a run never ends on "and" or "of"
            start, end = words[i][0], words[j][1]
            text = phrase.text[start:end].rstrip(",.")
            runs.append((phrase.start + start, phrase.start + start + len(text), text))
            i = j + 1
        return runs


def _clipped_then_initials(clip: str, initials: str) -> str:
    """A pattern for a name whose short form clips its first word and keeps the others' initials."""
    rest = r"\s+(?:(?:of|and|for|in|the)\s+)?".join(rf"{letter}[\w'’-]*" for letter in initials)
    return rf"\b{clip}[a-z]*\s+(?:(?:of|and|for|in|the)\s+)?{rest}\b"
