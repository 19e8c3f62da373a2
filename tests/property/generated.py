"""Generated CVs and postings in many fields, written the ways people write them, for property tests.

Each field brings its own titles, tools (acronyms, compound and slashed names, one-letter languages), credentials and
achievements with numbers; each CV is laid out in one of several real-world styles with dates in one of the formats
the readers take. Nothing here comes from a corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st


@dataclass(frozen=True)
class Field:
    name: str
    titles: tuple[str, ...]
    tools: tuple[str, ...]
    credentials: tuple[str, ...]
    achievements: tuple[str, ...]  # "{n}", "{p}" and "{a}"/"{b}" take numbers


FIELDS = (
    Field(
        "software engineering",
        ("Software Engineer", "Backend Developer", "Platform Engineer"),
        ("Python", "Go", "C", "C++", "C#", "R", "PostgreSQL", "Kafka", "AWS", "Kubernetes", "REST APIs", "CI/CD"),
        ("AWS Certified Developer – Associate", "Certified Kubernetes Administrator (CKA)"),
        (
            "Cut p99 latency from {a} ms to {b} ms across {n} services.",
            "Mentored {n} engineers, two of whom were promoted.",
            "Reduced cloud spend by {p}% by right-sizing clusters.",
        ),
    ),
    Field(
        "veterinary nursing",
        ("Veterinary Nurse", "Registered Veterinary Technician", "Head Veterinary Nurse"),
        ("ezyVet", "AVImark", "anaesthesia monitoring", "radiography", "Excel/VBA", "IV catheter placement"),
        ("RVN, Royal College of Veterinary Surgeons", "Fear Free Certified Professional"),
        (
            "Monitored anaesthesia for more than {n} surgeries a year.",
            "Cut triage-to-treatment time from {a} to {b} minutes.",
            "Trained {n} student nurses on the anaesthesia protocol.",
        ),
    ),
    Field(
        "logistics",
        ("Warehouse Supervisor", "Supply Planner", "Transport Coordinator"),
        ("SAP EWM", "WMS", "TMS", "Excel", "Power BI", "LTL freight", "forklift operation", "on-call rotation"),
        ("APICS CPIM", "Certified Supply Chain Professional (CSCP)"),
        (
            "Raised pick accuracy from {a}% to {b}% across {n} shifts.",
            "Managed {n} associates on three shifts.",
            "Cut dock-to-stock time by {p}%.",
        ),
    ),
    Field(
        "journalism",
        ("Reporter", "News Editor", "Copy Editor"),
        ("AP style", "CMS", "SEO", "InDesign/InCopy", "data journalism", "FOIA requests", "Google Sheets"),
        ("Poynter ACES Certificate in Editing",),
        (
            "Edited about {n} stories a week for print and web.",
            "Grew organic search traffic by {p}% in one year.",
            "Cut the corrections backlog from {a} to {b} items.",
        ),
    ),
    Field(
        "physiotherapy",
        ("Physiotherapist", "Senior Physiotherapist", "MSK Physiotherapist"),
        ("MSK assessment", "acupuncture", "SystmOne", "EMIS Web", "hydrotherapy", "PT/OT coordination"),
        ("HCPC Registration", "AACP Acupuncture Licence"),
        (
            "Reduced the routine waiting list from {a} to {b} weeks.",
            "Supervised {n} Band 5 physiotherapists.",
            "Ran {n} falls-prevention classes a month.",
        ),
    ),
    Field(
        "civil engineering",
        ("Site Engineer", "Structural Engineer", "Bridge Engineer"),
        ("AutoCAD Civil 3D", "MIDAS Civil", "LRFD design", "load rating", "HEC-RAS", "BIM"),
        ("PE License", "Chartered Engineer (CEng)"),
        (
            "Led load rating for {n} bridges.",
            "Delivered a ${n},000 culvert replacement {p}% under budget.",
            "Cut design review time from {a} to {b} days.",
        ),
    ),
)

FIRST = ("Ana", "Tomasz", "Priya", "Kwame", "Eilidh", "Jonas", "Mei", "Farah", "Luca", "Nadia")
LAST = ("Okafor", "Lindqvist", "Brennan", "Haddad", "Zhang", "Moreau", "Kowal", "Adeyemi", "Quinn", "Ferreira")
ORGS = ("Harbour", "Northgate", "Tamsin", "Corvid", "Ashgrove", "Pellow", "Riverbend", "Kestrel", "Marlowe", "Ostra")
KINDS = ("Group", "Ltd", "Inc.", "Services", "Partners", "Health", "Logistics", "Media", "& Co.", "Systems")
COMPANY_KINDS = ("Holdings", "GmbH", "Consulting Engineers", "plc", "LLC")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_range(start: int, end: int | None, month: int, style: int) -> str:
    """One of the ways people write a range; `end` None means the job is current."""
    if style == 0:
        return f"{MONTHS[month]} {start} – " + ("Present" if end is None else f"{MONTHS[(month + 5) % 12]} {end}")
    if style == 1:
        return f"{start}-{month + 1:02d} to " + ("Present" if end is None else f"{end}-{(month + 5) % 12 + 1:02d}")
    if style == 2:
        return f"{month + 1:02d}/{start} - " + ("Current" if end is None else f"{(month + 5) % 12 + 1:02d}/{end}")
    return f"{start}–" + ("present" if end is None else str(end))


@dataclass(frozen=True)
class Case:
    cv: str
    posting: str
    company: str
    title: str
    field: str


@st.composite
def cases(draw: st.DrawFn) -> Case:
    field = draw(st.sampled_from(FIELDS))
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    layout, dates = draw(st.integers(0, 2)), draw(st.integers(0, 3))
    n_jobs = draw(st.integers(1, 3))
    year = 2026 - draw(st.integers(0, 3))
    lines = [f"# {name}", "Bristol, UK · person@example.org", "", "## Experience", ""]
    for index in range(n_jobs):
        length = draw(st.integers(1, 5))
        start, end = year - length, (None if index == 0 else year)
        year = start - draw(st.integers(0, 1))
        title = draw(st.sampled_from(field.titles))
        employer = f"{draw(st.sampled_from(ORGS))} {draw(st.sampled_from(KINDS))}"
        when = _date_range(start, end, draw(st.integers(0, 11)), dates)
        if layout == 0:
            lines.append(f"**{title}** | {employer} | {when}")
        elif layout == 1:
            lines += [f"### {title} — {employer}", f"*{when}*"]
        else:
            lines += [f"{employer}, Bristol", f"{title}, {when}"]
        for template in draw(st.lists(st.sampled_from(field.achievements), min_size=1, max_size=3, unique=True)):
            a = draw(st.integers(20, 90))
            numbers = {"n": draw(st.integers(2, 400)), "p": draw(st.integers(5, 60)), "a": a, "b": a // 2}
            lines.append("- " + template.format(**numbers))
        lines.append("")
    tools = draw(st.lists(st.sampled_from(field.tools), min_size=2, max_size=6, unique=True))
    credentials = draw(st.lists(st.sampled_from(field.credentials), max_size=2, unique=True))
    lines += ["## Skills", ", ".join(tools), ""]
    if credentials:
        lines += ["## Certifications", *[f"- {c} ({draw(st.integers(2012, 2025))})" for c in credentials], ""]
    lines += ["## Education", f"BSc {field.name.title()} — University of Wessex, {year - 1}"]
    company = f"{draw(st.sampled_from(ORGS))} {draw(st.sampled_from(COMPANY_KINDS))}"
    title = draw(st.sampled_from(field.titles))
    wanted = draw(st.lists(st.sampled_from(field.tools), min_size=2, max_size=4, unique=True))
    posting = "\n".join(
        [
            f"# {title}",
            f"Company: {company}",
            "",
            f"{company} has served the region since 19{draw(st.integers(50, 99))} with a team of "
            f"{draw(st.integers(20, 900))} people.",
            "",
            "## Requirements",
            f"- {draw(st.integers(2, 8))}+ years of {field.name} experience.",
            *[f"- Experience with {tool}." for tool in wanted],
            f"- {draw(st.sampled_from(field.credentials))} or equivalent.",
            "",
            "## Nice to have",
            f"- Knowledge of {draw(st.sampled_from(field.tools))}.",
        ]
    )
    return Case("\n".join(lines) + "\n", posting + "\n", company, title, field.name)
