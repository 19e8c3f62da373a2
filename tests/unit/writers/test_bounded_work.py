"""Bounded work: a letter considers a fixed number of roles, bullets and requirements, so an upload at the size limit
costs what a long real CV costs; and the template writer's ordering of results is near-linear (a lazy greedy that
gives exactly the order of re-scoring every result at every step)."""

from __future__ import annotations

from evidence.samples import TODAY, accountant_cv, accountant_job, backend_cv, backend_job

from careervp.logic.bounds import (
    MAX_BULLETS_PER_ROLE,
    MAX_REQUIREMENTS_PER_LIST,
    MAX_ROLES,
    considered_cv,
    considered_posting,
)
from careervp.logic.evidence import build_evidence_map
from careervp.logic.writers import template_content
from careervp.logic.writers.template_content import Accomplishment, accomplishments, jobs
from careervp.models.cv import CV, ExperienceEntry, YearMonth
from careervp.models.evidence import EvidenceMap, FactKind


def _huge_cv(roles: int, bullets: int) -> CV:
    base = backend_cv()
    experience = [
        ExperienceEntry(
            employer=f"Company {i} Systems",
            title="Backend Engineer",
            start=YearMonth(year=1950 + i % 40, month=1),
            end=YearMonth(year=1951 + i % 40, month=1),
            achievements=[f"Built {j} Go and Kafka services for {i * 10 + j} users." for j in range(bullets)],
        )
        for i in range(roles)
    ]
    return base.model_copy(update={"experience": [*base.experience, *experience]})


def test_a_cv_within_the_bounds_is_considered_whole() -> None:
    cv = backend_cv()
    assert considered_cv(cv) is cv
    assert considered_posting(backend_job()) is backend_job() or considered_posting(backend_job()) == backend_job()


def test_a_huge_cv_is_cut_to_the_most_recent_roles_and_first_bullets() -> None:
    cv = _huge_cv(roles=3000, bullets=40)
    considered = considered_cv(cv)
    assert len(considered.experience) == MAX_ROLES
    assert all(len(entry.achievements) <= MAX_BULLETS_PER_ROLE for entry in considered.experience)
    assert considered.experience[0] == backend_cv().experience[0]  # the current role always stays
    assert {e.employer for e in backend_cv().experience} <= {e.employer for e in considered.experience}


def test_the_evidence_of_a_huge_cv_is_that_of_its_considered_part() -> None:
    cv = _huge_cv(roles=3000, bullets=40)
    evidence = build_evidence_map(cv, backend_job(), today=TODAY)
    assert evidence == build_evidence_map(considered_cv(cv), backend_job(), today=TODAY)
    roles = [fact for fact in evidence.facts if fact.kind is FactKind.ROLE]
    assert len(roles) <= MAX_ROLES


def test_a_huge_posting_is_cut_per_list() -> None:
    job = backend_job()
    huge = job.model_copy(update={"must_have": [f"Experience with tool {i}" for i in range(5000)]})
    assert len(considered_posting(huge).must_have) == MAX_REQUIREMENTS_PER_LIST
    assert considered_posting(huge).responsibilities == job.responsibilities


def _reference_order(evidence: EvidenceMap) -> list[str]:
    """Re-score every result at every step (the quadratic definition the lazy greedy must match)."""
    pool = accomplishments(evidence, jobs(evidence))  # the same pool; only the order is recomputed here
    weights = [template_content._WEIGHT[r.category] for r in evidence.requirements]
    supports: dict[str, list[int]] = {a.fact.fact_id: [] for a in pool}
    for i, req in enumerate(evidence.requirements):
        for fid in req.fact_ids:
            if fid in supports:
                supports[fid].append(i)
    rank = {f.fact_id: n for n, f in enumerate(evidence.facts)}
    by_position = sorted(pool, key=lambda a: [f.fact_id for f in evidence.facts].index(a.fact.fact_id))
    covered: set[int] = set()
    remaining: list[Accomplishment] = list(by_position)
    ordered: list[str] = []
    while remaining:

        def gain(item: Accomplishment) -> float:
            new = sum(weights[i] for i in supports[item.fact.fact_id] if i not in covered)
            return new + template_content._steady_gain(item, rank[item.fact.fact_id])

        best = max(remaining, key=gain)
        ordered.append(best.fact.fact_id)
        covered.update(supports[best.fact.fact_id])
        remaining.remove(best)
    return ordered


def test_the_lazy_greedy_order_is_the_full_greedy_order() -> None:
    for cv, job in (
        (backend_cv(), backend_job()),
        (accountant_cv(), accountant_job()),
        (_huge_cv(30, 12), backend_job()),
    ):
        evidence = build_evidence_map(cv, job, today=TODAY)
        assert [a.fact.fact_id for a in accomplishments(evidence, jobs(evidence))] == _reference_order(evidence)
