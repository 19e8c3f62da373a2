"""Checking a letter someone brings (a file, standard input, a corpus line) against a CV and a posting, as the
pipeline checks the letters it writes. Letters kept in the library are checked by `Library.verify_edit` instead,
which also knows the user's other applications."""

from __future__ import annotations

from careervp.logic.fvs import verify_letter
from careervp.models.api import FVSValidation
from careervp.models.cv import CV
from careervp.models.job import JobPosting


def verify_letter_text(
    letter: str, *, cv: CV, posting: JobPosting, company_name: str | None = None, job_title: str | None = None
) -> FVSValidation:
    """FVS on `letter`; the target company and title are the posting's unless given."""
    return verify_letter(
        letter,
        cv=cv,
        job=posting,
        company_name=posting.company_name if company_name is None else company_name,
        job_title=posting.job_title if job_title is None else job_title,
    )
