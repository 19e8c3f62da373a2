"""A job noun the skill lexicon also holds as a tool's name ("Chef") is no tool in a years requirement: "3+ years as
a Sous Chef" is not met by years as a Chef de Partie, as though both titles named the same tool. Invented CV."""

from __future__ import annotations

from .samples import shown_as_gap

COOK = """# Teodor Marsh
## Summary
Chef de partie on the fish section of a busy brasserie.
## Experience
**Chef de Partie** | Quayside Brasserie | Mar 2019 – Present
- Run the fish section for 180 covers a night.
- Butcher whole turbot and brill in house.

**Commis Chef** | Harbour Inn | Jun 2016 – Feb 2019
- Prepared the garnish and larder sections.
"""


def test_a_job_noun_shared_by_two_titles_does_not_make_one_the_other() -> None:
    assert shown_as_gap(COOK, "3+ years as a Sous Chef") is True
    assert shown_as_gap(COOK, "3+ years as a Chef de Partie") is False
