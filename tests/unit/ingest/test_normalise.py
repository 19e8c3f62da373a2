"""The first stage of every reader (normalise), PDF page furniture, the name in the head, skills and job headers."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.credentials import parse_skills
from careervp.ingest.entry_header import employer_and_place, parse_entry_header
from careervp.ingest.markup import parse_lines
from careervp.ingest.normalise import normalise_text
from careervp.ingest.page_furniture import is_page_number, strip_page_furniture


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Office\u00a0Manager", "Office Manager"),
        ("10\u202f000 units", "10 000 units"),
        ("Jane\u2009Doe\u3000CV", "Jane Doe CV"),
        ("Title\tMarch 2016", "Title   March 2016"),
        ("\tindented", "    indented"),
        ("Certiﬁed workﬂow oﬀer eﬃcient baﬄe", "Certified workflow offer efficient baffle"),
        ("experi\u00ad\nence and co\u00adoperation", "experience and cooperation"),
        ("2019\u22122021 \u2012 self\u2011made", "2019-2021 – self-made"),
        ("Ｆｕｌｌ ｗｉｄｔｈ", "Full width"),
        ("𝐁𝐨𝐥𝐝 Name", "Bold Name"),
        ("Zu\u0308rich", "Zürich"),
        ("CO₂ cut 12 m² ½ day", "CO₂ cut 12 m² ½ day"),
        ("山田太郎 — Müller — Ἀθῆναι — 서울 — ㅋㅋ", "山田太郎 — Müller — Ἀθῆναι — 서울 — ㅋㅋ"),
        ("Rosa´s\r\nline\u2028two\x0cthree  ", "Rosa´s\nline\ntwo\nthree"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("\uf900 Cafe\u0301 ﬁ", "\uf900 Café fi"),  # a CJK compatibility ideograph is kept as written
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected
    assert normalise_text(expected) == expected  # idempotent


@pytest.mark.parametrize("text", ["2", "Page 2 of 3", "- 2 -", "— 12 —", "2 / 3", "p. 4", "2 | Page", "PAGE 3"])
def test_page_numbers(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2019", "2 years", "Page Turner Ltd", "Unit 2B", "3.5 GPA"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text)


def test_running_headers_and_page_numbers_leave_every_page() -> None:
    body = [f"- Body line {i} of the job." for i in range(8)]
    pages = [
        "\n".join(["Jane Doe", "jane@example.com", *body, "Jane Doe – CV – Page 1 of 2"]),
        "\n".join(["2", "Jane Doe – CV – Page 2 of 2", *body, "Confidential"]),
    ]
    cleaned = strip_page_furniture(pages)
    assert cleaned[0].split("\n") == ["Jane Doe", "jane@example.com", *body]
    assert cleaned[1].split("\n") == [*body, "Confidential"]  # once only: not a running line


def test_a_name_repeated_as_a_running_header_stays_on_the_first_page() -> None:
    body = [f"- Line {i}." for i in range(8)]
    cleaned = strip_page_furniture(["\n".join(["Jane Doe", *body]), "\n".join(["Jane Doe", *body])])
    assert cleaned[0].startswith("Jane Doe\n")
    assert not cleaned[1].startswith("Jane Doe")


def test_a_one_page_pdf_keeps_lines_that_only_look_repeated() -> None:
    assert strip_page_furniture(["Jane Doe\nEngineer\n3"]) == ["Jane Doe\nEngineer"]


EXPERIENCE = "\n\n## Experience\nChef | Bistro Nine | 2019 - 2021\n- Cooked for 80 covers.\n"


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("2\nPriya Shah\npriya@example.com", "Priya Shah"),
        ("Page 1 of 2\nCurriculum Vitae\nPriya Shah", "Priya Shah"),
        ("priya@example.com | (555) 201-4477\nPriya Shah", "Priya Shah"),
        ("3", ""),
    ],
)
def test_the_name_comes_from_the_head_never_a_page_number_or_a_contact_line(head: str, name: str) -> None:
    cv = read_cv((head + EXPERIENCE).encode(), "cv.txt")
    assert cv.person.name == name
    assert cv.person.email == ("priya@example.com" if "@" in head else None)


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("C, C++, Python", ["C", "C++", "Python"]),
        ("C#; F#; .NET; ASP.NET; R; Go", ["C#", "F#", ".NET", "ASP.NET", "R", "Go"]),
        ("C++ • Go | .NET", ["C++", "Go", ".NET"]),
        ("Proficient\u00a0in\tWindows and\u2009Mac; Excel.", ["Proficient in Windows and Mac", "Excel"]),
        ("proficient in\nwindows and\nmac", ["proficient in windows and mac"]),
    ],
)
def test_skill_lists(line: str, skills: list[str]) -> None:
    assert parse_skills(parse_lines(normalise_text(line))) == skills


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lakeside Family Dental, Springfield, Illinois", ("Lakeside Family Dental", "Springfield, Illinois")),
        ("Acme Corp, Pune, Maharashtra", ("Acme Corp", "Pune, Maharashtra")),
        ("Walmart — Bentonville", ("Walmart", "Bentonville")),
        ("Northwind Traders — Seattle, WA", ("Northwind Traders", "Seattle, WA")),
        ("Barista, Blue Bottle", None),
        ("Springfield, IL", None),
    ],
)
def test_employer_and_place(line: str, expected: tuple[str, str] | None) -> None:
    assert employer_and_place(line) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["Office Manager   March 2016 – Present", "Lakeside Family Dental, Springfield, Ill."],
        ["Lakeside Family Dental — Springfield", "Office Manager, 2016 – 2020"],
    ],
)
def test_an_organisation_line_with_its_place_is_the_employer_not_a_role(lines: list[str]) -> None:
    fields = parse_entry_header(lines)
    assert (fields.title, fields.employer) == ("Office Manager", "Lakeside Family Dental")
    assert fields.location in {"Springfield, Ill.", "Springfield"}


def test_an_employer_line_under_a_dated_title_line_completes_the_job() -> None:
    text = "# Dana Whitfield\n\n## Experience\nOffice Manager    March 2016 – Present\n"
    text += "Lakeside Family Dental, Springfield, Illinois\n- Managed scheduling for 6 dentists.\n"
    cv = read_cv(text.encode(), "cv.md")
    assert [(e.title, e.employer, e.location) for e in cv.experience] == [
        ("Office Manager", "Lakeside Family Dental", "Springfield, Illinois")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Site Manager ............ 2019 – 2022",
        "Site Manager . . . . . . 2019 – 2022",
        "Site Manager ………… 2019 – 2022",
    ],
)
def test_leader_dots_between_two_fields_are_a_tab_stop(line: str) -> None:
    assert normalise_text(line) == "Site Manager   2019 – 2022"


def test_an_ellipsis_in_prose_is_kept() -> None:
    assert normalise_text("Grew the team... and the budget.") == "Grew the team... and the budget."
