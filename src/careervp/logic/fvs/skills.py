"""Skill and tool claims: every known skill the letter names must be in the CV or the gap answers, unless the letter
names it honestly ("I have not yet used Snowflake") or describes the posting ("your Kafka platform")."""

from __future__ import annotations

import re

from careervp.logic.fvs import context
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation, Severity
from careervp.vocabulary import find_skills, is_generic_skill, skill_key
from careervp.vocabulary.lemmas import getAllLemmas


def _dotted_in_cv(written: str, sources: Sources) -> bool:
    """ "LLM" where the CV writes "LL.M.", "MS" where it writes "M.S.": the acronym means what the CV's does."""
    if not re.fullmatch(r"[A-Z]{2,5}", written):
        return False
    dotted = r"\.?\s?".join(re.escape(c) for c in written)
    return re.search(rf"(?<![\w.]){dotted}\.(?!\w)", sources.candidate_text) is not None


def _initials_in_cv(written: str, sources: Sources) -> bool:
    """ "EMR" where the CV writes "Emergency Medical Responder": an acronym the CV spells out means what the CV's
    words mean, not the vocabulary's other sense (electronic medical records)."""
    if not re.fullmatch(r"[A-Z]{2,6}", written):
        return False
    letters = r"[\s/-]+(?:(?:of|and|for|the|&)[\s/-]+)?".join(rf"{c}[\w'’]*" for c in written)
    return re.search(rf"(?<![\w'’]){letters}(?![\w'’])", sources.candidate_text) is not None


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


def _acronym_in_cv(written: str, sources: Sources) -> bool:
    """ "labor and delivery" where the CV writes "L&D", "quality assurance" where it writes "QA": a name of two or
    more words spelt out from an acronym the CV uses (capitals, optionally joined by "&", "/" or dots)."""
    words = [w for w in re.findall(r"[\w'’]+", written) if w.casefold() not in _SMALL_WORDS]
    if len(words) < 2 or len(words) > 6:
        return False
    joined = r"[&/.]?".join(w[0].upper() for w in words)
    return re.search(rf"(?<![\w&/.]){joined}\.?(?![\w&/])", sources.candidate_text) is not None


def _ordinary_word_opening(written: str, local_start: int, sentence: str) -> bool:
    """A tool named by an English word ("Go", "Swift", "Rust") written first in its sentence, where any word takes a
    capital: nothing in the spelling says it is the tool."""
    if sentence[:local_start].strip(" \"'“‘(") or not re.fullmatch(r"[A-Z][a-z]+", written):
        return False
    return bool(getAllLemmas(written.casefold()))


_ORGANISATION_AFTER = re.compile(r"^[\s-]+(firm|practice|company|clinic|shop|agency|house|studio|office|group)\b", re.I)


def _names_the_readers_kind(written: str, after: str, sources: Sources) -> bool:
    """The skill names a kind of organisation, in the posting's own words ("a CPA firm", "an Epic shop")."""
    kind = _ORGANISATION_AFTER.match(after)
    return kind is not None and sources.posting_says(f"{written} {kind.group(1)}")


_OWNED_BY = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,3}$")


def _the_readers_own(text: str, start: int, company_spans: list[tuple[int, int]]) -> bool:
    """The words follow the company's possessive, a few words on: "Acme's move to X", "Acme's new X"."""
    return any(0 <= start - e <= 40 and _OWNED_BY.match(text[e:start]) for _, e in company_spans)


def check_skills(
    letter: Letter, sources: Sources, company_spans: list[tuple[int, int]], target_spans: list[tuple[int, int]]
) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for name, (local_start, local_end) in find_skills(sentence.text):
            start, end = sentence.start + local_start, sentence.start + local_end
            written = letter.text[start:end]
            if any(s <= start < e for s, e in target_spans):
                continue
            if skill_key(name) in sources.candidate_skill_keys or sources.candidate_says(written):
                continue
            if (
                sources.candidate_has_all_words(name)
                or _dotted_in_cv(written, sources)
                or _initials_in_cv(written, sources)
                or _acronym_in_cv(written, sources)
            ):
                continue
            if " " not in name.strip() and len(name) >= 6 and sources.candidate_has_word(name):
                continue  # "underwriting" from an "Underwriter", "recruiting" from a "Recruiter"
            if context.is_negated_or_aspirational(sentence, start, end) or context.negated_later(sentence, end):
                continue
            opening = _ordinary_word_opening(written, local_start, sentence.text)
            if opening and not context.clause_is_first_person(sentence, start, end):
                continue  # "Go on, then": an ordinary word capitalised because it opens the sentence
            if _names_the_readers_kind(written, sentence.text[local_end:], sources):
                continue  # "a CPA firm like yours": the posting's word for what the company is
            in_posting = skill_key(name) in sources.posting_skill_keys or sources.posting_says(written)
            claimed_by_candidate = context.clause_is_first_person(sentence, start, end)
            if in_posting and not claimed_by_candidate:
                continue  # describing the posting or the team, not claiming the skill
            if in_posting and _the_readers_own(letter.text, start, company_spans):
                continue  # "Hartley & Finch's move to Shopify Plus": the company's news, in the posting's words
            if not sentence.is_first_person and context.clause_addresses_reader(sentence, start, end, company_spans):
                problems.append(
                    violation(letter.text, Kind.COMPANY_FACT, (start, end),
                              f"'{written}' is not mentioned in the posting.", severity=Severity.WARNING)
                )  # fmt: skip
                continue
            severity = Severity.WARNING if is_generic_skill(name) else Severity.CRITICAL
            problems.append(
                violation(letter.text, Kind.SKILL, (start, end),
                          f"Skill '{name}' appears nowhere in the CV or gap answers.", severity=severity)
            )  # fmt: skip
    return problems
