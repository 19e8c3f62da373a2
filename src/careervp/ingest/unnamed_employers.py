"""An employer's place in a job header that names no one employer.

Four shapes: the region an agency, locum or supply post covered ("Agency Chef de Partie, Sussex"); a set of
employers left unnamed ("Various DNO contractors"); a kind of work in ordinary words ("Solar farm contracts"); and an
agency placing the candidate with a client ("Volt Resourcing (agency) → Thamesgate Utilities"), where the client is
where the work was done. The first three name no employer, so the job is held at "Various" (which no letter names
as an employer) and the words are kept as a note; the last keeps the client and notes the agency.
"""

from __future__ import annotations

import re

from careervp.ingest.locations import names_a_region
from careervp.vocabulary.cv_structure import ARRANGEMENT_WORDS

VARIOUS = "Various"

# Posts held through an agency or a pool, at many places in turn.
_POOLED = re.compile(r"\b(?:agency|locum|supply|relief|temp)\b", re.IGNORECASE)
_UNNAMED_SET = re.compile(r"^(?:various|several|multiple|numerous|assorted|different|many)\s+\S", re.IGNORECASE)
# Plural nouns for whom or where work was done, ending a phrase that describes the work rather than naming a firm.
_KINDS_OF_WORK = ARRANGEMENT_WORDS | frozenset(
    {"clients", "customers", "sites", "contractors", "employers", "companies", "firms", "venues", "projects", "jobs"}
)
_CHAIN = re.compile(r"\s*(?:→|->)\s*")
_AGENCY = re.compile(r"\b(?:agency|recruitment|resourcing|staffing|personnel|umbrella)\b", re.IGNORECASE)


def _describes_work(employer: str) -> bool:
    """ "Solar farm contracts", "Private clients": a capital for the first word only, ending in a kind of work."""
    words = employer.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(word.isalpha() and word.islower() for word in words[1:])
        and words[-1] in _KINDS_OF_WORK
    )


def settle_employer(title: str, employer: str, location: str | None) -> tuple[str, str | None, list[str]]:
    """(employer, location, notes) for the employer a header gave; unchanged, with no notes, when it names one."""
    chain = _CHAIN.split(employer)
    if len(chain) > 1 and chain[-1] and any(_AGENCY.search(link) for link in chain[:-1]):
        return chain[-1], location, [f"via {' → '.join(chain[:-1])}"]
    if _UNNAMED_SET.match(employer) or _describes_work(employer):
        return VARIOUS, location, [employer]
    if names_a_region(employer) and _POOLED.search(title):
        return VARIOUS, location or employer, [employer] if location else []
    return employer, location, []


def pooled_post_employer(title: str, notes: list[str]) -> str:
    """ "Agency labourer, various sites": a pooled post whose places the header leaves unnamed is held at "Various";
    "" when the header says nothing of the kind."""
    unnamed = any(_UNNAMED_SET.match(note) for note in notes)
    return VARIOUS if unnamed and _POOLED.search(title) else ""
