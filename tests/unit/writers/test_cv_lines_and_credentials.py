"""CV lines enter a letter only as first-person clauses; held licences are cited, never denied; titles and names read
as a person would write them. Examples are invented, in fields the corpora do not cover (rail signalling, libraries,
brewing, forestry, archives)."""

from __future__ import annotations

import asyncio
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.text import split_sentences
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.clauses import is_first_person_clause
from careervp.logic.writers.company import plain_title
from careervp.logic.writers.defects import letter_defects
from careervp.logic.writers.held import held_sentence
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.pieces import is_employer_name, is_job_title
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import CV, Certification, ExperienceEntry, Person, YearMonth
from careervp.models.evidence import EvidenceFact, FactKind
from careervp.models.job import JobPosting
from careervp.vocabulary.people import is_person_noun

TODAY = date(2026, 11, 28)
MODIFIERS = ("Signalling", "Night-shift", "Cellar", "Archive", "Fire-watch", "Volunteer", "Reading-room", "Harvest")
ROLES = ("technician", "team leader", "supervisor", "steward", "warden", "coordinator", "mechanic", "volunteer")
ORGANISATIONS = ("Severn Valley Railway", "Ludlow Museum", "Tollgate Brewery", "Kielder Forest Trust")
NOTES = ("", " · Aug 2019", " (volunteer)", " — weekends")
NOT_CLAUSES = (
    "Driving licence cat. B",
    "Forklift licence (counterbalance) — valid to 2027",
    "Sailing — dinghy racing",
    "Hill running — 3 fell races a year",
    "Languages: Welsh (fluent), English (native)",
    "Spinning reserve on the grid provided by batteries",
    "bulk carrier, 6 months sea practice",
    "Certifications Koha Certified Cataloguer Alma Essentials",
    "Cask ale quality: Cask Marque accredited cellar",
    "Reading-room footfall up from 40 to 65 a day",
)


@st.composite
def role_lines(draw: st.DrawFn) -> str:
    modifier, role = draw(st.sampled_from(MODIFIERS)), draw(st.sampled_from(ROLES))
    organisation = draw(st.sampled_from(("", *(f", {o}" for o in ORGANISATIONS))))
    return f"{modifier} {role}{organisation}{draw(st.sampled_from(NOTES))}"


def _is_clause(vp: str) -> bool:
    """The independent reading: "I <vp>." has a verb after "I" (the shared defect checker)."""
    return not [d for d in letter_defects(f"Dear A,\n\nI {vp}.\n\nBest,\nB") if d.startswith("not a clause")]


@settings(max_examples=40, deadline=None)
@given(role_lines(), st.booleans(), st.booleans())
def test_a_role_written_as_a_noun_phrase_is_said_as_the_role_held(line: str, ongoing: bool, in_job: bool) -> None:
    vp = verb_phrase(line, ongoing=ongoing, in_job=in_job)
    assert vp is not None, line
    assert re.match(r"(?:was|am|have been) an? ", vp), vp  # never "I volunteered venue technician"
    assert is_first_person_clause(vp)
    assert _is_clause(vp), vp
    assert "·" not in vp  # the note after the role stays out
    assert "—" not in vp


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NOT_CLAUSES), st.booleans(), st.booleans())
def test_a_label_a_licence_or_a_note_never_becomes_a_sentence(line: str, ongoing: bool, in_job: bool) -> None:
    vp = verb_phrase(line, ongoing=ongoing, in_job=in_job)
    if vp is not None:  # a measure restated with its verb is fine; anything else must read as a clause
        assert is_first_person_clause(vp), vp
        assert _is_clause(vp), vp
        assert not vp.startswith(("was responsible for driving", "am responsible for driving", "was a bulk")), vp


@pytest.mark.parametrize(
    ("line", "ongoing", "in_job", "expected"),
    [
        ("Signal maintenance team leader", False, True, "was a signal maintenance team leader"),
        ("Archive volunteer, Ludlow Museum · 2019", False, False, "was an archive volunteer at Ludlow Museum"),
        ("Preceptor for 6 pharmacy students since 2021", True, True,
         "have been a preceptor for 6 pharmacy students since 2021"),
        ("Cellar trainer for cask handling: trained 9 bar staff", False, True,
         "was a cellar trainer for cask handling, and trained 9 bar staff"),
        ("Stock control for 3 bonded warehouses", True, True,
         "am responsible for stock control for 3 bonded warehouses"),
        ("Responsible for tree-felling permits and TPO applications", False, True,
         "was responsible for tree-felling permits and TPO applications"),
        ("Together with the head brewer we cut water use by 18% per hectolitre", False, True,
         "cut water use by 18% per hectolitre, together with the head brewer"),
        ("Zero lost-time injuries across 4 harvest seasons", False, True,
         "had zero lost-time injuries across 4 harvest seasons"),
        ("Lead on safeguarding; designated Mental Health First Aider", True, True, "lead on safeguarding"),
        ("Catalogue backlog cut by 40% in one year", False, True, "cut catalogue backlog by 40% in one year"),
        ("Qualified cellar technician (BII): trained 4 staff", False, True,
         "was a qualified cellar technician (BII), and trained 4 staff"),
        ("Evidence-informed reader development for 3 branch libraries", False, True, None),  # no verb opens it
        ("Co-chairs a monthly conservation forum with the county archive", True, True, None),
        ("Left to retrain in arboriculture (full-time student 2016-2018)", False, True, None),
        ("B-grade felling and extraction on 40 ha of conifer", True, True,
         "am responsible for B-grade felling and extraction on 40 ha of conifer"),
    ],
)  # fmt: skip
def test_cv_lines_take_the_shape_that_reads_as_english(
    line: str, ongoing: bool, in_job: bool, expected: str | None
) -> None:
    assert verb_phrase(line, ongoing=ongoing, in_job=in_job) == expected


def test_time_away_and_cut_lines_are_no_job_or_employer() -> None:
    assert not is_job_title("Parental leave")
    assert not is_job_title("Sabbatical")
    assert not is_employer_name("Career break", None)
    assert not is_employer_name("between contracts. I teach the scouts", None)
    assert is_job_title("Senior Cataloguer")
    assert is_employer_name("Tollgate Brewery Ltd.", None)


@pytest.mark.parametrize("place", ["Ashgill Estate", "Low Moor Farm", "Tarn Hotel", "Kelder Distillery", "Rowe Ltd"])
def test_a_place_of_work_the_reader_took_for_a_title_is_no_post(place: str) -> None:
    # never "Earlier, I was a Low Moor Farm."
    assert not is_job_title(place)


@pytest.mark.parametrize("post", ["Estate Manager", "Farm Hand", "Head of School", "Hotel Porter", "Underkeeper"])
def test_a_post_named_after_its_place_stays_a_post(post: str) -> None:
    assert is_job_title(post)


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Signalling Technician – Night Shift (Req #55-A17)", "Signalling Technician – Night Shift"),
        ("Head Brewer #TB-BR-26", "Head Brewer"),
        ("Archivist (Ref. 24-118)", "Archivist"),
        ("Plant Manager – Site #2", "Plant Manager – Site #2"),  # a site number is part of the title
        ("Forest Manager", "Forest Manager"),
    ],
)
def test_a_title_is_said_without_its_requisition_code(title: str, plain: str) -> None:
    assert plain_title(title) == plain


def _signalling_pair(certifications: list[str], skills: list[str]) -> tuple[CV, JobPosting]:
    cv = CV(
        person=Person(name="Rhian Pryce"),
        experience=[
            ExperienceEntry(
                employer="Marches Rail Services Ltd", title="Signalling Technician",
                start=YearMonth(year=2018, month=3), is_current=True,
                achievements=["Maintained 42 Westlock interlockings across the Marches line.",
                              "Cut signalling fault response time from 90 to 55 minutes in 2023.",
                              "Signal maintenance team leader", "Trained 7 apprentices in fault-finding."],
            ),
            ExperienceEntry(
                employer="Cambrian Track Ltd", title="Trackside Operative",
                start=YearMonth(year=2014, month=6), end=YearMonth(year=2018, month=2),
                achievements=["Driving licence cat. B", "Volunteer crew member, Ffestiniog Railway · weekends"],
            ),
        ],
        certifications=[Certification(name=c, year=2021) for c in certifications],
        skills=skills,
    )  # fmt: skip
    job = JobPosting(
        company_name="Severn Valley Signalling Ltd",
        job_title="Senior Signalling Technician (Req #SVS-118)",
        about=["Severn Valley Signalling maintains signalling on heritage and main-line railways in the Midlands."],
        must_have=["Valid PTS (Personal Track Safety) card", "IRSE licence in signalling maintenance",
                   "Experience with Westlock or a comparable SSI interlocking", "ERTMS Level 2 certification"],
    )  # fmt: skip
    return cv, job


def _letter(cv: CV, job: JobPosting, tone: Tone) -> str:
    evidence = build_evidence_map(cv, job, today=TODAY)
    prefs = Preferences(tone=tone, word_count_target=260)
    return asyncio.run(TemplateWriter().write(WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person)))


@pytest.mark.parametrize("tone", list(Tone))
def test_held_licences_are_cited_and_nothing_the_cv_names_is_called_missing(tone: Tone) -> None:
    cv, job = _signalling_pair(["PTS (Personal Track Safety) card, Network Rail", "IRSE Licence – Maintainer"],
                               ["Westlock", "fault-finding"])  # fmt: skip
    text = _letter(cv, job, tone).text
    held = next(s for s in split_sentences(text) if re.match(r"I (?:hold|am)\b", s) and "PTS" in s)
    assert "IRSE Licence" in held
    for sentence in split_sentences(text):
        if re.search(r"\b(?:not yet|never|haven't|don't|gap)\b", sentence, re.IGNORECASE):
            assert not re.search(r"Westlock|PTS|IRSE", sentence), sentence  # what the CV holds is never denied
    assert "ERTMS" in text  # the one licence the CV lacks is named honestly
    assert "#SVS-118" not in text
    assert "Senior Signalling Technician" in text
    assert "Severn Valley Signalling Ltd" not in text  # the posting itself uses the short name
    assert "responsible for driving" not in text
    assert [d for d in letter_defects(text) if not d.startswith("doubled credential")] == []
    fvs = verify_letter(text, cv=cv, job=job, company_name=job.company_name, job_title=job.job_title, today=TODAY)
    assert fvs.is_valid, [f"{v.field} {v.found!r}" for v in fvs.critical]


def test_a_must_have_tool_in_the_skills_list_is_no_gap() -> None:
    cv, job = _signalling_pair(["PTS (Personal Track Safety) card, Network Rail"], ["Westlock", "SSI"])
    job = job.model_copy(update={"must_have": ["Experience with Westlock or SSI data preparation"]})
    text = _letter(cv, job, Tone.PROFESSIONAL).text
    assert not re.search(r"(?:not yet|never)[^.]*(?:Westlock|SSI)", text), text


@pytest.mark.parametrize(
    "ticket", ["NPORS tracked dumper", "Lantra pedestrian mower", "Lantra wood chipper", "Portable fire extinguisher"]
)
def test_a_ticket_for_a_machine_is_held_and_never_said_as_the_holder(ticket: str) -> None:
    """A card for a machine names what its holder may work: "I am a CPCS 360 excavator" would say the candidate is
    the machine."""
    cv, job = _signalling_pair([ticket, "IRSE Licence – Maintainer"], ["Westlock"])
    text = _letter(cv, job, Tone.PROFESSIONAL).text
    machine = ticket.split()[-1]
    assert not re.search(rf"\bI (?:am|was)(?: also)? an? [^.]*\b{machine}\b", text), text
    assert not any(is_person_noun(word) for word in ("dumper", "mower", "chipper", "extinguisher"))


@pytest.mark.parametrize(
    "word",
    [
        "fitter",
        "glazier",
        "assessor",
        "inspector",
        "jointer",
        "tester",
        "excavator",
        "mixer",
        "sprayer",
        "trimmer",
        "digger",
        "blower",
    ],
)
def test_trades_named_like_their_tools_are_still_people(word: str) -> None:
    assert is_person_noun(word)


@pytest.mark.parametrize(
    "line",
    ["Full UK driving licence (C1)", "Full clean licence, C1 + D1", "Enhanced DBS certificate", "CSCS Gold card"],
)
@pytest.mark.parametrize("ongoing", [True, False])
def test_a_thing_held_written_among_a_jobs_lines_is_never_a_duty(line: str, ongoing: bool) -> None:
    """A licence or a card filed under a job is held, not answered for: never "I am responsible for full UK driving
    licence (C1)"."""
    assert verb_phrase(line, ongoing=ongoing, in_job=True) is None


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (["Manual handling trainer", "Manual handling trainer (2023)"], "I am a manual handling trainer."),
        (["Fire marshal, 2019", "Fire marshal"], "I am a fire marshal."),
        (["Registered Veterinary Nurse (RVN)", "Registered Veterinary Nurse (RVN)"],
         "I am a Registered Veterinary Nurse (RVN)."),
    ],
)  # fmt: skip
def test_a_title_written_twice_is_said_once_and_a_plain_one_in_lower_case(lines: list[str], said: str) -> None:
    facts = [EvidenceFact(fact_id=f"C{n}", kind=FactKind.CERTIFICATION, text=t, source="cv") for n, t in
             enumerate(lines)]  # fmt: skip
    assert held_sentence(facts) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Ran the night rota for 12 porters. Cut agency spend by 30%.", "ran the night rota for 12 porters"),
        ("Resurfaced 3 bowling greens, 2024. Self-propelled.", "resurfaced 3 bowling greens, 2024"),
    ],
)
def test_a_cv_line_of_two_sentences_is_said_by_its_first(line: str, said: str) -> None:
    """ "I ran the night rota for 12 porters. Cut agency spend by 30%." leaves the second sentence without a subject."""
    assert verb_phrase(line, ongoing=False, in_job=True) == said


@pytest.mark.parametrize(
    "line", ["Purchase ledger (about 900 invoices a year)", "Rota binder for 3 wards", "Sales ledger"]
)
def test_an_offices_records_are_no_post_held(line: str) -> None:
    """ "I was a purchase ledger": a record named like a doer ("ledger", "binder", "roster") is what was kept."""
    said = verb_phrase(line, ongoing=False, in_job=True)
    assert said is None or not said.startswith(("was a ", "was an ")), said
    assert not any(is_person_noun(word) for word in ("ledger", "binder", "roster", "folder"))
