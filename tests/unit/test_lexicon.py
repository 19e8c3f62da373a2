"""Shared normalisers: skill aliases, company short forms, title abbreviations."""

from __future__ import annotations

import pytest

from careervp.vocabulary import (
    canonical_skill,
    company_matches,
    find_skills,
    implied_skills,
    is_generic_skill,
    normalize_company,
    normalize_title,
    skill_key,
    title_matches,
)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Postgres", "PostgreSQL"),
        ("postgresql", "PostgreSQL"),
        ("K8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("TS", "TypeScript"),
        ("ML", "Machine learning"),
        ("AWS", "Amazon Web Services"),
        ("GCP", "Google Cloud Platform"),
        ("CI / CD", "CI/CD"),
        ("NLP", "Natural language processing"),
        ("A/B tests", "A/B testing"),
        ("QuickBooks", "QuickBooks"),
        ("EKG", "ECG interpretation"),
        ("ACLS", "Advanced Cardiovascular Life Support"),
        ("SEO", "Search engine optimization"),
        ("Rise 360", "Articulate Rise"),
        ("US GAAP", "US GAAP"),
    ],
)
def test_aliases_share_a_canonical_name(alias: str, canonical: str) -> None:
    assert canonical_skill(alias) == canonical


def test_unknown_skill_is_returned_normalised() -> None:
    assert canonical_skill("  Quantum   Basket Weaving ") == "Quantum Basket Weaving"
    assert skill_key("Quantum basket weaving") == skill_key("quantum  Basket Weaving")


def test_find_skills_reports_canonical_names_and_spans() -> None:
    text = "Shipped Node.js and C++ services on k8s with Postgres; ran A/B tests."
    found = find_skills(text)
    names = [name for name, _ in found]
    assert names == ["Node.js", "C++", "Kubernetes", "PostgreSQL", "A/B testing"]
    for name, (start, end) in found:
        assert canonical_skill(text[start:end]) == name


def test_short_ambiguous_aliases_need_their_exact_case() -> None:
    assert [n for n, _ in find_skills("Services in Go and Python.")] == ["Go", "Python"]
    assert find_skills("We go to the R&D lab; let us go.") == []
    assert [n for n, _ in find_skills("Built models in Python and R.")] == ["Python", "R"]


def test_generic_practices_are_marked() -> None:
    assert is_generic_skill("project management")
    assert not is_generic_skill("Terraform")
    assert not is_generic_skill("unheard-of tool")


@pytest.mark.parametrize(
    ("mention", "official"),
    [
        ("Acme", "Acme Corp."),
        ("Globex", "Globex Corporation, Inc."),
        ("globex corporation", "Globex Corporation, Inc."),
        ("Smith and Sons", "The Smith & Sons Co."),
        ("Initech", "Initech GmbH"),
        ("Umbrella S.A.", "Umbrella"),
        ("IBM", "International Business Machines Corp."),
        ("Hooli's", "Hooli Inc"),
        ("Blue Harbor Logistics", "Blue Harbour Logistics"),
        ("Pike–Dunmore Foundry", "Pike-Dunmore Foundry Ltd"),  # a typographic dash is a hyphen
        ("Pike", "Pike–Dunmore Foundry Ltd"),
        ("QVTA", "Quinton Valley Transit Authority (QVTA)"),  # the short form the name gives itself
        ("U-M", "University of Michigan"),  # initials without the small words
        ("Saint Aldhelms Hospice", "Saint Aldhelm’s Hospice"),  # one slip of the keyboard
        ("UKHSA", "UK Health Security Agency"),  # a word written as initials gives all its letters
        ("NRWSA", "NRW Scaffolding & Access Ltd"),
    ],
)
def test_company_short_forms_and_suffixes_match(mention: str, official: str) -> None:
    assert company_matches(mention, official)


@pytest.mark.parametrize(
    ("mention", "official"),
    [
        ("Ledgerline Payments", "Ledgerloop Payments"),
        ("Microsogt", "Microsoft"),
        ("Initrode", "Initech"),
        ("Acme Rockets", "Zenith Rockets"),
        ("The", "The Acme Company"),
        ("", "Acme"),
        ("Saint Aldred’s Hospice", "Saint Aldhelm’s Hospice"),  # a word swapped for another name
        ("Wren & Lowe Surveyors", "Wren & Lane Surveyors"),
        ("Kids’ Haven Trust", "Kids’ Harbor Trust"),
        ("B.S.", "Bexmik Studios"),  # a degree, not a company's initials
        ("M.A", "Marlow Associates"),
    ],
)
def test_misspelt_or_other_companies_do_not_match(mention: str, official: str) -> None:
    assert not company_matches(mention, official)


def test_normalize_company_strips_legal_forms() -> None:
    assert normalize_company("The Acme Widgets Co., Ltd.") == "acme widgets"
    assert normalize_company("Müller & Söhne GmbH & Co. KG") == "muller and sohne"


@pytest.mark.parametrize(
    ("mention", "official"),
    [
        ("Sr. Backend Eng.", "Senior Backend Engineer"),
        ("senior backend engineer", "Senior Backend Engineer"),
        ("RN", "Registered Nurse"),
        ("VP of Sales", "Vice President, Sales"),
        ("Senior Data Scientist", "Senior Data Scientist, Demand Forecasting"),
        ("Mktg Mgr", "Marketing Manager"),
        ("Senior SRE", "Senior Site Reliability Engineer"),
        ("Registered Nurse", "Registered Nurse (Med-Surg)"),
        ("Lab Tech", "Lab Technician"),  # "tech" ending a title is the person
        ("Tech Lead", "Technical Lead"),  # and before another word, the field
        ("Sales Rep", "Sales Representative"),
        ("Gamekeeper", "Gamekeeper \u2014 Grouse Moor (2,000 ha)"),  # one word naming the person, before a dash
        ("Beat Keeper", "Beat Keeper \u2014 Grouse Moor (2,000 ha)"),
    ],
)
def test_title_variants_match(mention: str, official: str) -> None:
    assert title_matches(mention, official)


@pytest.mark.parametrize(
    ("mention", "official"),
    [
        ("Junior Developer", "Senior Engineer"),
        ("Junior Engineer", "Senior Engineer"),
        ("Engineering Manager", "Senior Engineer"),
        ("Principal Site Reliability Engineer", "Senior Site Reliability Engineer"),
        ("Demand Forecasting", "Senior Data Scientist, Demand Forecasting"),
        ("", "Senior Engineer"),
        ("Manager", "Manager, Finance"),  # one word before a comma names too many posts
        ("Beat Keeper (2", "Beat Keeper \u2014 Grouse Moor (2,000 ha)"),  # never cut inside a bracket
    ],
)
def test_different_titles_do_not_match(mention: str, official: str) -> None:
    assert not title_matches(mention, official)


def test_normalize_title_expands_abbreviations() -> None:
    assert normalize_title("Sr. Mgr, FP&A") == "senior manager financial planning analysis"


def test_specific_skills_imply_broad_ones_not_the_reverse() -> None:
    assert implied_skills("Postgres") == {"SQL"}
    assert "Python" in implied_skills("Django")
    assert implied_skills("SQL") == set()
