"""Two shapes of work history that lost jobs: a title graded with a roman numeral ("Lab Technician I", "Analyst III")
read as an employer's name, and an employer heading that carries a word of a volunteering section ("Harbourview
Community Hospital — Duluth, MN", "Eastside Volunteer Fire Department") read as that section.

An invented laboratory technician, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.sections import heading_kinds

CV = """# Odile Farrant
## Experience
### Harbourview Community Hospital — Duluth, MN
**Lab Technician II** | 04/2022 – Present
- Run 300 CBC panels a shift.

**Lab Technician I** | 01/2020 – 03/2022
- Prepared 40 slides a day.

**Phlebotomist III** | 2018 – 2019
- Drew 60 patients a shift.

### Northshore Community Credit Union
**Teller** | 2016 – 2018
- Balanced a drawer of $20,000.

## Volunteer Experience
- Cook at the Lakeside Soup Kitchen, 2019 – Present
"""


def test_every_graded_title_and_every_employer_heading_is_a_job() -> None:
    cv = read_cv(CV.encode(), "odile.md")
    jobs = [(e.title, e.employer, e.start.year if e.start else None) for e in cv.experience]
    assert jobs == [
        ("Lab Technician II", "Harbourview Community Hospital", 2022),
        ("Lab Technician I", "Harbourview Community Hospital", 2020),
        ("Phlebotomist III", "Harbourview Community Hospital", 2018),
        ("Teller", "Northshore Community Credit Union", 2016),
    ]
    assert list(cv.other_sections) == ["Volunteer Experience"]


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Harbourview Community Hospital — Duluth, MN", ()),
        ("Eastside Volunteer Fire Department", ()),
        ("Community Involvement", ("other",)),
        ("Volunteer Work — Leeds Food Bank", ("other",)),
        ("Community Service & Outreach", ("other",)),
    ],
)
def test_a_heading_naming_an_organisation_is_no_volunteering_section(heading: str, kinds: tuple[str, ...]) -> None:
    assert heading_kinds(heading) == kinds
