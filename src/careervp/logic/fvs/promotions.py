"""Titles reached by promotion: "I was promoted to Charge Nurse", "promoted from Analyst to Senior Analyst".

A promotion is a move up within one employer. The title reached must be one the CV shows the writer moving into
there (a job at an employer where an earlier job was held first), or one a CV line says the writer was promoted to.
A title held only as the first job at some employer was a hire, not a promotion.
"""

from __future__ import annotations

import re

from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.roles import ending_at_the_head, looks_like_title, read_title, role_heads
from careervp.logic.fvs.sources import Sources
from careervp.logic.fvs.tenures import Tenure
from careervp.logic.fvs.title_fit import fits_titles
from careervp.models.api import FVSViolation
from careervp.models.cv import ExperienceEntry
from careervp.vocabulary import RANK_WORDS, title_tokens

# "promoted to", "promoted from Analyst I to", "promoted twice, most recently to", "and then to": what follows is the
# title reached.
_PROMOTED_TO = re.compile(
    r"\b(?:promoted|moved\s+up|stepped\s+up|upgraded)\b(?:[^.;]{0,80}?\b(?:and\s+then|then|and|later))?"
    r"(?:\s+from\s+[^.;]{1,60}?)?\s+to\s+(?:(?:the|a|an)\s+)?(?:(?:role|position|post|rank)\s+of\s+)?",
    re.IGNORECASE,
)
_CV_PROMOTION = re.compile(
    r"\bpromot(?:ed|ion)\b[^.;]{0,80}?\bto\s+(?:(?:the|a|an)\s+)?"
    r"(?P<title>(?:(?!\b(?:after|in|at|with|within|following|when|by|on|from|for)\b)[^.;,(]){2,60})",
    re.IGNORECASE,
)


def _promoted_within(entry: ExperienceEntry, tenure: Tenure, sources: Sources) -> bool:
    """An earlier job at the same employer came before this one."""
    return any(
        other is not entry and other_tenure.earliest_start < tenure.earliest_start
        for other, other_tenure in sources.tenures
        if other in sources.employer_entries(entry.employer)
    )


def _cv_names_the_promotion(title: str, sources: Sources) -> bool:
    """ "Promoted to Shift Lead in 2019" on some CV line."""
    for line in sources.lines:
        if line.origin == "posting":
            continue
        for found in _CV_PROMOTION.finditer(line.text):
            reached = found.group("title")
            ranks = set(title_tokens(reached)) & RANK_WORDS  # "senior cellar operator" is not "cellar operator"
            if fits_titles(title, [reached]) and ranks <= set(title_tokens(title)):
                return True
    return False


def _promotion_held(title: str, sources: Sources) -> bool:
    reached = [(e, t) for e, t in sources.tenures if fits_titles(title, [e.title])]
    if any(_promoted_within(entry, tenure, sources) for entry, tenure in reached):
        return True
    undated = [e for e in sources.cv.experience if fits_titles(title, [e.title])]
    if undated and not reached:
        return True  # a job the reader found no dates for cannot be ordered, only trusted
    return _cv_names_the_promotion(title, sources)


def check_promotions(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    heads = role_heads(sources)
    for sentence in letter.body:
        for intro in _PROMOTED_TO.finditer(sentence.text):
            read = read_title(sentence, intro.end())
            if read is None:
                continue
            start, _, title = read
            title = ending_at_the_head(title, heads)  # "promoted to Assistant Supervisor partway through"
            end = start + len(title)
            if not looks_like_title(title, heads) and not any(
                fits_titles(title, [e.title]) for e in sources.cv.experience
            ):
                continue
            if _promotion_held(title, sources):
                continue
            span = (sentence.start + start, sentence.start + end)
            message = f"'{title}' is not a title the CV shows the writer promoted to."
            problems.append(violation(letter.text, Kind.ROLE, span, message))
    return problems
