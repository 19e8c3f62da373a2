"""A CV written in shorthand: short forms of role and seniority words ("Asst", "Mgr", "Snr", "Eng") still name a
post, so "Employer, Title" and "Title" over "Employer" read the right way round; dot leaders typed short (" .. ")
are a gap between fields like long ones."""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.ingest.entry_header import title_score

SHORTHAND = """DARREN POKU
Leeds | 07700 900000

EXPERIENCE

Kirkgate Builders Merchants, Yard Asst | 2016-19
  - loaded 40 trade orders/day

Harewood Logistics, Leeds
  Snr Stores Mgr .......... 03/21 - present
  Stores Mgr ........ 08/19 - 02/21
  - 3 sites, 12 staff

Castleton Garden Centre, Otley
  Sales Asst (weekends) .. 2014 - 16
"""


def test_short_role_words_score_as_titles() -> None:
    for title in ("Yard Asst", "Stores Mgr", "Maint. Eng", "Snr Estimator"):
        assert title_score(title) > 0, title


def test_shorthand_jobs_read_employer_and_title_the_right_way_round() -> None:
    jobs = [(e.employer, e.title) for e in read_cv(SHORTHAND.encode(), "cv.txt").experience]
    assert ("Kirkgate Builders Merchants", "Yard Asst") in jobs
    assert ("Harewood Logistics", "Snr Stores Mgr") in jobs
    assert ("Castleton Garden Centre", "Sales Asst") in jobs
