"""A summary that tells of a change of career ("moved into clinical coding in 2025 after nine years on the wards")
names the field the candidate is in now, not the one the whole career was spent in: years in that field are counted
from the roles, not from the CV's whole span. Invented CV."""

from __future__ import annotations

from .samples import shown_as_gap

CODER = """# Aoife Brannigan
## Summary
Registered nurse who moved into clinical coding in 2025 after nine years on surgical wards.
## Experience
**Clinical Coder** | Larchfield University Hospitals | Mar 2025 – Present
- Code 60 inpatient episodes a day in ICD-10 and OPCS-4.

**Staff Nurse** | Larchfield University Hospitals | Sep 2016 – Feb 2025
- Cared for 8 post-operative patients a shift on a general surgery ward.
"""


def test_years_in_the_new_field_of_a_career_changer_come_from_the_roles() -> None:
    assert shown_as_gap(CODER, "3+ years of clinical coding experience") is True
    assert shown_as_gap(CODER, "5+ years of nursing experience") is False
