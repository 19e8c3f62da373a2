"""Counts of the candidate's own record: "I have worked for three hospitals", "across six contracts".

A letter may count what the CV lists: its jobs ("roles", "posts", "contracts", "placements") and the employers it
names ("hospitals", "schools", "firms"). Such a count is read against the CV's entries, not against its figures, and
may be smaller than the whole (a letter counting only the hospitals among four employers); a count larger than the
CV's record is still a figure the CV does not give.
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


def counts_the_record(text: str, claim: Quantity, sources: Sources) -> bool:
    """The figure counts the CV's jobs or employers, and the CV lists at least that many."""
    if claim.kind is not QuantityKind.COUNT or claim.value != int(claim.value) or claim.value < 2:
        return False
    after = text[claim.span[1] :]
    jobs = sources.cv.experience
    if _JOB_NOUNS.match(after):
        return claim.value <= len(jobs)
    if _EMPLOYER_NOUNS.match(after):
        employers = {re.sub(r"\W+", " ", job.employer.split(",")[0]).strip().casefold() for job in jobs}
        return claim.value <= len(employers)
    return False
