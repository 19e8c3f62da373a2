"""Years of experience and dates: "more than ten years", "seven years at Acme", "since 2019", "in 2016".

A duration is compared with the period it is about: the tenure at a named employer, the time in a named role, or
(when nothing is named) the whole career from the earliest start to the latest end. Years written without months
are read generously (2018-2021 may be anything from two to four years), and "more than N" only needs N to fit.
"""

from __future__ import annotations

import math
import re

from lemminflect import getAllLemmas

from careervp.logic.fvs.context import CREDENTIAL_CUE, stems
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, NamePhrase, Sentence, clause_around
from careervp.logic.fvs.periods import as_elided_years, tenures_in_activity
from careervp.logic.fvs.roles import fits_titles
from careervp.logic.fvs.sources import Sources, Tenure, merge_tenures
from careervp.logic.numbers import Qualifier, Quantity, QuantityKind, extract_quantities, supports
from careervp.models.api import FVSViolation
from careervp.vocabulary import RANK_WORDS, title_tokens

_TIED_EMPLOYER_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:at|with|for|in)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’&.-]*){0,5})"
)
_TIED_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|with|joined)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’&.-]*){0,5})"
    r"[^.;,]{0,30}\b(?:for|over|in)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$"
)
_TIED_ROLE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:[\w-]+\s+){0,2}experience\s+)?as\s+(?:a|an|the)?\s*([\w -]{2,60}?)"
    r"(?=[,.;]|\s+(?:at|in|and|with|on|where|who)\b|$)"
)
_TIED_ROLE_BEFORE = re.compile(
    r"\b(?:been|as|worked\s+as)\s+(?:a|an|the)\s+([\w -]{2,60}?)\s+for\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$"
)
_SINCE = re.compile(
    r"\b(?:since|from|joined\s+in|started\s+in|began\s+in)\s+(?:(?:early|mid|late)[\s-]+|[A-Z][a-z]+\s+)?$",
    re.IGNORECASE,
)


_WINDOW_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+$", re.IGNORECASE)
# A stretch of time still to come ("for the next thirty years", "over the coming two years") is nobody's history.
_FUTURE_BEFORE = re.compile(r"\b(?:next|coming|following|upcoming)\s+$", re.IGNORECASE)


def _years_fit(claim: Quantity, lo: float, hi: float) -> bool:
    value = claim.value * (10 if claim.unit == "decade" else 1)
    if claim.qualifier is Qualifier.AT_LEAST:
        return value <= hi + 0.25
    if claim.qualifier is Qualifier.AT_MOST:
        return value >= lo - 0.25
    if claim.qualifier is Qualifier.APPROX:
        return lo - 1 <= value <= hi + 1
    return math.floor(lo) <= value <= hi + 0.5


def _fits_stated(claim: Quantity, fact: Quantity) -> bool:
    """A duration the CV states: "11 years" means 11 (a letter may not round it up to 12); "10+ years" means at
    least 10 and less than 11 as far as anyone can tell."""
    value = fact.value * (10 if fact.unit == "decade" else 1)
    high = value + 0.99 if fact.qualifier is Qualifier.AT_LEAST else value
    return _years_fit(claim, value, high)


def _fits_tenure(claim: Quantity, tenure: Tenure | None) -> bool:
    return tenure is not None and _years_fit(claim, tenure.min_years, tenure.max_years)


def _tied_tenures(
    sentence: Sentence, claim: Quantity, sources: Sources, until: int | None = None
) -> tuple[bool, list[Tenure]]:
    """(tied to something, its tenures): the employer or role a duration is about, when the sentence names one.
    For an employer, both the whole stay and each job held there count ("three years on the step-down unit"). A
    role named without a rank ("ten years as a backend developer") describes a line of work, which the whole career
    may be, so the career counts for it too."""
    local_start, local_end = claim.span
    after, before = sentence.text[local_end:until], sentence.text[:local_start]  # up to the next figure, if any
    for match in (_TIED_EMPLOYER_AFTER.match(after), _TIED_EMPLOYER_BEFORE.search(before)):
        if match:
            entries = sources.employer_entries(match.group(1))
            tenures = [t for e, t in sources.tenures if e in entries]
            merged = merge_tenures(tenures)
            if merged is not None:  # an employer the reader found no dates for cannot be checked, only trusted
                return True, [*tenures, merged]
    practised = tenures_in_activity(after, sources)
    merged_practice = merge_tenures(practised)
    if merged_practice is not None:  # "ten years auditing hospitals": the years as an auditor
        return True, [*practised, merged_practice]
    for match in (_TIED_ROLE_AFTER.match(after), _TIED_ROLE_BEFORE.search(before)):
        if match:
            role = match.group(1).strip()
            tenures = [t for e, t in sources.tenures if fits_titles(role, [e.title])]
            merged = merge_tenures(tenures)
            if merged is not None:
                line_of_work = not set(title_tokens(role)) & RANK_WORDS and sources.career is not None
                # Each job with that title, all of them together, and for a line of work the whole career.
                return True, [*tenures, merged, *([sources.career] if line_of_work and sources.career else [])]
    return False, []


def _general_fit(claim: Quantity, sources: Sources) -> bool:
    """An untied duration may describe the whole career (earliest start to latest end, the reading the corpus
    format prescribes for "N years of experience"), any one job or employer, or a duration the CV states."""
    if _fits_tenure(claim, sources.career):
        return True
    if any(_fits_tenure(claim, tenure) for _, tenure in sources.tenures):
        return True
    for employer in {e.employer for e in sources.cv.experience}:
        entries = sources.employer_entries(employer)
        if _fits_tenure(claim, merge_tenures([t for e, t in sources.tenures if e in entries])):
            return True
    # A duration the CV states, in any unit: "within 18 months" backs "in a year and a half".
    return any(
        (fact.kind is QuantityKind.DURATION_YEARS and _fits_stated(claim, fact))
        or (fact.kind is QuantityKind.DURATION_OTHER and supports(claim, fact))
        for fact, _ in sources.candidate_quantities
    )


def check_durations(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        quantities = extract_quantities(sentence.text)
        for written in quantities:
            claim = as_elided_years(sentence.text, written, quantities) or written
            if claim.kind is not QuantityKind.DURATION_YEARS or _FUTURE_BEFORE.search(sentence.text[: claim.span[0]]):
                continue
            following = [q.span[0] for q in quantities if q.span[0] >= claim.span[1]]
            tied, tenures = _tied_tenures(sentence, claim, sources, min(following, default=None))
            if tied:
                ok = any(_fits_tenure(claim, t) for t in tenures)
            elif _WINDOW_BEFORE.search(sentence.text[: claim.span[0]]):
                # "in the past two years I have...": a window inside the career, not a length of service
                ok = sources.career is not None and claim.value <= sources.career.max_years + 0.75
            else:
                ok = _general_fit(claim, sources)
            if ok:
                continue
            span = (sentence.start + claim.span[0], sentence.start + claim.span[1])
            tenure = tenures[-1] if tenures else None
            expected = f"{tenure.min_years:.1f}-{tenure.max_years:.1f} years" if tenure else None
            if expected is None and sources.career is not None:
                expected = f"career of {sources.career.max_years:.1f} years"
            problems.append(
                violation(letter.text, Kind.DATE_OR_DURATION, span,
                          f"'{claim.raw}' does not match the dates in the CV.", expected=expected)
            )  # fmt: skip
    return problems


def _anchor_years(anchor: NamePhrase, sources: Sources, since: bool) -> set[int] | None:
    """Years the CV ties to an anchor: an employer's dates (its start years after "since") and the years written in
    its own lines, and the years on any CV line that names the anchor ("PE, State of Colorado — 2018")."""
    years: set[int] = set()
    entries = sources.employer_entries(anchor.text)
    for entry, tenure in sources.tenures:
        if entry in entries:
            years |= {tenure.earliest_start.year, tenure.latest_start.year}
            if not since:
                years |= set(range(tenure.earliest_start.year, tenure.latest_end.year + 1))
            for text in [entry.description or "", *entry.achievements]:
                years |= _years_in(text)
    lines = sources.candidate_lines_with_words(anchor.text)
    own = (
        {year for line in lines for year in _own_dates(anchor.text, line.text)}
        if _LETTER.search(anchor.text)
        else set()
    )
    for line in lines:
        years |= own or _years_in(line.text)
    return years or None


_LETTER = re.compile(r"[^\W\d_]")


def _own_dates(name: str, line: str) -> set[int]:
    """In a line of dated items ("Unit 1 — 2019 Unit 2 — 2020 Unit 3 — 2022"), the year written right after the
    name: where the CV gives one, the name's other lines ("three audits (2018, 2021, 2024)") do not date it."""
    return {
        int(m.group(1))
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\s*[—–:-]\s*(?:\d{{1,2}}/)?((?:19|20)\d{{2}})(?!\d)", line)
    }


def _titled_years(local: str, sources: Sources, since: bool) -> list[set[int]]:
    """The dates of the jobs whose title stands next to the year ("since 2022 as Grants Manager"), the target's
    own title included: holding it already is a claim about the candidate's own history. A title inside a longer
    one the letter writes ("land surveyor" in "senior land surveyor") is not the one named."""
    folded = local.casefold()
    spans: list[tuple[int, int, set[int]]] = []
    for entry, tenure in sources.tenures:
        match = (
            re.search(rf"(?<!\w){re.escape(entry.title.casefold())}(?!\w)", folded) if len(entry.title) > 3 else None
        )
        if match:
            years = {tenure.earliest_start.year, tenure.latest_start.year}
            if not since:
                years |= set(range(tenure.earliest_start.year, tenure.latest_end.year + 1))
            spans.append((match.start(), match.end(), years))
    return [
        years
        for start, end, years in spans
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in spans)
    ]


def _years_in(text: str) -> set[int]:
    """Every year the text writes, the end of a shortened range included ("2020–21" gives 2020 and 2021)."""
    years = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)}
    for first, last in _SHORT_RANGE.findall(text):
        end = int(first[:2] + last)
        if int(first) < end <= int(first) + 10:
            years.add(end)
    return years


def check_years(letter: Letter, sources: Sources, phrases: list[NamePhrase]) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        anchors = [p for p in phrases if p.sentence == sentence]
        for claim in extract_quantities(sentence.text):
            if claim.kind is not QuantityKind.TIME:
                continue
            year = int(claim.value)
            start, end = sentence.start + claim.span[0], sentence.start + claim.span[1]
            since = bool(_SINCE.search(sentence.text[: claim.span[0]]))
            if _year_supported(year, since, sentence, start, end, anchors, sources):
                continue
            problems.append(
                violation(letter.text, Kind.DATE_OR_DURATION, (start, end),
                          f"The year {year} does not match the CV for this claim.")
            )  # fmt: skip
    return problems


def _year_in_same_context(year: int, clause: str, sources: Sources) -> bool:
    """A CV line gives this year for what the clause talks about: "our base safety representative since 2024" is
    backed by "Base safety representative since 2024", whatever else the sentence names."""
    words = stems(clause)
    return any(
        year in _years_in(line.text) and len(words & stems(line.text)) >= 2
        for line in sources.lines
        if line.origin != "posting"
    )


_NEW_PREDICATE = re.compile(r"\band\s+(?:then\s+|later\s+)?\w+(?:ing|ed)\b", re.IGNORECASE)
_TO_END = re.compile(r"\s(?:to|into)\s")
_AND_THEN_A_WORD = re.compile(r"\band\s+(?:then\s+|later\s+|now\s+|also\s+|still\s+)?([a-z]+)\b")
_JOINED_BY = re.compile(
    r"\s*,?\s*(?:in|since|from|during|until|by|as\s+of)\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE
)
_SHORT_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—/]\s*(\d{2})(?!\d)")
# How far (in characters, about six words) a name or a context word may stand from the year it dates.
_NEAR = 40


def _gap(anchor: NamePhrase, start: int, end: int) -> int:
    return start - anchor.end if anchor.end <= start else anchor.start - end if anchor.start >= end else 0


def _other_year_in_same_context(local: str, sources: Sources) -> bool:
    """A credential the words around the year name has another year in the CV ("a chartered surveyor since 2015"
    when the CV lists "Chartered Surveyor, MRICS (2019)")."""
    if not CREDENTIAL_CUE.search(local):
        return False  # "worked in case management since 2018" names no credential
    words = stems(re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", " ", local))
    dated = [(c.name, c.year) for c in sources.cv.certifications] + [
        (" ".join(x for x in (e.degree, e.field) if x), e.year) for e in sources.cv.education
    ]
    return any(year is not None and len(words & stems(name)) >= 2 for name, year in dated)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*)*")


def _company_is_the_subject(before: str, sources: Sources) -> bool:
    """The reader's company, as "you" or by its name, stands between the writer's last "I" (or the sentence's start)
    and the year: what is dated is the company's ("I admire how Acme has grown since 2002", "I know you have served
    the county since 1988"). Only years the posting states get here."""
    speaker = list(FIRST_PERSON.finditer(before))
    # With no "I" before it, the year belongs to what opens the sentence: "Your move to one ERP in 2024 is where I".
    after_speaker = before[speaker[-1].end() :] if speaker else before
    if re.search(r"\b(?:you|your)\b", after_speaker, re.IGNORECASE):
        return True
    return any(sources.is_target_company(run.group(0)) for run in _CAPITALISED_RUN.finditer(after_speaker))


def _another_predicate_between(anchor: NamePhrase, start: int, end: int, sentence: Sentence) -> bool:
    """A new coordinated predicate or the far end of a "from ... to ..." stands between the name and the year: "at
    Copperleaf and moving into software in 2018", "remote hearings in 2021 and use Zoom's channel"."""
    if anchor.end <= start:
        between = sentence.text[anchor.end - sentence.start : start - sentence.start]
        opened = re.search(r"\bfrom\b", sentence.text[: anchor.start - sentence.start], re.IGNORECASE)
        # "from a Grade A under Issue 8 in 2020 to AA+ grades in 2023": the far end of a move has its own year.
        return _NEW_PREDICATE.search(between) is not None or (
            opened is not None and _TO_END.search(between) is not None
        )
    between = sentence.text[end - sentence.start : anchor.start - sentence.start]
    # "a crane ticket (renewed 2023), a rigging card": a year in brackets dates what stands before them.
    closes_its_bracket = ")" in between.split("(")[0]
    return closes_its_bracket or any(_can_be_verb(verb.group(1)) for verb in _AND_THEN_A_WORD.finditer(between))


def _within_own_predicate(before: str, from_year: str) -> str:
    """The words around a year up to a new coordinated predicate on either side: in "worked in case management
    since 2018 and have been Senior Case Manager since 2021", 2018 goes with "case management" only."""
    for verb in _AND_THEN_A_WORD.finditer(from_year):
        if _can_be_verb(verb.group(1)):
            from_year = from_year[: verb.start()]
            break
    if before.rfind("(") > before.rfind(")") and ")" in from_year:
        from_year = from_year[
            : from_year.index(")") + 1
        ]  # a bracketed year: the words after the bracket are another item
    for verb in reversed(list(_AND_THEN_A_WORD.finditer(before))):
        if _can_be_verb(verb.group(1)):
            before = before[verb.start() :]
            break
    return before + from_year


def _can_be_verb(word: str) -> bool:
    return word.islower() and "VERB" in getAllLemmas(word)


def _year_supported(
    year: int, since: bool, sentence: Sentence, start: int, end: int, anchors: list[NamePhrase], sources: Sources
) -> bool:
    before, after = clause_around(sentence, start, end)
    clause_start, clause_end = start - len(before), end + len(after)
    in_clause = [a for a in anchors if clause_start <= a.start < clause_end]
    lead_in = " ".join(re.findall(r"[\w'’]+", sentence.text[: start - sentence.start])[-2:])
    if str(year) in sources.posting_text and (
        year > sources.today.year  # a year still to come that the posting names: the company's plan, not a history
        or not FIRST_PERSON.search(before + after)
        or sources.posting_says(f"{lead_in} {year}")
        or _company_is_the_subject(before, sources)
    ):
        return True  # a fact about the company ("founded in 1971", "I admire how Acme has grown since 2002")
    # Tied to what stands next to it ("joined Hollisford in 2019", "an MSc from Wetherby in 2015"): the year must be
    # one the CV gives that employer, school or credential. Names further off are other statements.
    # "at Copperleaf and moving into software in 2018": the year dates the move, not Copperleaf.
    in_clause = [a for a in in_clause if not _another_predicate_between(a, start, end, sentence)]
    near = [a for a in in_clause if _gap(a, start, end) <= _NEAR]
    # "joined Corvale in 2017 and today run CAPA": the name the year is joined to by a preposition dates it alone.
    joined = [
        a
        for a in near
        if a.end <= start and _JOINED_BY.fullmatch(sentence.text[a.end - sentence.start : start - sentence.start])
    ]
    tied = [years for years in (_anchor_years(a, sources, since) for a in joined or near) if years is not None]
    local = _within_own_predicate(
        sentence.text[max(0, start - sentence.start - _NEAR) : start - sentence.start],
        sentence.text[start - sentence.start : end - sentence.start + _NEAR],
    )
    tied += _titled_years(local, sources, since)
    if tied:
        return any(year in years for years in tied)
    if _year_in_same_context(year, local, sources):
        return True
    if _other_year_in_same_context(local, sources):
        return False  # "a chartered surveyor since 2015" when the CV's chartership line says 2019
    tied = [years for years in (_anchor_years(a, sources, since) for a in in_clause) if years is not None]
    if tied:
        return any(year in years for years in tied)
    if since:
        starts = {t.earliest_start.year for _, t in sources.tenures} | {t.latest_start.year for _, t in sources.tenures}
        return year in starts or year in sources.candidate_years
    return year in sources.candidate_years or str(year) in sources.posting_text
