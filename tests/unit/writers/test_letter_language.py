"""Classes of CV and posting language the offline writer turns into English, each on examples from several fields."""

from __future__ import annotations

import pytest

from careervp.logic.writers import template_content as content
from careervp.logic.writers.company import company_reason
from careervp.logic.writers.cv_lines import tidy
from careervp.logic.writers.grammar import is_finite_clause, names_in_name_case, unshouted
from careervp.logic.writers.noun_phrases import (
    first_alternative,
    gap_kind,
    languages_sentence,
    named_gap,
    summary_sentence,
    without_meta,
)
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.wording import institution, lower_first
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind


@pytest.mark.parametrize(
    ("bullet", "ongoing", "expected"),
    [
        # A title that opens with "Lead"/"Head" and a role noun is a post held, not a verb.
        ("Lead designer on 14 highway bridge replacements.", False,
         "was the lead designer on 14 highway bridge replacements"),
        ("Lead architect on Weavers Yard, a 212-unit scheme.", True,
         "am the lead architect on Weavers Yard, a 212-unit scheme"),
        ("Lead auditor for 3 ISO 9001 surveillance visits.", False,
         "was the lead auditor for 3 ISO 9001 surveillance visits"),
        ("Lead the night desk of a regional daily.", True, "lead the night desk of a regional daily"),
        # An appointment or an award is an event, even in the current job; a licence is a state.
        ("Appointed Temporary Works Supervisor for all 9 floors.", True,
         "was appointed Temporary Works Supervisor for all 9 floors"),
        ("Named Charge Nurse of the Year in 2023.", True, "was named Charge Nurse of the Year in 2023"),
        # An adjective that ends in -ed heads a noun phrase, not a past tense.
        ("Prestressed concrete girder design in LEAP CONSPAN.", False, None),
        # Verbs the bullet list does not name, known to the dictionary only as verbs.
        ("Carry a caseload of 40 outpatient clients.", False, "carried a caseload of 40 outpatient clients"),
        ("Liaise with 6 subcontractors each week.", False, "liaised with 6 subcontractors each week"),
        # A noun-and-verb word with an object right after it.
        ("Trade with 25 regional brokers.", True, "trade with 25 regional brokers"),
        ("Host the quarterly donor review.", False, "hosted the quarterly donor review"),
        ("Experience with 5 audit teams.", True, None),
        # "Since" with a past form in the current job: the present perfect.
        ("Housed 112 clients since 2021.", True, "have housed 112 clients since 2021"),
        ("Trained 9 new teaching assistants since 2022.", True, "have trained 9 new teaching assistants since 2022"),
        # A duty named by its activity.
        ("Setting out drainage and highways for a 140-home development.", False,
         "was responsible for setting out drainage and highways for a 140-home development"),
        ("Managing the weekend rota for 30 porters.", True,
         "am responsible for managing the weekend rota for 30 porters"),
        # Orders after a colon describe how; counts after a colon say what the work involved.
        ("Lead fact-checking on long-form features: verify quotes, figures and names.", True,
         "lead fact-checking on long-form features, verifying quotes, figures and names"),
        ("Run the pharmacy night shift: 4 technicians and 2 pharmacists.", True,
         "run the pharmacy night shift, with 4 technicians and 2 pharmacists"),
        # A measured result written as a noun phrase.
        ("Portfolio loss ratio of 48% in 2024 against a 55% plan.", True,
         "achieved a portfolio loss ratio of 48% in 2024 against a 55% plan"),
        ("Patient satisfaction score of 96% across 2023.", False,
         "achieved a patient satisfaction score of 96% across 2023"),
        # A title and its organisation read as the role held there; a derived verb is a verb.
        ("Volunteer adviser, Eastbank Law Centre (2016-2020).", False,
         "was a volunteer adviser at Eastbank Law Centre"),
        ("Containerised 35 legacy services with Docker.", False, "containerised 35 legacy services with Docker"),
        ("Made same-day offers for hourly roles.", False, "made same-day offers for hourly roles"),
    ],
)  # fmt: skip
def test_bullets_become_first_person_verb_phrases(bullet: str, ongoing: bool, expected: str | None) -> None:
    assert verb_phrase(bullet, ongoing=ongoing) == expected


def _fact(text: str, kind: FactKind = FactKind.ACHIEVEMENT, fact_id: str = "E1") -> EvidenceFact:
    return EvidenceFact(fact_id=fact_id, kind=kind, text=text, source="CV", employer="Acme", role="Lead")


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Managed 9 planning applications; 8 approved at first submission.",
         "managed 9 planning applications, with 8 approved at first submission"),
        ("Maintain controlled-drug logs; zero discrepancies across 4 annual audits.",
         "maintain controlled-drug logs, with zero discrepancies across 4 annual audits"),
        ("Led a falls audit (2024); recommendations adopted trust-wide.",
         "led a falls audit (2024), with recommendations adopted trust-wide"),
        ("Led the Fear Free rollout in 2021; satisfaction rose from 82% to 94%.",
         "led the Fear Free rollout in 2021, and satisfaction rose from 82% to 94%"),
        ("Mentored 4 engineers; 2 were promoted to senior roles.",
         "mentored 4 engineers, and 2 were promoted to senior roles"),
        ("Ran the ward's discharge lounge; rotation coordinator since 2023.", "ran the ward's discharge lounge"),
        ("Passed the command assessment in June 2026; on the waiting list for an upgrade course.",
         "passed the command assessment in June 2026"),
    ],
)  # fmt: skip
def test_a_clause_after_a_semicolon_joins_with_and_or_with(bullet: str, expected: str) -> None:
    item = content.Accomplishment(_fact(bullet), verb_phrase(bullet, ongoing=bullet.startswith("Maintain")), 0)
    assert tidy(item).vp == expected


@pytest.mark.parametrize(
    ("clause", "finite"),
    [
        ("satisfaction rose from 82% to 94%", True),
        ("2 were promoted within 18 months", True),
        ("client retention increased to 91%", True),
        ("the live blog drew 1.2 million page views", True),
        ("8 approved at first submission", False),
        ("zero discrepancies across 4 annual audits", False),
        ("deviations and CAPAs managed in TrackWise", False),
    ],
)
def test_finite_clauses_are_told_from_noun_phrases(clause: str, finite: bool) -> None:
    assert is_finite_clause(clause) is finite


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("NIGHT NEWS EDITOR", "Night News Editor"),
        ("PROJECT ARCHITECT", "Project Architect"),
        ("SOC ANALYST II", "SOC Analyst II"),
        ("HVAC TECHNICIAN", "HVAC Technician"),
        ("Staff Nurse", "Staff Nurse"),
    ],
)
def test_titles_in_capitals_are_written_in_title_case(title: str, written: str) -> None:
    assert unshouted(title) == written


@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        ("supporting SOC 2 Type II audits", "activity"),
        ("onboarding new scientists", "activity"),
        ("a portfolio of published investigative stories", "thing"),
        ("casualty underwriting", "field"),
        ("hand therapy", "field"),
        ("Delphi or Opera S&C", "tool"),
    ],
)
def test_a_gap_is_said_in_the_frame_its_phrase_needs(topic: str, kind: str) -> None:
    assert gap_kind(topic) == kind


@pytest.mark.parametrize(
    ("topic", "named"),
    [
        ("onboard new scientists and deliver lab inductions",
         "onboarding new scientists and delivering lab inductions"),
        ("casualty underwriting experience", "casualty underwriting"),
        ("portfolio of published stories", "a portfolio of published stories"),
        ("transferable control knowledge", None),
        ("analytical and Excel skills", None),
    ],
)  # fmt: skip
def test_gaps_become_noun_phrases(topic: str, named: str | None) -> None:
    gap = named_gap(content.Gap(topic, is_credential=False))
    assert (gap.topic if gap else None) == named


def test_one_alternative_of_a_requirement_keeps_its_own_noun() -> None:
    assert first_alternative("supporting SOC 2 Type II or ISO 27001 audits") == "supporting SOC 2 Type II audits"
    assert first_alternative("survivors of domestic violence or sexual assault") == "survivors of domestic violence"
    assert first_alternative("Delphi or Opera S&C") == "Delphi"


@pytest.mark.parametrize(
    "topic",
    ["point-of-sale systems and end-of-day cash-up reports", "state-by-state wage-and-hour and overtime rules"],
)
def test_a_requirement_is_measured_in_the_words_the_copy_check_counts(topic: str) -> None:
    """Hyphenated compounds are several words of the posting: naming one whole would repeat more than a short quote."""
    assert len(topic.split()) <= 7
    assert first_alternative(topic) is None
    assert first_alternative("point-of-sale systems") == "point-of-sale systems"


def test_meta_words_leave_a_requirement() -> None:
    assert without_meta("security operations background") == "security operations"
    assert without_meta("load rating") == "load rating"
    assert without_meta("relevant clinical experience") is None


def _map(company: str, hooks: list[str], facts: list[EvidenceFact] | None = None) -> EvidenceMap:
    return EvidenceMap(company_name=company, job_title="Lead", candidate_name="A", facts=facts or [], requirements=[],
                       company_hooks=hooks)  # fmt: skip


@pytest.mark.parametrize(
    ("company", "hook", "reason"),
    [
        ("Kestrel Ridge Bank", "Founded in 1921, Kestrel Ridge Bank is a community bank with $6.8 billion in assets.",
         "community bank"),
        ("Westerlund Memorial Hospital", "Westerlund Memorial Hospital is a 410-bed nonprofit teaching hospital.",
         "nonprofit teaching hospital"),
        ("Halvorsen & Sons Manufacturing", "Halvorsen & Sons has made agricultural equipment components since 1962.",
         "work making agricultural equipment components"),
        ("Harbour & Vale Physiotherapy", "Today we run 11 clinics across Devon and Cornwall.",
         "work running clinics across Devon and Cornwall"),
        ("Lumen Crest Biosciences", "Lumen Crest Biosciences was founded in 2016 to develop AAV gene therapies for "
         "inherited retinal and neuromuscular diseases.", "work developing AAV gene therapies"),
        ("Haven Point Survivors’ Network",
         "Haven Point Survivors’ Network has supported survivors of domestic violence "
         "and sexual assault in Sacramento County since 1979.",
         "work supporting survivors of domestic violence and sexual assault"),
        ("Voltwerk GmbH", "Voltwerk develops and manufactures high-voltage battery packs.",
         "work developing and manufacturing high-voltage battery packs"),
        ("Quillfeather Games", "Quillfeather Games is an independent studio of 140 people.", "independent studio"),
        # In the posting's own words a reason stays short enough that the letter repeats no long run of the posting.
        ("Skerry Bay Resort", "Skerry Bay Resort is a luxury golf and spa resort on the Moray coastline.",
         "luxury golf and spa resort"),
        # Counted as the copy check counts words: "cross-dock" and "cold-chain" are two each.
        ("Ostrander Logistics", "We run cold-chain cross-dock warehouses for fresh-produce growers on the Fenland "
         "coast.", "work running cold-chain cross-dock warehouses"),
        ("Acme Staffing", "We employ 2,300 people at five plants.", None),
        ("Acme Staffing", "Everything we publish is free to republish.", None),
    ],
)  # fmt: skip
def test_the_company_reason_restates_what_the_company_is_or_does(company: str, hook: str, reason: str | None) -> None:
    assert company_reason(_map(company, [hook])) == reason


def test_a_cv_profile_and_languages_become_sentences() -> None:
    facts = [
        _fact("Site engineer with seven years on residential projects. Looking to move into design.", FactKind.SUMMARY),
        _fact("English (native), Portuguese (conversational)", fact_id="E2"),
        _fact("Igbo — Conversational", fact_id="E3"),
    ]
    evidence = _map("Acme", [], facts)
    assert summary_sentence(evidence) == "In short, I am a site engineer with seven years on residential projects."
    assert languages_sentence(evidence) == (
        "My languages are English (native), Portuguese (conversational) and Igbo (conversational)."
    )
    assert summary_sentence(_map("Acme", [], [_fact("Led 3 teams.", FactKind.SUMMARY)])) is None


def test_names_and_institutions_keep_their_form() -> None:
    assert lower_first("Xactimate estimates") == "Xactimate estimates"
    assert lower_first("California RVT registration") == "California RVT registration"
    assert lower_first("Caregiver groups") == "caregiver groups"
    assert institution("BSc from University of Leeds") == "BSc from the University of Leeds"
    assert institution("BSc (Hons) Mathematics in 2:1 from University of Nottingham") == (
        "BSc (Hons) Mathematics (2:1) from the University of Nottingham"
    )
    assert institution("MSc from Leeds Beckett University") == "MSc from Leeds Beckett University"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I volunteered at PENOBSCOT VALLEY FOOD ALLIANCE.", "I volunteered at Penobscot Valley Food Alliance."),
        ("I worked as a PHOTO PRINTER there.", "I worked as a Photo Printer there."),
        ("I hold the PMP and CSM.", "I hold the PMP and CSM."),  # acronyms stay
        ("I serviced HVAC RTU units.", "I serviced HVAC RTU units."),
    ],
)
def test_names_set_in_capitals_are_written_as_names(text: str, expected: str) -> None:
    assert names_in_name_case(text) == expected
