"""The target checks: the letter names the right company and the right job, and addresses no other company."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from careervp.logic.fvs.addressees import (
    ADDRESSEE_WORDS,
    ANOTHER_ADDRESSEE_AFTER,
    compound_role,
    names_an_activity,
    without_addressee,
)
from careervp.logic.fvs.advertised import advertised_titles
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter, NamePhrase, name_phrases
from careervp.logic.fvs.name_variants import drops_a_name_word, is_department, swaps_a_name_word
from careervp.logic.fvs.roles import looks_like_title
from careervp.logic.fvs.sources import Sources
from careervp.logic.patterns import compiled
from careervp.models.api import FVSViolation
from careervp.vocabulary import RANK_WORDS, company_matches, company_tokens, title_matches, title_tokens
from careervp.vocabulary.companies import plain_punctuation
from careervp.vocabulary.titles import first_ruling_out, title_token_set

_APPLICATION_CUE = re.compile(
    r"\b(?:apply|applying|application|applied|candidacy|interest|interested|consider|considering|excited|thrilled|"
    r"pleased|delighted|join|joining|opening|posting|vacancy|opportunity)\b",
    re.IGNORECASE,
)
_TARGET_BEFORE_NAME = re.compile(
    r"(?:\b(?:position|role|opening|job|vacancy|post|opportunity|posting|team|application|career|careers)\s+"
    r"(?:here\s+)?(?:at|with|for)|\b(?:join|joining|apply\s+to|applying\s+to|apply\s+at|applying\s+at|to\s+work\s+at|"
    r"to\s+work\s+for|contribute\s+to)|^\s*dear)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPLIES_TO_BEFORE = re.compile(
    r"\b(?:the|this|your|an?)\s+(?:[\w,&/()’'-]+\s+){0,8}?(?:position|role|opening|vacancy|job)\s+(?:at|with)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_STRONG_APPLICATION_CUE = re.compile(r"\b(?:apply|applying|application|candidacy|consider\s+me|considered)\b", re.I)
_ROLE_NOUN_NEXT = re.compile(r"\s+(?:position|role|opening|vacancy|job|post)\b", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\b(?:position|role|opening|vacancy|job|post|opportunity)\b", re.IGNORECASE)
_TITLE_BOUNDARY = re.compile(
    r"\b(?:the|your|this|a|an|for|as|to|our|their|my|its|in|at|on|with|about|that|which|is|be)\s+|[,;:!?.](?!\w)\s*",
    re.IGNORECASE,
)


# Last words of a department or unit written after the company's name.
_DEPARTMENT = re.compile(
    r"\b(?:operations|department|dept|office|division|unit|program|programme|desk|committee|team|teams|group|"
    r"recruitment|recruiting|talent|people|hr|panel|board|faculty|practice|services|newsroom|studio|lab|labs)\.?$",
    re.IGNORECASE,
)


def _windows(phrase: NamePhrase) -> list[tuple[int, int, str]]:
    """Every run of whole words inside a name phrase, longest first, as (start, end, text) in letter offsets."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s]+", phrase.text)]
    runs: list[tuple[int, int, str]] = []
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            start, end = words[i][0], words[j - 1][1]
            text = phrase.text[start:end].rstrip(",.")
            runs.append((phrase.start + start, phrase.start + start + len(text), text))
    return sorted(runs, key=lambda r: (-(r[1] - r[0]), r[0]))


def _similar_first_word(mention: str, official: str) -> bool:
    """A near-miss spelling of the distinctive word ("Ledgerwise" for "Ledgerwell", "Microsogt" for "Microsoft")."""
    m_tokens, o_tokens = company_tokens(mention), company_tokens(official)
    if not m_tokens or not o_tokens or m_tokens[0] == o_tokens[0]:
        return False
    a, b = m_tokens[0], o_tokens[0]
    return len(a) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.75


def _written_out(letter: Letter, official: str) -> list[tuple[int, int]]:
    """Where the letter writes the company's full name as the posting does ("Two Rivers Regional 9-1-1 Authority"),
    in any case and with either kind of dash or apostrophe."""
    if not official.strip():
        return []
    pattern = compiled(rf"(?<!\w){re.escape(plain_punctuation(official).strip())}(?!\w)", re.IGNORECASE)
    body_end = letter.signature_start
    return [m.span() for m in pattern.finditer(plain_punctuation(letter.text)) if m.start() < body_end]


def check_company(
    letter: Letter, sources: Sources, phrases: list[NamePhrase]
) -> tuple[bool, list[FVSViolation], list[tuple[int, int]]]:
    """(named correctly, violations, spans of correct mentions)."""
    official = sources.company_name
    found: list[tuple[int, int]] = []
    problems: list[FVSViolation] = []
    written_out = _written_out(letter, official)
    for phrase in phrases:
        whole = next((span for span in written_out if span[0] <= phrase.start < span[1]), None)
        if whole is not None:
            found.append(whole)  # the name exactly as the posting writes it, whatever its words and signs
            continue
        windows = _windows(phrase)
        hit = next(((s, e) for s, e, text in windows if company_matches(text, official)), None)
        if hit is not None and _names_own_employer(windows, hit, sources):
            continue  # "Harbour Services" is the candidate's employer, though the target is "Harbour Holdings"
        if hit is not None:
            if (
                _diverges_after(letter.text, phrase, hit, official, sources)
                or drops_a_name_word(letter.text[hit[0] : hit[1]], official)
                or swaps_a_name_word(phrase.text, official)
            ):
                problems.append(
                    violation(letter.text, Kind.COMPANY_NAME, (phrase.start, phrase.end),
                              f"'{phrase.text}' is not '{official}'.", expected=official)
                )  # fmt: skip
                continue
            found.append(hit)
            continue
        before = letter.text[phrase.sentence.start : phrase.start]
        if sources.is_employer(phrase.text) or sources.anyone_says(phrase.text):
            # A site the posting names is where the role is ("the Shift Lead role at Redgum Flat"); a name the
            # candidate gives ("the Senior Engineer role at <my current employer>") is the wrong place.
            own_site = sources.posting_says(phrase.text) and not sources.is_employer(phrase.text)
            if (
                not own_site
                and _APPLIES_TO_BEFORE.search(before)
                and _STRONG_APPLICATION_CUE.search(phrase.sentence.text)
            ):
                problems.append(
                    violation(letter.text, Kind.COMPANY_NAME, (phrase.start, phrase.end),
                              f"The letter applies to '{phrase.text}', not '{official}'.", expected=official)
                )  # fmt: skip
            continue
        # A name the CV or posting writes ("American Heart Association") is itself, not a misspelling of the target.
        if any(_similar_first_word(text, official) and not sources.anyone_says(text) for _, _, text in windows):
            problems.append(
                violation(letter.text, Kind.COMPANY_NAME, (phrase.start, phrase.end),
                          f"Company name misspelt: '{phrase.text}' is not '{official}'.", expected=official)
            )  # fmt: skip
        elif _TARGET_BEFORE_NAME.search(before):
            core = without_addressee(phrase)
            if core is None or sources.is_employer(letter.text[core[0] : core[1]]):
                continue
            if sources.posting_says(letter.text[core[0] : core[1]]) or is_department(letter.text[core[0] : core[1]],
                                                                                      sources):  # fmt: skip
                continue  # "Dear Antimicrobial Stewardship Program Team": a unit the posting names
            after = letter.text[phrase.end : phrase.sentence.end]
            core_text = letter.text[core[0] : core[1]]
            if looks_like_title(core_text) or compound_role(core_text) or _ROLE_NOUN_NEXT.match(after):
                continue  # "Dear Nurse Recruiter", "the Sr. Site Reliability Engineer role": a person or a job
            if core[1] < phrase.end and names_an_activity(core_text):
                continue  # "Dear Audition Panel", "Dear Tender Board": a group named by the task it meets for
            joined = re.search(r"\s(?:and|&)\s", letter.text[core[0] : core[1]]) and core[1] < phrase.end
            if joined or ANOTHER_ADDRESSEE_AFTER.match(letter.text[core[1] : phrase.sentence.end]):
                continue  # "Dear Harbour Master and Survey Panel": one of several people the letter greets
            name = letter.text[core[0] : core[1]]
            problems.append(
                violation(letter.text, Kind.COMPANY_NAME, core,
                          f"The letter addresses '{name}', not '{official}'.", expected=official)
            )  # fmt: skip
    found += [span for span in written_out if span not in found]
    named = bool(found) and not problems
    if not found:
        problems.append(violation(letter.text, Kind.COMPANY_NAME, None, f"The letter never names '{official}'.",
                                  expected=official))  # fmt: skip
    return named, problems, found


def _names_own_employer(windows: list[tuple[int, int, str]], hit: tuple[int, int], sources: Sources) -> bool:
    """A longer run of the phrase names one of the candidate's employers, which shares its first word with the
    target company."""
    return any(
        e - s > hit[1] - hit[0]
        and len(text.split()) >= 2
        and sources.is_employer(text)
        and not sources.is_target_company(text)
        for s, e, text in windows
        if s <= hit[0] and hit[1] <= e
    )


def _diverges_after(text: str, phrase: NamePhrase, hit: tuple[int, int], official: str, sources: Sources) -> bool:
    """ "Ardent Workforce Solutions" for "Ardent Workforce Technologies": the short form matches, but the name goes
    on with words the official name does not have and the sources never use ("Ledgerwell Payments Core team" is
    fine when the posting names its Payments Core team)."""
    rest = text[hit[1] : phrase.end].strip()
    following = re.match(r"([A-Z][A-Za-z&]{2,})", rest)
    if following is None or sources.anyone_says(phrase.text) or sources.anyone_says(rest):
        return False
    if _DEPARTMENT.search(rest):
        return False  # "Dear Halcyra Airways Flight Operations": a department of the company
    word = following.group(1).casefold()
    return word not in company_tokens(official) and not ADDRESSEE_WORDS.match(word)


def check_contamination(
    letter: Letter, sources: Sources, phrases: list[NamePhrase], other_companies: Sequence[str]
) -> list[FVSViolation]:
    """Names of other companies the user applies to: pasting one into this letter is a costly slip."""
    problems: list[FVSViolation] = []
    for other in other_companies:
        if not other.strip() or company_matches(other, sources.company_name) or sources.is_employer(other):
            continue
        for phrase in phrases:
            for start, end, text in _windows(phrase):
                if company_matches(text, other) and not sources.is_target_company(text):
                    problems.append(
                        violation(letter.text, Kind.CONTAMINATION, (start, end),
                                  f"'{text}' names another company the user applied to ('{other}').")
                    )  # fmt: skip
                    break
    return problems


def _letter_words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[\w][\w.'’&/+-]*", text)]


def find_title_mentions(letter: Letter, official: str) -> list[tuple[int, int]]:
    """Spans that name the official title, abbreviations and short forms allowed."""
    text = letter.text[: letter.signature_start]
    words = _letter_words(text)
    wanted = set(title_tokens(official))
    length = len(official.split())
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        start, end = words[index]
        first = title_token_set(text[start:end])
        matched = None
        if first & wanted:
            longest = min(length + 3, len(words) - index)
            ruled_out_from = first_ruling_out([text[s:e] for s, e in words[index : index + longest]], official)
            for size in range(longest, 0, -1):
                span_end = words[index + size - 1][1]
                candidate = text[start:span_end].rstrip(".,")
                if size > ruled_out_from and candidate.isascii():
                    continue  # holds a word no reading of the title has (titles.rules_out_title): cannot match
                if title_matches(candidate, official):
                    matched = (start, start + len(candidate), size)
                    break
        if matched and not _rank_before(text, words, index, wanted):
            spans.append(matched[:2])
            index += matched[2]
        else:
            index += 1
    return spans


def _rank_before(text: str, words: list[tuple[int, int]], index: int, wanted: set[str]) -> bool:
    """ "Senior Instructional Designer" contains "Instructional Designer" but names another job, and "Certified
    Tree Officer" a credential."""
    if index == 0:
        return False
    start, end = words[index - 1]
    if text[end : words[index][0]].strip():
        return False  # punctuation in between: not part of the same title
    tokens = set(title_tokens(text[start:end]))
    return bool(tokens & (RANK_WORDS | _CREDENTIAL_WORDS)) and not tokens <= wanted


_CREDENTIAL_WORDS = frozenset({"certified", "registered", "chartered", "licensed", "accredited", "board-certified"})
"""Before a title, a credential named after the job: "Certified Tree Officer" is not the Tree Officer role."""


def _is_loose_reference(mention_tokens: list[str], official: str) -> bool:
    """ "the SRE role" for "Senior Site Reliability Engineer": fewer words, none of them different."""
    official_tokens = set(title_tokens(official))
    return bool(mention_tokens) and set(mention_tokens) <= official_tokens


_HEADLESS = frozenset({"new", "open", "current", "exciting", "same", "full", "time", "remote", "hybrid", "posted"})


# An indefinite article before a title the letter names besides the one applied for: another opening it would take.
_ANOTHER_OPENING_BEFORE = re.compile(r"\b(?:an?|another|any|other)\s+$", re.IGNORECASE)


def check_title(letter: Letter, sources: Sources) -> tuple[bool, list[FVSViolation], list[tuple[int, int]]]:
    """(named correctly, violations, spans of correct mentions)."""
    official = sources.job_title
    mentions = find_title_mentions(letter, official)
    problems: list[FVSViolation] = []
    for sentence in letter.sentences:
        if sentence.start >= letter.signature_start or not _APPLICATION_CUE.search(sentence.text):
            continue
        for noun in _ROLE_NOUN.finditer(sentence.text):
            before = sentence.text[: noun.start()]
            boundaries = [m.end() for m in _TITLE_BOUNDARY.finditer(before)]
            if not boundaries:
                continue
            local_start = _capitalised_run_start(before, boundaries[-1])
            title_text = before[local_start:].strip()
            start = sentence.start + local_start
            span = (start, start + len(title_text))
            if not title_text or any(s <= span[0] < e or span[0] <= s < span[1] for s, e in mentions):
                continue
            if mentions and _ANOTHER_OPENING_BEFORE.search(before[:local_start]):
                continue  # "... or to be considered for an audiology assistant opening": another post, asked as such
            if _names_a_different_title(title_text, official, sources):
                problems.append(
                    violation(letter.text, Kind.JOB_TITLE, span,
                              f"The letter applies for '{title_text}', not '{official}'.", expected=official)
                )  # fmt: skip
    for start, end, title_text in advertised_titles(letter):  # "advertising for a Senior Estimator"
        if not any(s <= start < e for s, e in mentions) and _names_a_different_title(title_text, official, sources):
            message = f"The letter applies for '{title_text}', not '{official}'."
            problems.append(violation(letter.text, Kind.JOB_TITLE, (start, end), message, expected=official))
    problems += _extended_mentions(letter, mentions, sources)
    named = bool(mentions) and not problems
    if not mentions:
        problems.append(violation(letter.text, Kind.JOB_TITLE, None, f"The letter never names the role '{official}'.",
                                  expected=official))  # fmt: skip
    return named, problems, mentions


# Capitalised words run on from a mention of the title up to "role": "the Lead Nurse, Theatres role".
_WORDS_TO_ROLE_NOUN = re.compile(
    r"^(?:,\s*|\s+)((?:[A-Z][\w&/'’-]*\s+){1,3})(?:position|role|opening|vacancy|job|post)\b"
)


def _extended_mentions(letter: Letter, mentions: list[tuple[int, int]], sources: Sources) -> list[FVSViolation]:
    """A mention of the title's short form run on with words the official title does not have ("the Senior Buyer,
    Enterprise role" for "Senior Buyer, Mid-Market", "the Court Clerk Supervisor role" for "Court Clerk"): another
    job."""
    problems: list[FVSViolation] = []
    official = set(title_tokens(sources.job_title))
    for start, end in mentions:
        extra = _WORDS_TO_ROLE_NOUN.match(letter.text[end : letter.signature_start])
        if extra is None or set(title_tokens(extra.group(1))) <= official or sources.is_target_company(extra.group(1)):
            continue
        if re.search(r"\b(?:at|for|with|in)$", letter.text[start:end]):
            continue  # "a Senior Buyer at" and an employer: the mention ends in a preposition
        span = (start, end + extra.start(1) + len(extra.group(1).rstrip()))
        message = f"The letter applies for '{letter.text[span[0] : span[1]]}', not '{sources.job_title}'."
        problems.append(violation(letter.text, Kind.JOB_TITLE, span, message, expected=sources.job_title))
    return problems


def _capitalised_run_start(before: str, boundary: int) -> int:
    """Extend a title back over a comma inside it: "the Group Product Manager, Patient Engagement role" is one
    title, though the comma is a boundary for lower-case text."""
    start = boundary
    while True:
        match = re.search(r"((?:[A-Z][\w&/.'’-]*\s+(?:(?:of|and|&|for)\s+)?)*[A-Z][\w&/.'’-]*),\s*$", before[:start])
        if match is None or not before[start:].strip()[:1].isupper():
            return start
        start = match.start(1)


def _names_a_different_title(title_text: str, official: str, sources: Sources) -> bool:
    words = title_text.split()
    # Drop a leading company name ("the Acme Senior Engineer role").
    while words and (sources.is_target_company(words[0]) or words[0].casefold() in _HEADLESS):
        words = words[1:]
    candidate = " ".join(words)
    tokens = [t for t in title_tokens(candidate) if t not in _HEADLESS]
    if not tokens or not (set(tokens) - RANK_WORDS) or not looks_like_title(candidate):
        return False
    if title_matches(candidate, official) or _is_loose_reference(tokens, official):
        return False
    return not sources.is_target_company(candidate)


def all_phrases(letter: Letter, known_capitalised: set[str]) -> list[NamePhrase]:
    """Name phrases in the greeting and body (not the signature, which names the candidate)."""
    return [p for s in letter.sentences if s.start < letter.signature_start for p in name_phrases(s, known_capitalised)]
