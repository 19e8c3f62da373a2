"""Shared normalisers for skills, company names and job titles.

Writers, the evidence map, scoring and FVS all compare what a letter says with what a CV says; they must agree on
what counts as "the same" skill, company or title, so the rules live here, once.
"""

from careervp.logic.lexicon.companies import company_matches, company_tokens, is_legal_suffix, normalize_company
from careervp.logic.lexicon.implications import implied_skills
from careervp.logic.lexicon.skills import (
    SkillEntry,
    canonical_skill,
    find_skills,
    is_generic_skill,
    skill_entry,
    skill_key,
    skill_set,
)
from careervp.logic.lexicon.titles import RANK_WORDS, normalize_title, title_matches, title_tokens, title_variants

__all__ = [
    "RANK_WORDS",
    "SkillEntry",
    "canonical_skill",
    "company_matches",
    "company_tokens",
    "find_skills",
    "implied_skills",
    "is_generic_skill",
    "is_legal_suffix",
    "normalize_company",
    "normalize_title",
    "skill_entry",
    "skill_key",
    "skill_set",
    "title_matches",
    "title_tokens",
    "title_variants",
]
