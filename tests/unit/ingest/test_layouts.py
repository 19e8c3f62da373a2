"""CV layouts that are not in the corpus: each is read into the jobs it states, nothing more."""

from __future__ import annotations

import json

import pytest

from careervp.ingest import CVReadError, read_cv
from careervp.models.cv import CV


def _jobs(cv: CV) -> list[tuple[str, str, int | None, int | None, bool]]:
    return [
        (e.title, e.employer, e.start.year if e.start else None, e.end.year if e.end else None, e.is_current)
        for e in cv.experience
    ]


PLAIN_CAPS = """JORDAN PIKE
Staff Software Engineer
jordan.pike@example.org | +44 20 7946 0958 | London, UK

SUMMARY
Engineer with 12 years building payment systems.

EXPERIENCE

Staff Software Engineer | Northbank Ltd | Jan 2020 - Present
• Led a team of 7 engineers building the card ledger.
• Cut settlement failures by 35%.

Senior Software Engineer | Initech | 2016 - 2019
• Built the billing service in Kotlin, processing 2 million invoices a month.

Software Engineer | Globex Corporation | 03/2013 - 12/2015
• Wrote C++ trading adapters.

EDUCATION
BSc Computer Science, University of Leeds, 2012

SKILLS
Kotlin, Java, C++, PostgreSQL, Kafka

VOLUNTEER EXPERIENCE
Code Club mentor, 2018 - 2020
"""


def test_plain_text_with_all_caps_headings_and_pipe_separated_job_lines() -> None:
    cv = read_cv(PLAIN_CAPS.encode(), "cv.txt")
    assert _jobs(cv) == [
        ("Staff Software Engineer", "Northbank Ltd", 2020, None, True),
        ("Senior Software Engineer", "Initech", 2016, 2019, False),
        ("Software Engineer", "Globex Corporation", 2013, 2015, False),
    ]
    assert cv.experience[2].start is not None
    assert cv.experience[2].start.month == 3
    assert [len(e.achievements) for e in cv.experience] == [2, 1, 1]
    assert cv.person.name == "Jordan Pike"
    assert cv.person.headline == "Staff Software Engineer"
    assert cv.person.location == "London, UK"
    assert cv.person.phone == "+44 20 7946 0958"
    assert cv.summary == "Engineer with 12 years building payment systems."
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("BSc Computer Science", "University of Leeds", 2012)
    ]
    assert cv.skills == ["Kotlin", "Java", "C++", "PostgreSQL", "Kafka"]
    assert cv.other_sections == {"VOLUNTEER EXPERIENCE": ["Code Club mentor, 2018 - 2020"]}


WORK_HISTORY = """Maria Lopez
maria@example.com · 555-201-3344 · Austin, TX

Work History
------------

Charge Nurse
St. Luke's Hospital, Austin, TX | 2021 to date
* Supervise 10 nurses per shift.
* Reduced medication errors by 20%.

Staff Nurse
Riverside Clinic, Round Rock, TX | March 2016 - Feb 2021
* Cared for 20 patients daily.

Nursing Assistant, Hill Country Care Home — Since 2014 part-time while studying
"""


def test_work_history_with_title_over_employer_lines_and_open_ended_dates() -> None:
    cv = read_cv(WORK_HISTORY.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Charge Nurse", "St. Luke's Hospital", 2021, None, True),
        ("Staff Nurse", "Riverside Clinic", 2016, 2021, False),
        ("Nursing Assistant", "Hill Country Care Home", 2014, None, True),
    ]
    assert [e.location for e in cv.experience] == ["Austin, TX", "Round Rock, TX", None]
    assert cv.experience[2].description == "part-time while studying"
    assert cv.person.phone == "555-201-3344"


AT_EMPLOYER = """# Sam Carter

## Experience

**Barista** at Blue Bottle Coffee (2019 - 2021)
- Served 300 customers a day.

**Shift Lead**, Ritual Roasters, San Francisco, CA, 2021 – Present
- Trained 5 new baristas.

Head Chef at The Green Fork — 2015–2019
- Ran a kitchen of 8.

## Education
- Culinary Arts Diploma, City College of San Francisco (2014)
"""


def test_title_at_employer_and_comma_separated_headers() -> None:
    cv = read_cv(AT_EMPLOYER.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Barista", "Blue Bottle Coffee", 2019, 2021, False),
        ("Shift Lead", "Ritual Roasters", 2021, None, True),
        ("Head Chef", "The Green Fork", 2015, 2019, False),
    ]
    assert cv.experience[1].location == "San Francisco, CA"
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("Culinary Arts Diploma", "City College of San Francisco", 2014)
    ]


DATES_FIRST = """Priyanka Rao
Berlin, Germany | priyanka@example.de | linkedin.com/in/prao

PROFESSIONAL EXPERIENCE

2019 – present    Data Analyst, Zalando SE, Berlin
- Built churn dashboards in Looker for 40 markets.
- Automated weekly reporting with Python, saving
  6 hours per week for the CRM team.

2016 – 2019    Junior Analyst, Rocket Internet GmbH, Berlin
- Analysed marketing spend of €2M across 12 channels.

EDUCATION
2014 – 2016  M.Sc. Economics, Humboldt University of Berlin
"""


def test_dates_first_lines_and_wrapped_bullets() -> None:
    cv = read_cv(DATES_FIRST.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Data Analyst", "Zalando SE", 2019, None, True),
        ("Junior Analyst", "Rocket Internet GmbH", 2016, 2019, False),
    ]
    assert cv.experience[0].achievements[1] == (
        "Automated weekly reporting with Python, saving 6 hours per week for the CRM team."
    )
    assert cv.person.links == ["linkedin.com/in/prao"]
    assert cv.person.location == "Berlin, Germany"
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("M.Sc. Economics", "Humboldt University of Berlin", 2016)
    ]


NESTED_ROLES = """# Dana Whitfield
dana@example.com

## Experience

### Acme Corp, Boston, MA
#### Senior Engineer (2019 – 2022)
- Built the search service.
#### Engineer (2017 – 2019)
- Fixed 200 bugs.

### Hooli
**Intern**, Summer 2016
- Wrote tests.

Experience:
Skills: Python, Go
"""


def test_several_roles_under_one_employer_heading() -> None:
    cv = read_cv(NESTED_ROLES.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Senior Engineer", "Acme Corp", 2019, 2022, False),
        ("Engineer", "Acme Corp", 2017, 2019, False),
        ("Intern", "Hooli", 2016, 2016, False),
    ]
    assert [e.location for e in cv.experience] == ["Boston, MA", "Boston, MA", None]
    assert cv.skills == ["Python", "Go"]


DATA_TABLE = """Lee Park

## Employment
| Company | Role | Period |
|---|---|---|
| Fjord Analytics | Lead Analyst | 2021 – now |
| Brightline Bank | Analyst | 2018 |

**Fjord Analytics — Lead Analyst**
* Built 14 forecasting models.
"""


def test_a_data_table_of_jobs_with_a_bullet_block_matched_to_its_row() -> None:
    cv = read_cv(DATA_TABLE.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Lead Analyst", "Fjord Analytics", 2021, None, True),
        ("Analyst", "Brightline Bank", 2018, 2018, False),
    ]
    assert cv.experience[0].achievements == ["Built 14 forecasting models."]


BULLET_STYLES = """Robin Hale · robin@example.com

CAREER HISTORY
Teacher — Oakridge Primary School — Sept 2018 – Current
· Taught 28 pupils in year 4.
▪ Led the school's reading programme.
1. Raised reading scores by 12 points.

Teaching Assistant — Elm Street Academy — 09.2016 – 07.2018
● Supported 3 pupils with special educational needs.

LANGUAGES
English (native), Welsh (fluent)
"""


def test_unusual_bullets_and_dotted_month_dates() -> None:
    cv = read_cv(BULLET_STYLES.encode(), "cv.txt")
    assert _jobs(cv) == [
        ("Teacher", "Oakridge Primary School", 2018, None, True),
        ("Teaching Assistant", "Elm Street Academy", 2016, 2018, False),
    ]
    assert [len(e.achievements) for e in cv.experience] == [3, 1]
    assert cv.experience[1].end is not None
    assert cv.experience[1].end.month == 7
    assert cv.other_sections == {"LANGUAGES": ["English (native), Welsh (fluent)"]}
    assert cv.person.name == "Robin Hale"
    assert cv.person.email == "robin@example.com"


def test_a_cv_without_an_experience_heading_still_finds_dated_jobs() -> None:
    text = "Ana Souza\n\nMy background\nSenior Chemist | Lumen Labs | 2018 - 2023\n- Ran 400 assays.\n"
    assert _jobs(read_cv(text.encode(), "cv.txt")) == [("Senior Chemist", "Lumen Labs", 2018, 2023, False)]


def test_a_cv_with_no_recognisable_job_is_an_error_not_a_guess() -> None:
    text = "# Ana Souza\n\n## Summary\nI like chemistry.\n\n## Skills\n- Titration\n"
    with pytest.raises(CVReadError, match="No work experience"):
        read_cv(text.encode(), "cv.md")


def test_job_headers_without_an_employer_are_not_invented() -> None:
    text = "# Ana Souza\n\n## Experience\n### Senior Chemist (2018 - 2023)\n- Ran 400 assays.\n"
    with pytest.raises(CVReadError, match="No work experience"):
        read_cv(text.encode(), "cv.md")


def test_windows_encodings_and_byte_order_marks() -> None:
    text = "Zoë Brandt\n\nExperience\nBäckerin | Café Müller GmbH | 2019 – 2022\n- Baked 300 loaves a day.\n"
    assert read_cv(text.encode("cp1252"), "cv.txt").experience[0].employer == "Café Müller GmbH"
    assert read_cv(text.encode("utf-16"), "cv.txt").person.name == "Zoë Brandt"
    assert read_cv(b"\xef\xbb\xbf" + text.encode(), "cv.txt").person.name == "Zoë Brandt"


JSON_RESUME = {
    "basics": {
        "name": "Ines Duarte",
        "label": "UX Researcher",
        "email": "ines@example.com",
        "url": "https://ines.example.com",
        "location": {"city": "Lisbon", "countryCode": "PT"},
        "profiles": [{"network": "LinkedIn", "url": "https://linkedin.com/in/ines"}, "not a profile"],
    },
    "work": [
        {
            "name": "Tidewater Labs",
            "position": "Senior UX Researcher",
            "startDate": "2020-02",
            "highlights": ["Ran 60 interviews."],
        },
        {"company": "Old Style Co", "position": "UX Researcher", "startDate": "2017", "endDate": "2020-01-31"},
        {"name": "No Position Ltd"},
        "garbage",
    ],
    "volunteer": [
        {
            "organization": "Code for Lisbon",
            "position": "Mentor",
            "startDate": "2019-01",
            "highlights": ["Mentored 12 people."],
        }
    ],
    "education": [
        {
            "institution": "Universidade de Lisboa",
            "studyType": "MSc",
            "area": "HCI",
            "endDate": "2016",
            "score": "18/20",
        }
    ],
    "awards": [{"title": "UX Award", "date": "2022-05-01", "awarder": "UXPT"}],
    "certificates": [{"name": "NN/g UX Certification", "date": "bad-date"}],
    "skills": [{"name": "Research", "keywords": ["Interviews", "Usability testing", "research"]}],
    "languages": [{"language": "Portuguese", "fluency": "Native"}],
    "interests": [{"name": "Cycling", "keywords": ["gravel"]}],
    "publications": [{"name": "Designing for trust", "publisher": "UX Journal", "releaseDate": "2021"}],
    "references": [{"name": "A. Manager", "reference": "Excellent."}],
    "meta": {"version": 1},
}


def test_a_json_resume_with_every_section() -> None:
    cv = read_cv(json.dumps(JSON_RESUME).encode(), "resume.json")
    assert _jobs(cv) == [
        ("Senior UX Researcher", "Tidewater Labs", 2020, None, True),
        ("UX Researcher", "Old Style Co", 2017, 2020, False),
    ]
    assert cv.person.links == ["https://ines.example.com", "https://linkedin.com/in/ines"]
    assert cv.person.location == "Lisbon, PT"
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("MSc", "HCI", "Universidade de Lisboa", 2016)
    ]
    assert [(c.name, c.year) for c in cv.certifications] == [("NN/g UX Certification", None)]
    assert cv.skills == ["Research", "Interviews", "Usability testing"]
    assert set(cv.other_sections) == {"Awards", "Volunteering", "Languages", "Interests", "Publications", "References"}
    assert cv.other_sections["Volunteering"] == [
        "Mentor — Code for Lisbon (2019)",
        "Mentor, Code for Lisbon: Mentored 12 people.",
    ]
    assert "18/20" in cv.raw_text
    assert "Mentored 12 people." in cv.raw_text


def test_a_json_file_is_recognised_without_its_extension() -> None:
    assert read_cv(json.dumps(JSON_RESUME).encode(), "upload").person.name == "Ines Duarte"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2, 3]", "not a JSON Resume"),
        (b'{"hello": "world"}', "not a JSON Resume"),
        (b'{"basics": {"name": "X"}, "work": []}', "No work experience"),
        (b'{"basics": "oops", "work": [{"name": "A"}]}', "No work experience"),
    ],
)
def test_bad_json_resumes(data: bytes, message: str) -> None:
    with pytest.raises(CVReadError, match=message):
        read_cv(data, "resume.json")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "cv.md", "empty"),
        (b"   \n\t  ", "cv.txt", "empty"),
        (b"\x00\x01\x02\x03binary\x00\x00" * 20, "cv.bin", "not supported"),
        (b"{\\rtf1\\ansi hello}", "cv.rtf", "RTF"),
        (b"a" * 500_001, "cv.txt", "too long"),
        (b"a" * (20 * 1024 * 1024 + 1), "cv.txt", "too large"),
    ],
)
def test_unreadable_files_are_clear_errors(data: bytes, name: str, message: str) -> None:
    with pytest.raises(CVReadError, match=message):
        read_cv(data, name)


LINKEDIN_STYLE = """Tom Becker — Site Reliability Engineer | tom@example.com

Experience

Orbital Systems
Site Reliability Engineer
January 2020 - Present (4 years 2 months)
Denver, Colorado
- Kept 99.99% uptime.

Meteor Cloud
Systems Engineer
June 2016 - December 2019 (3 years 7 months)
- Migrated 300 servers.

2014 – 2016
Support Technician, Helpdesk Heroes LLC
- Closed 40 tickets a day.

Junior Developer (Pixel Forge)   2013
- Built a CMS plugin.

Skills
| Skill | Level |
|---|---|
| Kubernetes | Expert |
| Terraform | 5 years |
"""


def test_employer_over_title_over_dates_and_dates_over_the_job_line() -> None:
    cv = read_cv(LINKEDIN_STYLE.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Site Reliability Engineer", "Orbital Systems", 2020, None, True),
        ("Systems Engineer", "Meteor Cloud", 2016, 2019, False),
        ("Support Technician", "Helpdesk Heroes LLC", 2014, 2016, False),
        ("Junior Developer", "Pixel Forge", 2013, 2013, False),
    ]
    assert cv.experience[0].location == "Denver, Colorado"
    assert cv.experience[0].description == "(4 years 2 months)"
    assert [len(e.achievements) for e in cv.experience] == [1, 1, 1, 1]
    assert cv.person.headline == "Site Reliability Engineer"
    assert cv.skills == ["Kubernetes", "Terraform"]  # proficiency levels are not skills


HIGHLIGHTS_TABLE = """# Lucia Ferraro

## Experience

| Role | Company | Dates | Highlights |
|---|---|---|---|
| Head of Sales | Vela Robotics | 2020 – Present | Grew ARR from $2M to $9M<br>Hired 12 reps |
| Account Executive | Norden Software AB | 2016 – 2020 | Closed $4M in new business |

## Certifications
- Certified Sales Professional (CSP), 2018 — renewed 2022
- PMP — Project Management Institute
"""


def test_a_job_table_with_a_highlights_column_and_certification_details() -> None:
    cv = read_cv(HIGHLIGHTS_TABLE.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Head of Sales", "Vela Robotics", 2020, None, True),
        ("Account Executive", "Norden Software AB", 2016, 2020, False),
    ]
    assert cv.experience[0].achievements == ["Grew ARR from $2M to $9M", "Hired 12 reps"]
    assert [(c.name, c.issuer, c.year) for c in cv.certifications] == [
        ("Certified Sales Professional (CSP)", None, 2018),
        ("PMP", "Project Management Institute", None),
    ]


ONE_SKILL_PER_LINE = """Kim Osei
kim@example.com

Experience
Project Manager, Harbour Build Ltd, 2017 - 2023
- Delivered 14 projects on budget.

Skills
Project Management
Leadership
Budgeting

Education
University of Michigan — Ann Arbor, MI
B.S. Civil Engineering, 2012
"""


def test_plain_skill_lines_are_not_taken_for_headings_and_two_line_education() -> None:
    cv = read_cv(ONE_SKILL_PER_LINE.encode(), "cv.txt")
    assert _jobs(cv) == [("Project Manager", "Harbour Build Ltd", 2017, 2023, False)]
    assert cv.skills == ["Project Management", "Leadership", "Budgeting"]
    assert cv.other_sections == {}
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("B.S. Civil Engineering", "University of Michigan", 2012)
    ]


SUB_LABELS = """# Omar Haddad
Dubai, UAE · omar@example.com

## Experience

### Northwind Traders — Seattle, WA
**Inventory Analyst** | 2019 – Present
**Key achievements:**
- Cut stock-outs by 18%.
- Built a reorder model in Python.

### Contoso Pharma
_Quality Specialist_, 2015 – 2019
Key achievements:
- Passed 6 FDA audits.

## About Me
Analyst who likes tidy spreadsheets and fewer stock-outs, with a background in regulated pharma quality work.
"""


def test_employer_headings_with_title_lines_and_bullet_sub_labels() -> None:
    cv = read_cv(SUB_LABELS.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Inventory Analyst", "Northwind Traders", 2019, None, True),
        ("Quality Specialist", "Contoso Pharma", 2015, 2019, False),
    ]
    assert [e.achievements for e in cv.experience] == [
        ["Cut stock-outs by 18%.", "Built a reorder model in Python."],
        ["Passed 6 FDA audits."],
    ]
    assert [e.description for e in cv.experience] == [None, None]
    assert cv.experience[0].location == "Seattle, WA"
    assert cv.other_sections == {}
    assert cv.summary is not None
    assert cv.summary.startswith("Analyst who likes tidy spreadsheets")
    assert cv.person.location == "Dubai, UAE"


def test_a_cv_that_starts_with_its_experience_section_has_no_invented_name() -> None:
    cv = read_cv(b"## Experience\nChef | Bistro Nine | 2019 - 2021\n- Cooked for 80 covers.\n", "cv.md")
    assert _jobs(cv) == [("Chef", "Bistro Nine", 2019, 2021, False)]
    assert cv.person.name == ""


COMPACT = """# Nadia Petrova

## 💼 Work Experience
- **Senior Engineer**, Acme Corp (2019–2021): Led the payments rewrite, cutting failures by 30%.
- **Engineer** — Initech — 2016–2019 — Austin, TX
  - Built the billing API.
  - Reduced costs by 12%.
- Intern at Globex, Summer 2015

> **Consultant** | Hooli<br>2014 – 2015

## Earlier Experience
Company: Umbrella Health
Title: Data Analyst
Dates: 2013 – 2015
Location: Raleigh, NC
- Built 20 dashboards.

Company: Stark Industries
Position: Junior Analyst
Period: 2012

## Employment
| Employer | Position & dates |
|---|---|
| Wayne Enterprises | Trainee (2010 – 2011) |

## Summary of Qualifications
- 10+ years in analytics.
"""


def test_jobs_written_as_bullets_forms_blockquotes_and_mixed_table_cells() -> None:
    cv = read_cv(COMPACT.encode(), "cv.md")
    assert _jobs(cv) == [
        ("Senior Engineer", "Acme Corp", 2019, 2021, False),
        ("Engineer", "Initech", 2016, 2019, False),
        ("Intern", "Globex", 2015, 2015, False),
        ("Consultant", "Hooli", 2014, 2015, False),
        ("Data Analyst", "Umbrella Health", 2013, 2015, False),
        ("Junior Analyst", "Stark Industries", 2012, 2012, False),
        ("Trainee", "Wayne Enterprises", 2010, 2011, False),
    ]
    assert cv.experience[0].achievements == ["Led the payments rewrite, cutting failures by 30%."]
    assert cv.experience[1].achievements == ["Built the billing API.", "Reduced costs by 12%."]
    assert cv.experience[1].location == "Austin, TX"
    assert cv.experience[4].location == "Raleigh, NC"
    assert cv.experience[4].achievements == ["Built 20 dashboards."]
    assert cv.summary == "10+ years in analytics."


def test_an_achievement_with_years_in_it_is_not_a_job() -> None:
    text = (
        "# A\n## Experience\n### Analyst — Fjord Bank\n2015 – 2020\n"
        "- Led the 2017–2018 migration, cutting costs by 10%.\n- Ran the 2019 audit.\n"
    )
    cv = read_cv(text.encode(), "cv.md")
    assert _jobs(cv) == [("Analyst", "Fjord Bank", 2015, 2020, False)]
    assert len(cv.experience[0].achievements) == 2


def test_each_result_of_a_project_or_of_volunteering_names_what_it_was_for() -> None:
    data = {
        "basics": {"name": "Tomasz Reyne"},
        "work": [{"name": "Harlow Rail Ltd", "position": "Signal Engineer", "startDate": "2019-01"}],
        "projects": [{"name": "Depot resignalling", "highlights": ["Wrote the test plan."]}],
        "volunteer": [
            {"organization": "Stort Rowing Club", "position": "Treasurer", "highlights": ["Kept the books."]}
        ],
    }
    cv = read_cv(json.dumps(data).encode(), "resume.json")
    assert cv.other_sections["Projects"][-1] == "Depot resignalling: Wrote the test plan."
    assert cv.other_sections["Volunteering"][-1] == "Treasurer, Stort Rowing Club: Kept the books."
