"""What a letter says about the reader's workshop, and numbers written out, read the way people write them.

An invented piano technician and posting, outside every corpus.
"""

from __future__ import annotations

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    """# Aurelio Maddox
## Experience
**Piano Technician** | Wensum Keys | Mar 2016 - Present
- Tune and regulate about 40 pianos a month for schools and concert halls.
- Rebuilt 12 grand actions in 2024.
- Restored the Norwich Hall concert grand for £18.2k against a £20k budget.
**Apprentice Technician** | Broadland Pianos | 2012 - 2016
- Restrung uprights under supervision.
## Certifications
- 6-hour humidity control certificate, Piano Trade Guild, 2019
## Other roles
- Workshop HSEo: act as the workshop's health and safety officer since 2020.
""".encode(),
    "aurelio.md",
)
POSTING = read_posting(
    """# Senior Piano Technician
Company: Yarebridge Piano Workshop

Since 1978 we have restored pianos across Norfolk from our workshop in Norwich.

## Requirements
- 5+ years tuning and regulating pianos.
""",
    company_name="Yarebridge Piano Workshop",
    job_title="Senior Piano Technician",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


def test_a_posting_year_in_a_relative_clause_about_the_workshop_is_the_workshops() -> None:
    assert _flagged("I would be proud to join a workshop that has restored pianos since 1978.") == []
    assert _flagged("A family workshop which has served Norfolk since 1978 is where I want to be.") == []
    assert _flagged("I have restored pianos since 1978.") == ["date_or_duration:1978"]


def test_a_number_written_out_in_a_compound_is_the_cvs_figure() -> None:
    assert _flagged("I also hold a six-hour humidity control certificate.") == []
    assert _flagged("I also hold a nine-hour humidity control certificate.") != []


def test_an_acronym_title_with_a_small_letter_the_cv_gives_the_writer_is_held() -> None:
    assert _flagged("I am also the workshop's HSEo.") == []
    # The acronym as a colleague's title in the CV ("Supported the HSEo") is no title of the writer's.
    colleague = read_cv(
        b"# Aurelio Maddox\n## Experience\n**Piano Technician** | Wensum Keys | 2016 - Present\n"
        b"- Supported the HSEo on workshop audits.\n",
        "colleague.md",
    )
    safety_post = read_posting("# Workshop HSEo\nCompany: Yarebridge\n", company_name="Yarebridge", job_title="HSEo")
    assert critical_findings("I am also the workshop's HSEo.", cv=colleague, job=safety_post) == ["role:HSEo"]


KIT = read_cv(
    b"""# Aurelio Maddox
Coventry
## Experience
**Piano Technician** | Wensum Keys | Mar 2016 - Present
- Tune about 40 pianos a month.
- Tools: Verituner 6 app, Pianoteq 8 for voicing demos, Yamaha B1 and U3 uprights.
## Models
B747-400 and A320neo type ratings (ground school)
""",
    "kit.md",
)


def test_a_products_number_or_model_the_cv_writes_is_no_figure_of_mine() -> None:
    assert critical_findings("I use Verituner 6 every day.", cv=KIT, job=POSTING) == []  # its version
    assert critical_findings("I sat ground school for the A320neo and 747-400.", cv=KIT, job=POSTING) == []
    # A changed version, or an ordinary word opening the sentence before a number, is still a figure.
    assert critical_findings("I use Verituner 9 every day.", cv=KIT, job=POSTING) != []
    assert critical_findings("Tune about 45 pianos a month.", cv=KIT, job=POSTING) != []


def test_the_last_stretch_of_a_duration_takes_its_unit_from_the_duration_before() -> None:
    assert _flagged("I have tuned pianos for fourteen years, and for the last ten I have been at Wensum Keys.") == []
    wrong = _flagged("I have tuned pianos for fourteen years, and for the last six I have been at Wensum Keys.")
    assert [finding.split(":")[0] for finding in wrong] == ["date_or_duration"]


def test_a_margin_against_a_budget_is_worked_out_from_the_cvs_two_figures() -> None:
    assert _flagged("I restored the Norwich Hall concert grand for £18.2k, £1.8k under budget.") == []
    assert _flagged("I restored the Norwich Hall concert grand for £18.2k, £3k under budget.") == ["metric:£3k"]


CLOUD = read_cv(
    b"""# Ines Okoro
## Experience
**Cloud Support Engineer** | Harbourline Hosting | Jan 2021 - Present
- Resolve about 25 tickets a day for hosted customers.
## Certifications
AZ-900 Azure Fundamentals (2022) \xc2\xb7 AZ-104 \xe2\x80\x94 studying, exam booked March 2027
""",
    "ines.md",
)


def test_an_exam_code_the_cv_gives_as_still_being_studied_for_is_not_passed() -> None:
    assert critical_findings("I passed AZ-104 earlier this year.", cv=CLOUD, job=POSTING) == ["credential:AZ-104"]
    assert critical_findings("I passed AZ-900 in 2022.", cv=CLOUD, job=POSTING) == []
    assert critical_findings("My next step is a passed AZ-104 exam.", cv=CLOUD, job=POSTING) == []


TWO_SHOPS = read_cv(
    b"""# Aurelio Maddox
## Experience
**Piano Technician** | Wensum Keys | Mar 2020 - Present
- Tune about 40 pianos a month.
**Piano Technician** | Broadland Pianos | Jan 2012 - Feb 2020
- Restrung uprights.
""",
    "two_shops.md",
)


def test_years_in_a_title_at_a_named_employer_are_that_employers_not_the_careers() -> None:
    body = "I have spent {} years as a piano technician at Wensum Keys."
    assert critical_findings(body.format("more than six"), cv=TWO_SHOPS, job=POSTING) == []
    wrong = critical_findings(body.format("more than ten"), cv=TWO_SHOPS, job=POSTING)
    assert [finding.split(":")[0] for finding in wrong] == ["date_or_duration"]


def test_an_organisation_after_a_secondment_or_placement_is_an_employer_claim() -> None:
    assert "employer:Harrowgate" in _flagged("I also went on secondment to Harrowgate's concert team.")
    assert "employer:Tollbridge Music" in _flagged("I also had a placement with Tollbridge Music.")


def test_the_post_the_letter_says_the_reader_advertises_is_the_job_applied_for() -> None:
    assert _flagged("I was glad to see Yarebridge advertising for a Senior Piano Technician.") == []
    assert _flagged("I was glad to see Yarebridge advertising for a Head Piano Restorer.") == [
        "job_title:Head Piano Restorer"
    ]
    assert _flagged("I saw that you are recruiting a Workshop Manager.") == ["job_title:Workshop Manager"]


def test_a_standard_only_the_posting_names_is_not_the_writers_own() -> None:
    audited = read_posting(
        "# Senior Piano Technician\nCompany: Yarebridge\n\n## Requirements\n- Workshop audits to ISO 9001\n",
        company_name="Yarebridge",
        job_title="Senior Piano Technician",
    )
    assert critical_findings("I audit our workshop to ISO 9001 every year.", cv=CV, job=audited) == ["skill:ISO 9001"]
    assert critical_findings("I would be glad to learn your ISO 9001 audits.", cv=CV, job=audited) == []
