"""Figures that name or restate rather than claim: a number inside a designation the sources write ("737-800"),
a maker's type number ("the 737 fleet" for "B737") or a product's ("Preps 9"), the number of a form or section
("Form 500", "§430"), a rule's line ("just short of the 18 m height threshold") and a range the posting gives ("a
team of ten to fifteen" for the posting's 10-15)."""

from __future__ import annotations

import re

from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import Sources
from careervp.logic.numbers import Quantity, QuantityKind, extract_quantities
from careervp.logic.numbers.identifiers import STANDARD_BODIES, identifier_spans
from careervp.logic.numbers.shared_units import RANGE_JOIN
from careervp.logic.patterns import compiled
from careervp.models.api import FVSViolation
from careervp.vocabulary.lemmas import getAllLemmas

# Letters, digits and dots joined by hyphens: a designation ("737-800", "CFM56-7B", "ISO-9001"), not a range.
_HYPHENATED_CODE = re.compile(r"(?<![\w.-])[\w.]*\d[\w.]*(?:-[\w.]+)+|(?<![\w.-])[\w.]+(?:-[\w.]+)*-[\w.]*\d[\w.]*")


def part_of_a_written_code(text: str, claim: Quantity, sources: Sources) -> bool:
    """The figure is part of a hyphenated designation the CV or posting writes exactly so: "on the 737-800" for a CV
    line "Boeing 737-800". Such a code names a thing; a range or figure written differently is still checked."""
    for code in _HYPHENATED_CODE.finditer(text):
        if code.start() <= claim.span[0] and claim.span[1] <= code.end():
            pattern = rf"(?<![\w-]){re.escape(code.group(0).rstrip('.'))}(?![\w-])"
            return any(compiled(pattern).search(line.text) for line in sources.lines)
    return False


def names_a_type(claim: Quantity, sources: Sources) -> bool:
    """A bare number the CV writes as the digits of a maker's type code ("B737", "A320", "CRJ900", "TDC 3000" aside):
    "737 load planning" names the aircraft, not a count. Only whole numbers of three digits or more without a unit
    qualify, so a changed count ("45 flights" for "40 flights") is still compared."""
    if claim.kind is not QuantityKind.COUNT or claim.value != int(claim.value) or claim.value < 100:
        return False
    digits = re.escape(str(int(claim.value)))
    code = compiled(rf"(?<![\w-])[A-Z]{{1,3}}-?{digits}(?![\d])")
    return any(code.search(line.text) for line in sources.lines if line.origin != "posting")


# A product's name and its number, or the items listed after it: "Preps 9", "Sony 35mm and 85mm".
_PRODUCT_BEFORE = re.compile(r"(?-i:\b([A-Z][\w-]*[A-Za-z]))\s+(?:[^\s,]+\s*(?:,|and|&|or|/|\+)\s*)?$")


def names_a_product(text: str, claim: Quantity, sources: Sources) -> bool:
    """A maker's type code (`names_a_type`), or a whole number right after a product's name that the CV writes after
    the same name on one of its lines: "Preps 9" (a version), "Sony 35mm" (a lens the CV lists as "Sony 35 f/1.8").
    The name must be a name, not the ordinary word opening a sentence ("Managed 45 staff")."""
    if claim.raw.strip().isdigit() and names_a_type(claim, sources):
        return True
    found = _PRODUCT_BEFORE.search(text[: claim.span[0]])
    digits = re.match(r"\d+(?![\d.,])", claim.raw.strip())
    if found is None or digits is None:
        return False
    name = found.group(1)
    if text[: found.start()].strip(" -•*") == "" and getAllLemmas(name.casefold()):
        return False  # the sentence's first word, an ordinary one
    written = re.compile(rf"\b{re.escape(name)}\b[^\n]{{0,40}}?(?<![\w.]){digits.group(0)}(?!\d|[.,]\d|%)")
    return any(written.search(line.text) for line in sources.lines if line.origin != "posting")


def check_product_versions(letter: Letter, sources: Sources) -> list[FVSViolation]:
    """Every version number a letter gives a product the CV names with another ("Verituner 9" for "Verituner 6")."""
    return [
        violation(letter.text, Kind.METRIC, (sentence.start + claim.span[0], sentence.start + claim.span[1]),
                  f"'{claim.raw}' is not the number the CV gives this product.")
        for sentence in letter.body
        for claim in extract_quantities(sentence.text)
        if claim.kind is QuantityKind.COUNT and _a_changed_version(sentence.text, claim, sources)
    ]  # fmt: skip


def _a_changed_version(text: str, claim: Quantity, sources: Sources) -> bool:
    """ "Verituner 9" where the CV writes "Verituner 6": a whole number right after a product's name, to which the CV
    gives one other number."""
    found = re.search(r"(?-i:\b([A-Z][\w-]*[A-Za-z]))\s+$", text[: claim.span[0]])  # "Gradall 7", no list between
    if found is None or not re.fullmatch(r"\d+", claim.raw.strip()) or names_a_product(text, claim, sources):
        return False
    if getAllLemmas(found.group(1).casefold()):
        return False  # "Year 12", "Level 3", "Grade 5": an ordinary word numbers many things, not one product
    after_name = compiled(rf"\b{re.escape(found.group(1))}\s+(\d+)(?![\w-])")
    numbers = {m.group(1) for line in sources.lines if line.origin != "posting" for m in after_name.finditer(line.text)}
    return len(numbers) == 1  # one version the CV gives it; "Year 9", "Year 12" name several things, not a version


# "Form 500 and 501", "Section 301", "§430", "Part 145": the number names a form, rule or part of a text.
_DOCUMENT_BEFORE = re.compile(
    r"(?:\b(?:Forms?|Schedules?|Sections?|Parts?|Rules?|Chapters?|Articles?|Titles?|Annex|Appendix|Clauses?|"
    rf"Regulations?)\s+|\b(?:{STANDARD_BODIES})\s?|§\s?|(?i:\b(?:number|no\.|nr\.?|id)\s*:?\s*|#\s?))"
    r"(?:[\w.-]+\s*(?:,|/|and|&)\s*)*$"
)
"""Words that make the next number a name: "Form 7501", "§ 1983", and an identifier ("licence number 8421", "#14")."""


def numbers_a_document(text: str, claim: Quantity, sources: Sources) -> bool:
    """A number after "Form", "Section", "§" or "number" names a document or an identifier the CV or posting writes
    with the same number; a long number the CV writes as a reference or a standard ("Cert. No. 11872", "OSHA
    1910.272") is that reference however the letter introduces it ("certificate 11872", "under 1910.272")."""
    written = re.escape(claim.raw.strip())
    if not _DOCUMENT_BEFORE.search(text[: claim.span[0]]):
        return bool(re.fullmatch(r"\d[\d.]{2,}\d", claim.raw.strip())) and _a_reference_in_the_cv(written, sources)
    return any(compiled(rf"(?<![\w.]){written}(?![\w.])").search(line.text) for line in sources.lines)


def _a_reference_in_the_cv(written: str, sources: Sources) -> bool:
    for line in sources.lines:
        if line.origin == "posting":
            continue
        for start, end in identifier_spans(line.text):
            if compiled(rf"(?<![\w.]){written}(?![\w.])").search(line.text[start:end]):
                return True
    return False


def posting_range(text: str, claim: Quantity, quantities: list[Quantity], sources: Sources) -> bool:
    """The figure is one end of a range the posting gives with both of its ends: the posting's size, restated."""
    for other in quantities:
        gap = text[min(claim.span[1], other.span[1]) : max(claim.span[0], other.span[0])]
        if other.span != claim.span and RANGE_JOIN.match(gap):
            ends = {claim.value, other.value}
            return any(ends <= values for values in sources.derived(_posting_line_values))
    return False


def _posting_line_values(sources: Sources) -> list[frozenset[float]]:
    """The values each line of the posting gives, read once per posting rather than once per figure of a letter."""
    return [frozenset(q.value for q in extract_quantities(line)) for line in sources.posting_text.splitlines()]


# "the 18 m HRB threshold", "the 48-hour reporting limit": a figure that draws a rule's line, which the candidate does
# not claim to have reached.
_RULES_LINE_AFTER = re.compile(
    r"^(?:[\s-]*[\w.%/-]+){0,3}?[\s-]+(?:threshold|limit|cap|ceiling|cut-?off|trigger|deadline)s?\b", re.IGNORECASE
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def draws_a_rules_line(text: str, claim: Quantity) -> bool:
    return bool(_THE_BEFORE.search(text[: claim.span[0]]) and _RULES_LINE_AFTER.match(text[claim.span[1] :]))


def names_rather_than_claims(text: str, claim: Quantity, sources: Sources) -> bool:
    """A figure no source gives that is part of a code or a document's number, or draws a rule's line."""
    return (
        part_of_a_written_code(text, claim, sources)
        or numbers_a_document(text, claim, sources)
        or draws_a_rules_line(text, claim)
    )
