"""A credential the CV lists as not yet held ("Not yet held: CPCS A62 (test booked for May 2027)") meets no
requirement for it, whatever words it shares with the requirement; a requirement that accepts study under way
("part-qualified") is still met by it. A named tier of a scheme ("Instructor", "Advanced") is held only when the CV
names it (or a tier above it).

Invented CVs outside every corpus.
"""

from __future__ import annotations

import pytest

from .samples import shown_as_gap

CRANE_CV = """# Tobiah Marchetti-Wynn
## Summary
Slinger signaller moving into crane supervision.
## Experience
**Slinger Signaller** | Greyfold Lifting Ltd | Mar 2020 – Present
- Slung and signalled lifts for two tower cranes on a twelve-storey frame.
## Tickets
- CPCS A40 Slinger/Signaller (blue card)
- Not yet held: CPCS A62 Crane Supervisor (test booked for May 2027)
"""

AUDIT_CV = """# Halima Strand-Okoye
## Summary
Audit semi-senior.
## Experience
**Audit Semi-Senior** | Pellbrook & Co | Sep 2022 – Present
- Audited charities and owner-managed businesses.
## Qualifications
- ACCA, 9 of 13 exams passed, in progress
"""


@pytest.mark.parametrize("requirement", ["Crane supervisor card (A62)", "A62 crane supervisor ticket"])
def test_a_credential_not_yet_held_meets_no_requirement_for_it(requirement: str) -> None:
    assert shown_as_gap(CRANE_CV, requirement) is True


def test_the_credential_held_beside_it_still_meets_its_requirement() -> None:
    assert shown_as_gap(CRANE_CV, "CPCS A40 (slinger signaller)") is False


def test_a_requirement_accepting_part_qualification_is_met_by_study_under_way() -> None:
    assert shown_as_gap(AUDIT_CV, "ACCA, part-qualified or above") is False


DIVER_CV = """# Fenella Okonjo-Pryce
## Summary
Commercial diver.
## Experience
**Surface Supplied Diver** | Saltmarsh Subsea Ltd | Apr 2019 – Present
- Inspected harbour walls and pontoon piles.
## Certifications
- HSE Surface Supplied Diver certificate
- DMAC Intermediate Diver Medic - 2023
"""


@pytest.mark.parametrize(
    ("requirement", "gap"),
    [
        ("HSE Diving Instructor certificate", True),  # a tier of the scheme the CV does not hold
        ("DMAC Advanced Diver Medic certificate", True),
        ("DMAC Intermediate Diver Medic certificate", False),
        ("HSE Surface Supplied Diver certificate", False),
        ("HSE Diving Instructor certificate or HSE Surface Supplied Diver certificate", False),  # alternatives
    ],
)
def test_a_named_tier_of_a_scheme_is_held_only_when_the_cv_names_it(requirement: str, gap: bool) -> None:
    assert shown_as_gap(DIVER_CV, requirement) is gap
