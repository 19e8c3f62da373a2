"""Professions name their credentials section in their own words ("Licenses & Designations", "Professional
Registrations", "Tickets & Certificates"); each is read as a certifications section."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv


@pytest.mark.parametrize(
    "heading", ["LICENSES & DESIGNATIONS", "Professional Registrations", "Tickets & Certificates", "Accreditation"]
)
def test_a_credentials_section_under_its_trade_name_gives_certifications(heading: str) -> None:
    cv = read_cv(
        f"""NOOR HADDAD
Quantity surveyor

{heading}

- Chartered Quantity Surveyor (MRICS), 2019
- NEC4 Project Manager Accreditation, 2021

EXPERIENCE

Senior Quantity Surveyor | Brackwater Construction | 2018 - Present
- Settled 40 final accounts worth £60M.
""".encode(),
        "noor.txt",
    )
    assert [c.name for c in cv.certifications][:1] == ["Chartered Quantity Surveyor (MRICS)"]
