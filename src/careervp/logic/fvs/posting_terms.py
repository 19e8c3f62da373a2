"""Skills the posting asks for, claimed without the CV: the most common way a writer invents a skill.

No vocabulary names every tool of every trade ("multibeam sonar", "Guidewire ClaimCenter"), but the posting names the
ones this letter is tempted to claim. So the terms a requirement asks for ("Experience with bathymetric surveys and
multibeam sonar" -> "bathymetric surveys", "multibeam sonar") are checked like known skills: a letter that asserts
one about the candidate needs a CV line that holds every word of it (in any form: "surveys" for "survey").

A named term (a product or method written with capitals: "Trimble Business Center", "BACnet") claimed without the CV
is critical. A term in plain words ("performance tuning") is often an honest paraphrase of what the CV describes in
other words, so it is reported as a warning for the reader to check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.fvs.claims import Frame, frame_of
from careervp.logic.fvs.context import (
    clause_is_first_person,
    describes_the_reader,
    is_negated_or_aspirational,
    is_tool_context,
)
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import Sources
from careervp.logic.patterns import compiled
from careervp.models.api import FVSViolation, Severity

# What follows these words in a requirement is the thing required.
_ASKS_FOR = re.compile(
    r"\b(?:experience\s+(?:with|in|of|using|running|across)|knowledge\s+of|proficien(?:cy|t)\s+(?:in|with)|"
    r"familiar(?:ity)?\s+with|skills?\s+in|expertise\s+in|background\s+in|fluency\s+in|fluent\s+in|"
    r"comfortable\s+with|hands-on\s+with|working\s+knowledge\s+of|exposure\s+to|understanding\s+of|use\s+of|"
    # Named examples of what is asked for: "analysis with tools such as Treeweaver or CladeKit", "(e.g. Phoenix)".
    r"such\s+as|e\.g\.,?|for\s+example|for\s+instance)\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|/|\(|\)|\band\b|\bor\b|\be\.g\.|\bsuch\s+as\b|\bincluding\b|\blike\b)\s*", re.IGNORECASE
)
_LEADING = re.compile(r"^(?:the|a|an|at\s+least|strong|solid|good|proven|advanced|basic|some|any|modern)\s+", re.I)
# Words that make a phrase a description of work, not a named skill.
_VAGUE = frozenset(
    " ".join(
        (
            "work working projects project teams team people environment environments stakeholders customers clients",
            "years year experience tools systems settings setting similar related relevant other others etc role",
            "roles fast-paced paced high-volume volume large small complex multiple various",
        )
    ).split()
)
MAX_TERM_WORDS = 3


@lru_cache(maxsize=64)
def requirement_terms(requirements: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """The things requirement lines ask for, lower case, longest first, each with whether it is a named term."""
    terms: dict[str, bool] = {}
    for line in requirements:
        for cue in _ASKS_FOR.finditer(line):
            for piece in _SPLIT.split(line[cue.end() :].split(".")[0]):
                term = _LEADING.sub("", piece.strip(" -–—:")).strip()
                words = term.split()
                if not 1 <= len(words) <= MAX_TERM_WORDS or any(w.casefold() in _VAGUE for w in words):
                    continue
                if re.search(r"\d", term) or len(term) < 3:
                    continue
                named = any(w[:1].isupper() or any(c.isupper() for c in w[1:]) for w in words)
                terms[term.casefold()] = terms.get(term.casefold(), False) or named
    return tuple(sorted(terms.items(), key=lambda item: len(item[0]), reverse=True))


def _candidate_has(sources: Sources, term: str) -> bool:
    if sources.candidate_says(term) or sources.candidate_has_all_words(term):
        return True
    words = term.split()
    return len(words) == 1 and sources.candidate_has_word(words[0])


def check_posting_terms(letter: Letter, sources: Sources, taken: list[tuple[int, int]]) -> list[FVSViolation]:
    """A requirement's term the letter asserts the candidate has, with no CV line to back it. `taken` are spans
    other checks already judged (a known skill, the target title), which are not judged twice."""
    if sources.job is None:
        return []
    terms = requirement_terms(tuple(sources.job.must_have + sources.job.nice_to_have))
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        lowered = sentence.text.casefold()
        claimed: list[tuple[int, int]] = []
        for term, named in terms:
            if term not in lowered:
                continue  # no pattern to build: the term is nowhere in the sentence
            for match in compiled(rf"(?<![\w-]){re.escape(term)}(?![\w-])").finditer(lowered):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(s < end and start < e for s, e in taken + claimed):
                    continue
                claimed.append((start, end))
                if _candidate_has(sources, term) or not clause_is_first_person(sentence, start, end):
                    continue
                if not is_tool_context(sentence, start, end) or frame_of(sentence, start, end) is not Frame.ASSERTED:
                    continue
                if is_negated_or_aspirational(sentence, start, end) or describes_the_reader(sentence, start, end):
                    continue  # "My gaps are CAD drafting ... and Brightmap", "a Montessori school like yours"
                message = f"'{letter.text[start:end]}' is asked for by the posting, and the CV does not show it."
                severity = Severity.CRITICAL if named else Severity.WARNING
                problems.append(violation(letter.text, Kind.SKILL, (start, end), message, severity=severity))
    return problems
