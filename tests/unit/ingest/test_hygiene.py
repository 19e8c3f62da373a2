"""Bidi controls, zero-width characters and lone surrogates never leave a reader; every script's visible text does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careervp.ingest import CVReadError, read_cv, read_posting
from careervp.ingest.hygiene import strip_invisible

CV_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample" / "cvs" / "lena_marwick.md"
INVISIBLE = set("\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")


def _all_text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("Kelp\u202eline\u202c Logistics", "Kelpline Logistics"),
        ("Ac\u200bme\u2060 Corp\ufeff", "Acme Corp"),
        ("\u2067שלום עולם\u2069 and \u200fمرحبا", "שלום עולם and مرحبا"),
        ("Dev\u200cOps at Ac\u200dme", "DevOps at Acme"),  # a joiner between Latin letters only hides a word break
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian spells with the zero-width non-joiner
        ("क्\u200dष", "क्\u200dष"),  # Devanagari conjunct control
        ("\U0001f469\u200d\U0001f4bb", "\U0001f469\u200d\U0001f4bb"),  # an emoji ZWJ sequence
        ("日本語のテキスト, Ελληνικά, русский", "日本語のテキスト, Ελληνικά, русский"),
        ("lone \ud800 surrogate\udfff", "lone  surrogate"),
        ("\u200d", ""),
    ],
)
def test_strip_invisible(dirty: str, clean: str) -> None:
    assert strip_invisible(dirty) == clean


def test_a_markdown_cv_is_read_without_invisible_characters() -> None:
    text = CV_FILE.read_text(encoding="utf-8")
    text = text.replace("Kelpline Logistics", "Kelp\u202eline\u202c Logistics").replace("Kafka", "Kaf\u200bka")
    cv = read_cv(text.replace("Portland, OR", "\u2066Portland, OR\u2069").encode("utf-8"), "cv.md")
    dumped = _all_text(cv.model_dump(mode="json"))
    assert not INVISIBLE & set(dumped)
    assert cv.experience[0].employer.startswith("Kelpline Logistics")
    assert "Apache Kafka" in cv.experience[0].achievements[1]


def test_a_json_resume_is_read_without_escaped_invisible_characters_or_surrogates() -> None:
    resume = (
        '{"basics": {"name": "Ada \\u202eLovelace\\u202c", "label": "\\ud800Engineer"},'
        ' "work": [{"name": "Ac\\u200bme", "position": "Engineer", "startDate": "2020-01",'
        ' "highlights": ["Cut costs by 20%\\u2066"]}],'
        ' "skills": [{"name": "Py\\u200bthon", "keywords": ["SQL\\ufeff"]}]}'
    )
    cv = read_cv(resume.encode(), "cv.json")
    assert cv.person.name == "Ada Lovelace"
    assert cv.person.headline == "Engineer"
    assert (cv.experience[0].employer, cv.experience[0].achievements) == ("Acme", ["Cut costs by 20%"])
    assert {"Python", "SQL"} <= set(cv.skills)
    assert not INVISIBLE & set(_all_text(cv.model_dump(mode="json")))
    cv.model_dump_json().encode("utf-8")  # storable: no lone surrogate left


def test_a_posting_is_read_without_invisible_characters() -> None:
    posting = read_posting(
        "Acme\u202e Corp is hiring a Senior\u200b Engineer.\nRequirements: 5+ years of Py\u200bthon, Kafka.",
        company_name="Acme Corp",
        job_title="Senior Engineer",
    )
    assert not INVISIBLE & set(_all_text(posting.model_dump(mode="json")))
    with pytest.raises(Exception, match="empty"):
        read_posting("\u200b\u202e\ufeff")


def test_a_cv_of_invisible_characters_only_is_empty() -> None:
    with pytest.raises(CVReadError, match="empty"):
        read_cv("\u200b\u202e\ufeff\u2066".encode(), "cv.md")
