"""Skills and tools a job posting names, for the evidence map and scoring.

Three sources, because no single one is enough on an unseen posting: the shared skill vocabulary
(careervp.vocabulary, with aliases), tokens shaped like product names (PostgreSQL, GA4, xAPI, C++), known
acronyms (SQL, HIPAA, SCORM), and capitalised names in the middle of a sentence (Kafka, Klaviyo, Articulate Storyline
360), minus places, the company's own name and ordinary words.
"""

from __future__ import annotations

import re

from careervp.vocabulary import find_skills
from careervp.vocabulary.cv_structure import (
    CA_PROVINCES,
    NON_SKILL_ACRONYMS,
    NON_SKILL_NAMES,
    REGION_NAMES,
    ROLE_WORDS,
    SENIORITY_WORDS,
    US_STATES,
)

_TOKEN = re.compile(r"(?<![\w.])(?:\.NET|[A-Za-z][A-Za-z0-9]*(?:[.+#/-][A-Za-z0-9]+)*(?:\+\+|#)?)(?![\w])")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+|\s+[—–]\s+|\n")


def _is_product_shaped(token: str) -> bool:
    """PostgreSQL, GitHub, iOS, xAPI, GA4, EC2, C++, C#, Node.js."""
    if token.endswith(("++", "#")) or re.search(r"[a-z]\.[a-z]", token):
        return True
    inner_caps = re.search(r"[a-z][A-Z]", token) or re.match(r"^[a-z]+[A-Z]", token)
    digits = re.search(r"[A-Za-z]\d|\d[A-Za-z]", token) and not re.fullmatch(r"\d+[a-z]{1,2}", token)
    return bool(inner_caps or digits)


def _is_acronym(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&/]{1,6}s?", token)) and token.rstrip("s") not in NON_SKILL_ACRONYMS


def _is_ordinary(word: str, excluded: set[str]) -> bool:
    lowered = word.lower()
    return (
        lowered in excluded
        or lowered in NON_SKILL_NAMES
        or lowered in ROLE_WORDS
        or lowered in SENIORITY_WORDS
        or lowered in REGION_NAMES
        or word in US_STATES
        or word in CA_PROVINCES
    )


def _flush(run: list[re.Match[str]], base: int, excluded: set[str], names: list[tuple[str, tuple[int, int]]]) -> None:
    """Close a run of capitalised words: drop leading ordinary words, and the run if it names the company."""
    while run and _is_ordinary(run[0].group(0), set()):
        run.pop(0)
    words = [m.group(0) for m in run]
    if words and not any(w.lower() in excluded for w in words) and not words[0].isdigit():
        names.append((" ".join(words), (base + run[0].start(), base + run[-1].end())))
    run.clear()


def _capitalised_names(text: str, excluded: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """Runs of capitalised words that do not open a sentence ("Articulate Storyline 360", "Apache Spark"), and
    acronym or product-shaped runs anywhere ("ASC 842", "BlackLine"), with their spans in `text`."""
    names: list[tuple[str, tuple[int, int]]] = []
    offset = 0
    for sentence in _SENTENCE_BREAK.split(text):
        base = text.find(sentence, offset)
        offset = base + len(sentence)
        tokens = list(_TOKEN.finditer(sentence))
        run: list[re.Match[str]] = []

        for index, match in enumerate(tokens):
            word = match.group(0)
            adjacent = bool(run) and sentence[run[-1].end() : match.start()].strip() == ""
            special = _is_product_shaped(word) or _is_acronym(word)
            capitalised = word[:1].isupper() and (index > 0 or special or adjacent)
            if capitalised:
                if not adjacent:
                    _flush(run, base, excluded, names)
                run.append(match)
            elif adjacent and re.fullmatch(r"\d{1,4}", word):
                run.append(match)  # "Storyline 360", "Analytics 4", "ASC 842"
            else:
                _flush(run, base, excluded, names)
        _flush(run, base, excluded, names)
    return names


def extract_keywords(texts: list[str], *, company_name: str = "", location: str | None = None) -> list[str]:
    """Skills and tools named in `texts` (title first, then requirements and duties), in order of appearance.

    The first text (the job title) contributes vocabulary skills only: its capitalised words are a title, not tools.
    """
    excluded = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{company_name} {location or ''}")}
    found: list[str] = []
    for position, text in enumerate(texts):
        spans: list[tuple[int, int]] = []
        for name, span in find_skills(text):
            found.append(name)
            spans.append(span)
        if position == 0:
            continue
        candidates = _capitalised_names(text, excluded)
        candidates += [
            (m.group(0), m.span())
            for m in _TOKEN.finditer(text)
            if (_is_product_shaped(m.group(0)) or _is_acronym(m.group(0))) and m.group(0).lower() not in excluded
        ]
        for keyword, (start, end) in sorted(candidates, key=lambda c: (c[1][0], -c[1][1])):
            if any(s <= start and end <= e for s, e in spans):
                continue  # "BI" inside "Power BI", "GAAP" inside "US GAAP"
            found.append(keyword)
            spans.append((start, end))
    unique: dict[str, str] = {}
    for keyword in found:
        if len(keyword) > 1 or keyword in {"R", "C"}:
            unique.setdefault(keyword.lower(), keyword)
    return list(unique.values())
