"""Frames that check the shape of what fills them: each fragment of a CV or posting is classified (noun phrase,
gerund phrase, order, past verb phrase, clause, quality, measure) before a frame takes it, and a frame refuses any
shape it does not declare. The examples are invented, in fields of their own: bakeries, land survey, ferries,
kennels, orchards."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.writers.clauses import activity_clause
from careervp.logic.writers.fit_sentences import slot_fits
from careervp.logic.writers.held import held_sentence
from careervp.logic.writers.notes import work_note
from careervp.logic.writers.realise import clause_vp
from careervp.logic.writers.shapes import NOUN_SLOT, THING_SLOT, Shape, fits, shape_of
from careervp.models.evidence import EvidenceFact, FactKind

# Words of each class, checked against the dictionary the classifier reads (lemminflect), none taken from a corpus.
_NOUNS = ["oven", "loaf", "survey", "ferry", "kennel", "orchard", "ledger", "rota", "harbour", "boundary"]
_PLURALS = ["ovens", "loaves", "surveys", "ferries", "kennels", "orchards", "rotas", "harbours", "boundaries"]
_MODIFIERS = ["sourdough", "boundary", "night", "cargo", "dog", "apple", "stock"]
_GERUNDS = ["baking", "surveying", "mooring", "grooming", "pruning", "scheduling", "inspecting"]
_BASE_VERBS = ["supervise", "inspect", "schedule", "prune", "groom", "calibrate", "negotiate"]
_PASTS = ["supervised", "inspected", "scheduled", "pruned", "groomed", "calibrated", "negotiated"]
_QUALITIES = ["keen", "eager", "proud", "comfortable", "fond"]
# ("responsible" is missing: lemminflect lists it as a noun only, so a frame's own "responsible for" is no test)
_PARTICIPLE_STATES = ["known", "accredited", "qualified", "experienced"]
_DETERMINERS = ["the", "a", "every", "our"]
_PREPOSITIONS = ["on", "about", "with"]

_noun_phrase = st.builds(lambda m, n: f"{m} {n}", st.sampled_from(_MODIFIERS), st.sampled_from(_NOUNS))
_gerund_phrase = st.builds(
    lambda g, d, n: f"{g} {d} {n}", st.sampled_from(_GERUNDS), st.sampled_from(_DETERMINERS), st.sampled_from(_NOUNS)
)
_order = st.builds(
    lambda v, n, p: f"{v} {n} {p}", st.sampled_from(_BASE_VERBS), st.integers(2, 90), st.sampled_from(_PLURALS)
)
_past = st.builds(
    lambda v, d, n: f"{v} {d} {n}", st.sampled_from(_PASTS), st.sampled_from(_DETERMINERS), st.sampled_from(_NOUNS)
)
_quality = st.builds(
    lambda q, p, n: f"{q} {p} {n}",
    st.sampled_from(_QUALITIES + _PARTICIPLE_STATES),
    st.sampled_from(_PREPOSITIONS),
    st.sampled_from(_PLURALS),
)
_measure = st.builds(
    lambda m, n, v: f"{m} {n} {v} kg", st.sampled_from(_MODIFIERS), st.sampled_from(_NOUNS), st.integers(10, 9000)
)
_clause = st.builds(
    lambda g, n: f"{g} is a {n} service", st.sampled_from(_GERUNDS), st.sampled_from(_NOUNS)
)  # "baking is a harbour service": a subject and its verb

_WRONG_FOR_A_NOUN_SLOT = st.one_of(_order, _past, _quality, _measure, _clause)


@settings(max_examples=300, deadline=None)
@given(_noun_phrase)
def test_a_noun_phrase_fills_every_slot_that_names_work_or_a_thing(fragment: str) -> None:
    assert shape_of(fragment) is Shape.NOUN_PHRASE, fragment
    assert fits(fragment, NOUN_SLOT)
    assert fits(fragment, THING_SLOT)


@settings(max_examples=300, deadline=None)
@given(_gerund_phrase)
def test_a_gerund_phrase_fills_a_slot_that_names_work_but_is_no_thing_held(fragment: str) -> None:
    assert shape_of(fragment) is Shape.GERUND_PHRASE, fragment
    assert fits(fragment, NOUN_SLOT)
    assert not fits(fragment, THING_SLOT)


@settings(max_examples=500, deadline=None)
@given(_WRONG_FOR_A_NOUN_SLOT)
def test_no_frame_that_takes_a_noun_phrase_prints_a_fragment_of_another_shape(fragment: str) -> None:
    assert shape_of(fragment) not in NOUN_SLOT, fragment
    for slot in ("topic", "topics", "credential", "gap", "reason"):
        assert not slot_fits(slot, fragment), (slot, fragment)
    assert activity_clause(fragment[:1].upper() + fragment[1:], ongoing=True) is None, fragment


@settings(max_examples=200, deadline=None)
@given(st.one_of(_order, _past, _quality))
def test_a_note_of_work_is_never_an_order_a_past_or_a_quality(fragment: str) -> None:
    assert work_note(f"{fragment[:1].upper()}{fragment[1:]} in 3 sites", ongoing=True) is None, fragment


def test_each_shape_is_told_from_the_others() -> None:
    assert shape_of("known for a calm night rota") is Shape.ADJECTIVE_PHRASE
    assert shape_of("keen on heritage apple varieties") is Shape.ADJECTIVE_PHRASE
    assert shape_of("HACCP accredited") is Shape.ADJECTIVE_PHRASE
    assert shape_of("bakery or analytical") is Shape.OTHER  # an adjective where a noun should be
    assert shape_of("peak output 3,200 loaves a night") is Shape.MEASURE
    assert shape_of("line manage 6 bakers") is Shape.ORDER
    assert shape_of("release 4,000 trout fry") is Shape.ORDER
    assert shape_of("pruning and graft young trees") is Shape.OTHER  # an order coordinated with a gerund
    assert shape_of("reporting writing to county standards") is Shape.OTHER  # two activities run together
    assert shape_of("kennelling is a family business") is Shape.CLAUSE
    assert shape_of("Food Hygiene Level 3") is Shape.NOUN_PHRASE  # a figure after a capitalised word is a name
    assert shape_of("boundary surveys, mooring and hull checks") is Shape.NOUN_PHRASE
    assert shape_of("and developing a kennel team") is Shape.OTHER  # a fragment cut after its first part


def test_a_compound_verb_written_with_a_space_is_said_as_one_verb() -> None:
    assert clause_vp("Line manage 6 bakers (night shift).", ongoing=True) == "line-manage 6 bakers (night shift)"
    assert clause_vp("Line manage 6 bakers.", ongoing=False) == "line-managed 6 bakers"


def test_a_counted_order_is_said_as_an_order_not_a_numbered_label() -> None:
    assert clause_vp("Release 4,000 trout fry into 6 ponds.", ongoing=True) == "release 4,000 trout fry into 6 ponds"
    assert clause_vp("Release 4,000 trout fry into 6 ponds.", ongoing=False) == "released 4,000 trout fry into 6 ponds"


def test_a_verb_cut_from_its_object_is_no_clause() -> None:
    assert clause_vp("inspected, Harbour Board of Tarn", ongoing=False) is None


def test_a_measure_or_a_quality_is_no_duty_answered_for() -> None:
    assert activity_clause("Peak output 3,200 loaves a night (2024 season).", ongoing=True) is None
    assert activity_clause("Keen on heritage apple varieties and cider orchards.", ongoing=True) is None
    said = activity_clause("Boundary survey of 40 farms a year; reports kept to county standards.", ongoing=True)
    assert said == "am responsible for boundary survey of 40 farms a year", said  # the clause after ";" left out


def test_a_quality_is_not_held_as_a_credential() -> None:
    facts = [
        EvidenceFact(fact_id="C1", kind=FactKind.CERTIFICATION, text="HACCP accredited – bakery lines", source="cv"),
        EvidenceFact(fact_id="C2", kind=FactKind.CERTIFICATION, text="Food Hygiene Level 3 Certificate", source="cv"),
    ]
    assert held_sentence(facts) == "I hold a Food Hygiene Level 3 Certificate."


def test_a_second_thing_done_after_a_semicolon_is_joined_as_a_verb() -> None:
    from careervp.logic.writers.cv_lines import _joined

    assert _joined("ran a night crew of 4 bakers", past=True) == ", and ran a night crew of 4 bakers"
    assert _joined("9 approved at first inspection", past=True) == ", with 9 approved at first inspection"


def test_a_second_gap_is_denied_in_the_words_of_the_first() -> None:
    from careervp.logic.writers import template_content as content
    from careervp.logic.writers.record import second_gap_sentence

    assert second_gap_sentence(content.Gap("Kennelworks and cattery booking tools", False)) == (
        "I have not yet worked with Kennelworks and cattery booking tools either."
    )
    assert second_gap_sentence(content.Gap("keen on ferrets", False)) == ""  # a quality is no gap to admit
