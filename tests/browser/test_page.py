"""The whole web flow in Chromium against the real server: sign in, upload, generate, read the checks, trace a
sentence, edit and re-verify, regenerate, compare versions, download; errors next to their fields; escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import Page, Route, expect

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
CV = SAMPLE / "cvs" / "lena_marwick.md"
POSTING = (SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8")
COMPANY = "Ledgerwell Payments"
TITLE = "Senior Backend Engineer"
HOSTILE = "<img src=x onerror=alert(1)>"


def _fill_form(page: Page, *, company: str = COMPANY, description: str = POSTING) -> None:
    page.get_by_label("CV file").set_input_files(CV)
    page.get_by_label("Company").fill(company)
    page.get_by_label("Job title").fill(TITLE)
    page.get_by_label("Job description").fill(description)
    page.get_by_label("Tone").select_option("technical")
    page.get_by_label("Target length").fill("250")
    page.get_by_label("Emphasis").fill("mentoring, PostgreSQL performance")


def _signed_in(page: Page) -> None:
    page.goto("/")
    expect(page.locator("#session-status")).to_have_text("Signed in as the local user.")


def test_the_whole_flow(page: Page, screenshots: Path, tmp_path: Path) -> None:
    _signed_in(page)
    _fill_form(page)
    page.screenshot(path=screenshots / "01-form-filled.png", full_page=True)

    # Hold the generation request so the progress indicator can be seen, then let it through.
    held: list[Route] = []
    page.route("**/api/cover-letter", lambda route: held.append(route))
    page.get_by_role("button", name="Generate cover letter").click()
    progress = page.get_by_role("status").filter(has_text="Writing your letter")
    expect(progress).to_be_visible()
    expect(page.locator("#letter-form")).to_have_attribute("aria-busy", "true")
    expect(page.get_by_role("button", name="Generate cover letter")).to_be_disabled()
    page.screenshot(path=screenshots / "02-generating.png")
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/api/cover-letter")

    result = page.get_by_role("region", name="Cover letter")
    expect(result).to_be_focused()
    expect(progress).to_be_hidden()
    expect(page.locator("#result-meta")).to_contain_text("Version 1")
    expect(page.locator("#result-title")).to_have_text(f"Cover letter for {TITLE} at {COMPANY}")

    # Three scores and the overall one with its band.
    scores = page.locator("#scores .score")
    expect(scores).to_have_count(4)
    for name in ("Personalization", "Relevance", "Tone"):
        expect(scores.filter(has_text=name).locator("dd")).to_have_text(re.compile(r"^\d{1,3}%$"))
    expect(scores.filter(has_text="Overall").locator("dd")).to_have_text(
        re.compile(r"^[01]\.\d\d \((Excellent|Good|Fair)\)$")
    )

    # Requirement coverage: met ones carry CV evidence.
    met = page.locator("#coverage tbody tr.met")
    expect(met.first).to_be_visible()
    assert met.count() >= 3
    expect(met.first.locator("td").nth(3).locator("li").first).not_to_be_empty()
    expect(page.locator("#coverage-summary")).to_contain_text("requirements are backed by your CV")

    # The fact check, and the letter names company and title.
    expect(page.locator("#fvs-verdict")).to_have_attribute("data-valid", "true")
    letter = page.locator("#letter")
    expect(letter).to_contain_text(COMPANY)

    # Trace a sentence with a number back to the CV.
    numbered = letter.locator(".sentence").filter(has_text=re.compile(r"\d+%|\d+ (ms|million|engineers)"))
    numbered.first.focus()
    page.keyboard.press("Enter")
    expect(numbered.first).to_have_class(re.compile("selected"))
    facts = page.locator("#source-facts li")
    expect(facts.first).to_be_visible()
    page.locator(".letter-layout").screenshot(path=screenshots / "03-sentence-source.png")
    page.screenshot(path=screenshots / "04-result.png", full_page=True)

    # Edit in place with an invented employer and metric: re-verify flags it, and it cannot be saved.
    page.get_by_role("button", name="Edit letter").click()
    editor = page.get_by_label("Letter text")
    expect(editor).to_be_focused()
    original = editor.input_value()
    invented = "Before that, I ran a platform team of 40 engineers at Initech Global Corp."
    editor.fill(original.replace("\n\n", f"\n\n{invented}\n\n", 1))
    page.get_by_role("button", name="Re-verify").click()
    expect(page.locator("#fvs-verdict")).to_have_attribute("data-valid", "false")
    flagged = letter.locator("mark.unverified")
    expect(flagged.first).to_be_visible()
    assert any(part in " ".join(flagged.all_text_contents()) for part in ("Initech", "40"))
    expect(page.get_by_role("button", name="Save as a new version")).to_be_hidden()
    expect(page.locator("#result-meta")).to_contain_text("not saved yet")
    expect(page.locator("#download-pdf")).to_have_attribute("aria-disabled", "true")  # nothing to download yet
    expect(page.locator("#download-pdf")).not_to_have_attribute("href", re.compile("."))
    page.screenshot(path=screenshots / "05-edit-unverified.png", full_page=True)

    # A truthful edit verifies and is kept as version 2.
    page.get_by_role("button", name="Edit letter").click()
    body, closing = original.rsplit("\n\n", 1)
    editor.fill(f"{body}\n\nI would welcome a conversation about the ledger work.\n\n{closing}")
    page.get_by_role("button", name="Re-verify").click()
    expect(page.locator("#fvs-verdict")).to_have_attribute("data-valid", "true")
    page.get_by_role("button", name="Save as a new version").click()
    expect(page.locator("#result-meta")).to_contain_text("Version 2")
    expect(page.locator("#result-meta")).to_contain_text("edited by you")
    expect(letter).to_contain_text("I would welcome a conversation about the ledger work.")

    # Regenerate with other preferences: version 3.
    page.get_by_label("Tone").select_option("enthusiastic")
    page.get_by_label("Target length").fill("300")
    page.get_by_role("button", name="Regenerate as a new version").click()
    expect(page.locator("#result-meta")).to_contain_text("Version 3")
    rows = page.locator("#versions tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(2).locator("td").nth(2)).to_have_text("Enthusiastic")

    # Side-by-side comparison of versions 1 and 3.
    page.get_by_label("Compare version").select_option("1")
    page.get_by_label("with version").select_option("3")
    page.get_by_role("button", name="Compare").click()
    comparison = page.get_by_role("region", name="Version comparison")
    expect(comparison).to_be_focused()
    expect(comparison.locator(".column")).to_have_count(2)
    expect(comparison.locator("h4").first).to_contain_text("Version 1")
    expect(comparison.locator("h4").nth(1)).to_contain_text("Version 3")
    assert comparison.locator("del, ins").count() > 0
    comparison.screenshot(path=screenshots / "06-compare-versions.png")

    # Open an older version from the list.
    rows.nth(0).get_by_role("button", name="Show version 1").click()
    expect(page.locator("#result-meta")).to_contain_text("Version 1")

    # Downloads of the version on screen.
    for name in ("Download Markdown", "Download text"):
        expect(page.get_by_role("link", name=name)).to_have_attribute("href", re.compile(r"^http://127\.0\.0\.1"))
    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download PDF").click()
    pdf = tmp_path / "letter.pdf"
    pdf_download.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    with page.expect_download() as docx_download:
        page.get_by_role("link", name="Download DOCX").click()
    docx = tmp_path / "letter.docx"
    docx_download.value.save_as(docx)
    assert COMPANY in "\n".join(p.text for p in Document(str(docx)).paragraphs)


def test_errors_appear_next_to_their_field_and_hostile_text_stays_text(page: Page, screenshots: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    _signed_in(page)

    # Missing inputs are named before anything is sent.
    page.get_by_role("button", name="Generate cover letter").click()
    expect(page.locator("#cv-file-error")).to_have_text("Choose your CV file (or drop it on the box).")
    expect(page.get_by_label("CV file")).to_be_focused()
    expect(page.get_by_label("Company")).to_have_attribute("aria-invalid", "true")

    # The API refuses a hostile company name; its message lands next to "Company", as text.
    hostile_posting = POSTING.replace(
        "Last year our platform processed $4.2 billion in payments.",
        f"Last year our platform processed $4.2 billion in payments. <b>Bold</b> {HOSTILE}",
    )
    _fill_form(page, company=HOSTILE, description=hostile_posting)
    page.get_by_role("button", name="Generate cover letter").click()
    company_error = page.locator("#company-error")
    expect(company_error).to_have_text(re.compile(r"^May contain only letters, digits, spaces"))
    expect(page.get_by_label("Company")).to_be_focused()
    expect(page.get_by_label("Company")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#form-error")).to_be_empty()
    page.screenshot(path=screenshots / "07-error-next-to-field.png", full_page=True)

    # With a proper name the letter is written; then the user's own HTML, typed into the letter, stays text...
    page.get_by_label("Company").fill(COMPANY)
    expect(company_error).to_be_empty()
    page.get_by_role("button", name="Generate cover letter").click()
    expect(page.get_by_role("region", name="Cover letter")).to_be_focused()
    page.get_by_role("button", name="Edit letter").click()
    editor = page.get_by_label("Letter text")
    claim = "You processed $4.2 billion in payments last year."
    editor.fill(editor.input_value().replace("\n\n", f"\n\n{claim} {HOSTILE}\n\n", 1))
    page.get_by_role("button", name="Re-verify").click()
    letter = page.locator("#letter")
    expect(letter).to_contain_text(HOSTILE)

    # ...and the posting's HTML, shown as the source of a sentence, is the characters it is.
    letter.locator(".sentence").filter(has_text=claim).first.click()
    posting_source = page.locator("#source-facts li").filter(has_text="The job posting")
    expect(posting_source.first).to_contain_text(f"<b>Bold</b> {HOSTILE}")
    assert page.locator("main img, main b, main script").count() == 0
    page.locator(".letter-layout").screenshot(path=screenshots / "08-hostile-text-escaped.png")
    assert dialogs == []


def test_a_cv_dropped_on_the_box_is_used(page: Page) -> None:
    _signed_in(page)
    data = CV.read_text(encoding="utf-8")
    transfer = page.evaluate_handle(
        """(text) => {
            const dt = new DataTransfer();
            dt.items.add(new File([text], "dropped_cv.md", { type: "text/markdown" }));
            return dt;
        }""",
        data,
    )
    page.locator("#drop-zone").dispatch_event("drop", {"dataTransfer": transfer})
    expect(page.locator("#cv-file-chosen")).to_have_text("Chosen: dropped_cv.md")
    assert page.evaluate("() => document.getElementById('cv-file').files[0].name") == "dropped_cv.md"


def test_a_pasted_or_redirected_token_signs_in_when_local_sign_in_is_off(page: Page, server_token: str) -> None:
    # As in cloud mode: the server offers no local sign-in, so the page asks for a token.
    page.route(
        "**/auth/config",
        lambda route: route.fulfill(json={"mode": "cognito", "local_sign_in": False, "hosted_ui_url": None}),
    )
    page.goto("/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Access token").fill("not a token")
    page.get_by_role("button", name="Use this token").click()
    expect(page.locator("#token-error")).to_contain_text("three parts")
    page.get_by_label("Access token").fill(f"Bearer {server_token}")
    page.get_by_role("button", name="Use this token").click()
    expect(page.locator("#session-status")).to_have_text("Signed in.")
    assert page.evaluate("() => sessionStorage.getItem('careervp.token')") == server_token

    # The hosted sign-in page redirects back with the token in the fragment; the page takes it and hides it,
    # whether it loads afresh or was already open.
    for fresh in (True, False):
        page.evaluate("() => sessionStorage.clear()")
        if fresh:
            page.goto("about:blank")
        else:
            page.locator("#session-status").evaluate("(el) => { el.textContent = ''; }")
        page.goto(f"/#id_token={server_token}&token_type=Bearer")
        expect(page.locator("#session-status")).to_have_text("Signed in.")
        assert page.evaluate("() => location.hash") == ""
        assert page.evaluate("() => sessionStorage.getItem('careervp.token')") == server_token
    # The token really works: the page can list the pasted user's letters.
    assert (
        page.evaluate(
            """async () => (await fetch('/api/cover-letters', {
            headers: {Authorization: 'Bearer ' + sessionStorage.getItem('careervp.token')}})).status"""
        )
        == 200
    )


def test_numbers_and_dates_follow_the_browser_language(page_in_german: Page) -> None:
    _signed_in(page_in_german)
    _fill_form(page_in_german)
    page_in_german.get_by_role("button", name="Generate cover letter").click()
    expect(page_in_german.get_by_role("region", name="Cover letter")).to_be_focused()
    # German writes decimals with a comma and dates as day.month.year.
    expect(page_in_german.locator("#scores .overall dd")).to_have_text(re.compile(r"^[01],\d\d "))
    expect(page_in_german.locator("#result-meta")).to_contain_text(re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\. \w+"))


def test_a_stale_token_is_replaced_by_signing_in_again(page: Page) -> None:
    _signed_in(page)
    page.evaluate("() => sessionStorage.setItem('careervp.token', 'stale.token.value')")
    page.reload()
    expect(page.locator("#session-status")).to_contain_text("Signed in")
    _fill_form(page)
    page.get_by_role("button", name="Generate cover letter").click()
    expect(page.locator("#form-error")).to_have_text("You were signed in again. Please retry.")
    page.get_by_role("button", name="Generate cover letter").click()
    expect(page.get_by_role("region", name="Cover letter")).to_be_focused()
    expect(page.locator("#form-error")).to_be_empty()
