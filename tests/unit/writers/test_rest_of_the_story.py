"""A letter still short of its target, once everything that answers the posting is said, goes on with the rest of
the results of a job it names, in the CV's order, rather than stopping at the lines that answer the posting."""

from __future__ import annotations

from careervp.models.evidence import FactKind

from .written import fact, letter, must_have

_NOW = ("Head Gardener", "Thornbury Hall Estate")
_BEFORE = ("Gardener", "Wrenfield Manor Gardens")
_EARLIER_LINES = (
    "Propagated the bedding plants in the glasshouses.",
    "Relaid the box hedging in the parterre.",
    "Restored the walled garden's espalier pears over two winters.",
)


def test_a_short_letter_tells_the_rest_of_an_earlier_jobs_results_in_order() -> None:
    facts = [
        fact("R0", FactKind.ROLE, f"{_NOW[0]} at {_NOW[1]} (2020 – present)", _NOW),
        fact("A0", FactKind.ACHIEVEMENT, "Lead a team of 4 gardeners across 12 acres of formal garden.", _NOW),
        fact("R1", FactKind.ROLE, f"{_BEFORE[0]} at {_BEFORE[1]} (2012 – 2020)", _BEFORE),
        *(fact(f"A{n}", FactKind.ACHIEVEMENT, line, _BEFORE) for n, line in enumerate(_EARLIER_LINES, start=1)),
    ]
    requirements = [must_have("Experience leading a garden team", "A0")]
    text = letter(facts, requirements, applying=("Gardens Manager", "Ashcombe Park Trust"), current=_NOW,
                  name="Rui Costa", words=330)  # fmt: skip
    assert "espalier pears" in text, text  # the line that answers the posting ("garden") first
    places = [text.find(phrase) for phrase in ("bedding plants", "box hedging")]
    assert -1 not in places, text
    assert places == sorted(places), text  # then the rest, in the CV's order
