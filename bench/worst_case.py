"""Worst case: the largest CV and posting the service accepts, in each format, through each stage; and how the server
answers /health while such a letter is being generated.

The inputs are built here, at the readers' limits (MAX_TEXT_CHARS of CV text, MAX_POSTING_CHARS of posting, the
PDF page limit), with as many roles and bullets as fit: the shape that made the work grow with the square of the
entries before the letter's bounds (logic/bounds.py).
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import httpx
from fpdf import FPDF

from careervp.ingest import read_cv, read_posting
from careervp.ingest.documents import MAX_PDF_PAGES
from careervp.ingest.posting import MAX_POSTING_CHARS
from careervp.ingest.reader import MAX_TEXT_CHARS
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.scoring import score_letter
from careervp.logic.writers.base import WritingBrief, cv_source_text
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences
from fuzz.live import LiveServer

COMPANY, TITLE = "Ledgerwell Payments", "Senior Backend Engineer"


def _role(i: int) -> tuple[str, str, list[str]]:
    return (
        f"Senior Engineer — Company{i} Systems, Inc.",
        f"Jan {1990 + i % 30} – Dec {1991 + i % 30}",
        [
            f"Led the migration of {i} services to Go and Kafka, cutting latency by {i % 90 + 1}% for {i * 10} users.",
            f"Built PostgreSQL pipelines processing {i} million events per day on AWS.",
        ],
    )


def _roles_within(limit_chars: int, render: Callable[[int], str]) -> int:
    """How many roles fit in `limit_chars` of text rendered by `render(roles)` (doubling, then bisecting)."""
    low, high = 1, 2
    while len(render(high)) <= limit_chars:
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if len(render(middle)) <= limit_chars else (low, middle)
    return low


def markdown_cv(roles: int) -> str:
    lines = ["# Ada Example", "ada@example.com | Portland, OR", "", "## Experience", ""]
    for heading, dates, bullets in map(_role, range(roles)):
        lines += [f"### {heading}", dates, "", *(f"- {b}" for b in bullets), ""]
    return "\n".join(lines)


def json_resume(roles: int) -> str:
    work = []
    for i in range(roles):
        heading, _, bullets = _role(i)
        work.append(
            {
                "name": heading.split("— ")[1],
                "position": "Senior Engineer",
                "startDate": f"{1990 + i % 30}-01",
                "endDate": f"{1991 + i % 30}-12",
                "highlights": bullets,
            }
        )
    return json.dumps({"basics": {"name": "Ada Example", "email": "ada@example.com"}, "work": work})


def docx_cv(roles: int) -> bytes:
    document = docx.Document()
    for line in markdown_cv(roles).splitlines():
        document.add_paragraph(line.lstrip("#- ").strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_cv() -> bytes:
    """As many roles as MAX_PDF_PAGES pages hold."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=7)
    lines = markdown_cv(10_000).replace("—", "-").replace("–", "-").splitlines()
    pdf.add_page()
    for line in lines:
        if pdf.page_no() == MAX_PDF_PAGES and pdf.get_y() > 270:
            break
        pdf.cell(0, 3, line.lstrip("#- ").strip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def largest_posting() -> str:
    head = f"# {TITLE}\n\n{COMPANY} is hiring a {TITLE}.\n\n## Requirements\n\n"
    line = "- {i}+ years of Go, Kafka and PostgreSQL on AWS, with on-call ownership of service {i}.\n"
    parts, size, i = [head], len(head), 0
    while size + len(line) + 10 < MAX_POSTING_CHARS:
        parts.append(line.format(i=i))
        size += len(parts[-1])
        i += 1
    return "".join(parts)


def _ms(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn()
    return value, round((time.perf_counter() - started) * 1000, 1)


def _stages(data: bytes, filename: str, posting_text: str) -> dict[str, Any]:
    cv, read_ms = _ms(lambda: read_cv(data, filename))
    posting, posting_ms = _ms(lambda: read_posting(posting_text, company_name=COMPANY, job_title=TITLE))
    evidence, evidence_ms = _ms(lambda: build_evidence_map(cv, posting))
    brief = WritingBrief(evidence=evidence, preferences=Preferences(), candidate=cv.person, cv_text=cv_source_text(cv))
    draft, write_ms = _ms(lambda: asyncio.run(TemplateWriter().write(brief)))
    _, fvs_ms = _ms(lambda: verify_letter(draft.text, cv=cv, job=posting, company_name=COMPANY, job_title=TITLE))
    _, score_ms = _ms(lambda: score_letter(draft.text, evidence=evidence, preferences=Preferences()))
    return {
        "roles": len(cv.experience),
        "cv_chars": len(cv.raw_text),
        "ms": {
            "read_cv": read_ms,
            "read_posting": posting_ms,
            "evidence": evidence_ms,
            "write": write_ms,
            "fvs": fvs_ms,
            "scoring": score_ms,
        },
    }


def stage_costs() -> dict[str, Any]:
    posting = largest_posting()
    md_roles = _roles_within(MAX_TEXT_CHARS, markdown_cv)
    json_roles = _roles_within(MAX_TEXT_CHARS, json_resume)
    inputs: dict[str, tuple[bytes, str]] = {
        "markdown": (markdown_cv(md_roles).encode(), "cv.md"),
        "json_resume": (json_resume(json_roles).encode(), "cv.json"),
        "docx": (docx_cv(md_roles), "cv.docx"),
        "pdf": (pdf_cv(), "cv.pdf"),
    }
    return {
        "posting_chars": len(posting),
        "formats": {name: _stages(data, filename, posting) for name, (data, filename) in inputs.items()},
    }


def _own_cpu_ms(pid: int) -> float:
    """CPU time (user + system) of one process alone, its worker processes not counted."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


async def _generate_while_probing(server: LiveServer, token: str, body: dict[str, str]) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"}
    assert server.process is not None
    async with httpx.AsyncClient(base_url=server.base_url, headers=headers, timeout=600) as client:
        cpu_before = _own_cpu_ms(server.process.pid)
        started = time.perf_counter()
        letter = asyncio.create_task(client.post("/api/cover-letter", json=body))
        health_ms: list[float] = []
        while not letter.done():
            probe = time.perf_counter()
            await client.get("/health")
            health_ms.append((time.perf_counter() - probe) * 1000)
            await asyncio.sleep(0.05)
        response = await letter
        server_cpu_ms = _own_cpu_ms(server.process.pid) - cpu_before
    ordered = sorted(health_ms)
    return {
        "generation_status": response.status_code,
        "generation_code": response.json().get("code"),
        "generation_ms": round((time.perf_counter() - started) * 1000, 1),
        "health_probes": len(ordered),
        "health_p50_ms": round(statistics.median(ordered), 1) if ordered else None,
        "health_p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1) if ordered else None,
        "health_max_ms": round(ordered[-1], 1) if ordered else None,
        # What the server process itself (its event loop and threads) spent, the CPU workers' time apart.
        "server_process_cpu_ms": round(server_cpu_ms),
    }


def health_during_generation() -> dict[str, Any]:
    """The largest Markdown CV and posting over HTTP; /health sampled every 50 ms until the letter answers."""
    cv_text = markdown_cv(_roles_within(MAX_TEXT_CHARS, markdown_cv))
    with LiveServer({"CAREERVP_RATE_LIMITS": "off"}) as server:
        token = server.token("bench-worst", tier="enterprise")
        with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=600) as c:
            cv = c.post("/api/cvs", files={"file": ("cv.md", cv_text.encode(), "text/markdown")})
            cv.raise_for_status()
        body = {
            "cv_id": cv.json()["cv_id"],
            "job_id": "worst-case",
            "company_name": COMPANY,
            "job_title": TITLE,
            "job_description": largest_posting()[:50_000],  # the request body's own limit
        }
        return asyncio.run(_generate_while_probing(server, token, body))


def health_runs(runs: int = 3) -> dict[str, Any]:
    """`health_during_generation` `runs` times, each on a fresh server: every run's figures and their medians (a
    shared machine's noise moves single runs a lot)."""
    each = [health_during_generation() for _ in range(runs)]
    keys = ("health_p50_ms", "health_p99_ms", "health_max_ms", "generation_ms", "server_process_cpu_ms")
    return {"runs": each, "median": {k: statistics.median(r[k] for r in each if r[k] is not None) for k in keys}}


def health_rows(results: dict[str, Any]) -> list[tuple[str, str]]:
    """The `worst_health` figures as (figure, value) rows."""
    section = results.get("worst_health", {})
    if "runs" not in section:
        return []
    median = section["median"]
    per_run = "; ".join(f"{r['health_p50_ms']}/{r['health_p99_ms']}/{r['health_max_ms']}" for r in section["runs"])
    return [
        (
            f"/health p50/p99/max ms during a worst-case generation ({len(section['runs'])} runs)",
            f"{per_run}; medians {median['health_p50_ms']}/{median['health_p99_ms']}/{median['health_max_ms']}",
        ),
        (
            "worst-case generation: wall ms, server process CPU ms (workers apart), medians",
            f"{median['generation_ms']}, {median['server_process_cpu_ms']}",
        ),
    ]


def worst_case() -> dict[str, Any]:
    return {"stages": stage_costs(), "http": health_during_generation()}
