"""A part of a whole on one CV line given as a share ("around 90 of 430" as "about one in five"), a count and the
time it took that is no ratio ("from eleven to two in two years"), a stay given in months or weeks ("thirteen
months at Pellow") read against a job's dates, a tally the CV writes with a slash ("eleven of thirteen" for
"11/13"), and the posting's figure named as a gap ("well below £250k").

An invented ferry deck officer, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Ines Garvey

## Experience

Deck Officer | Harbour Line Ferries | 2021-03 - Present
- Officer of the watch for over 430 crossings, around 90 of them in gale conditions.
- Man-overboard drill failures down from 11 (2022) to 2 (2024).

Second Mate | Pellow Shipping | 2019-07 - 2020-08
- Cargo watch on a 4,000 TEU feeder.

## Training
- Chief Mate certificate: 11/13 modules passed, studying
""",
    "ines.md",
)
POSTING = read_posting(
    """# Chief Officer
Company: Strand Marine

Strand runs six ferries.

## Requirements
- 5+ years at sea
- Budget management of £250k+ per season
""",
    company_name="Strand Marine",
    job_title="Chief Officer",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I have kept the watch for more than 430 crossings, about one in five of them in gales.",
        "Our man-overboard drill failures fell from eleven to two in two years.",
        "I spent thirteen months as second mate at Pellow.",
        "I spent fifty-six weeks at Pellow.",
        "I am nearly through the Chief Mate certificate, with eleven of thirteen modules passed.",
        "I will be honest: my season budgets are well below £250k, the figure you give.",
    ],
)
def test_the_faithful_shape_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        (
            "I have kept the watch for more than 430 crossings, about two in five of them in gales.",
            "metric:two in five",
        ),
        ("Our man-overboard drill failures fell from fifteen to two in two years.", "metric:fifteen"),
        ("I spent twenty months as second mate at Pellow.", "metric:twenty months"),
        ("I am nearly through the Chief Mate certificate, with twelve of thirteen modules passed.", "metric:twelve"),
    ],
)
def test_the_false_fact_in_the_same_shape_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)


PURSER = read_cv(
    b"""# Tomas Reid

## Experience

Purser | Harbour Line Ferries | 2012-05 - Present
- Ran the onboard team of 12.

Assistant Purser | Pellow Shipping | 2009-01 - 2011-06
- Balanced the bar takings.
""",
    "tomas.md",
)


def test_a_title_opening_with_the_letters_of_an_article_is_read_whole() -> None:
    """ "as assistant purser": the "a" of "assistant" is no article, so the years are the assistant purser's."""
    assert critical_findings("I spent over two years as assistant purser.", cv=PURSER, job=POSTING) == []
    found = critical_findings("I spent over six years as assistant purser.", cv=PURSER, job=POSTING)
    assert "date_or_duration:six years" in found


SEVEN_OAKS = read_cv(
    b"""# Tomas Reid

## Experience

Care Assistant | Seven Oaks Care Home | 2014-06 - 2018-12
- Supported 20 residents.

## Volunteering
- Befriending volunteer, Seven Oaks Care Home - 2016-2018
""",
    "tomas.md",
)


def test_a_name_that_opens_with_a_number_word_is_read_whole() -> None:
    """ "Seven Oaks Care Home": a capitalised number word inside a sentence begins the name, so the year is read
    against that employer's dates, not only the volunteering line that names it."""
    assert critical_findings("I joined Seven Oaks Care Home in 2014.", cv=SEVEN_OAKS, job=POSTING) == []
    assert "date_or_duration:2011" in critical_findings(
        "I joined Seven Oaks Care Home in 2011.", cv=SEVEN_OAKS, job=POSTING
    )
