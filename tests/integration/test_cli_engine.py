"""`careervp letter` and `careervp verify` as a user runs them: the installed command, real files, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from careervp.handlers.cli import app

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "corpus_sample"
CV = SAMPLE / "cvs" / "lena_marwick.md"
JOB = SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md"
CAREERVP = Path(sys.executable).parent / "careervp"


def _run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CAREERVP_DATA_DIR": str(cwd / "data")}
    return subprocess.run(
        [str(CAREERVP), *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


def test_letter_as_json_is_the_contract_body(tmp_path: Path) -> None:
    done = _run(
        "letter",
        "--cv",
        str(CV),
        "--job",
        str(JOB),
        "--tone",
        "technical",
        "--words",
        "350",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["success"] is True
    assert body["code"] == "COVER_LETTER_GENERATED_SUCCESS"
    assert body["fvs_validation"]["is_valid"] is True
    letter = body["cover_letter"]
    assert "Ledgerwell Payments" in letter["content"]
    assert "Senior Backend Engineer" in letter["content"]
    assert 280 <= letter["word_count"] <= 420
    assert body["quality_score"] >= 0.7


def test_letter_to_docx_file_and_versions_accumulate(tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    first = _run("letter", "--cv", str(CV), "--job", str(JOB), "--format", "docx", "--out", str(out), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Ledgerwell Payments" in text
    second = _run("letter", "--cv", str(CV), "--job", str(JOB), "--format", "json", cwd=tmp_path)
    assert json.loads(second.stdout)["cover_letter"]["version"] == 2


def test_verify_catches_an_invented_degree_and_passes_the_real_letter(tmp_path: Path) -> None:
    made = _run("letter", "--cv", str(CV), "--job", str(JOB), "--format", "text", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    letter = made.stdout
    ok = _run("verify", "--cv", str(CV), "--job", str(JOB), "--letter", "-", cwd=tmp_path, stdin=letter)
    assert ok.returncode == 0, ok.stdout
    assert json.loads(ok.stdout)["is_valid"] is True
    greeting = next(line for line in letter.splitlines() if line.startswith("Dear "))
    forged = letter.replace(greeting, f"{greeting}\n\nI hold a PhD in Astrophysics from Stanford University.", 1)
    bad = _run("verify", "--cv", str(CV), "--job", str(JOB), "--letter", "-", cwd=tmp_path, stdin=forged)
    assert bad.returncode == 1
    result = json.loads(bad.stdout)
    assert result["is_valid"] is False
    assert any("PhD" in (v["found"] or "") for v in result["violations"])


def test_jsonl_runs_every_pair_with_its_id(tmp_path: Path) -> None:
    done = _run("letter", "--jsonl", str(SAMPLE / "pairs.jsonl"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    expected = [json.loads(line)["id"] for line in (SAMPLE / "pairs.jsonl").read_text().splitlines() if line.strip()]
    assert [line["id"] for line in lines] == expected
    assert all(line["success"] for line in lines)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["letter", "--cv", "/nonexistent/cv.md", "--job", str(JOB)], "cannot read CV file"),
        (["letter", "--job", str(JOB)], "give --cv FILE"),
        (["letter", "--cv", str(CV), "--job", str(JOB), "--format", "pdf"], "give --out FILE"),
        (["verify", "--cv", str(CV)], "give --cv FILE --job FILE --letter"),
    ],
)
def test_bad_arguments_give_one_line_and_no_traceback(tmp_path: Path, args: list[str], needle: str) -> None:
    done = _run(*args, cwd=tmp_path)
    assert done.returncode != 0
    assert needle in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_unreadable_cv_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "cv.pdf"
    bogus.write_bytes(b"\x00\x01garbage that is not a PDF")
    done = _run("letter", "--cv", str(bogus), "--job", str(JOB), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert "Traceback" not in done.stderr


def test_verify_jsonl_in_process(tmp_path: Path) -> None:
    # In-process run (CliRunner) so coverage sees the command's code paths.
    made = CliRunner().invoke(
        app, ["letter", "--cv", str(CV), "--job", str(JOB), "--format", "md"], env={"CAREERVP_DATA_DIR": str(tmp_path)}
    )
    assert made.exit_code == 0, made.output
    fvs = tmp_path / "fvs.jsonl"
    line = {
        "id": "x1",
        "cv": str(CV),
        "job": str(JOB),
        "company_name": "Ledgerwell Payments",
        "job_title": "Senior Backend Engineer",
        "letter": made.stdout,
    }
    fvs.write_text(
        json.dumps(line) + "\n" + json.dumps({**line, "id": "x2", "company_name": "Ledgerwise Payments"}) + "\n"
    )
    done = CliRunner().invoke(app, ["verify", "--jsonl", str(fvs)])
    assert done.exit_code == 0, done.output
    results = [json.loads(x) for x in done.stdout.splitlines()]
    assert [r["id"] for r in results] == ["x1", "x2"]
    assert results[0]["is_valid"] is True
    assert results[1]["company_name_verified"] is False
