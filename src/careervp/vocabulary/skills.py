"""Skill and tool canonicalisation: "Postgres" and "PostgreSQL" are one skill, "K8s" and "Kubernetes" another.

Why a vocabulary and not fuzzy matching: skill names are short and many differ by one letter from an unrelated word
("Go"/"go", "R"/"R&D"), so safe equivalence needs an explicit alias table. Unknown skills still work: they are
compared by their normalised spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from careervp.vocabulary.skill_vocabulary import SKILL_LINES
from careervp.vocabulary.text_memo import TextMemo

Span = tuple[int, int]

# A skill never starts or ends inside a word; "+" and "#" belong to names such as C++ and C#.
_BEFORE = r"(?<![\w+#/&])"  # "C&R" is one initialism, as "R&D" is: no skill R inside it
_AFTER = r"(?![\w+#&]|/\w|-\w)"


@dataclass(frozen=True)
class SkillEntry:
    canonical: str
    aliases: tuple[str, ...]
    case_sensitive: tuple[str, ...]
    generic: bool
    """Broad practices ("project management", "patient care") that a letter may name loosely; FVS treats an
    unsupported generic skill as a weaker signal than an unsupported named tool."""


_DASHES = re.compile(r"[\u2010-\u2015]")
_JOINERS = re.compile(r"(?<=\w)[-_](?=\w)")
_SPACES = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Comparison key: case-folded, dots/hyphens/underscores as spaces except inside names like C++ or .NET.
    Memoised: the same few hundred skill names are keyed on every request."""
    folded = text.casefold().strip()
    folded = _DASHES.sub("-", folded)
    folded = _JOINERS.sub(" ", folded)
    folded = _SPACES.sub(" ", folded)
    return folded.strip(" .,;:")


@lru_cache(maxsize=1)
def _entries() -> tuple[SkillEntry, ...]:
    entries: list[SkillEntry] = []
    for raw_line in SKILL_LINES.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        generic = line.startswith("~")
        parts = [part.strip() for part in line.lstrip("~").split(" | ") if part.strip()]
        canonical = parts[0].lstrip("=")
        insensitive = [p for p in parts if not p.startswith("=")]
        sensitive = [p[1:] for p in parts if p.startswith("=")]
        entries.append(SkillEntry(canonical, tuple(insensitive), tuple(sensitive), generic))
    return tuple(entries)


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, SkillEntry], dict[str, SkillEntry]]:
    """(case-folded alias -> entry, exact alias -> entry). First definition wins, so order in the vocabulary matters."""
    folded: dict[str, SkillEntry] = {}
    exact: dict[str, SkillEntry] = {}
    for entry in _entries():
        for alias in entry.aliases:
            folded.setdefault(_key(alias), entry)
        for alias in entry.case_sensitive:
            exact.setdefault(alias, entry)
    return folded, exact


@lru_cache(maxsize=1)
def _ordered_aliases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(case-insensitive aliases, case-sensitive aliases), longest first: at any position the longest alias wins."""
    _, exact = _alias_index()
    insensitive = sorted({a for e in _entries() for a in e.aliases}, key=len, reverse=True)
    return tuple(insensitive), tuple(sorted(exact, key=len, reverse=True))


def _flexible(alias: str) -> str:
    # "event-driven" == "event driven"; "A/B testing" == "A/B-testing".
    return re.sub(r"(\\ |\\-)", r"[\\s\\-]?", re.escape(alias))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    insensitive, sensitive = _ordered_aliases()
    ins = "|".join(_flexible(a) for a in insensitive)
    sen = "|".join(re.escape(a) for a in sensitive)
    return re.compile(rf"{_BEFORE}(?:(?i:{ins})|(?-i:{sen})){_AFTER}")


# Speed. `_pattern` tries every alias at every word start (about 5 us per character), and letters, CVs and postings
# are scanned many times per request. An alias can match only where the text's next two characters match its first
# two (a separator `_flexible` makes optional stands for any second character), so the scan visits just the positions
# where some alias can begin and tries there just the aliases that can open on those two characters, in `_pattern`'s
# order and with its guards: the match at every position, so every result, is the one `_pattern` gives. Characters
# are compared by the regex engine itself (its case rules), never by str.lower.


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str] | None:
    """Positions where some alias may begin; None when an alias could begin with a separator (a match might then
    start on a space, and only the full pattern is exact)."""
    insensitive, sensitive = _ordered_aliases()
    if any(not alias[:1] or alias[0] == "-" or alias[0].isspace() for alias in (*insensitive, *sensitive)):
        return None
    ins = "|".join(re.escape(c) for c in dict.fromkeys(a[0] for a in insensitive))
    sen = "|".join(re.escape(c) for c in dict.fromkeys(a[0] for a in sensitive))
    return re.compile(rf"{_BEFORE}(?=(?i:{ins or '(?!)'})|(?-i:{sen or '(?!)'}))")


def _opens_on(alias: str, opening: str, flags: int) -> bool:
    """Whether `alias` may match text that begins with `opening` (one or two characters): its first character
    matches the first, and its second the second, unless either is missing or the alias's second character is a
    separator `_flexible` makes optional."""
    if not re.fullmatch(re.escape(alias[0]), opening[0], flags):
        return False
    if len(alias) < 2 or len(opening) < 2 or alias[1] in " -":
        return True
    return re.fullmatch(re.escape(alias[1]), opening[1], flags) is not None


@lru_cache(maxsize=1024)  # only characters `_starts` accepts arrive here: a few per letter of the alphabet
def _aliases_on(char: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(case-insensitive aliases, case-sensitive aliases) that can begin on `char`, in `_pattern`'s order."""
    insensitive, sensitive = _ordered_aliases()
    return (
        tuple(a for a in insensitive if _opens_on(a, char, re.IGNORECASE)),
        tuple(a for a in sensitive if _opens_on(a, char, 0)),
    )


@lru_cache(maxsize=4096)  # the first two characters of words: a few hundred in any one language
def _pattern_at(opening: str) -> re.Pattern[str] | None:
    """The aliases that can open on `opening` (the text's next two characters, one at its end), as one pattern
    shaped like `_pattern`; None when no alias can."""
    insensitive, sensitive = _aliases_on(opening[0])
    ins = [_flexible(a) for a in insensitive if _opens_on(a, opening, re.IGNORECASE)]
    sen = [re.escape(a) for a in sensitive if _opens_on(a, opening, 0)]
    groups = ([f"(?i:{'|'.join(ins)})"] if ins else []) + ([f"(?-i:{'|'.join(sen)})"] if sen else [])
    return re.compile(rf"{_BEFORE}(?:{'|'.join(groups)}){_AFTER}") if groups else None


def _skill_matches(text: str) -> list[re.Match[str]]:
    """What `_pattern().finditer(text)` yields: the leftmost match, then the next search from where it ended."""
    starts = _starts()
    if starts is None:
        return list(_pattern().finditer(text))
    found: list[re.Match[str]] = []
    resume = 0
    for start in starts.finditer(text):
        position = start.start()
        if position < resume:
            continue
        pattern = _pattern_at(text[position : position + 2])
        match = pattern.match(text, position) if pattern is not None else None
        if match is not None:
            found.append(match)
            resume = match.end()
    return found


@lru_cache(maxsize=16384)
def skill_entry(text: str) -> SkillEntry | None:
    """The vocabulary entry `text` names, if any."""
    folded, exact = _alias_index()
    stripped = text.strip()
    if stripped in exact:
        return exact[stripped]
    return folded.get(_key(stripped))


@lru_cache(maxsize=16384)
def canonical_skill(text: str) -> str:
    """Canonical name of a skill ("k8s" -> "Kubernetes"); an unknown skill comes back whitespace-normalised."""
    entry = skill_entry(text)
    if entry is not None:
        return entry.canonical
    return _SPACES.sub(" ", text.strip())


@lru_cache(maxsize=16384)
def skill_key(text: str) -> str:
    """A key under which two spellings of the same skill compare equal."""
    return _key(canonical_skill(text))


def is_generic_skill(text: str) -> bool:
    entry = skill_entry(text)
    return entry is not None and entry.generic


def find_skills(text: str) -> list[tuple[str, Span]]:
    """Every known skill mentioned in `text`, as (canonical name, (start, end)), in order of appearance."""
    return list(SKILLS_FOUND(text))


def _skills_in(text: str) -> tuple[tuple[str, Span], ...]:
    found: list[tuple[str, Span]] = []
    for match in _skill_matches(text):
        entry = skill_entry(match.group(0)) or skill_entry(_SEPARATORS.sub(" ", match.group(0)))
        if entry is None:  # a flexible spelling ("event driven") whose key differs only by separators
            entry = _alias_index()[0].get(_key(match.group(0).replace("-", " ")))
        if entry is not None and not _lower_case_acronym(match.group(0), entry):
            found.append((entry.canonical, (match.start(), match.end())))
    return tuple(found)


SKILLS_FOUND = TextMemo(_skills_in, 4096)
"""The skills a text names, remembered: the same CV and posting lines are read for every letter checked against
them, and a CV's lines are read once at upload and handed back in (logic/text_facts.py)."""


def _lower_case_acronym(written: str, entry: SkillEntry) -> bool:
    """ "the rest of your list" is not REST: an acronym written all in lower case is the ordinary word. Nor are
    "SQs" or "ITTs" SQS or ITTS: capitals with a lower-case "s" are the plural of a shorter acronym."""
    plural = len(written) >= 3 and written[:-1].isupper() and written[-1] == "s"
    return (
        (written.islower() or plural)
        and len(written) <= 5
        and any(a.isupper() and a.casefold() == written.casefold() for a in (entry.canonical, *entry.aliases))
    )


def skill_set(text: str) -> set[str]:
    """Canonical names of every known skill in `text`."""
    return {name for name, _ in find_skills(text)}
