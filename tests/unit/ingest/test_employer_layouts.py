"""Layouts that write about the employer around a job header: a line describing the employer under
"Title — Employer" (dates in a summary table or in that line), and an employer line over several roles."""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.ingest.dates import date_span, find_date_range, refines
from careervp.ingest.entry_header import parse_entry_header
from careervp.ingest.markup import parse_lines
from careervp.models.cv import CV

_Job = tuple[str, str, tuple[int, int | None] | None, tuple[int, int | None] | None, bool]


def _jobs(cv: CV) -> list[_Job]:
    return [
        (
            e.title,
            e.employer,
            (e.start.year, e.start.month) if e.start else None,
            (e.end.year, e.end.month) if e.end else None,
            e.is_current,
        )
        for e in cv.experience
    ]


ARCHITECT = """# Ines Vauclair

Project Architect · Lyon, France · ines.vauclair@example.com

## At a glance

| Dates | Employer | Role | Location |
|---|---|---|---|
| Apr 2020 – Present | Halloway Studio | Project Architect | Lyon, France |
| Sep 2016 – Mar 2020 | Atelier Brunnhof | Architectural Assistant | Geneva, Switzerland |

## Experience

### Project Architect — Halloway Studio
*45-person practice for civic and school buildings*

- Led design and delivery of a 6,200 m² secondary school, on budget at €18.4M.
- Coordinated 9 consultants through planning and construction stages.

### Architectural Assistant — Atelier Brunnhof
*Small studio with housing and timber-frame work*

- Produced planning drawings for 14 housing schemes.

## Education

- **Master of Architecture**, ENSA Lyon — 2016
"""


def test_a_line_describing_the_employer_is_no_employer_and_the_summary_table_gives_the_dates() -> None:
    cv = read_cv(ARCHITECT.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Project Architect", "Halloway Studio", (2020, 4), None, True),
        ("Architectural Assistant", "Atelier Brunnhof", (2016, 9), (2020, 3), False),
    ]
    assert [e.description for e in cv.experience] == [
        "45-person practice for civic and school buildings",
        "Small studio with housing and timber-frame work",
    ]
    assert [e.location for e in cv.experience] == ["Lyon, France", "Geneva, Switzerland"]
    assert [len(e.achievements) for e in cv.experience] == [2, 1]


TEACHER = """Owen Pritchard
Head Teacher | owen.pritchard@example.org

EXPERIENCE

**Head Teacher – Larchfield Primary School**
Two-form-entry primary school in Leeds; Deputy Head Sep 2014 – 2017, Head Teacher 2017 – Jul 2022
- Raised the share of pupils meeting the expected standard in reading from 61% to 78%.

**Class Teacher – Brookmere Junior School**
Junior school on the edge of town; Class Teacher Sep 2009 – Aug 2014
- Led Year 5 and the school's maths curriculum.
"""


def test_dates_written_in_the_line_describing_the_employer_span_every_role_there() -> None:
    cv = read_cv(TEACHER.encode(), "cv.txt")
    assert _jobs(cv) == [
        ("Head Teacher", "Larchfield Primary School", (2014, 9), (2022, 7), False),
        ("Class Teacher", "Brookmere Junior School", (2009, 9), (2014, 8), False),
    ]
    assert cv.experience[0].description is not None
    assert cv.experience[0].description.startswith("Two-form-entry primary school")


SITE_MANAGER = """# Callum Reddy

## Career Summary

| Period | Company | Position |
|---|---|---|
| 2018 – Present | Corbett Civil Engineering | Site Manager (Assistant Site Manager until 2020) |
| 2012 – 2018 | Ashlow Groundworks Ltd | Site Supervisor |

## Experience

**Site Manager — Corbett Civil Engineering**
*Regional contractor for road, drainage and flood-defence schemes*
- Ran sites of up to £12M with 40 operatives and 6 subcontractors.

**Site Supervisor — Ashlow Groundworks Ltd**
*Groundworks for housebuilders in the south-west*
- Supervised crews of 8 on 20 housing sites.
"""


def test_a_summary_table_in_its_own_experience_section_and_the_blocks_are_one_job_each() -> None:
    cv = read_cv(SITE_MANAGER.encode(), "cv.md")
    assert [(employer, start, end, current) for _, employer, start, end, current in _jobs(cv)] == [
        ("Corbett Civil Engineering", (2018, None), None, True),
        ("Ashlow Groundworks Ltd", (2012, None), (2018, None), False),
    ]
    assert [len(e.achievements) for e in cv.experience] == [1, 1]


NURSE = """# Priya Nandakumar

## Experience

### Staff Nurse — Cardiac Care Unit
Hollin Bank Hospital, Leeds, UK | Mar 2018 – Jun 2021
- Cared for 6 patients a shift after cardiac surgery.
"""


def test_an_employer_line_under_a_title_and_unit_heading_is_still_the_employer() -> None:
    cv = read_cv(NURSE.encode(), "cv.md")
    assert [(e.employer, e.start is not None) for e in cv.experience] == [("Hollin Bank Hospital", True)]


SOLICITOR = """# Hannah Ostrowski

## Experience

**Marlow & Finch Solicitors**, Bristol, UK
*Senior Associate, Employment Law* | Feb 2020 – Present
- Advised 30 employer clients on restructuring and redundancy programmes.
- Won 11 of 13 employment tribunal claims defended.

*Associate, Employment Law* | 09/2016 - 01/2020
- Drafted contracts and handbooks for 40 clients.

**Kestrel Legal**, Bath, UK
*Paralegal, Litigation Support* | 2014–2016 (Jun 2014 – Aug 2016)
- Prepared trial bundles for 25 hearings.
"""


def test_several_roles_under_one_employer_line_each_keep_that_employer_and_a_whole_title() -> None:
    cv = read_cv(SOLICITOR.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Senior Associate, Employment Law", "Marlow & Finch Solicitors", (2020, 2), None, True),
        ("Associate, Employment Law", "Marlow & Finch Solicitors", (2016, 9), (2020, 1), False),
        ("Paralegal, Litigation Support", "Kestrel Legal", (2014, 6), (2016, 8), False),
    ]
    assert [e.location for e in cv.experience] == ["Bristol, UK", "Bristol, UK", "Bath, UK"]
    assert [len(e.achievements) for e in cv.experience] == [2, 1, 1]


VET = """Morwenna Trelawny
Veterinary Surgeon

Experience

Harbourside Veterinary Group, Plymouth, UK
Veterinary Surgeon, Small Animal | 2019 – Present
- Ran 4 consulting sessions a week and 2 surgical lists.

Graduate Veterinary Surgeon, Farm Animal | 2017 – 2019
- Covered lambing and calving rotas for 120 farms.
"""


def test_roles_under_a_plain_employer_line_are_not_cut_at_their_commas() -> None:
    cv = read_cv(VET.encode(), "cv.txt")
    assert _jobs(cv) == [
        ("Veterinary Surgeon, Small Animal", "Harbourside Veterinary Group", (2019, None), None, True),
        ("Graduate Veterinary Surgeon, Farm Animal", "Harbourside Veterinary Group", (2017, None), (2019, None), False),
    ]


LINEWORKER = """BRYNMOR HEWITT
Overhead Line Team Leader

EMPLOYMENT

CAMBRIAN GRID SERVICES LTD — Overhead Lines, Powys Depot

  2018-04 – present    Overhead Line Team Leader
    - Lead a team of 6 linesmen on 11 kV and 33 kV networks.

  2012-09 – 2015-08    Apprentice, Lines & Cabling (Advanced Apprenticeship)
    - Rotations through lines maintenance, cabling and the stores depot.
"""


def test_a_role_named_with_its_discipline_under_an_employer_line_keeps_that_employer() -> None:
    # "Apprentice, Lines & Cabling": ordinary words joined by "&" name a discipline, not another firm.
    cv = read_cv(LINEWORKER.encode(), "cv.txt")
    assert [(e.title, e.employer) for e in cv.experience] == [
        ("Overhead Line Team Leader", "CAMBRIAN GRID SERVICES LTD"),
        ("Apprentice, Lines & Cabling", "CAMBRIAN GRID SERVICES LTD"),
    ]


ROPE_ACCESS = """# Ffion Rees

## Experience

**Uchel Rope Access Ltd, Bangor**
Supervisor, Spring 2023 – present · Technician, 2021 – Spring 2023 · Trainee Technician, Summer 2019 – 2021

- Lead a crew of four on wind-turbine blade inspections.
- Wrote the rescue plans for 12 sites.

**Caffi Glan y Môr, Bangor** — Barista, 2015 – 2019
- Opened the shop on weekdays.
"""


def test_several_roles_on_one_line_are_read_as_one_job_each_and_the_bullets_stay_with_the_first() -> None:
    cv = read_cv(ROPE_ACCESS.encode(), "cv.md")
    assert [(e.title, e.employer, len(e.achievements), e.is_current) for e in cv.experience] == [
        ("Supervisor", "Uchel Rope Access Ltd", 2, True),
        ("Technician", "Uchel Rope Access Ltd", 0, False),
        ("Trainee Technician", "Uchel Rope Access Ltd", 0, False),
        ("Barista", "Caffi Glan y Môr, Bangor", 1, False),
    ]


CONTROLLER = """# Piet Achterberg

## Experience

### Noordzee Verkeersleiding — Den Helder, NL

**Vessel Traffic Operator (Senior), Den Helder Traffic Centre** · Mar 2020 – Present
- Run the evening watch for 3 sectors.

**Vessel Traffic Operator, Ijmuiden Radar Post** · Jul 2016 – Feb 2020
- Handled 90 movements a watch.

### Zeestroom — Harlingen Ferry Terminal

**Deck Officer** · Jan 2013 – Jun 2016
- Mooring and gangway duty.
"""


def test_bold_roles_with_their_unit_under_an_employer_heading_keep_that_employer() -> None:
    cv = read_cv(CONTROLLER.encode(), "cv.md")
    assert [(e.title, e.employer) for e in cv.experience] == [
        ("Vessel Traffic Operator (Senior), Den Helder Traffic Centre", "Noordzee Verkeersleiding"),
        ("Vessel Traffic Operator, Ijmuiden Radar Post", "Noordzee Verkeersleiding"),
        ("Deck Officer", "Zeestroom"),
    ]


LIFEGUARD = """# Kerensa Polglase

## Experience

TREVONE SURF LIFESAVING CLUB, Padstow

Beach Supervisor | Apr 2021 – Present
- Supervise 12 lifeguards on two beaches.

Lifeguard Patroller | May 2016 – Sep 2020 (5 seasons)
- Ran 300 rescues and first-aid calls.

CAMEL ESTUARY TRUST, Wadebridge

Path Warden (seasonal) | Summers 2014 – 2019
- Cleared 20 km of footpath each year.
"""


def test_an_unlisted_agent_noun_heads_a_title_and_a_plural_season_starts_a_range() -> None:
    # "Patroller" is in no word list but names a doer of "patrol"; "Summers 2014 – 2019" is a range like "Summer 2014".
    cv = read_cv(LIFEGUARD.encode(), "cv.md")
    assert [(e.title, e.employer, e.start.year if e.start else None) for e in cv.experience] == [
        ("Beach Supervisor", "TREVONE SURF LIFESAVING CLUB", 2021),
        ("Lifeguard Patroller", "TREVONE SURF LIFESAVING CLUB", 2016),
        ("Path Warden", "CAMEL ESTUARY TRUST", 2014),
    ]


def test_a_second_range_that_states_the_months_of_the_first_is_the_one_kept() -> None:
    fields = parse_entry_header(["Dispatcher | Tri-County Emergency Services | 2011–2014 (Oct 2011 – Jan 2014)"])
    assert fields.dates is not None
    assert (fields.dates.start, fields.dates.end) == (
        find_date_range("Oct 2011 – Jan 2014").start,  # type: ignore[union-attr]
        find_date_range("Oct 2011 – Jan 2014").end,  # type: ignore[union-attr]
    )
    assert (fields.title, fields.employer, fields.notes) == ("Dispatcher", "Tri-County Emergency Services", [])


def test_which_ranges_refine_another() -> None:
    coarse = find_date_range("2016–2019")
    assert coarse is not None
    for finer, expected in [("Apr 2016 – Feb 2019", True), ("Apr 2017 – Feb 2019", False), ("2016 – 2019", False)]:
        found = find_date_range(finer)
        assert found is not None
        assert refines(coarse, found) is expected, finer
    current = find_date_range("2021 – Present")
    assert current is not None
    assert refines(current, find_date_range("May 2021 – Present"))  # type: ignore[arg-type]
    assert not refines(current, find_date_range("May 2021 – Jun 2023"))  # type: ignore[arg-type]


def test_the_span_of_several_ranges() -> None:
    span = date_span("Deputy Head Sep 2014 – 2017, Head Teacher 2017 – Jul 2022")
    assert span is not None
    assert (span.start, span.end) == (
        find_date_range("Sep 2014 – Jul 2022").start,  # type: ignore[union-attr]
        find_date_range("Sep 2014 – Jul 2022").end,  # type: ignore[union-attr]
    )
    still_there = date_span("Analyst 2015 – 2018, Lead 2018 – present")
    assert still_there is not None
    assert (still_there.is_current, still_there.end) == (True, None)
    assert date_span("no dates here") is None


def test_the_emphasised_words_a_line_opens_with() -> None:
    role, employer, plain = parse_lines("*Site Manager, North* | 2019 – 2021\n**Corbett Ltd**, Leeds\nsnake_case_name")
    assert (role.lead_italic, role.lead_bold) == ("Site Manager, North", "")
    assert (employer.lead_italic, employer.lead_bold) == ("", "Corbett Ltd")
    assert plain.lead_italic == ""


def test_a_table_whose_one_column_holds_employer_and_role_and_another_what_was_done() -> None:
    """ "Employer · Title" and "What I did": the header cell is read as a job header, the work cell as bullets."""
    cv = read_cv(
        """# Tomasz Wrona
Beekeeper

### Experience

| Years | Company / Position | What I did |
|---|---|---|
| May 2020 – Present | **Hillside Apiaries Ltd**, Ludlow · *Lead Beekeeper* (Queens from 2022) | • 340 hives  • Up 18% |
| Apr 2015 – Apr 2020 | **Wold Honey Co.**, Malton, UK · *Seasonal Beekeeper* | • Inspected 120 hives a week |
""".encode(),
        "tomasz.md",
    )
    assert _jobs(cv) == [
        ("Lead Beekeeper", "Hillside Apiaries Ltd", (2020, 5), None, True),
        ("Seasonal Beekeeper", "Wold Honey Co.", (2015, 4), (2020, 4), False),
    ]
    assert [e.location for e in cv.experience] == ["Ludlow", "Malton, UK"]
    assert cv.experience[0].achievements == ["340 hives", "Up 18%"]


def test_a_bracketed_note_after_the_employer_in_a_table_is_the_jobs_description() -> None:
    """ "Ferrow Mills, Tring (stone-ground flour, ~30 t/week)": the note says what the business does, so the same
    employer written plainly on the next row is the same employer."""
    cv = read_cv(
        """# Ada Pelham

## Experience

| Dates | Employer | Role |
|---|---|---|
| 2022-05 – present | Ferrow Mills, Tring (stone-ground flour, ~30 t/week) | Head Miller |
| 2018-01 – 2022-04 | Ferrow Mills | Assistant Miller |
""".encode(),
        "ada.md",
    )
    assert _jobs(cv) == [
        ("Head Miller", "Ferrow Mills", (2022, 5), None, True),
        ("Assistant Miller", "Ferrow Mills", (2018, 1), (2022, 4), False),
    ]
    assert cv.experience[0].description == "stone-ground flour, ~30 t/week"


def test_roles_written_as_dated_bullets_under_a_bold_employer_line_with_a_note_take_that_employer() -> None:
    """ "**Brightwell Signs**, Dayton, OH (sign shop, 12 people)" over "- **Sign Fitter** — 2019 – 2022": the note
    says what the business is, each dated bullet is a role there, and a bold line after them is a job of its own."""
    cv = read_cv(
        """# Ravi Ocampo

## Experience

**Brightwell Signs**, Dayton, OH (sign shop, 12 people)
- **Lead Sign Fitter** — Mar 2022 – Dec 2025
  - Installed 300 channel-letter signs.
- **Sign Fitter** — Jun 2019 – Feb 2022
  - Built 40 monument bases.

**Northgate Glazing — Columbus, OH** (commercial glazing contractor)

*Glazier* — Jan 2026 to present
- Set 2,000 curtain-wall units.

**Freelance Installer** — 2016–2019
- Vinyl graphics for small businesses.
""".encode(),
        "ravi.md",
    )
    jobs = [(e.title, e.employer, e.location) for e in cv.experience]
    assert ("Lead Sign Fitter", "Brightwell Signs", "Dayton, OH") in jobs
    assert ("Sign Fitter", "Brightwell Signs", "Dayton, OH") in jobs
    assert ("Glazier", "Northgate Glazing", "Columbus, OH") in jobs
    assert not any(title == "Freelance Installer" and employer == "Brightwell Signs" for title, employer, _ in jobs)


def test_a_one_word_place_after_an_employer_heading_with_its_dates_is_no_title() -> None:
    """ "### Fenwick County Council — Lowestoft | 2012 – 2018" over its roles: the one capitalised word after the
    organisation names where it is, so the roles below keep that employer."""
    cv = read_cv(
        """# Ada Pelham

## Experience

### Brightwater Health Trust — Ipswich, UK | 2018 – Present

**Lead Pharmacist** | 2018 – Present
- Ran a team of 9.

### Fenwick County Council — Lowestoft | 2012 – 2018

**Trading Standards Officer** | 2015 – 2018
- Closed 40 cases.

**Trainee Officer** | 2012 – 2015
- Passed 6 modules.
""".encode(),
        "ada.md",
    )
    jobs = [(e.title, e.employer) for e in cv.experience]
    assert ("Trading Standards Officer", "Fenwick County Council") in jobs
    assert ("Trainee Officer", "Fenwick County Council") in jobs
    assert not any(title == "Lowestoft" for title, _ in jobs)


def test_a_role_under_the_bullets_of_another_keeps_their_employer() -> None:
    """An employer line with a unit, then two dated titles each with bullets: a promotion at one employer."""
    cv = read_cv(
        """FARAH MALIK

EXPERIENCE

CITY OF BRAMPTON — Parks Forestry Section, Brampton, ON

Arborist Crew Lead — May 2021 to present
- Lead a crew of 6 arborists.

Arborist — April 2017 to April 2021
- Pruned 2,000 street trees a year.

EDUCATION
Diploma in Arboriculture, Humber College, 2017
""".encode(),
        "farah.md",
    )
    assert [(title, employer) for title, employer, *_ in _jobs(cv)] == [
        ("Arborist Crew Lead", "CITY OF BRAMPTON"),
        ("Arborist", "CITY OF BRAMPTON"),
    ]
    assert cv.experience[1].achievements == ["Pruned 2,000 street trees a year."]


GLAZIER = """MARGIT OYELARAN-FINCH
Glazing supervisor | Leeds

EXPERIENCE

NORTHGATE GLASS & GLAZING LTD — Leeds, West Yorkshire
Commercial glazing contractor for schools, offices and retail units across the north.

  Glazing Supervisor ................................ 04/2021 to now
  - Run a crew of 6 fitters on curtain-wall packages.

  Senior Glazier . . . . . . . . . . . . . . . . . . 09/2017 to 03/2021
  - Fitted about 900 units a year.

  Glazier ………………………… 06/2014 to 08/2017
  - Trained on unitised curtain wall.

HALLAM WINDOWS — Sheffield
  Window Fitter ...................................... 01/2011 to 05/2014
  - Domestic replacement windows.
"""


def test_roles_under_an_employer_line_and_a_line_about_the_business_keep_that_employer() -> None:
    assert _jobs(read_cv(GLAZIER.encode(), "margit.txt")) == [
        ("Glazing Supervisor", "NORTHGATE GLASS & GLAZING LTD", (2021, 4), None, True),
        ("Senior Glazier", "NORTHGATE GLASS & GLAZING LTD", (2017, 9), (2021, 3), False),
        ("Glazier", "NORTHGATE GLASS & GLAZING LTD", (2014, 6), (2017, 8), False),
        ("Window Fitter", "HALLAM WINDOWS", (2011, 1), (2014, 5), False),
    ]


def test_the_line_about_the_business_stays_with_the_employers_first_role() -> None:
    cv = read_cv(GLAZIER.encode(), "margit.txt")
    assert (
        cv.experience[0].description
        == "Commercial glazing contractor for schools, offices and retail units across the north."
    )
    assert cv.experience[1].description is None


LETTINGS = """# Aoife Delacroix-Nwosu

## Career

**Brackenridge Homes** — Harrogate
*Property Manager (Student Lettings), Spring 2020 to Winter 2022*
- Looked after two hundred rooms.

**Tallis Residential Ltd** — Headingley, Leeds
*Lettings Negotiator, Autumn 2015 to Summer 2019*
- Let around ninety properties a year.
"""


def test_a_role_line_under_an_employer_line_keeps_its_bracketed_note_and_its_whole_title() -> None:
    cv = read_cv(LETTINGS.encode(), "aoife.md")
    assert _jobs(cv) == [
        ("Property Manager", "Brackenridge Homes", (2020, 3), (2022, 1), False),
        ("Lettings Negotiator", "Tallis Residential Ltd", (2015, 9), (2019, 6), False),
    ]
    assert cv.experience[0].description == "Student Lettings"


COMPACT = """**MARISOL QUANDT-ABARA** | Depot Supv. | Akron, OH

| Period | Org. / Location | Title |
|---|---|---|
| 09/2020 – pres. | Summit County Transit, Ops. Dept. — Akron, OH | Depot Supervisor |
| 06/2015 – 08/2020 | Lakeline Coaches, Inc. — Kent, OH | Coach Driver |

**KEY RESULTS**
- Cut missed pull-outs by 30%.
"""


def test_a_table_of_jobs_under_the_head_with_no_experience_heading_is_the_work_history() -> None:
    assert _jobs(read_cv(COMPACT.encode(), "marisol.md")) == [
        ("Depot Supervisor", "Summit County Transit, Ops. Dept.", (2020, 9), None, True),
        ("Coach Driver", "Lakeline Coaches, Inc.", (2015, 6), (2020, 8), False),
    ]
