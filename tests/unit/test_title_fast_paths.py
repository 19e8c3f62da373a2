"""Title and company readings' fast paths give what difflib and the plain comparison give.

`_similar` works out difflib's two cheap bounds (lengths, then letters shared in any order) itself and builds a
matcher only for a pair that passes both; the official title's variants are read once per title; a title's or a
company name's reading skips the steps that cannot change an ASCII text, one without "&" or one without a hyphen.
Each is checked against the plain algorithm, written out here, on words and titles of the shapes letters hold
(typos, clipped words, letters that fold in case, typographic dashes, empty strings).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.vocabulary import companies, titles
from careervp.vocabulary.titles import title_matches


def _similar_reference(a: str, b: str, threshold: float) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold
    )


_LETTERS = st.text(alphabet="aeinrst KkſİéE-", max_size=12)


@settings(max_examples=500, deadline=None)
@given(_LETTERS, _LETTERS, st.sampled_from([0.0, 0.5, 0.8, 0.85, 1.0]))
def test_similar_is_difflibs_ratio_with_its_bounds(a: str, b: str, threshold: float) -> None:
    assert titles._similar(a, b, threshold) == _similar_reference(a, b, threshold)


@pytest.mark.parametrize(
    ("mention", "official", "expected"),
    [
        ("Senior Backend Enginer", "Senior Backend Engineer", True),  # a typo
        ("Junior Backend Engineer", "Senior Backend Engineer", False),  # another rank
        ("Data Scientist", "Senior Data Scientist, Demand Forecasting", False),
        ("Senior Data Scientist", "Senior Data Scientist, Demand Forecasting", True),  # the leading part
        ("Registered Nurse, Telemetry", "Registered Nurse Tele", True),  # a clipped word
        ("Tele Nurse", "Telemetry Nurse", False),  # too short a mention for the whole title
        ("Telemetry Nurses", "Telemetry Nurse", True),  # a plural
        ("Ledger Well Analyst", "Ledgerwell Analyst", True),  # spaces ignored
        ("IV room lead technician", "IV Room Lead Pharmacy Technician", True),  # one modifier dropped
        ("the Senior Backend Engineer role at Harbour Freight", "Senior Backend Engineer", False),
        ("", "Senior Backend Engineer", False),
    ],
)
def test_titles_match_as_before(mention: str, official: str, expected: bool) -> None:
    assert title_matches(mention, official) is expected


def _tokens_reference(title: str) -> list[str]:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").casefold()
    text = re.sub(r"\bfp\s?&\s?a\b", "fpa", text).replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", re.sub(r"(?<=\w)-(?=\w)", " ", text))
    tokens: list[str] = []
    words = text.split()
    for word in words:
        tokens.extend(titles._ABBREVIATIONS.get(word, word).split())
    if words and words[-1] in titles._HEAD_ABBREVIATIONS:
        tokens[-1] = titles._HEAD_ABBREVIATIONS[words[-1]]
    return tokens


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Sr.", "FP", "&", "A", "fp&a", "Lead", "Tech", "Café", "İ", "ſ", "-", "QA-Eng", " "])))
def test_title_tokens_are_read_as_the_plain_steps_read_them(words: list[str]) -> None:
    title = " ".join(words)
    assert titles._title_tokens(title) == _tokens_reference(title)


@pytest.mark.parametrize(
    "name", ["Acme Widgets Ltd.", "Kessler–Hahn GmbH", "Ashby’s Underwriting", "Café Nørd", "ACME"]
)
def test_a_company_name_folds_to_ascii_as_the_plain_steps_fold_it(name: str) -> None:
    plain = unicodedata.normalize("NFKD", name.translate(companies._TYPOGRAPHIC)).encode("ascii", "ignore")
    assert companies._ascii_fold(name) == plain.decode("ascii")
