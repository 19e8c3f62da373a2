"""Jobs written as bullets that open with their dates, in a clipped section ("**EXP.**"), each naming the title, the
employer and the place on one line before a full stop, then an account of the job: "- **2021–now** — Head Tailor,
Marlowe & Pike, Savile Row (bespoke). Cut 120 suits a year." The bracket before the stop, a season as the date, a
promotion written "Cutter → Head Cutter (2019)" and a stay in brackets ("(6 wks)") all read as a person would read
them; qualifications listed on one line, each with its year, are one qualification each."""

from __future__ import annotations

from careervp.ingest import read_cv

TAILORING = """# Odile FERRAND
Head Tailor · Leeds · 07700 900555 · o.ferrand@example.com

**EXP.**
- **2021–now** — Head Tailor, Marlowe & Pike, Savile Row (bespoke). Cut ~120 suits a year. Team of 4.
- **2016–21** — Under Cutter → Cutter (2019), Marlowe & Pike. Opened a ready-to-wear line, 9 styles.
- **2012–16** — Trouser Maker, Atelier Roux, Lille. Hand finishing, 30 pairs/month.
- **Autumn 2011** — Placement (6 wks), Kensit Shirtmakers, Jermyn Street.

**QUALS**
BTS Métiers de la Mode (2012) · City & Guilds Tailoring L3 (2015) · First Aid at Work (2023)

**SKILLS**
Pattern cutting · hand padding · Gerber CAD
"""

FOUNDRY = """Teodor Brandt
Pattern Maker, Sheffield

EXP.
- 2019–now — Senior Pattern Maker, Castleford Castings Ltd, Rotherham (sand). Made 60 patterns a year for pumps.
- 2014–19 — Apprentice → Pattern Maker (2017), Castleford Castings Ltd. Moved the shop to resin, 3 lines.
"""


def _jobs(text: str) -> list[tuple[str, str]]:
    return [(entry.title, entry.employer) for entry in read_cv(text.encode(), "cv.md").experience]


def test_a_dated_bullet_names_title_and_employer_before_its_account() -> None:
    assert _jobs(TAILORING) == [
        ("Head Tailor", "Marlowe & Pike"),
        ("Cutter", "Marlowe & Pike"),
        ("Trouser Maker", "Atelier Roux"),
        ("Placement", "Kensit Shirtmakers"),
    ]
    assert _jobs(FOUNDRY) == [
        ("Senior Pattern Maker", "Castleford Castings Ltd"),
        ("Pattern Maker", "Castleford Castings Ltd"),
    ]


def test_the_account_after_the_stop_is_the_jobs_result() -> None:
    first = read_cv(TAILORING.encode(), "cv.md").experience[0]
    assert first.achievements == ["Cut ~120 suits a year. Team of 4."]
    assert first.is_current


def test_qualifications_listed_on_one_line_with_their_years_are_one_each() -> None:
    cv = read_cv(TAILORING.encode(), "cv.md")
    assert [(c.name, c.year) for c in cv.certifications] == [
        ("BTS Métiers de la Mode", 2012),
        ("City & Guilds Tailoring L3", 2015),
        ("First Aid at Work", 2023),
    ]


def test_one_qualification_written_in_parts_stays_whole() -> None:
    cv = read_cv(
        b"Ines Marr\nBookbinder\n\nEXPERIENCE\nBookbinder, Folio Bindery, 2018 - 2024\n\n"
        b"EDUCATION\nBA (Hons) Book Arts \xc2\xb7 Camberwell College of Arts \xc2\xb7 2015\n",
        "cv.txt",
    )
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("BA (Hons) Book Arts", "Camberwell College of Arts", 2015)
    ]
