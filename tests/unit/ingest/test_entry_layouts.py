"""Layouts of a work history that people use and the reader must follow:
- jobs numbered as entries ("1. Employer, Town") with lettered roles under them ("a) Title — April 2019 to till date"),
  a qualifications table whose institution column is "Board / University", headings "Languages known", "Declaration";
- a career break written between jobs (with its dates on the next line) is neither a job nor part of one;
- a title with its department after a comma ("Lead Picker, Returns") over the employer's line, jobs without bullets;
- an employer's line naming its base ("Skyward Air, Leeds base");
- a working season as a date ("Harvest 2011", "Vintage 2019") on the line under a job's header."""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.ingest.dates import DateRange, find_date_range
from careervp.ingest.locations import is_location
from careervp.ingest.name_scores import title_score
from careervp.ingest.sections import heading_kinds
from careervp.models.cv import YearMonth
from careervp.vocabulary.people import is_person_noun


def _jobs(text: str) -> list[tuple[str, str, int | None, int | None]]:
    """(title, employer up to its town, start year, end year) of each job."""
    return [
        (e.title, e.employer.split(",")[0], e.start.year if e.start else None, e.end.year if e.end else None)
        for e in read_cv(text.encode(), "cv.txt").experience
    ]


NUMBERED = """CURRICULUM VITAE

ANIL GHOSH
Mobile: +91 90000 11111

WORK EXPERIENCE

1. Sagar Tea Estates Ltd, Darjeeling (1,200 ha)

   a) Assistant Garden Manager — May 2020 to till date
      • Managed plucking rounds for 380 workers

   b) Field Supervisor — June 2016 to April 2020
      • Raised made-tea yield by 9%

2. Kanchan Agro Exports, Siliguri
   Quality Trainee — July 2014 to May 2016

EDUCATIONAL QUALIFICATIONS

| Qualification | Board / University | Year | Percentage |
|---|---|---|---|
| B.Sc. Agriculture | University of North Bengal | 2014 | 68% |

LANGUAGES KNOWN

English, Hindi, Bengali

DECLARATION

I hereby declare that the above information is true.
"""


def test_numbered_entries_with_lettered_roles_are_jobs() -> None:
    assert _jobs(NUMBERED) == [
        ("Assistant Garden Manager", "Sagar Tea Estates Ltd", 2020, None),
        ("Field Supervisor", "Sagar Tea Estates Ltd", 2016, 2020),
        ("Quality Trainee", "Kanchan Agro Exports", 2014, 2016),
    ]
    cv = read_cv(NUMBERED.encode(), "cv.txt")
    assert [(e.degree, e.institution) for e in cv.education] == [("B.Sc. Agriculture", "University of North Bengal")]
    assert "English" in " ".join(cv.other_sections.get("LANGUAGES KNOWN", []))
    assert not any("LANGUAGES" in skill for skill in cv.skills)


BREAKS = """Ruth Okoro
Archivist

EXPERIENCE

**Records Officer** — Tayside Health Board — 2021 – 2025
- Catalogued 4,000 case files

**Career break** — 2018 – 2021
- Full-time carer for a relative

PERTH MUSEUM — Perth
Archives Assistant, June 2014 – February 2018
  * Ran the reading room

CAREER BREAK — travelling
2013-01 – 2014-05

LIBRARY CLERK — Dundee Libraries, Dundee
2010-09 – 2012-12
"""


def test_a_career_break_is_no_job_and_takes_no_job_from_its_neighbours() -> None:
    assert _jobs(BREAKS) == [
        ("Records Officer", "Tayside Health Board", 2021, 2025),
        ("Archives Assistant", "PERTH MUSEUM", 2014, 2018),
        ("LIBRARY CLERK", "Dundee Libraries", 2010, 2012),
    ]


DEPARTMENTS = """Dale Price
Warehouse lead

EXPERIENCE

Lead Picker, Returns                                     Apr 2021 – Present
Northgate Logistics, Reno, NV
  • Ran returns for 3 clients

Forklift Driver / Loader                                 Jan 2017 – Mar 2021
Sierra Cold Stores, Sparks, NV

Deckhand                                                 Jun 2014 – Dec 2016
Tahoe Cruises, Zephyr Cove, NV
"""


def test_a_title_with_its_department_sits_over_its_employers_line() -> None:
    first = read_cv(DEPARTMENTS.encode(), "cv.txt").experience[0]
    assert (first.title, first.employer) == (
        "Lead Picker, Returns",
        "Northgate Logistics",
    )
    assert _jobs(DEPARTMENTS) == [
        ("Lead Picker, Returns", "Northgate Logistics", 2021, None),
        ("Forklift Driver / Loader", "Sierra Cold Stores", 2017, 2021),
        ("Deckhand", "Tahoe Cruises", 2014, 2016),
    ]


def test_an_employer_named_with_its_base_keeps_its_name() -> None:
    text = "Mia Cole\nCabin crew\n\nEXPERIENCE\n\nSenior Cabin Crew\nSkyward Air, Leeds base | Mar 2019 – Present\n"
    assert _jobs(text) == [("Senior Cabin Crew", "Skyward Air", 2019, None)]


def test_a_working_season_under_a_header_dates_the_job() -> None:
    text = """Tom Reyes
Cellar hand

EXPERIENCE

Cellar Hand — Ridgeback Wines, Margaret River WA
2020 – 2024
Ran ferments for 400 t of fruit.

Harvest Casual — Coorow Grain Carters, Coorow WA
Harvest 2019
Pressings and pump-overs.
"""
    assert _jobs(text)[-1] == ("Harvest Casual", "Coorow Grain Carters", 2019, 2019)


def test_a_break_among_roles_under_an_employer_line_is_no_role_there() -> None:
    text = """Lena Marsh
Quality lead

EXPERIENCE

HOLLOWAY BAKERIES — Derby, UK
QA Manager — 11/2019 to 02/2022
- Cut product on hold by 40%.

Career break — 05/2019 to 10/2019 (caring for a parent)

MIDLAND MEATS — Leicester, UK
QA Supervisor — 06/2016 to 04/2019
"""
    assert [(title, employer) for title, employer, _, _ in _jobs(text)] == [
        ("QA Manager", "HOLLOWAY BAKERIES"),
        ("QA Supervisor", "MIDLAND MEATS"),
    ]


def test_a_break_written_as_a_job_in_json_or_dates_first_is_dropped() -> None:
    resume = (
        b'{"basics": {"name": "Ravi Shah"}, "work": ['
        b'{"name": "Corran Solar", "position": "PV Technician", "startDate": "2019-04"},'
        b'{"name": "Career break", "position": "Family carer", "startDate": "2017-08", "endDate": "2019-03"}]}'
    )
    assert [e.employer for e in read_cv(resume, "cv.json").experience] == ["Corran Solar"]
    text = (
        "Ana Ruiz\nEpidemiologist\n\nEXPERIENCE\n\n**2016 – 2021 · Analyst** — Ebro Health Institute, Zaragoza\n\n"
        "**10.2014 – 06.2015 · Career break** — language course in Cork (6 months)\n"
    )
    assert [e.title for e in read_cv(text.encode(), "cv.md").experience] == ["Analyst"]


def test_a_break_keeps_its_years_among_the_cvs_other_facts() -> None:
    resume = (
        b'{"basics": {"name": "Ravi Shah"}, "work": ['
        b'{"name": "Corran Solar", "position": "PV Technician", "startDate": "2019-04"},'
        b'{"name": "Career break", "position": "Family carer", "startDate": "2017-08", "endDate": "2019-03"}]}'
    )
    assert read_cv(resume, "cv.json").other_sections["Career breaks"] == ["Career break — Family carer (2017–2019)"]
    assert read_cv(BREAKS.encode(), "cv.txt").other_sections["Career breaks"] == [
        "Career break — 2018 – 2021",
        "CAREER BREAK — travelling 2013-01 – 2014-05",
    ]


def test_a_heading_written_as_a_clause_about_the_work_is_the_work_history() -> None:
    for heading in ("Where I've worked", "Places I have worked", "Jobs I’ve held", "Employment record", "Work so far"):
        assert heading_kinds(heading) == ("experience",), heading
    text = """Jo Lane
Kennel hand

## Where I've worked

### Kennel Assistant – Brookfield Boarding Kennels, Ely
Mar 2022 – present

## Volunteering

Dog walker at Ely Animal Rescue, Ely – Sundays, 2019 to 2021
"""
    assert [e.employer for e in read_cv(text.encode(), "cv.md").experience] == ["Brookfield Boarding Kennels, Ely"]


def test_a_joined_title_is_a_title_and_a_material_names_no_doer() -> None:
    for title in ("Fitter-welder", "Owner-operator", "Cook-supervisor"):
        assert title_score(title) > 0, title
    for material in ("silver", "timber", "leather", "pewter", "plaster"):
        assert not is_person_noun(material), material
    text = """Kit Amos
Glassblower

**Studio work**

*Amos Pewter — Designer-maker (self-employed) — 2018 – present*
I run a small studio making tankards and bowls.

*Harrow Glassworks Ltd — Glass Cutter — 2012 – 2018*
"""
    assert [(e.title, e.employer) for e in read_cv(text.encode(), "cv.md").experience] == [
        ("Designer-maker", "Amos Pewter"),
        ("Glass Cutter", "Harrow Glassworks Ltd"),
    ]


LABELLED = """CURRICULUM VITAE

NAME:       Chidi Obi
Phone:      0803 000 0000

CAREER OBJECTIVE
To grow as a surveyor in a firm that values accuracy.

SCHOOLS ATTENDED WITH DATES
Federal Polytechnic, Nekede ........ 2010 – 2014

WORKING EXPERIENCE

1. Delta Survey Associates Ltd, Asaba
   Position: Senior Surveyor
   Period: March 2021 till date
   Duties:
   - Led boundary surveys for 40 estates

   Position: Surveyor II
   Period: June 2017 – February 2021

2. Niger Mapping Services, Onitsha
   Position: Field Assistant
   Period: 2015 – 2017
   Duties: Chaining, levelling and field books.
"""


def test_labelled_fields_under_a_numbered_employer_are_its_roles() -> None:
    cv = read_cv(LABELLED.encode(), "cv.txt")
    assert [(e.title, e.employer) for e in cv.experience] == [
        ("Senior Surveyor", "Delta Survey Associates Ltd"),
        ("Surveyor II", "Delta Survey Associates Ltd"),
        ("Field Assistant", "Niger Mapping Services"),
    ]
    assert "accuracy" in (cv.summary or "")
    assert heading_kinds("SCHOOLS ATTENDED WITH DATES") == ("education",)
    assert heading_kinds("Academic qualifications obtained") == ("education",)


def test_a_job_given_only_by_labelled_fields_reads_without_a_header_line() -> None:
    text = (
        "Ada Eze\n\nEXPERIENCE\n\nTitle: Lab Assistant\nDates: 2019 – 2021\nEmployer: Kano Clinic\n"
        "Ran the sample bench alone on nights.\n\nTitle: Lab Porter\nDates: 2017 – 2019\nEmployer: Jos Hospital\n"
    )
    assert [(e.title, e.employer) for e in read_cv(text.encode(), "cv.txt").experience] == [
        ("Lab Assistant", "Kano Clinic"),
        ("Lab Porter", "Jos Hospital"),
    ]


def test_a_sea_service_table_gives_one_job_a_row() -> None:
    text = """# CURRICULUM VITAE

**PERSONAL DATA**

- Full Name: REYES, ANA MARIE
- Mobile No.: +63 900 000 0000

**SEA SERVICE**

| Vessel | Type | Rank | Company / Manning Agency | Sign On | Sign Off |
|---|---|---|---|---|---|
| MV Coral Dawn | Reefer | Chief Cook | Bluewave Crewing Corp. | 03-Feb-2025 | 19-Oct-2025 |
| MV Coral Dawn | Reefer | 2nd Cook | Bluewave Crewing Corp. | 11-Mar-2023 | 30-Nov-2023 |
"""
    assert _jobs(text) == [
        ("Chief Cook", "Bluewave Crewing Corp.", 2025, 2025),
        ("2nd Cook", "Bluewave Crewing Corp.", 2023, 2023),
    ]
    assert heading_kinds("Military service") == ("experience",)


def test_a_day_before_the_month_still_dates_the_month() -> None:
    assert find_date_range("14-Feb-2019 – 02-Sep-2021") == DateRange(
        YearMonth(year=2019, month=2), YearMonth(year=2021, month=9), False, (0, 25)
    )
    assert find_date_range("3rd May 2018 to 21st June 2020") is not None


def test_job_fields_under_an_employer_are_no_section_headings() -> None:
    text = """ROHAN PATIL

WORK EXPERIENCE

1. Organisation: Deccan Seeds Pvt. Ltd., Pune

   a) Designation: Area Sales Officer
      Duration: May 2020 to till date
      - Ran 60 dealer meetings a year

   b) Designation: Field Assistant
      Duration: June 2017 to April 2020
"""
    assert _jobs(text) == [
        ("Area Sales Officer", "Deccan Seeds Pvt. Ltd.", 2020, None),
        ("Field Assistant", "Deccan Seeds Pvt. Ltd.", 2017, 2020),
    ]


def test_columns_aligned_with_spaces_read_as_cells() -> None:
    text = """DARA KELLY
Roofer

WORK HISTORY

04/2020–now        Roofer            Slate & Tile Roofing Ltd, Galway
                   Natural slate and lead valleys.
2016–20            Labourer          Corrib Builders Ltd, Tuam
"""
    assert _jobs(text) == [
        ("Roofer", "Slate & Tile Roofing Ltd", 2020, None),
        ("Labourer", "Corrib Builders Ltd", 2016, 2020),
    ]
    bullets = read_cv(b"Mo Ali\n\nEXPERIENCE\n\nCook, Bay Cafe, 2019 - 2021\n\xe2\x80\xa2   Ran the grill\n", "cv.txt")
    assert bullets.experience[0].achievements == ["Ran the grill"]


def test_a_role_placed_in_a_services_division_keeps_the_employer_above_it() -> None:
    text = """Sam Reid
Firefighter

## Experience

### Highland Fire and Rescue Service

**Watch Commander** — Inverness, Northern Division
Mar 2021 – present

**Firefighter** — Wick, Far North Area
Jan 2015 – Feb 2021
"""
    assert [(e.title, e.employer) for e in read_cv(text.encode(), "cv.md").experience] == [
        ("Watch Commander", "Highland Fire and Rescue Service"),
        ("Firefighter", "Highland Fire and Rescue Service"),
    ]
    assert not is_location("HFRS, Wick District")  # a service's initials and its division name no town


def test_a_europass_entry_names_its_post_beside_its_dates_and_its_employer_under_them() -> None:
    text = """EUROPASS CURRICULUM VITAE

PERSONAL INFORMATION

Lotte Brandauer
Graz (Austria)

WORK EXPERIENCE

04/2020–now              Violin maker (Geigenbauerin)
                         Werkstatt Huber, Graz (Austria)
                         ▪ I build 6 instruments a year

09/2014–03/2020          Repairer (Reparatur)
                         Musikhaus Lenz GmbH, Linz (Austria)
"""
    assert _jobs(text) == [
        ("Violin maker", "Werkstatt Huber", 2020, None),
        ("Repairer", "Musikhaus Lenz GmbH", 2014, 2020),
    ]
