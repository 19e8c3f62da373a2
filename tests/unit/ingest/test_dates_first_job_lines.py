"""A shorthand CV writes each job on one line, its dates first: "<dates> — <employer>, <what/where> — <title>,
<details>". Each dash-separated part opens with a name; what follows a comma is a remark (figures, or a phrase ending
in a common noun) or, after a remark, the place. Seasons written as single dates ("Summer 2022") are jobs of their
own, a ship named by its prefix ("MV", "F/V") is the employer, a title may end in a full stop before an account of
the job, and an employer line over bullets takes its title from a promotion bullet ("Porter 2018 → Head Porter")."""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.ingest.name_scores import employer_score
from careervp.ingest.one_line_jobs import is_remark

DREDGING = """MORAG TEALE
Mate / Crane Operator — coastal dredging
Oban · 07700 900111

WORK
Mar 2023 to now — MV Sound Of Kerrera, 62m trailing suction hopper dredger, Greenock — Mate / Crane Operator
- channel maintenance, 3 watches a day
- crane lifts up to 12 t
Autumn 2022 — MV Loch Eil Trader, cargo coaster (48m), Lerwick — Deckhand, 5 crew, ~40 port calls
Spring 2022 — MV Loch Eil Trader — Deckhand (same as above)
Winter 2021 — Clyde Marine Towage, harbour tug ops — Relief Mate, 4 crew, 300 tows
"""


def _jobs(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.employer, e.location) for e in read_cv(text.encode(), "cv.txt").experience]


def test_every_dates_first_line_is_a_job_named_by_the_parts_it_opens_with() -> None:
    assert _jobs(DREDGING) == [
        ("Mate / Crane Operator", "MV Sound Of Kerrera", "Greenock"),
        ("Deckhand", "MV Loch Eil Trader", "Lerwick"),
        ("Deckhand", "MV Loch Eil Trader", None),
        ("Relief Mate", "Clyde Marine Towage", None),
    ]


def test_the_remarks_of_a_one_line_job_are_its_description() -> None:
    cv = read_cv(DREDGING.encode(), "cv.txt")
    assert "62m trailing suction hopper dredger" in (cv.experience[0].description or "")
    assert cv.experience[0].achievements == ["channel maintenance, 3 watches a day", "crane lifts up to 12 t"]
    assert "~40 port calls" in (cv.experience[1].description or "")


def test_a_remark_is_told_from_a_name_or_a_place() -> None:
    for remark in ("5 crew", "~40 port calls", "harbour tug ops", "cargo coaster (48m)", "Bering Strait crab"):
        assert is_remark(remark), remark
    for name in ("Greenock", "Customer Operations", "Band 6", '"Soil Science 101"'):
        assert not is_remark(name), name


def test_a_ship_named_by_its_prefix_reads_as_an_employer() -> None:
    for ship in ("MV Island Lord", "F/V Northern Star", "RRS Discovery"):
        assert employer_score(ship) > 0, ship


JOINERY = """KIERAN VOSS
Joiner · Bristol

WORK
02/2022–now — Self-employed joiner (CIS). Fitting kitchens for Avonside Interiors Ltd and private clients, Bristol
- 40 kitchens a year
06/2017–01/2022 — Harbourside Shopfitting Ltd, Bristol
- Apprentice joiner 2017 → Joiner 2019.
- shopfronts and counters
2015–17 — Clifton Timber Yard — yard hand / forklift driver
2013–15 — Agency labourer, various sites
"""


def test_a_title_ending_in_a_full_stop_is_followed_by_an_account_of_the_job() -> None:
    cv = read_cv(JOINERY.encode(), "cv.txt")
    first = cv.experience[0]
    assert (first.title, first.employer) == ("Self-employed joiner", "Self-employed")
    assert "Fitting kitchens for Avonside Interiors Ltd" in (first.description or "")


def test_a_promotion_bullet_titles_a_job_written_under_its_employer_line() -> None:
    jobs = _jobs(JOINERY)
    assert ("Joiner", "Harbourside Shopfitting Ltd", "Bristol") in jobs


def test_lower_case_posts_and_pooled_posts_are_jobs() -> None:
    jobs = [(title, employer) for title, employer, _ in _jobs(JOINERY)]
    assert ("yard hand / forklift driver", "Clifton Timber Yard") in jobs
    assert ("Agency labourer", "Various") in jobs
