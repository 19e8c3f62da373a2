"""Dates: "since 2019", "in 2016", "from 2022 to 2023".

A year is compared with what stands next to it: the dates of the employer, school, credential or title it is written
with, the years in that name's own CV lines, and otherwise the years the CV gives anywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.fvs.context import CREDENTIAL_CUE, stems
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, NamePhrase, Sentence, clause_around
from careervp.logic.fvs.sources import Sources
from careervp.logic.fvs.title_fit import fits_titles
from careervp.logic.numbers import QuantityKind, extract_quantities
from careervp.logic.patterns import compiled
from careervp.models.api import FVSViolation
from careervp.vocabulary.cv_structure import is_region_name
from careervp.vocabulary.lemmas import getAllLemmas

_SINCE = re.compile(
    r"\b(?:since|from|joined\s+in|started\s+in|began\s+in)\s+(?:(?:early|mid|late)[\s-]+|[A-Z][a-z]+\s+)?$",
    re.IGNORECASE,
)


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
    if not any(_years_in(line.text) for line in lines):
        # "AWS CWI" whole in an undated headline, apart in "AWS Certified Welding Inspector (CWI), 2017": the
        # dated line names it too.
        lines = sources.candidate_lines_with_every_word(anchor.text)
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
    if name not in line:
        return set()
    return {
        int(m.group(1))
        for m in compiled(rf"(?<![\w-]){re.escape(name)}\s*[—–:-]\s*(?:\d{{1,2}}/)?((?:19|20)\d{{2}})(?!\d)").finditer(
            line
        )
    }


def _titled_years(local: str, sources: Sources, since: bool) -> list[set[int]]:
    """The dates of the jobs whose title stands next to the year ("since 2022 as Grants Manager"), the target's
    own title included: holding it already is a claim about the candidate's own history. A title inside a longer
    one the letter writes ("land surveyor" in "senior land surveyor") is not the one named."""
    folded = local.casefold()
    spans: list[tuple[int, int, set[int]]] = []
    for entry, tenure in sources.tenures:
        match = (
            compiled(rf"(?<!\w){re.escape(entry.title.casefold())}(?!\w)").search(folded)
            if len(entry.title) > 3 and entry.title.casefold() in folded
            else None
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


_HELD_TITLE = r"((?:(?!\b(?:and|or|but|then)\b)[\w'’ -]){2,50}?)"
_YEAR_OPENER = r"(?:since|from|in)\s+(?:(?:early|mid|late)[\s-]+|[A-Z][a-z]+\s+)?$"
# "as party chief since 2016", "promoted to shift lead in 2020", "became head of sales in 2021", and with the
# employer between them "been Lead Surveyor at Harlow & Penn since 2019" (not "as a fitter at Acme, and since 2021
# as ...": the comma and "and" open a claim of its own).
_AS_TITLE_BEFORE = (  # the title with its employer first: without one, a title could swallow "at <employer>"
    re.compile(
        rf"\b(?:been|as)\s+(?:a\s+|an\s+|the\s+)?{_HELD_TITLE}\s+(?:at|with|for)\s+(?:the\s+)?"
        r"(?P<employer>(?:[A-Z][\w'’&.-]*(?:,(?=\s+[A-Z]))?\s+|(?:of|and|&|for)\s+){1,10})" + _YEAR_OPENER
    ),
    re.compile(
        rf"\b(?:as|promoted\s+to|became|made|appointed(?:\s+as)?)\s+(?:a\s+|an\s+|the\s+)?{_HELD_TITLE}\s+"
        + _YEAR_OPENER
    ),
)


def _title_beside(before: str, sources: Sources, since: bool) -> set[int]:
    """The years of the jobs with the title written right before the year ("as party chief since 2016"): the title
    says which stint is dated, whatever employer the sentence also names. Empty when no held title stands there."""
    match = next((m for m in (p.search(before) for p in _AS_TITLE_BEFORE) if m), None)
    if match is None:
        return set()
    employer = (match.groupdict().get("employer") or "").strip(", ")
    # The title's jobs at the employer named with it ("an editor at Harlow since 2019" is not the Associate Editor
    # post held elsewhere since 2019).
    at_employer = sources.employer_entries(employer) if employer else []
    if employer and not at_employer:
        return set()  # a post at an organisation the CV lists outside its work history: that name dates it
    years: set[int] = set()
    for entry, tenure in sources.tenures:
        if fits_titles(match.group(1), [entry.title]) and (not at_employer or entry in at_employer):
            years |= {tenure.earliest_start.year, tenure.latest_start.year}
            if not since:
                years |= set(range(tenure.earliest_start.year, tenure.latest_end.year + 1))
    return years


@lru_cache(maxsize=8192)  # the same CV lines are read for every year a letter states
def _years_in(text: str) -> frozenset[int]:
    """Every year the text writes, the end of a shortened range included ("2020–21" gives 2020 and 2021)."""
    years = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)}
    for first, last in _SHORT_RANGE.findall(text):
        end = int(first[:2] + last)
        if int(first) < end <= int(first) + 10:
            years.add(end)
    return frozenset(years)


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


# "and moved", "and then leading", "and have been splicing", "and had run": the next predicate of the writer's.
_NEW_PREDICATE = re.compile(
    r"\band\s+(?:then\s+|later\s+|since\s+)?(?:\w+(?:ing|ed)\b|(?:have|has|had)\s+(?:been\s+)?\w+)", re.IGNORECASE
)
# "After three years at Acme, I moved into adjusting in 2018": the name sits in a clause before the main one, whose own
# subject starts after the comma ("at Acme, where I started in 2019" is still about Acme).
_NEW_MAIN_CLAUSE = re.compile(r",\s+(?:and\s+|then\s+|so\s+)?(?:I|we)\s+\w")
_TO_END = re.compile(r"\s(?:to|into)\s")
# "and then joined", "and now run", or a bare "then joined": the next predicate of the sentence begins.
_AND_THEN_A_WORD = re.compile(r"\b(?:and\s+(?:then\s+|later\s+|now\s+|also\s+|still\s+)?|then\s+)([a-z]+)\b")
_JOINED_BY = re.compile(
    r"\s*,?\s*(?:in|since|from|during|until|by|as\s+of)\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE
)
_SHORT_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—/]\s*(\d{2})(?!\d)")
# How far (in characters, about six words) a name or a context word may stand from the year it dates.
_NEAR = 40


def _words_around(text: str, start: int, end: int) -> tuple[str, str]:
    """About `_NEAR` characters either side of text[start:end], widened to whole words: a word cut in half
    ("icensed") would no longer match its CV line."""
    left, right = max(0, start - _NEAR), min(len(text), end + _NEAR)
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:start], text[start:right]


def _gap(anchor: NamePhrase, start: int, end: int) -> int:
    return start - anchor.end if anchor.end <= start else anchor.start - end if anchor.start >= end else 0


def _credential_years(local: str, sources: Sources) -> set[int]:
    """The years the CV gives the credentials the words around a year name ("a chartered surveyor since 2015" names
    "Chartered Surveyor, MRICS (2019)"): none when the words name no credential."""
    if not CREDENTIAL_CUE.search(local):
        return set()  # "worked in case management since 2018" names no credential
    words = stems(re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", " ", local))
    dated = [(c.name, c.year) for c in sources.cv.certifications] + [
        (" ".join(x for x in (e.degree, e.field) if x), e.year) for e in sources.cv.education
    ]
    return {year for name, year in dated if year is not None and len(words & stems(name)) >= 2}


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*)*")


# "to join a clinic group that has focused on gait since 2014": a relative clause after the writer's last "I" has
# the noun it describes as its subject, not the writer.
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had|is|was|were|are)\b", re.IGNORECASE)


def _company_is_the_subject(before: str, sources: Sources) -> bool:
    """The reader's company, as "you" or by its name, stands between the writer's last "I" (or the sentence's start)
    and the year, or a relative clause describes something else: what is dated is the company's ("I admire how Acme
    has grown since 2002", "I know you have served the county since 1988", "to join a practice that has run since
    1990"). Only years the posting states get here."""
    speaker = list(FIRST_PERSON.finditer(before))
    # With no "I" before it, the year belongs to what opens the sentence: "Your move to one ERP in 2024 is where I".
    after_speaker = before[speaker[-1].end() :] if speaker else before
    if re.search(r"\b(?:you|your)\b", after_speaker, re.IGNORECASE) or _RELATIVE_SUBJECT.search(after_speaker):
        return True
    return any(sources.is_target_company(run.group(0)) for run in _CAPITALISED_RUN.finditer(after_speaker))


_NEXT_LIST_ITEM = re.compile(r"\s*,?\s*and\s+(?:an?|the|my)\s")  # "in 2014 and an MMus in 2015"


def _another_predicate_between(anchor: NamePhrase, start: int, end: int, sentence: Sentence) -> bool:
    """A new coordinated predicate or the far end of a "from ... to ..." stands between the name and the year: "at
    Copperleaf and moving into software in 2018", "remote hearings in 2021 and use Zoom's channel"."""
    if anchor.end <= start:
        between = sentence.text[anchor.end - sentence.start : start - sentence.start]
        opened = re.search(r"\bfrom\b", sentence.text[: anchor.start - sentence.start], re.IGNORECASE)
        # "from a Grade A under Issue 8 in 2020 to AA+ grades in 2023": the far end of a move has its own year.
        return (
            _NEW_PREDICATE.search(between) is not None
            or _NEW_MAIN_CLAUSE.search(between) is not None
            or (opened is not None and _TO_END.search(between) is not None)
        )
    between = sentence.text[end - sentence.start : anchor.start - sentence.start]
    # "a crane ticket (renewed 2023), a rigging card": a year in brackets dates what stands before them.
    closes_its_bracket = ")" in between.split("(")[0]
    # "renewed in 2024, and an A.A.S. in ...": the next item of a list, which the year does not date.
    next_item = _NEXT_LIST_ITEM.fullmatch(between.rstrip() + " ") is not None
    return (
        closes_its_bracket
        or next_item
        or any(_can_be_verb(verb.group(1)) for verb in _AND_THEN_A_WORD.finditer(between))
    )


def _within_own_predicate(before: str, from_year: str) -> str:
    """The words around a year up to a new coordinated predicate on either side: in "worked in case management
    since 2018 and have been Senior Case Manager since 2021", 2018 goes with "case management" only."""
    for verb in _AND_THEN_A_WORD.finditer(from_year):
        if _can_be_verb(verb.group(1)):
            from_year = from_year[: verb.start()]
            break
    next_item = _NEXT_LIST_ITEM.search(from_year)
    if next_item:  # "renewed in 2024, and an A.A.S. in ...": the next item of a list
        from_year = from_year[: next_item.start()]
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


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


def _regions(name: str) -> bool:
    """A region, or a list of them ("Germany and Japan", "Ontario, Quebec and Manitoba")."""
    return all(is_region_name(part) for part in _LIST_JOIN.split(name) if part)


def _region_years(start: int, end: int, sentence: Sentence, anchors: list[NamePhrase], sources: Sources) -> set[int]:
    """The years of the CV lines naming a region written right before a year, in the same predicate ("worked in
    Nova Scotia since 2012"): where the work was, dated by the lines about it; empty when no region stands there."""
    regions = [
        a
        for a in anchors
        if _regions(a.text) and a.end <= start and _gap(a, start, end) <= _NEAR
        and not _another_predicate_between(a, start, end, sentence)
    ]  # fmt: skip
    return {y for a in regions for y in _anchor_years(a, sources, True) or ()}


def _year_supported(
    year: int, since: bool, sentence: Sentence, start: int, end: int, anchors: list[NamePhrase], sources: Sources
) -> bool:
    before, after = clause_around(sentence, start, end)
    clause_start, clause_end = start - len(before), end + len(after)
    # A region is where things happened, not a thing with dates of its own: "worked in Ontario since 2015" is dated
    # by the work, whenever the CV says the candidate moved there.
    in_clause = [a for a in anchors if clause_start <= a.start < clause_end and not _regions(a.text)]
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
    local = _within_own_predicate(*_words_around(sentence.text, start - sentence.start, end - sentence.start))
    beside = _title_beside(sentence.text[: start - sentence.start], sources, since)
    if beside:  # "leading crews as party chief since 2016 at Lakeshore": the title dates it, not the employer
        return year in beside or year in _credential_years(local, sources)  # "became a chartered ecologist in"
    if not joined and _year_in_same_context(year, local, sources):
        return True  # a CV line gives this year for what the words around it say, whatever name stands near
    tied += _titled_years(local, sources, since)
    if tied:
        # "my Polish professional licence in 2014": a name beside the year ("Polish") may only describe the
        # credential, whose own CV line gives the year.
        return any(year in years for years in tied) or year in _credential_years(local, sources)
    if _credential_years(local, sources):
        return False  # "a chartered surveyor since 2015" when the CV's chartership line says 2019
    tied = [years for years in (_anchor_years(a, sources, since) for a in in_clause) if years is not None]
    if tied:
        return any(year in years for years in tied)
    if since:
        starts = {t.earliest_start.year for _, t in sources.tenures} | {t.latest_start.year for _, t in sources.tenures}
        worked_there = _region_years(start, end, sentence, anchors, sources)
        if worked_there:  # "have worked in Ontario labs since 2014": the years the CV gives its work there
            return year in worked_there or year in starts
        return year in starts or year in sources.candidate_years
    return year in sources.candidate_years or str(year) in sources.posting_text
