"""The rest of a candidate's story: what a letter still short of its target tells once everything that answers the
posting is said.

It tells the other results of the jobs the letter already names, job by job in the CV's order, never a job it has
not named (the record would name that employer again), at most two more per job, and never one that opens as a
result already told ("I trained 12 cadets", "I trained 14 cadets"): those would read as the CV's list.
"""

from __future__ import annotations

from careervp.logic.writers.letter_parts import Result
from careervp.models.evidence import EvidenceMap

_REST_PER_JOB = 2
"""Results of a job a letter tells beyond those that answer the posting: more read as the CV's list."""


def rest_of_story(
    further: list[Result], told: list[Result], citable: frozenset[str], evidence: EvidenceMap
) -> list[Result]:
    """The results of `further` to tell after `told`, in order; `citable` holds the ids of the further results the
    letter may cite, whose jobs it may name."""
    jobs = {r.job for r in further if r.fact_id in citable}
    order = {f.fact_id: n for n, f in enumerate(evidence.facts)}
    rest = sorted(
        (r for r in further if r.job in jobs and r not in told), key=lambda r: (r.job, order.get(r.fact_id, 0))
    )
    openings = {_opening(r.sentence) for r in told}
    kept: list[Result] = []
    for result in rest:
        if _opening(result.sentence) not in openings and sum(r.job == result.job for r in kept) < _REST_PER_JOB:
            kept.append(result)
            openings.add(_opening(result.sentence))
    return kept


def _opening(sentence: str) -> str:
    """A sentence's subject and verb ("I trained"), by which two results read as one list."""
    return " ".join(sentence.casefold().split()[:2])
