"""A requirement whose topic is one run of nouns ("Avalanche dog handler experience") names one thing: the nouns
before the last pick which one, so a CV that never mentions one of them has not shown it, whatever else it shares.
The last noun only names the kind ("store", "deposits") and may be worded the CV's own way."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.compounds import compound_nouns
from careervp.logic.text import content_term_set

from .samples import shown_as_gap

GLAZIER = """# Tamsin Roedecker
Leeds · tamsin@example.org

## Experience
**Glazing Supervisor** | Brightwell Facades | Mar 2019 – Present
- Run glass handling and glazing robot lifts on curtain-wall schemes of up to 14 storeys.
- Sealant quality checks and water testing on every elevation before handover.

**Window Fitter** | Harrowgate Windows | Jun 2013 – Feb 2019
- Fitted timber sash and uPVC windows for a retail joinery showroom's home-owner customers.
"""


def test_a_noun_that_narrows_the_thing_and_appears_nowhere_leaves_it_unmet() -> None:
    assert shown_as_gap(GLAZIER, "Heritage sash window experience") is True
    assert shown_as_gap(GLAZIER, "Skyscraper curtain-wall glass experience") is True


def test_the_last_noun_may_be_worded_the_cvs_own_way() -> None:
    assert shown_as_gap(GLAZIER, "Retail joinery showroom environment") is False


@pytest.mark.parametrize(
    ("requirement", "narrowing"),
    [
        ("Beehive inspection team experience", "beehive inspection"),
        ("Experience mentoring junior surveyors", ""),  # an activity, not one thing
        ("Working knowledge of Grantley Bridge Design Manual", ""),  # a name
        ("Orchard pest monitoring (traps, scouting)", ""),  # examples in brackets
        ("Commercial greenhouse production experience", "greenhouse"),  # an adjective only describes
    ],
)
def test_which_nouns_narrow_a_requirement(requirement: str, narrowing: str) -> None:
    assert compound_nouns(requirement, content_term_set(requirement)) == content_term_set(narrowing)
