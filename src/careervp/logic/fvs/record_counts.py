"""Counts of the candidate's own record: "I have worked for three hospitals", "across six contracts", "seven
winters on patrol".

A letter may count what the CV lists: its jobs ("roles", "posts", "contracts", "placements"), the employers it names
("hospitals", "schools", "firms") and the seasons its dates span ("winters", "harvests"). Such a count is read against
the CV's entries, not against its figures, and may be smaller than the whole (a letter counting only the hospitals
among four employers); a count larger than the CV's record is still a figure the CV does not give.
"""

from __future__ import annotations

import re

from careervp.logic.fvs.sources import Sources
from careervp.logic.numbers import Quantity, QuantityKind

_JOB_NOUNS = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:roles|positions|posts|jobs|contracts|placements|assignments|engagements|"
    r"deployments|appointments|seasons)\b",
    re.IGNORECASE,
)
_EMPLOYER_NOUNS = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:employers|companies|firms|organi[sz]ations|hospitals|schools|districts|clinics|"
    r"practices|agencies|restaurants|hotels|carriers|studios|trusts|councils|departments|charities|labs|"
    r"laboratories|venues|kitchens|wineries|farms|dairies|salons|shops|stores|plants|mills|yards)\b",
    re.IGNORECASE,
)


_SEASON_NOUNS = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:winters|summers|springs|autumns|falls|seasons|harvests|vintages)\b", re.IGNORECASE
)


def _years_worked(sources: Sources) -> int:
    """How many calendar years the CV's jobs touch: the most seasons ("seven winters") a career can hold."""
    years: set[int] = set()
    for job in sources.cv.experience:
        if job.start is not None:
            last = job.end.year if job.end is not None else sources.today.year
            years.update(range(job.start.year, last + 1))
    return len(years)


def counts_the_record(text: str, claim: Quantity, sources: Sources) -> bool:
    """The figure counts the CV's jobs, employers or working seasons, and the CV holds at least that many."""
    if claim.value != int(claim.value) or claim.value < 2:
        return False
    if claim.unit == "season":  # "nine seasons in orchards"
        return claim.value <= _years_worked(sources)
    if claim.kind is not QuantityKind.COUNT:
        return False
    after = text[claim.span[1] :]
    jobs = sources.cv.experience
    if _SEASON_NOUNS.match(after):
        return claim.value <= _years_worked(sources)
    if _JOB_NOUNS.match(after):
        return claim.value <= len(jobs)
    if _EMPLOYER_NOUNS.match(after):
        employers = {re.sub(r"\W+", " ", job.employer.split(",")[0]).strip().casefold() for job in jobs}
        return claim.value <= len(employers)
    return False
