"""The evidence map: every posting requirement paired with the CV facts that back it.

`build` pairs requirements with facts; `facts` collects the CV's facts in the candidate's own words; `rules` judges
years and degrees; `domain` counts years in a named field; `named` judges named things and languages.
"""

from careervp.logic.evidence.build import (
    TermProfile,
    build_evidence_map,
    requirement_share,
    term_profile,
)
from careervp.logic.evidence.hooks import company_hooks

__all__ = ["TermProfile", "build_evidence_map", "company_hooks", "requirement_share", "term_profile"]
