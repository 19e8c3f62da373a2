"""An employer a letter names with "the" before it ("the University of Mercia", "the Royal Navy") is a name the
letter can say: the lines of an earlier post there are cited under it, not left out as if no employer were known."""

from __future__ import annotations

from careervp.logic.writers.pieces import is_employer_name
from careervp.models.evidence import FactKind

from .written import fact, letter, must_have


def test_a_name_written_with_the_is_an_employer_name() -> None:
    assert is_employer_name("the University of Mercia", "Lichfield")
    assert is_employer_name("the Department of Coastal Surveys", None)
    assert not is_employer_name("the", None)
    assert not is_employer_name("between contracts", None)


_NOW = ("Senior Archivist", "Fenland County Record Office")
_BEFORE = ("Archive Assistant", "University of Mercia")


def test_an_earlier_post_at_an_institution_of_somewhere_is_cited() -> None:
    facts = [
        fact("R0", FactKind.ROLE, f"{_NOW[0]} at {_NOW[1]} (2021 – present)", _NOW),
        fact("A0", FactKind.ACHIEVEMENT, "Catalogued 3,200 estate maps for the online finding aid.", _NOW),
        fact("R1", FactKind.ROLE, f"{_BEFORE[0]} at {_BEFORE[1]} (2015 – 2021)", _BEFORE),
        fact("A1", FactKind.ACHIEVEMENT, "Answered around 600 reading-room enquiries a year.", _BEFORE),
        fact("A2", FactKind.ACHIEVEMENT, "Repackaged 900 parchment deeds in acid-free boxes.", _BEFORE),
    ]
    requirements = [
        must_have("Experience answering reading-room enquiries", "A1"),
        must_have("Experience of preservation packaging", "A2"),
    ]
    text = letter(facts, requirements, applying=("Collections Officer", "Broadland Archives Trust"), current=_NOW,
                  name="Ines Varga", words=260)  # fmt: skip
    assert "600 reading-room enquiries" in text, text
    assert "900 parchment deeds" in text, text
