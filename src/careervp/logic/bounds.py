"""How much of a CV and a posting a letter considers: enough for any real letter, and a ceiling on the work one
request can cause, whatever it uploads.

A letter cites two to four recent roles and a handful of results, and answers the posting's main requirements;
the evidence map is built from what is below, and every stage after it (writing, scoring) works on that map, so
their cost no longer grows with the size of the upload. Verification (FVS) still checks the letter against the
whole CV: a fact from an older role is still the candidate's fact.

- MAX_ROLES: the most recent roles (current ones first, then by end date, then by start date; CV order on ties).
- MAX_BULLETS_PER_ROLE: the first bullets of each role (CVs put the strongest first).
- MAX_REQUIREMENTS_PER_LIST: the first items of each posting list (responsibilities, must-haves, nice-to-haves,
  about, benefits, keywords).
"""

from __future__ import annotations

from careervp.models.cv import CV, ExperienceEntry
from careervp.models.job import JobPosting

MAX_ROLES = 25
MAX_BULLETS_PER_ROLE = 15
MAX_REQUIREMENTS_PER_LIST = 40
MAX_OTHER_ITEMS = 60  # education, certifications, skills and each other section


def _recency(entry: ExperienceEntry) -> tuple[bool, int, int]:
    end = entry.end or entry.start
    start = entry.start
    return (entry.is_current, end.year * 12 + (end.month or 12) if end else 0, start.year * 12 if start else 0)


def considered_cv(cv: CV) -> CV:
    """The CV as a letter considers it: the MAX_ROLES most recent roles (kept in CV order) with their first
    MAX_BULLETS_PER_ROLE bullets. A CV within the bounds comes back unchanged (the same object)."""
    within = len(cv.experience) <= MAX_ROLES and all(len(e.achievements) <= MAX_BULLETS_PER_ROLE for e in cv.experience)
    within = within and len(cv.other_sections) <= MAX_OTHER_ITEMS
    within = within and all(len(items) <= MAX_OTHER_ITEMS for items in cv.other_sections.values())
    within = within and max(len(cv.education), len(cv.certifications), len(cv.skills)) <= MAX_OTHER_ITEMS
    if within:
        return cv
    by_recency = sorted(range(len(cv.experience)), key=lambda i: _recency(cv.experience[i]), reverse=True)
    newest = set(by_recency[:MAX_ROLES])
    roles = [
        entry.model_copy(update={"achievements": entry.achievements[:MAX_BULLETS_PER_ROLE]})
        for i, entry in enumerate(cv.experience)
        if i in newest
    ]
    return cv.model_copy(
        update={
            "experience": roles,
            "education": cv.education[:MAX_OTHER_ITEMS],
            "certifications": cv.certifications[:MAX_OTHER_ITEMS],
            "skills": cv.skills[:MAX_OTHER_ITEMS],
            "other_sections": {k: v[:MAX_OTHER_ITEMS] for k, v in list(cv.other_sections.items())[:MAX_OTHER_ITEMS]},
        }
    )


def considered_posting(posting: JobPosting) -> JobPosting:
    """The posting with each requirement list cut to its first MAX_REQUIREMENTS_PER_LIST items."""
    lists = ("about", "responsibilities", "must_have", "nice_to_have", "benefits", "keywords")
    if all(len(getattr(posting, name)) <= MAX_REQUIREMENTS_PER_LIST for name in lists):
        return posting
    return posting.model_copy(update={name: getattr(posting, name)[:MAX_REQUIREMENTS_PER_LIST] for name in lists})
