"""A broad, field-neutral vocabulary of skills, tools, languages and methods.

One line per skill: the canonical name first, then its aliases, separated by " | ". An alias written with a leading
"=" is matched case-sensitively and as a whole word only, because in lower case it is an ordinary English word or
too short to be safe ("Go", "R", "JS", "ML", "Epic", "Slack", "Snowflake": "go", "epic" and "slack" are words).

The list is deliberately general (tech, data, finance and accounting, nursing and healthcare, marketing, education,
product, operations) so that a CV or letter from any field finds its tools here; it is not tuned to any corpus.
"""

from __future__ import annotations

from careervp.vocabulary.skills_business import SKILL_LINES as _BUSINESS
from careervp.vocabulary.skills_care_and_teaching import SKILL_LINES as _CARE_AND_TEACHING
from careervp.vocabulary.skills_tech import SKILL_LINES as _TECH

SKILL_LINES = "\n".join((_TECH, _BUSINESS, _CARE_AND_TEACHING))
