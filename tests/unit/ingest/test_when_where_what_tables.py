"""A work history kept as a table of When | Where | What, as seasonal and contract workers keep it: the "What" cell
opens with the post when its first words read as one ("Relief gamekeeper, 4 wks."), then says what was done; a cell
that opens on the work ("Beating and picking-up, 30 days") leaves the post to the CV's headline.

An invented seasonal gamekeeper and beater, outside every corpus.
"""

from __future__ import annotations

from careervp.ingest import read_cv

CV = """# Callum Strathy
Gamekeeper · Stalker · Beater

## Work history
| When | Where | What |
|---|---|---|
| Autumn 2025 | Glenmorrach Estate | Relief gamekeeper, 4 wks. Ran 3 pheasant drives a day for guns of 8. |
| Summer 2025 | Ardvaine Estate | Beating and picking-up, c. 30 days. |
| 2019 – 2024 | Corrie Lodge | Underkeeper (full time). Reared 6,000 poults a year. Ran fox control on 2,000 ha. |
"""


def test_each_row_is_a_job_with_its_post_and_its_work() -> None:
    cv = read_cv(CV.encode(), "callum.md")
    jobs = [(e.title, e.employer, e.start.year if e.start else None, e.achievements) for e in cv.experience]
    assert jobs == [
        ("Relief gamekeeper", "Glenmorrach Estate", 2025, ["Ran 3 pheasant drives a day for guns of 8."]),
        ("Gamekeeper", "Ardvaine Estate", 2025, ["Beating and picking-up, c. 30 days."]),
        (
            "Underkeeper",
            "Corrie Lodge",
            2019,
            ["Reared 6,000 poults a year.", "Ran fox control on 2,000 ha."],
        ),
    ]
