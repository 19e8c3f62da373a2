"""Lines that show the candidate leading people, however they word it.

A posting asks for "supervisory experience", "people management" or "experience supervising or leading staff";
a CV shows it as "supervise 3 library associates and 12 teen volunteers", "Manages 2 production coordinators",
"run a field party of 5 surveyors" or a title such as "Shift Supervisor" or "Site Foreman". Such a line stands for
evidence for a requirement that asks for leading people and that no line matches word for word; a number the
posting sets ("20+ volunteers") is still held to the line's own number by the thresholds check.
"""

from __future__ import annotations

import re

from careervp.logic.text import content_term_set

_LEADS = (
    r"(?:supervis\w*|manag\w*|line[-\s]manag\w*|lead(?:s|ing)?|led|run(?:s|ning)?|ran|head(?:s|ed|ing)?|"
    r"oversee\w*|oversaw)"
)
_GROUP = (
    r"(?:team|crew|gang|shift|squad|party|staff|volunteers?|employees?|workers?|operatives?|people|direct\s+reports)"
)
_LEADING_PEOPLE = re.compile(
    # "supervise a crew", "line-manage the team", "leads a field party of 5 surveyors"
    rf"\b{_LEADS}\s+(?:(?:a|an|the|my|our|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}{_GROUP}\b|"
    # "manages 2 production coordinators", "supervised up to 14 operatives" (not "ran 2 summer schools")
    rf"\b(?:supervis\w*|manag\w*|line[-\s]manag\w*)\s+(?:up\s+to\s+|about\s+|around\s+|c\.\s*)?\d+(?:\s*[–-]\s*\d+)?\s+(?:[\w-]+\s+){{0,2}}[a-z-]+s\b|"
    # "a crew of 12", "team of up to six"
    rf"\b{_GROUP}\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
    # Titles that are leading people: "Shift Supervisor", "Site Foreman", "Crew Leader", "Charge Hand", "Ganger"
    r"\b(?:supervisor|foreman|forewoman|forem[ae]n|ganger|charge\s?hand|team\s+lead(?:er)?|crew\s+(?:lead(?:er)?|chief)|"
    r"shift\s+(?:lead(?:er)?|manager)|line\s+manager)\b",
    re.IGNORECASE,
)
# What a posting asks when it asks for leading people: "supervisory experience", "people management",
# "supervising or leading staff", "experience managing a team".
_ASKS = re.compile(
    r"\bsupervis\w*|\bpeople[-\s]management\b|\bline[-\s]manag\w*|"
    r"\b(?:lead|leading|manage|managing|led|managed)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:staff|teams?|crews?|people|volunteers|employees|workers)\b",
    re.IGNORECASE,
)


# A requirement for a credential or training in supervising ("SSSTS or other supervisory training") asks for
# something held, not for people led.
_HELD = re.compile(r"\b(?:training|courses?|competen\w*|certificat\w*|qualifi\w*|tickets?|cards?|licen[cs]e)\b", re.I)
# The words of leading people itself; what else the requirement says ("fundraising staff", "survey crews") is the
# field the people work in, which the line must share.
_LEADING_WORDS = content_term_set(
    """supervise supervising supervisory supervision supervisor manage managing management people person lead leading
    led leader leadership line staff team teams crew crews volunteers employees workers experience proven strong
    direct reports""",
    drop_generic=False,
)


def field_of_people_led(requirement: str) -> frozenset[str] | None:
    """None when `requirement` does not ask for leading people; else the topic words of the field they work in,
    empty when it names none ("Supervisory experience (staff or volunteers)")."""
    if _ASKS.search(requirement) is None or _HELD.search(requirement):
        return None
    return content_term_set(requirement) - _LEADING_WORDS


def leads_people(text: str) -> bool:
    """Whether `text` shows the candidate leading people."""
    return _LEADING_PEOPLE.search(text) is not None
