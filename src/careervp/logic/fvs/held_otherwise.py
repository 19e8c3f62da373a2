"""Titles a letter may give the candidate that the CV holds other than as a job: a certification whose name reads
like a title ("Certified Operator"), and unpaid work described in the writer's words."""

from __future__ import annotations

import re

from careervp.logic.fvs.sources import Sources
from careervp.vocabulary import RANK_WORDS, title_tokens
from careervp.vocabulary.letter_words import ROLE_HEADS


def a_held_certification(title: str, after: str, sources: Sources) -> bool:
    """ "Certified Operator in Fumigation" where the CV lists "FDACS Certified Operator — Fumigation": the title, with
    the word that makes it a credential, is part of a certification's name, and so is every category named after it
    ("... and in Termite/WDO" needs a line of its own). "executive chef" alone is a job, whatever the CV certifies."""
    if _a_whole_certification_name(title, sources):
        return True
    if not re.search(r"\b(?:certified|registered|licensed|chartered|accredited)\b", title, re.IGNORECASE):
        return False
    held = [c.name.casefold() for c in sources.cv.certifications if title.casefold() in c.name.casefold()]
    named = _CATEGORIES_AFTER.match(after)
    categories = re.split(r"\s+and\s+(?:in\s+)?|,\s*", named.group(1)) if named else []
    return bool(held) and all(any(_words_in(category, name) for name in held) for category in categories)


def _a_whole_certification_name(title: str, sources: Sources) -> bool:
    """ "a Neonatal/Pediatric Respiratory Care Specialist" where the CV lists the certification "Neonatal/Pediatric
    Respiratory Care Specialist (RRT-NPS)": the whole name of a held certification, read as a title."""
    wanted = " ".join(title.casefold().split())
    names = (re.sub(r"\([^()]*\)", " ", c.name) for c in sources.cv.certifications)
    return len(wanted.split()) >= 2 and any(" ".join(name.casefold().split()) == wanted for name in names)


_CATEGORIES_AFTER = re.compile(r"^\s+in\s+([^.;:()]+)", re.IGNORECASE)


def _words_in(category: str, name: str) -> bool:
    words = re.findall(r"[a-z0-9]+", category.casefold())
    return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", name) for w in words)


_VOLUNTEER_AS = re.compile(r"\bvolunteer(?:ed|ing|s)?\s+as\s+(?:a|an|the|their|its)?\s*$", re.IGNORECASE)


def described_volunteering(title: str, before: str, sources: Sources) -> bool:
    """ "I volunteer as a rigging specialist" for the CV's "rope access / rigging volunteer": unpaid work is described
    in the writer's words; its distinctive word must be on a CV line about volunteering."""
    if not _VOLUNTEER_AS.search(before):
        return False
    distinctive = [w for w in title_tokens(title) if w not in ROLE_HEADS and w not in RANK_WORDS]
    lines = [line.norm for line in sources.candidate_lines_with_words("volunteer")]
    return bool(distinctive) and any(f" {word}" in line for word in distinctive for line in lines)


def volunteer_titles(sources: Sources) -> list[str]:
    """The titles of unpaid roles a volunteering section lists ("Firefighter / Emergency Medical Responder — Nolan
    County Volunteer Fire Dept. · 2018 – Present"): what opens each line, before the organisation."""
    lines = [line for name, lines in sources.cv.other_sections.items() if "volunt" in name.casefold() for line in lines]
    return [re.split(r"\s+[—–-]\s+|,\s|\s\|\s|\s·\s", line.lstrip("-•* "), maxsplit=1)[0] for line in lines]
