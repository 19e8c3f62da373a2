"""Sentences about the CV's record beyond its results: degrees, credentials, earlier posts, the profile line, and the
gap. Each is written only when its parts are well formed (a degree line in its proper slots, an employer that is an
organisation, a credential without its course title), so a broken CV line is left out rather than set in a frame."""

from __future__ import annotations

import re
from collections.abc import Callable

from careervp.logic.evidence.facts import credential_name
from careervp.logic.text import join_list
from careervp.logic.writers import template_content as content
from careervp.logic.writers.career import years_phrase
from careervp.logic.writers.grammar import unshouted
from careervp.logic.writers.noun_phrases import gap_kind, summary_sentence
from careervp.logic.writers.pieces import (
    IN_PROGRESS,
    credential_line,
    held_credential,
    is_degree_line,
    is_employer_name,
    is_job_title,
)
from careervp.logic.writers.plan import LetterPlan
from careervp.logic.writers.registers import Register
from careervp.logic.writers.wording import article, employer_name, institution, quoted
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind

Fill = Callable[..., str]
"""The letter's frame filler: (frames, slot, **values) -> the chosen frame, filled."""
_PERSON_TITLE = re.compile(r"^(?:Certified|Registered|Licensed|Chartered)\b.*(?:er|or|ist|ian|ant|nurse)$")
"""A credential named as the person who holds it ("Certified Crop Adviser"): one is it, one does not hold it."""


def profile_sentence(evidence: EvidenceMap) -> str:
    """The CV's own profile line, for the opening of a letter that would otherwise fall short; never when it counts
    years differently from the opening ("13 years" beside 14, "thirteen years"): one count, said once."""
    text = summary_sentence(evidence)
    stated = years_phrase(evidence) or ""
    years = stated.removesuffix(" years") if stated[:1].isdigit() else "none"  # the whole span, in the field only
    counted = re.findall(r"(\d+)\+? years?\b", text or "")
    if not text or any(n != years for n in counted) or re.search(r"[a-z] years?\b", text):
        return ""
    return text.removeprefix("In short, ")


def degree_sentence(degree: EvidenceFact) -> str:
    line = quoted(degree.text)
    studying = IN_PROGRESS.search(line)
    if studying is not None:  # never "earned": the degree is still being studied
        name, _, school = line[: studying.start()].partition(" from ")
        due = f", due in {studying.group('year')}" if studying.group("year") else ""
        return f"I am completing my {name} at {institution(school)}{due}."
    return f"I earned my {institution(line)}." if is_degree_line(line) else ""


def degrees_sentence(evidence: EvidenceMap, plan: LetterPlan) -> str:
    """The degrees a credential sentence has not named, up to two, in one sentence; one still being studied is said
    as such, in a sentence of its own."""
    degrees, _ = content.credentials(evidence)
    if plan.credential is not None and plan.credential.kind is FactKind.EDUCATION:
        return ""
    chosen = [d for d in degrees if d is not plan.credential and is_degree_line(d.text)][:2]
    earned = [institution(quoted(d.text)) for d in chosen if not IN_PROGRESS.search(quoted(d.text))]
    studying = [degree_sentence(d) for d in chosen if IN_PROGRESS.search(quoted(d.text))]
    sentences = ([f"I earned my {' and my '.join(earned)}."] if earned else []) + studying
    return " ".join(sentences)


def credential_phrase(credential: EvidenceFact) -> str:
    return held_credential(credential_line(quoted(credential_name(credential))))


def certificates_sentence(evidence: EvidenceMap, plan: LetterPlan, said: frozenset[str] = frozenset()) -> str:
    """Further certificates the CV lists, each by its own name, for a letter that would otherwise fall short; `said`
    holds the ids of certificates the letter names already."""
    _, certificates = content.credentials(evidence, said)
    lines = [part for c in certificates if c is not plan.credential
             for part in quoted(credential_name(c)).split(" · ")]  # fmt: skip
    names = [held_credential(credential_line(line)) for line in lines]  # one line may list several
    names = [_NUMBERED.sub("", n) for n in names]  # "ATPL(A), No. GBR.FCL.AT.204817.A": the licence's number
    names = [_SECOND_SENTENCE.split(n)[0] for n in names]  # "..., Building Safety Regulator. Reg. no. 123": a note
    names = [n for n in names if ";" not in n and not re.match(r"[\w ]+\s:", n)]  # several, or "Spring : ..."
    names = [n for n in names if not n.startswith("(")]  # "(includes ... internship)": a note, not a name
    names = [_without_repeated_issuer(n, names) for n in names]
    return f"My credentials also include {join_list(names[:3])}." if names else ""


_SECOND_SENTENCE = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")
_NUMBERED = re.compile(
    r",?\s+(?:No|Reg(?:istration)?\.?\s+no|Licence\s+no|Cert\.?\s+no)\.?\s+[A-Z0-9][\w./-]*\d[\w./-]*"
)
"""A licence's number after its name ("No. GBR.FCL.AT.204817.A", "Reg. no. 48213"): the CV's record, not its name."""


def _without_repeated_issuer(name: str, names: list[str]) -> str:
    """ "HAZWOPER Refresher (OSHA)" beside "OSHA 40-Hour HAZWOPER": the issuer in brackets is said once already."""
    issuer = re.search(r"\s*\(([A-Z]{2,8})\)\s*$", name)
    if issuer and any(issuer.group(1) in other for other in names if other != name):
        return name[: issuer.start()]
    return name


def gap_sentence(gap: content.Gap, register: Register, fill: Fill) -> str:
    """The gap in the frame its phrase needs: an activity, a field, a tool, a thing, a credential or a language."""
    frames = {"activity": register.gap_activity, "field": register.gap_field, "tool": register.gap_tool,
              "thing": register.gap_thing, "state": register.gap_state}[gap_kind(gap.topic)]  # fmt: skip
    frames = register.credential_gap if gap.is_credential else frames
    frames = register.language_gap if gap.is_language else frames
    text = fill(frames, 4, gap=gap.topic)
    if gap.is_credential and _PERSON_TITLE.match(gap.topic):
        text = f"I am not yet {article(gap.topic)} {gap.topic}, and I would plan to work towards it early."
    if gap.count > 1:  # "the B2 licence or the 787 type rating": both are pursued
        text = re.sub(r"\b(pursue|close|closing|towards|on|to) it\b", r"\1 them", text)
    return text


def history_sentence(evidence: EvidenceMap, cited: set[str], home: str | None) -> str:
    """Earlier jobs no evidence sentence names: context for a longer letter, each title once; a way of working or a
    home town read as the employer ("a Leasing Consultant at Self-employed") is no job to list."""
    by_employer: dict[str, list[str]] = {}
    for job in content.jobs(evidence):
        employer = employer_name(job.organisation)
        if job.is_current or employer in cited or not employer[:1].isalnum() or not is_employer_name(employer, home):
            continue
        if not is_job_title(job.title):
            continue
        titles = by_employer.setdefault(employer, [])
        role = unshouted(job.title)
        if role not in titles:
            titles.append(role)
    if not by_employer:
        return ""
    roles = join_list([f"{join_list([f'{article(t)} {t}' for t in titles])} at {employer}"
                       for employer, titles in list(by_employer.items())[:3]])  # fmt: skip
    return f"Earlier in my career, I worked as {roles}."
