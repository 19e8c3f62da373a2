"""`careervp batch` end to end: the real service on a temp data dir, in-process and as the installed command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from careervp.handlers.cli import app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "corpus_sample"
CV = SAMPLE / "cvs" / "lena_marwick.md"
COMPANIES = {"Ledgerwell Payments", "Quillfeather Games", "Granary Row Markets"}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("CAREERVP_DATA_DIR", str(data))
    monkeypatch.setenv("CAREERVP_LLM_PROVIDER", "template")
    return data


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["batch", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _summary(out: Path) -> dict[str, dict[str, object]]:
    body = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {e["key"]: e for e in body["jobs"]}


@pytest.mark.usefixtures("data_dir")
def test_a_folder_of_postings_gives_one_letter_each_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, stdout, _ = _run("--cv", str(CV), "--jobs", str(SAMPLE / "jobs"), "--out", str(out), "--words", "250")
    assert code == 0, stdout
    entries = _summary(out)
    assert {e["company"] for e in entries.values()} == COMPANIES
    for entry in entries.values():
        assert entry["status"] == "written"
        assert entry["fvs_verdict"] in ("verified", "verified with warnings")
        assert isinstance(entry["quality"], float)
        assert entry["quality"] >= 0.5
        letter = (out / str(entry["file"])).read_text(encoding="utf-8")
        assert str(entry["company"]) in letter
    for company in COMPANIES:  # the summary table names every job
        assert company.split()[0] in stdout


@pytest.mark.usefixtures("data_dir")
def test_a_rerun_resumes_where_the_last_one_stopped(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    args = ("--cv", str(CV), "--jobs", str(SAMPLE / "pairs.jsonl"), "--out", str(out))
    assert _run(*args)[0] == 0
    first = _summary(out)
    assert set(first) == {"p01", "p02", "p08"}
    kept = (out / "p01.md").read_bytes()

    # As if the run had been interrupted after p01: p02 never recorded, p08 recorded but its file lost.
    body = json.loads((out / "summary.json").read_text())
    body["jobs"] = [e for e in body["jobs"] if e["key"] != "p02"]
    (out / "summary.json").write_text(json.dumps(body))
    (out / "p02.md").unlink()
    (out / "p08.md").unlink()

    code, stdout, _ = _run(*args)
    assert code == 0, stdout
    second = _summary(out)
    assert second["p01"]["status"] == "skipped"
    assert second["p02"]["status"] == "written"
    assert second["p08"]["status"] == "written"
    assert (out / "p01.md").read_bytes() == kept
    assert (out / "p02.md").is_file()
    assert (out / "p08.md").is_file()
    # Each generation is a new stored version: p01 was not generated again, p08 was.
    assert second["p01"]["version"] == 1
    assert second["p08"]["version"] == 2
    assert "done earlier" in stdout


@pytest.mark.usefixtures("data_dir")
def test_a_failing_job_in_the_middle_does_not_stop_the_others(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.csv"
    ledgerwell = SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md"
    jobs.write_text(
        "id,company_name,job_title,job_file\n"
        f"first,Ledgerwell Payments,Senior Backend Engineer,{ledgerwell}\n"
        f"broken,<script>alert(1)</script>,Senior Backend Engineer,{ledgerwell}\n"
        f"missing,Nowhere Inc,Engineer,{tmp_path / 'no-such-posting.md'}\n"
        f"last,Ledgerwell Payments,Senior Backend Engineer,{ledgerwell}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, stdout, stderr = _run("--cv", str(CV), "--jobs", str(jobs), "--out", str(out), "--concurrency", "1")
    assert code == 1
    entries = _summary(out)
    assert [entries[k]["status"] for k in ("first", "broken", "missing", "last")] == [
        "written",
        "failed",
        "failed",
        "written",
    ]
    assert entries["broken"]["code"] == "INVALID_REQUEST"
    assert "company_name" in str(entries["broken"]["error"])
    assert "cannot read job posting" in str(entries["missing"]["error"])
    assert sorted(p.name for p in out.glob("*.md")) == ["first.md", "last.md"]
    assert "failed" in stdout
    assert "2 of 4 letters" in stderr


@pytest.mark.usefixtures("data_dir")
def test_a_cv_that_cannot_be_read_stops_before_any_job(tmp_path: Path) -> None:
    code, _, stderr = _run("--cv", str(tmp_path / "nope.md"), "--jobs", str(SAMPLE / "jobs"), "--out", str(tmp_path))
    assert code == 2
    assert "cannot read CV file" in stderr
    assert not (tmp_path / "summary.json").exists()


def test_the_installed_command_writes_docx_and_pdf_letters(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("careervp")
    command = [str(exe)] if exe.exists() else [shutil.which("careervp") or "careervp"]
    env = {**os.environ, "CAREERVP_DATA_DIR": str(tmp_path / "data"), "CAREERVP_LLM_PROVIDER": "template"}
    for fmt in ("docx", "pdf"):
        out = tmp_path / fmt
        done = subprocess.run(
            [
                *command,
                "batch",
                "--cv",
                str(CV),
                "--jobs",
                str(SAMPLE / "pairs.jsonl"),
                "--out",
                str(out),
                "--format",
                fmt,
                "--concurrency",
                "3",
                "--tone",
                "professional",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        entries = _summary(out)
        assert {e["file"] for e in entries.values()} == {f"p01.{fmt}", f"p02.{fmt}", f"p08.{fmt}"}
        assert "Ledgerwell" in done.stdout
    pdf = (tmp_path / "pdf" / "p01.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    text = "\n".join(p.text for p in Document(str(tmp_path / "docx" / "p08.docx")).paragraphs)
    assert "Quillfeather Games" in text
