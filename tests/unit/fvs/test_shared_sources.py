"""Letters checked against the same CV and posting share one Sources, and the tables the checks build from it: the
pair's indexes are worked out once, a changed CV or posting is a new Sources, and a check's verdict on a letter does
not depend on which letters were checked against the pair before it."""

from __future__ import annotations

import uuid

import pytest
from evidence.samples import TODAY, backend_cv, backend_job

from careervp.logic.fvs import context, timeline, verify_letter
from careervp.logic.fvs import verify as verify_module
from careervp.logic.fvs.letter import _capitalised_in, capitalised_vocabulary
from careervp.logic.fvs.sources import Sources
from careervp.logic.fvs.verify import sources_for
from careervp.vocabulary.companies import company_probes

_LETTER = """Dear Hiring Team,

I am applying for the Senior Backend Engineer role at {company}. At Tidewater Freight I designed a Kafka event
pipeline that handles 30 million events per day, and I mentored 4 engineers, 2 of whom were promoted.

Sincerely,
Maya Okafor
"""
_INVENTED = """Dear Hiring Team,

I am applying for the Senior Backend Engineer role at {company}. At Tidewater Freight I reduced AWS spend by 45%,
and before that I spent four years at Stripe as a principal engineer.

Sincerely,
Maya Okafor
"""


def _company() -> str:
    return f"Acme {uuid.uuid4().hex[:8]}"  # a pair no other test has checked against


def test_the_same_pair_gives_the_same_sources_and_a_changed_one_another() -> None:
    company = _company()
    first = sources_for(backend_cv(), backend_job(), company, "Senior Backend Engineer", None, TODAY)
    assert sources_for(backend_cv(), backend_job(), company, "Senior Backend Engineer", None, TODAY) is first
    changed_cv = backend_cv().model_copy(update={"skills": [*backend_cv().skills, "Rust"]})
    other = sources_for(changed_cv, backend_job(), company, "Senior Backend Engineer", None, TODAY)
    assert other is not first
    assert "rust" in other.candidate_skill_keys
    assert "rust" not in first.candidate_skill_keys


def test_a_derived_table_is_built_once_per_sources() -> None:
    sources = Sources(backend_cv(), backend_job(), "Acme", "Senior Backend Engineer", None, TODAY)
    built: list[Sources] = []

    def table(of: Sources) -> int:
        built.append(of)
        return len(of.lines)

    assert sources.derived(table) == sources.derived(table) == len(sources.lines)
    assert built == [sources]
    again = Sources(backend_cv(), backend_job(), "Acme", "Senior Backend Engineer", None, TODAY)
    again.derived(table)
    assert len(built) == 2


@pytest.mark.parametrize("first_text", [_LETTER, _INVENTED])
def test_verdicts_do_not_depend_on_the_letters_checked_before(first_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    company = _company()

    def check(text: str) -> object:
        return verify_letter(
            text.format(company=company),
            cv=backend_cv(),
            job=backend_job(),
            company_name=company,
            job_title="Senior Backend Engineer",
            today=TODAY,
        )

    check(first_text)  # fills the shared tables (names looked up, figures indexed) with this letter's questions
    shared = [check(_LETTER), check(_INVENTED)]
    monkeypatch.setattr(verify_module, "sources_for", Sources)  # a Sources of their own for each letter
    alone = [check(_LETTER), check(_INVENTED)]
    assert shared == alone
    assert alone[0].is_valid  # type: ignore[attr-defined]
    assert not alone[1].is_valid  # type: ignore[attr-defined]


def test_a_posting_range_reads_the_posting_once_for_every_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    from careervp.logic.fvs import named_figures
    from careervp.logic.numbers import extract_quantities

    job = backend_job().model_copy(update={"about": [*backend_job().about, "You will lead a team of 10-15."]})
    sources = Sources(backend_cv(), job, "Acme", "Senior Backend Engineer", None, TODAY)
    read: list[str] = []
    monkeypatch.setattr(named_figures, "extract_quantities", lambda text: read.append(text) or extract_quantities(text))
    text = "I would lead a team of ten to fifteen, and a team of 10 to 15 is one I have led."
    quantities = extract_quantities(text)
    ranges = [named_figures.posting_range(text, q, quantities, sources) for q in quantities]
    assert ranges[:4] == [True] * 4  # both ends of both ranges
    assert len(read) == len(sources.posting_text.splitlines())  # each posting line read once, not once a figure


def test_stems_and_years_of_a_line_are_frozen_answers_kept_per_text() -> None:
    line = "Base safety representative since 2019; audits in 2020–21"
    assert context.stems(line) is context.stems(line)
    assert context.stems(line) == frozenset({"base", "safet", "repre", "since", "audit"})
    assert timeline._years_in(line) == frozenset({2019, 2020, 2021})
    assert timeline._years_in(line) is timeline._years_in(line)


def test_capitalised_words_of_each_text_are_read_once_and_joined() -> None:
    sources_text = "Ran the night desk at Kestrel Moor Gazette, then edited Harbour Weekly."
    letter = "Dear Editor, at Kestrel Moor I ran the night desk. Quillon Press published my series."
    together = capitalised_vocabulary(letter, sources_text)
    assert together == {"Kestrel", "Moor", "Gazette", "Harbour", "Weekly", "Editor", "I", "Press"}  # not "Quillon"
    assert capitalised_vocabulary(letter, sources_text) == together
    assert _capitalised_in(sources_text) is _capitalised_in(sources_text)


def test_a_letters_company_probes_are_worked_out_once_per_text() -> None:
    letter = "At Ledger Well I built the I.B.M. bridge."
    probes = company_probes(letter)
    assert {"ledger", "ledgerwell"} <= probes
    assert company_probes(letter) is probes
