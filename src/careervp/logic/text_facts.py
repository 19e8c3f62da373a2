"""A CV's and a posting's readings that do not depend on the letter, worked out once when they are stored.

Every letter written from a CV reads the CV's lines for their figures (`extract_quantities`) and the skills they name
(`find_skills`); every letter for a posting reads the posting's. Both readings are pure functions of the text, so
they are worked out when the record is made: the engine reads the CV (or the posting) on its own, the way the
evidence map and FVS read it for a letter, and every answer those two readings give meanwhile is noted and stored
with the record (`StoredReadings`). Before a letter is written, the stored answers are handed back (`prime`), and
the letter pays only for its own text.

The readings carry the version of the code that made them (a digest of the number reader, the vocabulary and this
module): after any change to that code, old readings are ignored and the texts are read again, as for a record
stored before readings existed. Readings too large to store sensibly are not stored at all (never a part of them).
They are a cache: a text whose reading is not among them (one read through a memo this process filled before) is
simply read again when a letter asks for it, at the cost it had before readings were stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from careervp.logic.bounds import considered_cv, considered_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.evidence.facts import collect_facts
from careervp.logic.fvs import sources as fvs_sources
from careervp.logic.fvs.sources import Sources
from careervp.logic.numbers import reading as number_reading
from careervp.logic.numbers.quantity import Qualifier, Quantity, QuantityKind
from careervp.models.cv import CV, Person
from careervp.models.job import JobPosting
from careervp.models.records import StoredReadings
from careervp.vocabulary import skills as skill_reading

MAX_STORED_CHARS = 200_000
"""Readings above this size (as JSON) are not stored: the texts are read per letter, as before readings existed."""

_READERS = (number_reading.QUANTITIES, skill_reading.SKILLS_FOUND)


@lru_cache(maxsize=1)
def readings_version() -> str:
    """A digest of the code whose answers are stored: the number reader, the vocabulary and this module."""
    digest = hashlib.sha256()
    folders = (Path(number_reading.__file__).parent, Path(skill_reading.__file__).parent)
    for path in [*sorted(p for folder in folders for p in folder.glob("*.py")), Path(__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def _noting() -> Iterator[tuple[dict[str, tuple[Quantity, ...]], dict[str, tuple[tuple[str, tuple[int, int]], ...]]]]:
    with ExitStack() as stack:
        yield (
            stack.enter_context(number_reading.QUANTITIES.noting()),
            stack.enter_context(skill_reading.SKILLS_FOUND.noting()),
        )


_NO_POSTING = JobPosting(company_name="", job_title="")


def cv_readings(cv: CV, today: date | None = None, *, max_chars: int = MAX_STORED_CHARS) -> StoredReadings | None:
    """The readings of `cv`'s texts a letter would ask for: what the evidence map and FVS's sources derive from
    the CV alone. None when they are too large to store."""
    today = today or date.today()
    with _noting() as (quantities, skills):
        # Past the evidence map's own memo of whole maps: its readings are what is wanted here.
        build_evidence_map.__wrapped__(cv, _NO_POSTING, today=today)  # type: ignore[attr-defined]
        considered = considered_cv(cv)
        sources = Sources(considered, None, "", "", None, today)
        _ = sources.candidate_quantities
        _whole_text_skills(sources.candidate_text)
        # The lines and facts themselves, read whatever the memos above the readers already hold.
        _read_all([line.text for line in sources.lines] + [f.fact.text for f in collect_facts(considered, None)])
    return _stored(quantities, skills, max_chars)


def posting_readings(
    posting: JobPosting, today: date | None = None, *, max_chars: int = MAX_STORED_CHARS
) -> StoredReadings | None:
    """The readings of `posting`'s texts a letter would ask for (see `cv_readings`)."""
    today = today or date.today()
    no_cv = CV.model_construct(person=Person(name=""), experience=[])
    with _noting() as (quantities, skills):
        build_evidence_map.__wrapped__(no_cv, posting, today=today)  # type: ignore[attr-defined]
        sources = Sources(no_cv, posting, posting.company_name, posting.job_title, None, today)
        _ = sources.posting_quantities
        _whole_text_skills(sources.posting_text)
        _read_all([line.text for line in sources.lines] + _requirement_texts(posting))
    return _stored(quantities, skills, max_chars)


def _requirement_texts(posting: JobPosting) -> list[str]:
    """The requirements as the evidence map reads them."""
    considered = considered_posting(posting)
    texts = (*considered.must_have, *considered.nice_to_have, *considered.responsibilities)
    return [text.strip() for text in texts if text.strip()]


def _read_all(texts: list[str]) -> None:
    for text in texts:
        number_reading.QUANTITIES(text)
        skill_reading.SKILLS_FOUND(text)


def _whole_text_skills(text: str) -> None:
    """FVS's skills of the whole CV or posting text, read past its memo of whole texts (a text this process read
    before would otherwise be noted without them)."""
    fvs_sources._skill_keys_in.__wrapped__(text)


def _stored(
    quantities: dict[str, tuple[Quantity, ...]],
    skills: dict[str, tuple[tuple[str, tuple[int, int]], ...]],
    max_chars: int,
) -> StoredReadings | None:
    readings = StoredReadings(
        version=readings_version(),
        quantities={text: [_quantity_row(q) for q in found] for text, found in quantities.items()},
        skills={text: [(name, start, end) for name, (start, end) in found] for text, found in skills.items()},
    )
    return readings if len(readings.model_dump_json()) <= max_chars else None


def _quantity_row(q: Quantity) -> list[Any]:
    return [q.value, q.kind.value, q.span[0], q.span[1], q.raw, q.unit, q.qualifier, q.precision, q.noun]


def _quantity(row: list[Any]) -> Quantity:
    value, kind, start, end, raw, unit, qualifier, precision, noun = row
    return Quantity(
        float(value),
        QuantityKind(kind),
        (int(start), int(end)),
        str(raw),
        unit=unit,
        qualifier=None if qualifier is None else Qualifier(qualifier),
        precision=float(precision),
        noun=noun,
    )


def prime(readings: StoredReadings | None) -> bool:
    """Hand stored readings back to the readers; False (nothing handed) when there are none or they were made by
    other code."""
    if readings is None or readings.version != readings_version():
        return False
    number_reading.QUANTITIES.prime(
        {text: tuple(_quantity(row) for row in rows) for text, rows in readings.quantities.items()}
    )
    skill_reading.SKILLS_FOUND.prime(
        {text: tuple((name, (start, end)) for name, start, end in found) for text, found in readings.skills.items()}
    )
    return True


def forget_readings() -> None:
    """Drop every remembered reading (the benchmark's and tests' cold process)."""
    for reader in _READERS:
        reader.forget()
