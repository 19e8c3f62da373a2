"""Words that look like figures, names or titles and are none: "one day" meaning some day, a year of study
("second-year cadets"), a unit that modifies ("year-end"), a rate's scale written with hyphens
("a 12-million-gallon-a-day plant") against the CV's scaled abbreviation ("12 MGD"); a level written "L2" in the CV
and "Level 2" in the letter; a team named in the greeting ("Dear Clinical Leadership"); calendar words in the
plural; "work for the north site" (the noun); the reader as the subject of a clause ("as you move the fleet to
Kongsberg"); a year closing one item of a list; a participle phrase after a title ("a reader licensed for ...").

An invented harbour coxswain, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.numbers import QuantityKind, extract_quantities

from .personas import critical_findings

CV = read_cv(
    b"""# Ilse Vandermeer
Harbour launch coxswain with twelve years on the water, all with one port authority.

## Experience

Senior Coxswain | Port of Welbury Authority | 2019-04 - Present
- Run a launch fleet of 6 boats for the East Quay site.
- Scheduled crew rotas and mooring work for the Saltmarsh Point station (40 moorings).
- Mentor 3 second-year cadets each season.

Coxswain | Port of Welbury Authority | 2014-06 - 2019-03
- Operated a 12 MGD ballast pumping barge.

## Certifications
- RYA Yachtmaster Offshore L2, Pass, 2016
- Port Marine Licence, Welbury PA, 2019 (renewed 2023)
- Licensed lay reader, Diocese of Welbury, 2017
- Rating 2 watchkeeping certificate, 2015

## Education
A.A.S. Marine Operations, Welbury College, 2013 (evenings)

## Skills
Radar, AIS, ECDIS, VHF
""",
    "ilse.md",
)
POSTING = read_posting(
    """# Marine Operations Lead
Company: Tidewater Harbour Services
Marine Services Department

We are building a new 30-berth marina, opening in 2027, and we are moving our launches to Kongsberg.

## Requirements
- RYA Yachtmaster Offshore Level 2 or above
- Experience with Kongsberg or Voith propulsion
- 10+ years of boat handling
""",
    company_name="Tidewater Harbour Services",
    job_title="Marine Operations Lead",
)


def _flagged(body: str, greeting: str = "Dear Hiring Manager,") -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING, greeting=greeting)


@pytest.mark.parametrize(
    "body",
    [
        "I hope to skipper an electric launch one day.",
        "One day, I would like to run a marina crew.",
        "I mentor three second-year cadets each season.",
        "I operated a 12-million-gallon-a-day ballast barge.",
        "I hold the RYA Yachtmaster Offshore Level 2.",
        "On Sundays I check the moorings at Saltmarsh Point.",
        "I scheduled crew rotas and mooring work for the Saltmarsh Point station (40 moorings).",
        "I have no Kongsberg or Voith experience yet and would welcome the chance to build it as you prepare the fleet "
        "for Kongsberg.",
        "What I offer is depth in the boats your new marina will feature and a record of building crews.",
        "I hold a Welbury Port Marine Licence, first issued in 2019 and renewed in 2023, and an A.A.S. in Marine "
        "Operations.",
        "I am a senior coxswain endorsed for night pilotage.",
    ],
)
def test_the_faithful_shape_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("I trained the whole crew in one day.", "metric:one day"),
        ("I mentor six second-year cadets each season.", "metric:six"),
        ("I operated a 14-million-gallon-a-day ballast barge.", "metric:14-million"),
        ("I hold the RYA Yachtmaster Offshore Level 3.", "credential:Level"),
        ("I hold the RYA Yachtmaster Offshore Level 2 and an RT2 card.", "skill:RT2"),  # an acronym is no level
        ("I work for Saltmarsh Point.", "employer:Saltmarsh Point"),
        ("As you know, I have run Kongsberg launches for years.", "skill:Kongsberg"),
        ("I was a marine superintendent endorsed for pilotage.", "role:marine superintendent"),
        # the reader as the subject: a name nobody wrote is news about the company, which the posting must give
        ("I was drawn to the new launch base you are opening in Brannock next spring.", "company_fact:Brannock"),
    ],
)
def test_the_false_fact_in_the_same_shape_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)


@pytest.mark.parametrize("greeting", ["Dear Marine Services Leadership,", "Dear Marine Operations Management,"])
def test_a_team_named_in_the_greeting_is_not_another_company(greeting: str) -> None:
    assert _flagged("I hold the RYA Yachtmaster Offshore Level 2.", greeting=greeting) == []


def test_a_greeting_to_another_company_is_still_caught() -> None:
    assert any(
        f.startswith("company_name:") for f in _flagged("I run six boats.", greeting="Dear Brightwater Marinas,")
    )


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("six fourth-year students", QuantityKind.COUNT, 6),
        ("five year-end closes", QuantityKind.COUNT, 5),
        ("a 12-million-gallon-a-day plant", QuantityKind.COUNT, 12_000_000),
        ("a two-week-long course", QuantityKind.DURATION_OTHER, 2),
        ("cut from three days to one day", QuantityKind.DURATION_OTHER, 1),
    ],
)
def test_compounds_read_as_what_they_count(text: str, kind: QuantityKind, value: float) -> None:
    last = extract_quantities(text)[-1]
    assert (last.kind, last.value) == (kind, value)


def test_one_day_meaning_some_day_is_no_figure() -> None:
    assert not extract_quantities("I would love to lead a crew one day.")
