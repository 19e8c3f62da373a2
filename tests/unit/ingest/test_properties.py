"""Property tests: whatever bytes or text arrive, read_cv returns a CV or raises CVReadError, nothing else."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careervp.ingest import CVReadError, PostingReadError, read_cv, read_posting
from careervp.models.cv import CV

FILENAMES = st.sampled_from(["cv.md", "cv.txt", "cv.json", "cv.pdf", "cv.docx", "cv", "cv.doc", "cv.rtf"])

# Text made of the pieces CVs are made of, so the parser's deeper branches are reached, not only its guards.
CV_PIECES = st.sampled_from(
    [
        "# Jane Doe\n",
        "## Experience\n",
        "EXPERIENCE\n",
        "Work History\n------------\n",
        "**Summary**\n",
        "### Senior Engineer — Acme Corp\n",
        "Engineer | Globex | 2019 - 2021\n",
        "Nurse, City Hospital — Boston, MA\n",
        "Jan 2020 – Present\n",
        "2021 to date\n",
        "Since 2019\n",
        "- Cut costs by 20%.\n",
        "• Led 5 people\n",
        "| Dates | Employer | Title |\n|---|---|---|\n| 2018-2020 | Initech | Analyst |\n",
        "| **SKILLS** | **TOOLS** |\n|---|---|\n| Go<br>SQL | Jira |\n",
        "## Education\nB.S. in Biology — State University, 2015\n",
        "## Skills\n- **Languages:** Go, Python\n",
        "Certified Scrum Master (2020)\n",
        "\n",
        "jane@example.com | (555) 010-0000 | Austin, TX\n",
        "{",
        "}",
        '"work": [',
        "%PDF-1.4\n",
    ]
)


def _check(data: bytes, name: str) -> None:
    message: str | None = None
    try:
        cv = read_cv(data, name)
    except CVReadError as error:
        message = str(error)
    if message is not None:
        assert message  # a message the user can read
        return
    assert isinstance(cv, CV)
    assert cv.experience
    assert all(e.title and e.employer for e in cv.experience)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), name=FILENAMES)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    _check(data, name)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=1500), name=FILENAMES)
def test_arbitrary_text(text: str, name: str) -> None:
    _check(text.encode("utf-8", errors="surrogatepass"), name)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(CV_PIECES, max_size=25), noise=st.text(max_size=40), name=FILENAMES)
def test_cv_shaped_text(pieces: list[str], noise: str, name: str) -> None:
    _check(("".join(pieces) + noise).encode("utf-8", errors="surrogatepass"), name)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    work=st.lists(
        st.dictionaries(
            st.sampled_from(["name", "position", "startDate", "endDate", "highlights", "location", "company"]),
            JSON_VALUES,
        ),
        max_size=3,
    ),
    extra=st.dictionaries(
        st.sampled_from(["basics", "education", "skills", "certificates", "projects", "awards", "volunteer"]),
        JSON_VALUES,
    ),
)
def test_json_resume_shaped_documents(work: list[dict[str, object]], extra: dict[str, object]) -> None:
    _check(json.dumps({"work": work, **extra}).encode(), "resume.json")


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=1500), company=st.none() | st.text(max_size=20), title=st.none() | st.text(max_size=20))
def test_read_posting_returns_a_posting_or_a_posting_error(text: str, company: str | None, title: str | None) -> None:
    message: str | None = None
    try:
        job = read_posting(text, company_name=company, job_title=title)
    except PostingReadError as error:
        message = str(error)
    if message is not None:
        assert message
        return
    assert job.company_name.strip()
    assert job.job_title.strip()


# Inputs shaped to make naive regular expressions or pairwise loops explode. Each must simply be answered; a
# quadratic reader would not return from these in any reasonable time.
HOSTILE = {
    "open brackets": "[" * 30_000 + "](" * 10_000,
    "lone stars": "*a " * 15_000,
    "bold markers": "**a " * 12_000,
    "dotted token": "a." * 25_000,
    "digit run": "1 " * 25_000,
    "same job again and again": "## Experience\n" + "Engineer | Acme | 2019 - 2020\nx\n" * 1_500,
    "wide table": "|" * 45_000 + "\n|---|\n",
    "angle brackets": "<a " * 15_000,
    "endless heading": "## Experience\n### " + "Engineer (Acme " * 8_000 + "\n- x\n",
}


def test_hostile_shapes_are_answered() -> None:
    for name, text in HOSTILE.items():
        _check(text.encode(), f"{name}.md")
    for text in ["Word " * 30_000, "Word Word, " * 12_000, "a-" * 20_000 + "_", *HOSTILE.values()]:
        job = read_posting(text, company_name="Acme", job_title="Engineer")
        assert job.company_name == "Acme"
