"""The vocabulary of CVs, postings and letters, one package below both the readers and the core.

Readers, writers, the evidence map, scoring and FVS all compare what a letter says with what a CV says; they must
agree on what counts as "the same" skill, company or title, so the rules live here, once: skills by field
(`skills_tech`, `skills_business`, `skills_care_and_teaching`), titles, company names, languages, the words that
give a CV its structure (`cv_structure`) and the words a letter uses around its claims (`letter_words`). It imports
nothing else of the service's.
"""

from careervp.vocabulary.companies import company_matches, company_tokens, is_legal_suffix, normalize_company
from careervp.vocabulary.implications import implied_skills
from careervp.vocabulary.skills import (
    SkillEntry,
    canonical_skill,
    find_skills,
    is_generic_skill,
    skill_entry,
    skill_key,
    skill_set,
)
from careervp.vocabulary.titles import RANK_WORDS, normalize_title, title_matches, title_tokens, title_variants

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
