"""Titles the writer held and the dates and durations written beside them: a title the CV's lines give a colleague
("weekly review with the operations director"), a temporary rank ("acting shift supervisor"), a title reached by
promotion, a start year or a length of service written right after a title.

An invented brewer and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Quarrymoor Ales"
TITLE = "Production Brewer"
CV = read_cv(
    b"""# Tomasz Eberhardt-Quill
Lead brewer

## Experience

Lead Brewer | Saltmarsh Brewing Co | 2021-06 - Present
- Run a 30 bbl brewhouse producing 9,000 barrels a year.
- Weekly production review with the operations director.
- Deputy to the General Manager during her leave in 2023.

Assistant Brewer | Saltmarsh Brewing Co | 2018-03 - 2021-05
- Acting shift supervisor on the packaging line through 2020.
- Wrote the brewhouse cleaning schedule.

Cellar Operator | Pike Hollow Beer Works | 2013-01 - 2018-02
- Acting as cellar lead on weekends.
- Promoted to senior cellar operator after two years.
- Filtered and packaged 40 batches a month.

## Certifications
- IBD General Certificate in Brewing - 2016
""",
    "tomasz.md",
)
POSTING = read_posting(
    """# Production Brewer
Company: Quarrymoor Ales

Quarrymoor Ales brews cask and keg beer for 200 pubs.

## Requirements
- Brewhouse experience on a 20 bbl kit or larger.
- IBD General Certificate in Brewing.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "As Lead Brewer at Saltmarsh Brewing Co, I run a 30 bbl brewhouse.",
        "As cellar lead at Pike Hollow Beer Works, I filtered 40 batches a month.",
        "I also served as acting shift supervisor on the packaging line.",
    ],
)
def test_titles_the_cv_gives_the_writer_pass(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("As Operations Director at Saltmarsh Brewing Co, I run a 30 bbl brewhouse.", "role"),
        ("As General Manager at Saltmarsh Brewing Co, I run a 30 bbl brewhouse.", "role"),
        ("I also served as acting production manager on the packaging line.", "role"),
    ],
)
def test_a_colleagues_title_or_an_unheld_acting_rank_is_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)


@pytest.mark.parametrize(
    "body",
    [
        "At Saltmarsh Brewing Co I was promoted from Assistant Brewer to Lead Brewer in 2021.",
        "I was promoted to Lead Brewer in 2021 and now run a 30 bbl brewhouse.",
        "I was promoted to lead in 2021 and now run a 30 bbl brewhouse.",
        "At Pike Hollow Beer Works I was promoted to senior cellar operator.",
    ],
)
def test_promotions_the_cv_shows_pass(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        # The first job at an employer was a hire, not a promotion.
        ("After two years I was promoted to Cellar Operator and filtered 40 batches a month.", "role"),
        ("I was promoted to lead in 2019 and now run a 30 bbl brewhouse.", "date_or_duration"),
    ],
)
def test_a_promotion_the_cv_does_not_show_is_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)


@pytest.mark.parametrize(
    "body",
    [
        "I have worked as Lead Brewer for five years.",
        "I have been Saltmarsh Brewing Co's lead brewer for five years.",
        "I have worked as cellar operator or lead brewer for thirteen years.",
        "I have been Lead Brewer at Saltmarsh Brewing Co since 2021.",
        "After five years as Lead Brewer at Saltmarsh Brewing Co, I am ready for a larger kit.",
    ],
)
def test_the_length_or_start_of_a_title_held_passes(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # Thirteen years is the whole career, not the time as Lead Brewer.
        "I have worked as Lead Brewer for thirteen years.",
        "I have been Saltmarsh Brewing Co's lead brewer for thirteen years.",
        # 2018 is when the writer joined Saltmarsh, as Assistant Brewer.
        "I have been Lead Brewer at Saltmarsh Brewing Co since 2018.",
        # Eight years is the stay at Saltmarsh, not the time as Lead Brewer there.
        "After eight years as Lead Brewer at Saltmarsh Brewing Co, I am ready for a larger kit.",
    ],
)
def test_the_length_or_start_of_another_stint_given_to_a_title_is_caught(body: str) -> None:
    assert any(f.startswith("date_or_duration:") for f in _flagged(body)), _flagged(body)


OFFICER = read_cv(
    b"""# Reidun Aaltonen-Pike
Deck officer

## Experience

Second Officer | Karst Line | 2020-01 - Present
- Navigation watch and passage planning on two ro-ro ferries.

Third Officer | Karst Line | 2016-01 - 2019-12
- Life-saving and fire-fighting equipment upkeep.

Assistant Marine Superintendent | Karst Line | 2019-06 - 2019-11
- Shore assignment: class surveys and spares for three ferries.
""",
    "reidun.md",
)
FERRY = read_posting(
    "# Second Officer\nCompany: Fjordlinje\n\nWe run four ferries.\n\n## Requirements\n- STCW II/1.\n",
    company_name="Fjordlinje",
    job_title="Second Officer",
)


@pytest.mark.parametrize(("body", "caught"), [("six years", False), ("ten years", True)])
def test_an_ordinal_rank_is_its_own_title(body: str, caught: bool) -> None:
    flagged = critical_findings(f"I have sailed as Second Officer for {body}.", cv=OFFICER, job=FERRY)
    assert any(f.startswith("date_or_duration:") for f in flagged) is caught, flagged


@pytest.mark.parametrize(
    ("body", "caught"),
    [
        ("In 2019 I worked ashore as Assistant Marine Superintendent for three ferries.", False),
        ("In 2019 I worked ashore as Marine Superintendent for three ferries.", True),
    ],
)
def test_a_title_inside_an_assistant_post_is_a_higher_one(body: str, caught: bool) -> None:
    flagged = critical_findings(body, cv=OFFICER, job=FERRY)
    assert any(f.startswith("role:") for f in flagged) is caught, flagged


def test_a_title_the_cv_gives_a_colleague_is_caught_without_an_employer_named() -> None:
    flagged = _flagged("In 2023 I served as General Manager while she was on leave.")
    assert any(f.startswith("role:") for f in flagged), flagged


@pytest.mark.parametrize(
    ("body", "caught"),
    [
        ("I have also served as the brewery's lead brewer.", False),
        ("I have also served as the brewery's QA brewer.", True),
    ],
)
def test_an_acronym_before_a_held_job_noun_names_another_post(body: str, caught: bool) -> None:
    assert any(f.startswith("role:") for f in _flagged(body)) is caught, _flagged(body)


def test_a_year_after_a_comma_and_and_dates_the_next_claim_not_the_employer_before_it() -> None:
    body = (
        "I began as a cellar operator at Pike Hollow Beer Works, and since 2021 as Lead Brewer at Saltmarsh Brewing Co."
    )
    assert _flagged(body) == []


PASTRY_CV = read_cv(
    b"""# Ines Vallebrand

## Experience

*Bakery Supervisor* | CRESTLINE BAKERY KITCHEN | 03/2019 to now
- Run a team of 4 bakers.

*Dough Technician* | CRESTLINE BAKERY KITCHEN | 08/2014 to 02/2019
- Laminated doughs for 300 croissants a day.

*Bakery Kitchen Technician Trainee* | LINDELL BAKEHOUSE | 06/2012 to 07/2014
- Weighed and scaled doughs.
""",
    "ines.md",
)
PASTRY_POSTING = read_posting(
    "# Head Pastry Chef\nCompany: Orlo Bakery\n", company_name="Orlo Bakery", job_title="Head Pastry Chef"
)


@pytest.mark.parametrize("turn", ["Before that, ", "Earlier, ", ""])
def test_a_title_at_its_employer_is_dated_by_that_post_after_a_turn(turn: str) -> None:
    # Read without its employer, "Dough Technician at Crestline Bakery Kitchen" would fit the trainee post elsewhere
    # (2012) by its words; with its employer beside it, only the post there dates the years.
    said = f"{turn}as a Dough Technician at Crestline Bakery Kitchen from 2014 to 2019, I laminated doughs."
    assert critical_findings(said[:1].upper() + said[1:], cv=PASTRY_CV, job=PASTRY_POSTING) == []


def test_a_wrong_year_beside_a_title_and_its_employer_is_still_caught() -> None:
    said = "Before that, as a Dough Technician at Crestline Bakery Kitchen from 2012 to 2019, I laminated doughs."
    assert any("2012" in finding for finding in critical_findings(said, cv=PASTRY_CV, job=PASTRY_POSTING))
