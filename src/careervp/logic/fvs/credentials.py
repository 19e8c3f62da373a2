"""Degree claims: "an MBA in marketing", "my B.S. in Computer Science", "a master's degree".

A degree is matched by level (bachelor, master, doctorate), by its specific code when the letter names one ("MBA"
is not any master's), and by field when the letter names one. Certificates, licences and awards are proper names
and are checked as names (see names.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from careervp.logic.evidence.person import driving_licence_held
from careervp.logic.fvs.context import is_negated_or_aspirational, negated_later
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.grades import rated_before
from careervp.logic.fvs.letter import FIRST_PERSON, Letter
from careervp.logic.fvs.sources import Sources, literal_acronyms
from careervp.logic.numbers.parse import parse_word_or_digits
from careervp.logic.word_patterns import by_first_letter, top_level_alternatives
from careervp.models.api import FVSViolation
from careervp.vocabulary.lemmas import getAllInflections, getAllLemmas
from careervp.vocabulary.letter_words import CREDENTIAL_QUALIFIERS

# code -> (level, codes it also satisfies)
_CODES: dict[str, tuple[str, frozenset[str]]] = {
    "BS": ("bachelor", frozenset({"BS", "BSC"})),
    "BSC": ("bachelor", frozenset({"BS", "BSC"})),
    "BA": ("bachelor", frozenset({"BA"})),
    "BSN": ("bachelor", frozenset({"BSN", "BS", "BSC"})),
    "BBA": ("bachelor", frozenset({"BBA"})),
    "BENG": ("bachelor", frozenset({"BENG", "BE"})),
    "BE": ("bachelor", frozenset({"BENG", "BE"})),
    "BED": ("bachelor", frozenset({"BED"})),
    "BFA": ("bachelor", frozenset({"BFA"})),
    "BCOM": ("bachelor", frozenset({"BCOM"})),
    "MS": ("master", frozenset({"MS", "MSC"})),
    "MSC": ("master", frozenset({"MS", "MSC"})),
    "MA": ("master", frozenset({"MA"})),
    "MBA": ("master", frozenset({"MBA"})),
    "MSN": ("master", frozenset({"MSN", "MS", "MSC"})),
    "MED": ("master", frozenset({"MED"})),
    "MENG": ("master", frozenset({"MENG"})),
    "MPH": ("master", frozenset({"MPH"})),
    "MACC": ("master", frozenset({"MACC"})),
    "MPA": ("master", frozenset({"MPA"})),
    "MFA": ("master", frozenset({"MFA"})),
    "MPP": ("master", frozenset({"MPP"})),
    "LLM": ("master", frozenset({"LLM"})),
    "LLB": ("bachelor", frozenset({"LLB"})),
    "PHD": ("doctorate", frozenset({"PHD"})),
    "EDD": ("doctorate", frozenset({"EDD"})),
    "DNP": ("doctorate", frozenset({"DNP"})),
    "MD": ("doctorate", frozenset({"MD"})),
    "JD": ("doctorate", frozenset({"JD"})),
    "PSYD": ("doctorate", frozenset({"PSYD"})),
    # Postgraduate awards below a master's, each its own step: a PgCert is not a PgDip.
    "PGCERT": ("postgraduate certificate", frozenset({"PGCERT"})),
    "PGDIP": ("postgraduate diploma", frozenset({"PGDIP"})),
    "DBA": ("doctorate", frozenset({"DBA"})),
    "AS": ("associate", frozenset({"AS"})),
    "AA": ("associate", frozenset({"AA"})),
    "AAS": ("associate", frozenset({"AAS"})),
    "ADN": ("associate", frozenset({"ADN"})),
}
_SPELLED: list[tuple[str, str]] = [
    (r"bachelor\s+of\s+science\s+in\s+nursing", "BSN"),
    (r"master\s+of\s+science\s+in\s+nursing", "MSN"),
    (r"bachelor\s+of\s+(?:science|sciences)", "BS"),
    (r"bachelor\s+of\s+arts", "BA"),
    (r"bachelor\s+of\s+business\s+administration", "BBA"),
    (r"bachelor\s+of\s+engineering", "BENG"),
    (r"bachelor\s+of\s+education", "BED"),
    (r"bachelor\s+of\s+fine\s+arts", "BFA"),
    (r"bachelor\s+of\s+commerce", "BCOM"),
    (r"master\s+of\s+business\s+administration", "MBA"),
    (r"master\s+of\s+(?:science|sciences)", "MS"),
    (r"master\s+of\s+arts", "MA"),
    (r"master\s+of\s+education", "MED"),
    (r"master\s+of\s+engineering", "MENG"),
    (r"master\s+of\s+public\s+health", "MPH"),
    (r"master\s+of\s+(?:accountancy|accounting|professional\s+accountancy)", "MACC"),
    (r"master\s+of\s+public\s+administration", "MPA"),
    (r"master\s+of\s+fine\s+arts", "MFA"),
    (r"doctor\s+of\s+philosophy", "PHD"),
    (r"doctor\s+of\s+education", "EDD"),
    (r"doctor\s+of\s+nursing\s+practice", "DNP"),
    (r"doctor\s+of\s+medicine", "MD"),
    (r"juris\s+doctor", "JD"),
    (r"master\s+of\s+laws", "LLM"),
    (r"bachelor\s+of\s+laws", "LLB"),
    (r"post-?graduate\s+certificate", "PGCERT"),
    (r"associate\s+(?:of|in)\s+applied\s+science", "AAS"),
    (r"associate\s+(?:of|in)\s+(?:science|sciences)", "AS"),
    (r"associate\s+(?:of|in)\s+arts", "AA"),
    (r"associate\s+degree\s+in\s+nursing", "ADN"),
    (r"post-?graduate\s+diploma", "PGDIP"),
]
_GENERIC: list[tuple[str, str]] = [
    (r"bachelor['’]?s?(?:\s+degree)?|undergraduate\s+degree", "bachelor"),
    (r"master['’]?s?(?:\s+degree)?|graduate\s+degree", "master"),
    (r"doctorate|doctoral\s+degree", "doctorate"),
    (r"associate['’]?s?\s+degree", "associate"),
]
_UNAMBIGUOUS_CODES = (
    r"B\.S\.|B\.Sc\.?|BSc|B\.A\.|BSN|BBA|B\.Eng\.?|BEng|B\.Ed\.?|BFA|B\.Com\.?|M\.S\.|M\.Sc\.?|MSc|M\.A\.|MBA|MSN|"
    r"M\.Ed\.?|MEd|M\.Eng\.?|MEng|MPH|MAcc|MPA|MFA|MPP|LL\.?M\.?|Ph\.\s?D\.?|PhD|Ed\.D\.?|EdD|DNP|M\.D\.|J\.D\.|PsyD|"
    r"P[Gg]\s?Cert|P[Gg]\s?Dip|A\.A\.S\.?|AAS|A\.A\.|A\.S\.|ADN"
)
# Two-letter codes double as ordinary abbreviations ("MS Excel", "MA" for Massachusetts): only in degree context.
_CONTEXT_CODE_WORDS = "BS|BA|MS|MA|MD|JD|AS|AA"
_CONTEXT_CODES = (
    rf"(?=(?:{_CONTEXT_CODE_WORDS}))"  # the code is looked for before the words before it: most places fail at once
    r"(?:(?<=\ban\s)|(?<=\bmy\s)|(?<=\ba\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=\bhold\s)|(?<=\bearned\s)|^)"
    rf"(?:{_CONTEXT_CODE_WORDS})(?=\s+(?:in|from|degree)\b|,)"
)
# The spelled-out and generic degrees are grouped by first letter (logic/word_patterns.py): the same matches, found
# with one letter tested per group at each word start.
_SPELLED_OUT = by_first_letter([pattern for pattern, _ in _SPELLED])
_GENERIC_WORDS = by_first_letter(top_level_alternatives("|".join(pattern for pattern, _ in _GENERIC)))
_DEGREE_RE = re.compile(
    rf"(?<![\w.])(?:{_UNAMBIGUOUS_CODES})(?![\w])|{_CONTEXT_CODES}|"
    rf"(?i:\b(?:{_SPELLED_OUT})\b)|(?i:\b(?:{_GENERIC_WORDS})(?![\w]))"
)
_FIELD_AFTER = re.compile(r"^\s*(?:degree\s+)?(?:in|of|,)\s+((?:(?!from\b|at\b|with\b|and\s+I\b)[\w&'’-]+\s*){1,4})")
# A field ends before the words that set it against another ("in economics rather than law").
_FIELD_AFTER_CLAIM = re.compile(
    r"^\s*(?:degree\s+)?(?:in|of)\s+((?:(?!from\b|at\b|with\b|and\s+I\b|rather\b|instead\b|not\b|but\b)"
    r"[\w&'’-]+\s*){1,4})"
)
_STOPWORDS = frozenset(
    ["in", "of", "the", "and", "a", "an", "from", "at", "with", "science", "sciences", "arts", "degree"]
)


@dataclass(frozen=True)
class DegreeMention:
    span: tuple[int, int]
    level: str
    codes: frozenset[str]  # empty for a generic "master's degree"
    field_words: frozenset[str]


def _code_of(raw: str) -> str | None:
    folded = raw.casefold()
    for pattern, code in _SPELLED:
        if re.fullmatch(pattern, folded):
            return code
    code = re.sub(r"[^A-Za-z]", "", raw).upper()
    return code if code in _CODES else None


def _generic_level(raw: str) -> str | None:
    for pattern, level in _GENERIC:
        if re.fullmatch(pattern, raw, re.IGNORECASE):
            return level
    return None


def is_degree(text: str) -> bool:
    return bool(_DEGREE_RE.fullmatch(text.strip().rstrip(",")) or _code_of(text.strip()) in _CODES)


def find_degrees(text: str, offset: int = 0, *, allow_comma: bool = True) -> list[DegreeMention]:
    """Degrees in `text`. CVs write "B.S., Biology"; in a letter a comma after a degree starts a list item, so
    `allow_comma=False` reads a field only after "in" or "of"."""
    return list(_degrees_in(text, offset, allow_comma))


@lru_cache(maxsize=4096)  # pure; every CV line is searched again for each letter checked against the same CV
def _degrees_in(text: str, offset: int, allow_comma: bool) -> tuple[DegreeMention, ...]:
    mentions: list[DegreeMention] = []
    for match in _DEGREE_RE.finditer(text):
        raw = match.group(0)
        code = _code_of(raw)
        level = _CODES[code][0] if code else _generic_level(raw)
        if level is None:
            continue
        field = (_FIELD_AFTER if allow_comma else _FIELD_AFTER_CLAIM).match(text[match.end() :])
        words = frozenset(
            w for w in re.findall(r"[a-z]+", field.group(1).casefold()) if w not in _STOPWORDS
        ) if field else frozenset()  # fmt: skip
        codes = _CODES[code][1] if code else frozenset()
        mentions.append(DegreeMention((offset + match.start(), offset + match.end()), level, codes, words))
    return tuple(mentions)


def _stem(word: str) -> str:
    return word[:6]


def check_degrees(letter: Letter, sources: Sources) -> list[FVSViolation]:
    held: list[tuple[DegreeMention, str]] = []
    for edu in sources.cv.education:
        written = " ".join(x for x in (edu.degree, edu.field) if x)
        held += [(m, written.casefold()) for m in find_degrees(written)]
    for source in sources.lines:
        if source.origin != "posting":
            held += [(m, source.text.casefold()) for m in find_degrees(source.text)]
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for claim in find_degrees(sentence.text, sentence.start, allow_comma=False):
            if any(_supports(h, line, claim) for h, line in held) or rated_before(letter.text[: claim.span[0]]):
                continue
            end = claim.span[1]
            field = _FIELD_AFTER_CLAIM.match(letter.text[end : sentence.end])
            span = (claim.span[0], end + (len(field.group(0).rstrip()) if field else 0))
            problems.append(
                violation(
                    letter.text, Kind.CREDENTIAL, span, f"Degree not in the CV: '{letter.text[span[0] : span[1]]}'."
                )
            )
    return problems


def _supports(held: DegreeMention, line: str, claim: DegreeMention) -> bool:
    if held.level != claim.level:
        return False
    if claim.codes and not (claim.codes & held.codes):
        return False
    if not claim.field_words:
        return True
    line_words = re.findall(r"[a-z]+", line)
    line_stems = {_stem(w) for w in line_words}
    initials = "".join(w[0] for w in line_words if w not in _STOPWORDS)
    # "a PgCert in CT" for "PgCert Computed Tomography": a short field word may be the initials of the CV's field.
    return any(_stem(w) in line_stems or (1 < len(w) <= 4 and w in initials) for w in claim.field_words)


_CREDENTIAL_NOUN = re.compile(
    r"\b(?:certificate|certification|certifications|license|licence|licensure|diploma|designation|credential|"
    r"award|accreditation|fellowship|scholarship)\b",
    re.IGNORECASE,
)
_DESCRIPTOR_STOP = re.compile(
    r"^(?:my|an?|the|and|or|hold|holding|held|earned|completed|have|has|had|with|i|am|also|both|plus|include|"
    r"includes|including|is|are|was|were|be|been|got|gained|obtained|received|passed|achieved|maintain|keep|our|"
    r"their|your|its|this|that|these|those|we|they|he|she|it|you|"
    # A preposition or modal ends the words that name a credential: "direct about licensure", "apply for licensure".
    r"about|for|on|regarding|towards?|to|into|after|before|by|under|without|through|would|will|should|could|can|"
    r"may|must)$"
)


def _descriptor(sentence_text: str, noun_start: int, noun_end: int) -> tuple[int, list[str]]:
    """(start offset, lower-case content words) of what a credential noun is a credential *in*."""
    before = re.split(r"[,;:()—–]", sentence_text[:noun_start])[-1]
    words = list(re.finditer(r"[\w&'’-]+", before))[-4:]
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        text = word.group(0)
        if _DESCRIPTOR_STOP.match(text.casefold()) or (text.islower() and any(k.group(0)[:1].isupper() for k in kept)):
            break  # a lower-case word before a capitalised name ("include Google Ads ...") is not part of it
        kept.insert(0, word)
    tail = re.match(r"^\s+(?:in|of)\s+((?:[a-z][\w-]*\s*){1,3})", sentence_text[noun_end:])
    texts = [w.group(0) for w in kept] + (tail.group(1).split() if tail else [])
    start = noun_start - len(before) + kept[0].start() if kept else noun_start
    content = [
        t for t in texts if t.islower() and len(t) > 2 and t not in CREDENTIAL_QUALIFIERS and t not in _STOPWORDS
    ]
    return start, content


@lru_cache(maxsize=4096)
def word_forms(word: str) -> tuple[str, ...]:
    """The word and every inflection of its lemmas ("run": "ran", "runs", "running"), irregular ones included."""
    forms = {word}
    for lemmas in getAllLemmas(word).values():
        for lemma in lemmas:
            forms.add(lemma)
            for inflected in getAllInflections(lemma).values():
                forms.update(inflected)
    return tuple(sorted(forms))


def _written_forms(word: str) -> tuple[str, ...]:
    """`word_forms`, and for a compound opening with a number written out ("twelve-hour", "three-day") the same
    compound in figures, as a CV writes it ("12-hour")."""
    number, dash, rest = word.partition("-")
    value = parse_word_or_digits(number) if dash and rest else None
    if value is None or not value.is_integer() or number.isdigit():
        return word_forms(word)
    return (*word_forms(word), f"{int(value)}-{rest}")


def _tail(text: str, end: int) -> str:
    tail = re.match(r"\s+(?:in|of)\s+[a-z][\w-]*", text[end:])
    return tail.group(0) if tail else ""


def _initials_in_cv(phrase: str, sources: Sources) -> bool:
    """ "temporary certificate of occupancy" where the CV writes "TCO": the phrase spells out the CV's acronym."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", phrase) if w.casefold() not in ("of", "in", "and", "the")]
    acronyms = literal_acronyms(sources.candidate_text)
    return any("".join(w[0] for w in words[first:]).upper() in acronyms for first in range(len(words) - 1))


def check_credential_phrases(letter: Letter, sources: Sources) -> list[FVSViolation]:
    """Lower-case credentials ("a project management certification", "a nursing license in Texas"): the words
    that say which credential it is must appear in the candidate's materials. Capitalised names are the name
    check's job."""
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        if not FIRST_PERSON.search(sentence.text):
            continue
        for noun in _CREDENTIAL_NOUN.finditer(sentence.text):
            start, words = _descriptor(sentence.text, noun.start(), noun.end())
            missing = [w for w in words if not any(sources.candidate_has_word(form) for form in _written_forms(w))]
            phrase = sentence.text[start : noun.end()]
            if (
                not missing
                or _initials_in_cv(phrase + _tail(sentence.text, noun.end()), sources)
                or driving_licence_held(phrase, missing, sources.candidate_text)
            ):
                continue
            span = (sentence.start + start, sentence.start + noun.end())
            if is_negated_or_aspirational(sentence, *span) or negated_later(sentence, span[1]):
                continue
            found = letter.text[span[0] : span[1]]
            problems.append(violation(letter.text, Kind.CREDENTIAL, span, f"Credential not in the CV: '{found}'."))
        for award in _NAMED_AWARD.finditer(sentence.text):
            name, span = award.group(0), (sentence.start + award.start(), sentence.start + award.end())
            lines = sources.candidate_lines_with(name)
            if not (lines or sources.candidate_has_all_words(name)):
                problems.append(violation(letter.text, Kind.CREDENTIAL, span, f"Award not in the CV: '{name}'."))
            elif (
                _WON.search(sentence.text[: award.start()][-30:])
                and lines
                and all(_NEAR_MISS.search(x.text) for x in lines)
            ):
                message = f"The CV lists '{name}' as shortlisted or nominated, not won."
                problems.append(violation(letter.text, Kind.CREDENTIAL, span, message))
        for honour in _HONOURS.finditer(sentence.text):
            key = re.sub(r"^with\s+(?:high\s+|highest\s+)?", "", honour.group(0), flags=re.IGNORECASE)
            if not (sources.candidate_says(honour.group(0)) or sources.candidate_says(key)):
                span = (sentence.start + honour.start(), sentence.start + honour.end())
                problems.append(
                    violation(letter.text, Kind.CREDENTIAL, span, f"Honour not in the CV: '{honour.group(0)}'.")
                )
    return problems


# A named award: a capitalised name ending in what awards are called ("Cornwall Surveyor of the Year", "Rising
# Star Award"). The whole name must be the CV's: "Teacher of the Year" is not backed by the words "teacher" and "year".
_NAMED_AWARD = re.compile(
    r"\b(?:[A-Z][\w'’&-]*\s+){1,7}(?:of\s+the\s+(?:Year|Month|Quarter|Decade)|Award|Prize|Medal|Trophy)\b"
)
_WON = re.compile(
    r"\b(?:named|won|winning|received|awarded|recipient\s+of|earned|voted)\s+(?:the\s+|a\s+|an\s+)?$", re.I
)
_NEAR_MISS = re.compile(r"\b(?:shortlist\w*|nominat\w*|finalist|runner[-\s]up|commended)\b", re.IGNORECASE)
# Academic honours written in lower case: they are claims like any award.
_HONOURS = re.compile(
    r"\b(?:summa\s+cum\s+laude|magna\s+cum\s+laude|cum\s+laude|with\s+(?:high\s+|highest\s+)?(?:honou?rs|distinction)|"
    r"valedictorian|salutatorian|first[-\s]class\s+honou?rs|dean['’]s\s+list)\b",
    re.IGNORECASE,
)


# Words that say the writer holds a designation: "As a CFA,", "I am a CPA", "I hold the CIA", "became a CMA".
_HOLDING_BEFORE = re.compile(
    r"(?:\bAs\s+an?|\bI\s+am\s+an?|\bI['’]m\s+an?|\bI\s+(?:already\s+|also\s+|now\s+|still\s+)?hold(?:\s+both)?(?:\s+the|\s+an?|\s+my)?|\bbecame\s+an?|"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:earned|passed|gained|achieved|completed)(?:\s+the|\s+my|\s+an?)?|"
    r"\bqualified\s+as\s+an?)\s+"
    r"(?:[A-Z][\w&.-]*\s+(?:and|&)\s+)?$"
)
# After the designation, words that keep it in progress: "a CFA candidate", "the CFA Level II exam".
_PENDING_AFTER = re.compile(
    r"^\s+(?:candidate|candidacy|student|exams?|track|pathway|course|modules?|programme|program|level|part|"
    r"coursework|studies|trainee)\b",
    re.IGNORECASE,
)
# A designation, or an exam's code ("MD-102", "AZ-104"): what a CV lists as held or still being studied for.
_DESIGNATION = re.compile(r"(?<![\w-])[A-Z][A-Z&]{1,5}(?:-\d{2,4})?(?![\w-])")


def check_pending_credentials(letter: Letter, sources: Sources) -> list[FVSViolation]:
    """A designation the CV names only as still to come ("CFA candidate, Level III in progress") that the letter says
    the writer holds ("As a CFA and CPA, I ...")."""
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for name in _DESIGNATION.finditer(sentence.text):
            before, after = sentence.text[: name.start()], sentence.text[name.end() :]
            if not _HOLDING_BEFORE.search(before[-60:]) or _PENDING_AFTER.match(after):
                continue
            if not sources.candidate_says(name.group(0)) or sources.holds_credential(name.group(0)):
                continue
            span = (sentence.start + name.start(), sentence.start + name.end())
            if is_negated_or_aspirational(sentence, *span):
                continue
            message = f"The CV names '{name.group(0)}' as still in progress, not held."
            problems.append(violation(letter.text, Kind.CREDENTIAL, span, message))
    return problems
