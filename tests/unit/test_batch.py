"""The batch command's bookkeeping: reading job lists, keys, per-job preferences, the resumable summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from careervp.handlers.cli.batch_jobs import read_jobs, slug
from careervp.handlers.cli.batch_run import (
    SUMMARY_FILE,
    fvs_verdict,
    is_done,
    load_summary,
    save_summary,
    summary_table,
)
from careervp.handlers.cli.common import BatchFormat, CLIError
from careervp.models.api import FVSValidation, FVSViolation, Severity, Tone

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
POSTING = (SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8")


def test_slug_is_ascii_lowercase_and_never_empty() -> None:
    assert slug("Zürich AG — Senior Engineer (Remote)") == "zurich-ag-senior-engineer-remote"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("???") == "job"
    assert len(slug("x" * 500)) == 80


def test_a_folder_of_postings_gives_one_job_per_file_in_name_order(tmp_path: Path) -> None:
    for name in ("b_role.md", "a_role.txt", "notes.pdf"):
        (tmp_path / name).write_text(POSTING, encoding="utf-8")
    jobs = read_jobs(tmp_path)
    assert [j.key for j in jobs] == ["a-role", "b-role"]
    posting, text = jobs[0].load()
    assert posting.company_name == "Ledgerwell Payments"
    assert posting.job_title == "Senior Backend Engineer"
    assert text == POSTING


def test_the_corpus_sample_folder_reads_titles_and_companies_from_the_postings() -> None:
    jobs = read_jobs(SAMPLE / "jobs")
    companies = sorted(j.load()[0].company_name for j in jobs)
    assert companies == ["Granary Row Markets", "Ledgerwell Payments", "Quillfeather Games"]


def test_csv_rows_take_a_description_or_a_job_file_and_their_own_preferences(tmp_path: Path) -> None:
    (tmp_path / "job.md").write_text(POSTING, encoding="utf-8")
    csv_path = tmp_path / "jobs.csv"
    csv_path.write_text(
        "company_name,job_title,description,job_file,tone,word_count_target,emphasis_areas\n"
        'Acme Widgets,Data Engineer,"We need Python and SQL.\n\nRequirements:\n- Python",,technical,250,"Kafka; SQL"\n'
        "Ledgerwell Payments,Senior Backend Engineer,,job.md,,,\n"
        "Nobody,Nothing,,,,,\n",
        encoding="utf-8",
    )
    first, second, third = read_jobs(csv_path)
    assert (first.tone, first.words, first.emphasis) == (Tone.TECHNICAL, 250, ["Kafka", "SQL"])
    posting, text = first.load()
    assert posting.company_name == "Acme Widgets"
    assert "Python and SQL" in text
    assert second.load()[0].job_title == "Senior Backend Engineer"
    assert second.tone is None
    with pytest.raises(CLIError, match="description"):
        third.load()
    assert first.key.startswith("001-acme-widgets")


def test_a_bad_preference_fails_only_its_own_job(tmp_path: Path) -> None:
    csv_path = tmp_path / "jobs.csv"
    csv_path.write_text(
        "company_name,job_title,description,tone,word_count_target\n"
        "A,B,text,sarcastic,300\nA,C,text,professional,many\nA,D,text,,\n",
        encoding="utf-8",
    )
    bad_tone, bad_words, fine = read_jobs(csv_path)
    with pytest.raises(CLIError, match="tone must be one of"):
        bad_tone.load()
    with pytest.raises(CLIError, match="whole number"):
        bad_words.load()
    assert fine.tone is None


def test_jsonl_lines_like_the_corpus_pairs() -> None:
    jobs = read_jobs(SAMPLE / "pairs.jsonl")
    assert [j.key for j in jobs] == ["p01", "p02", "p08"]
    assert jobs[0].tone is Tone.TECHNICAL
    assert jobs[0].words == 350
    assert jobs[0].emphasis == ["event-driven systems", "PostgreSQL performance", "mentoring"]
    assert jobs[2].load()[0].company_name == "Quillfeather Games"


def test_broken_jsonl_lines_become_failing_jobs_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    job = str(SAMPLE / "jobs" / "quillfeather_senior_sre.md")
    path.write_text(
        json.dumps({"job": job})
        + "\n{not json\n\n"
        + json.dumps({"company_name": "X"})
        + "\n"
        + json.dumps({"job": job})
    )
    jobs = read_jobs(path)
    assert [j.key for j in jobs] == [
        "001-quillfeather-senior-sre",
        "line-002",
        "line-004",
        "005-quillfeather-senior-sre",
    ]
    with pytest.raises(CLIError, match="not valid JSON"):
        jobs[1].load()
    with pytest.raises(CLIError, match="'job' path"):
        jobs[2].load()
    assert jobs[3].load()[0].company_name == "Quillfeather Games"


def test_duplicate_keys_get_a_suffix(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    line = json.dumps({"id": "same", "job": "x.md"})
    path.write_text(f"{line}\n{line}\n{line}\n")
    assert [j.key for j in read_jobs(path)] == ["same", "same-2", "same-3"]


def test_job_lists_that_cannot_be_used_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CLIError, match="no such file"):
        read_jobs(tmp_path / "missing.csv")
    (tmp_path / "jobs.xlsx").write_bytes(b"PK")
    with pytest.raises(CLIError, match="directory of postings"):
        read_jobs(tmp_path / "jobs.xlsx")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CLIError, match="no jobs found"):
        read_jobs(empty)


def test_summary_round_trip_and_resume_rule(tmp_path: Path) -> None:
    entries = {
        "a": {"key": "a", "status": "written", "file": "a.md", "quality": 0.8},
        "b": {"key": "b", "status": "failed", "file": None, "error": "boom"},
    }
    save_summary(tmp_path, Path("cv.md"), BatchFormat.MD, entries)
    body = json.loads((tmp_path / SUMMARY_FILE).read_text())
    assert body["totals"] == {"jobs": 2, "written": 1, "failed": 1}
    assert body["format"] == "md"
    loaded = load_summary(tmp_path)
    assert loaded == entries
    # Recorded but the file is gone: not done. File present: done. Other format: not done.
    assert not is_done(loaded["a"], tmp_path, "a.md")
    (tmp_path / "a.md").write_text("letter")
    assert is_done(loaded["a"], tmp_path, "a.md")
    assert not is_done(loaded["a"], tmp_path, "a.pdf")
    assert not is_done(loaded["b"], tmp_path, "b.md")
    assert not is_done(None, tmp_path, "a.md")


def test_an_unreadable_summary_means_starting_afresh(tmp_path: Path) -> None:
    assert load_summary(tmp_path) == {}
    (tmp_path / SUMMARY_FILE).write_text("{half")
    assert load_summary(tmp_path) == {}
    (tmp_path / SUMMARY_FILE).write_text("[1, 2]")
    assert load_summary(tmp_path) == {}


def test_fvs_verdicts() -> None:
    warning = FVSViolation(field="skill", severity=Severity.WARNING, message="m")
    critical = FVSViolation(field="employer", severity=Severity.CRITICAL, message="m")
    base = {"company_name_verified": True, "job_title_verified": True}
    assert fvs_verdict(None) == "not checked"
    assert fvs_verdict(FVSValidation(is_valid=True, **base)) == "verified"
    assert fvs_verdict(FVSValidation(is_valid=True, violations=[warning], **base)) == "verified with warnings"
    assert fvs_verdict(FVSValidation(is_valid=False, violations=[critical], **base)) == "not verified"


def test_summary_table_shows_each_job_and_why_one_failed() -> None:
    table = summary_table(
        [
            {
                "key": "a",
                "company": "Acme",
                "title": "Engineer",
                "status": "written",
                "quality": 0.81,
                "fvs_verdict": "verified",
                "file": "a.md",
            },
            {
                "key": "b",
                "company": None,
                "title": None,
                "status": "failed",
                "code": "INVALID_REQUEST",
                "error": "no such posting",
            },
            {
                "key": "c",
                "company": "Globex",
                "title": "Analyst",
                "status": "skipped",
                "quality": 0.7,
                "fvs_verdict": "verified",
                "file": "c.md",
            },
        ]
    )
    console = Console(record=True, width=200)
    console.print(table)
    text = console.export_text()
    assert "Acme" in text
    assert "0.81" in text
    assert "a.md" in text
    assert "failed INVALID_REQUEST: no such posting" in text
    assert "c.md (done earlier)" in text
