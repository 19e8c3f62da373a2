"""The evidence map: every posting requirement paired with the CV facts that back it.

`build` pairs requirements with facts; `facts` collects the CV's facts in the candidate's own words; `rules` judges
years, degrees and licences; `domain` counts years in a named field; `named` judges named things and languages;
`places` licences and rules of a named place; `person` a driving licence and hours of work; `thresholds` minimum
amounts; `share` how much of a requirement a text covers; `hooks` what the posting says about the company.
"""

from careervp.logic.evidence.build import build_evidence_map
from careervp.logic.evidence.facts import TermProfile
from careervp.logic.evidence.hooks import company_hooks
from careervp.logic.evidence.share import joined_term_profile, requirement_share, term_profile

__all__ = [
    "TermProfile",
    "build_evidence_map",
    "company_hooks",
    "joined_term_profile",
    "requirement_share",
    "term_profile",
]
