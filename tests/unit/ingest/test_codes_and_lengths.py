"""A standard's code with a colon in it ("ISO 9001:2015") is one skill, never cut at the colon; a unit of length
glued to a number ("50mm") is no magnitude. Invented CVs, outside every corpus."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.logic.evidence.facts import collect_facts
from careervp.logic.numbers import parse_number
from careervp.models.evidence import FactKind

WELDER = """# Anneke Brouwer

Coded Welder · Rotterdam · anneke.brouwer@example.com

## Experience

**Coded Welder** — Maasvlakte Fabrication BV — 2017 – Present
- Welded pressure pipework to procedure on refinery shutdowns.

## Skills
- **Standards:** ISO 9001:2015 · EN 1090-2:2018 · ASME IX
- **Processes:** TIG, MIG, MMA
- Shift patterns: 12:12 rotations
"""


def _skills(text: str) -> list[str]:
    cv = read_cv(text.encode(), "cv.md")
    return [fact.fact.text for fact in collect_facts(cv, None) if fact.fact.kind is FactKind.SKILL]


def test_a_code_with_a_colon_stays_one_skill() -> None:
    skills = _skills(WELDER)
    assert {"ISO 9001:2015", "EN 1090-2:2018", "ASME IX", "TIG", "MIG"} <= set(skills)
    assert "2015" not in skills
    assert "2018" not in skills


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50mm", 50),
        ("a 24mm wide-angle lens", 24),
        ("12 mm anchor bolts", 12),
        ("$35mm", 35_000_000),  # after a currency, "mm" is the financier's millions
        ("USD 4mm", 4_000_000),
        ("40MM", 40_000_000),
        ("£2m", 2_000_000),
    ],
)
def test_a_unit_of_length_glued_to_a_number_is_no_magnitude(text: str, value: float) -> None:
    assert parse_number(text) == value
