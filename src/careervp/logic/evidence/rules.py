"""Requirement kinds that term overlap cannot judge: years of experience and degrees or licences.

"6+ years" is met by the CV's real span (earliest start to latest end, a current job ending today), not by a bullet
that happens to contain the word "years"; "Bachelor's degree" is met by a held degree of at least that level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from careervp.logic.initials import spelt_out_in
from careervp.logic.patterns import compiled
from careervp.logic.text import content_terms, matched_terms
from careervp.models.cv import ExperienceEntry

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_YEARS_RE = re.compile(
    r"(?:\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than)\s+)?"
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\b"
    r"(?:\s*(?:\+|plus)|\s*(?:[-–]|to)\s*\d{1,2}|\s+or\s+more)?\s*\+?\s*(?:\(\d+\)\s*)?"
    r"(?:full[-\s]time\s+)?years?['’]?(?:\s+of)?",
    re.IGNORECASE,
)


# "within 3 years of hire", "in the last 2 years": a deadline or a window, not an amount of experience.
_NOT_EXPERIENCE = re.compile(
    r"\b(?:within|in\s+the\s+(?:last|past|next|first)|after|every|per|for\s+the\s+next)\s*$", re.I
)


def _years_match(text: str) -> re.Match[str] | None:
    for match in _YEARS_RE.finditer(text):
        if not _NOT_EXPERIENCE.search(text[: match.start("n")]):
            return match
    return None


def required_years(text: str) -> int | None:
    """The minimum years of experience a requirement asks for ("6+ years", "at least two years", "3-5 years")."""
    match = _years_match(text)
    if match is None:
        return None
    raw = match.group("n").casefold()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]


def strip_years_phrase(text: str) -> str:
    """The field the years are asked in: "6+ years of backend engineering experience" -> "backend engineering..."."""
    match = _years_match(text)
    return (text[: match.start()] + " " + text[match.end() :]).strip() if match else text


def experience_span_years(entries: Sequence[ExperienceEntry], today: date) -> float | None:
    """Years from the earliest start to the latest end; a current job (or the newest open-ended one) ends today."""
    starts: list[date] = []
    ends: list[date] = []
    latest_start = max((e.start.as_date() for e in entries if e.start), default=None)
    for entry in entries:
        if entry.start is None:
            continue
        start = entry.start.as_date()
        starts.append(start)
        if entry.is_current or (entry.end is None and start == latest_start):
            ends.append(today)
        elif entry.end is not None:
            ends.append(min(entry.end.as_date(end=True), today))
        else:
            ends.append(entry.start.as_date(end=True))
    if not starts:
        return None
    months = (max(ends).year - min(starts).year) * 12 + (max(ends).month - min(starts).month)
    return max(0.0, months / 12)


# Degree levels: 1 bachelor (or "a degree"), 2 master, 3 doctorate, professional ones too ("Doctor of Audiology",
# "Au.D.", "O.D.", "PharmD"). Abbreviations are case-sensitive: "MA" is a degree, "ma" is not.
_DOCTORATE = re.compile(
    r"\b(?:ph\.?\s?d|doctorate|doctoral|d\.phil|doctor\s+of)\b|"
    r"(?-i:\b(?:EdD|Ed\.D\.|MD|M\.D\.|DNP|AuD|Au\.D\.|O\.D\.|Pharm\.?D\.?|DPT|DVM|DDS|DMD|PsyD|Psy\.D\.|DrPH)(?!\w))",
    re.I,
)
_MASTER = re.compile(r"\bmaster(?:'?s)?\b|\bmagister\b", re.IGNORECASE)
# A degree's letters that open a code name a standard or a scheme, not a degree: "BS 7671", "BS EN 1090", "MS-DRG",
# "MS/TP" (a degree after the slash, "BS/MS", is a second degree).
_NOT_A_CODE = r"(?![\w])(?!\s*(?:\d|EN\b|ISO\b|IEC\b)|-[A-Z\d]|/(?![BMD])[A-Z]{2})"
_MASTER_ABBR = re.compile(
    r"(?<![\w.])(?:M\.?S\.?c?|M\.?A\.?|MBA|M\.Ed\.?|MEd|M\.?Eng\.?|MAcc|MSN|MPH|MFA|LL\.?M|M\.?H\.?Sc|M\.?P\.?A|MPP|"
    rf"M\.?S\.?W|MLIS|MRes|MPhil|M\.?Arch|MDiv|MMus|MHA|MSt){_NOT_A_CODE}"
)
_BACHELOR = re.compile(r"\bbachelor(?:'?s)?\b|\bundergraduate\b|\bbaccalaureate\b", re.IGNORECASE)
_BACHELOR_ABBR = re.compile(
    r"(?<![\w.])(?:B\.?S\.?c?|B\.?A\.?|BSN|B\.?Eng\.?|BBA|B\.?Com|BFA|LL\.?B|B\.?H\.?Sc|B\.?S\.?W|B\.?Arch|BMus|B\.?Ed|"
    rf"BPharm){_NOT_A_CODE}"
)
# An associate degree (1), below a bachelor's: "Associate in Applied Science", "A.A.S.", "an associate degree".
_ASSOCIATE = re.compile(
    r"\bassociate(?:'?s)?\s+(?:degree|(?:of|in)\s+(?:applied\s+)?(?:science|arts))\b|"
    r"(?-i:(?<![\w.])(?:A\.A\.S\.?|AAS|A\.A\.|A\.S\.|ADN)(?![\w]))",
    re.IGNORECASE,
)
# A school-leaving qualification, the lowest level a requirement can ask for (0): any further study answers it.
_SCHOOL_LEAVING = re.compile(
    r"\bhigh[-\s]school\b|\bsecondary[-\s]school\b|(?-i:\bGED\b|\bHiSET\b|\bGCSEs?\b)|\bA[-\s]levels?\b", re.I
)
_ANY_DEGREE = re.compile(r"\b(?:degree|diploma)\b", re.IGNORECASE)
_CREDENTIAL = re.compile(
    r"\b(?:licen[cs]e[ds]?|licensure|certification|certifications|certified|certificate|accreditation|accredited)\b",
    re.IGNORECASE,
)


SCHOOL, ASSOCIATE, BACHELOR, MASTER, DOCTORATE = range(5)
"""Degree levels, lowest first: what a requirement asks for and what a CV holds are compared on this scale."""


def credential_level(text: str) -> int | None:
    """The degree level a text names (an unspecified degree counts as a bachelor's), if any."""
    level = named_degree_level(text)
    return level if level is not None else BACHELOR if _ANY_DEGREE.search(text) else None


def named_degree_level(text: str) -> int | None:
    """The level of a degree a text names by name ("MSc", "Bachelor of Arts"), not by the bare word "diploma": a
    degree listed among certifications still counts, a training diploma does not."""
    if _DOCTORATE.search(text):
        return DOCTORATE
    if _MASTER.search(text) or _MASTER_ABBR.search(text):
        return MASTER
    if _BACHELOR.search(text) or _BACHELOR_ABBR.search(text):
        return BACHELOR
    if _ASSOCIATE.search(text):
        return ASSOCIATE
    return None


def required_degree_level(text: str) -> int | None:
    """The lowest degree level a requirement accepts ("Bachelor's or Master's" -> BACHELOR, "High school diploma or
    GED" -> SCHOOL), if it asks for one."""
    levels = []
    if _ASSOCIATE.search(text):
        levels.append(ASSOCIATE)
    if _BACHELOR.search(text) or _BACHELOR_ABBR.search(text):
        levels.append(BACHELOR)
    if _MASTER.search(text) or _MASTER_ABBR.search(text):
        levels.append(MASTER)
    if _DOCTORATE.search(text):
        levels.append(DOCTORATE)
    if _SCHOOL_LEAVING.search(text):
        levels.append(SCHOOL)
    elif not levels and _ANY_DEGREE.search(text):
        levels.append(BACHELOR)
    return min(levels) if levels else None


def listed_degree_level(text: str) -> int:
    """The level of a degree the CV lists; one it names by no level ("Diploma, Columbia College") is taken as a
    bachelor's, the usual reading of a degree listed under Education. A certificate programme ("Horticulture
    Certificate, Portland Community College") is no degree: it counts as schooling finished, below an associate's."""
    if _NOT_FINISHED.search(text):
        return SCHOOL  # "accounting coursework (24 credits), no degree": study, not a degree
    level = credential_level(text)
    if level is None and _CERTIFICATE_PROGRAMME.search(text):
        return SCHOOL
    return BACHELOR if level is None else level


_CERTIFICATE_PROGRAMME = re.compile(r"\bcertificate\b", re.IGNORECASE)
_NOT_FINISHED = re.compile(
    r"\b(?:no|not|without)\s+(?:a\s+)?degree\b|\bnot\s+(?:yet\s+)?(?:completed|finished|awarded)\b|\bincomplete\b|"
    r"\bdid\s+not\s+(?:complete|finish|graduate)\b|\b(?:coursework|credits|modules)\s+towards?\b",
    re.IGNORECASE,
)
"""An education line that says the degree was not gained: "coursework toward a B.S., not completed"."""


_DEGREE_WORDS = re.compile(  # and the words of asking ("Degree-level education required"), which name no subject
    r"\b(?:level|education|educated|required|preferred|essential|desirable|"
    r"bachelor|master|doctorate|doctoral|ph\.?\s?d|degree|diploma|undergraduate|graduate|b\.?s\.?c?|b\.?a|"
    r"m\.?s\.?c?|m\.?a|mba|bsn|msn|science|arts|equivalent|related|similar|field|discipline|relevant|or|and|in|of|a|an)"
    r"(?:'?s)?\b",
    re.IGNORECASE,
)
_LENIENT_FIELD = re.compile(r"\b(?:related|equivalent|similar|relevant|any)\b", re.IGNORECASE)


_PREFERENCE = re.compile(r"\b(?:preferred|desirable|ideally|an?\s+(?:plus|advantage|bonus))\b", re.IGNORECASE)


def required_part(text: str) -> str:
    """Without the clauses only preferred: "Degree in pharmacy; an MSc or PhD is preferred" asks for the degree."""
    kept = [clause for clause in text.split(";") if not _PREFERENCE.search(clause)]
    return ";".join(kept) if kept else text


def degree_field(text: str) -> str:
    """The subject a degree requirement names, without the degree words: "Bachelor's in accounting" -> "accounting"."""
    return " ".join(_DEGREE_WORDS.sub(" ", text).split())


def accepts_related_field(text: str) -> bool:
    """ "...or a related field", "or equivalent": the posting does not insist on the exact subject."""
    return bool(_LENIENT_FIELD.search(text))


# "... or willingness to obtain certification": a credential offered as the other way in, not the thing asked.
_WILLING_TO_OBTAIN = re.compile(
    r",?\s*\b(?:or|and/or)\s+(?:the\s+)?(?:willing\w*|ability|able|eligib\w*)\s+(?:to\s+)?(?:obtain|gain|acquire|get|"
    r"earn|complete|achieve|pursue)\b.*$",
    re.IGNORECASE,
)
# "... certificate and UAS mapping experience": the credential ends where a clause about work done begins.
_AND_EXPERIENCE = re.compile(
    r",?\s+and\s+(?=(?:the\s+|a\s+)?(?:ability|willingness|availability|able|willing)\b|"
    r"[^,;]*\b(?:experience|knowledge|skills?|background)\b).*$",
    re.I,
)


def without_offer_to_obtain(text: str) -> str:
    """A requirement without "or willingness to obtain one": what comes before it is what is asked ("Crematory
    experience or willingness to obtain certification" asks for experience)."""
    return _WILLING_TO_OBTAIN.sub("", text)


def asked_credential(text: str) -> str:
    """The part of a requirement a credential answers, without a clause about work done or an ability joined by
    "and" ("Part 107 certificate and UAS mapping experience" -> "Part 107 certificate", "Crane card, and the ability
    to work nights" -> "Crane card")."""
    return _AND_EXPERIENCE.sub("", text)


# Work done towards an organisation's certification, not a credential the person holds: "Bluesign certification
# experience", "experience hosting certification audits", "ISO 9001 certification projects".
_CERTIFYING_WORK = re.compile(
    r"\bcertifications?\s+(?:experience|audits?|process(?:es)?|projects?|programmes?|programs?|readiness)\b|"
    r"\bexperience\s+(?:hosting|leading|managing|running|preparing|supporting|coordinating)\b[^.;]{0,40}"
    r"\bcertifications?\b",
    re.IGNORECASE,
)


def is_credential_requirement(text: str) -> bool:
    """A requirement answered by a degree, licence or certification rather than by work done."""
    if _CERTIFYING_WORK.search(text) and required_degree_level(text) is None:
        return False
    return required_degree_level(text) is not None or bool(_CREDENTIAL.search(text))


# Soft skills: a CV rarely names them, and a letter shows them rather than claims them, so word matching cannot say
# whether they are met.
_SOFT = re.compile(
    r"\b(?:communicat\w*|written|verbal|interpersonal|collaborat\w*|teamwork|attitude|motivat\w*|curious|curiosity|"
    r"presenting|presentation|organi[sz]ed|organi[sz]ational|detail|empathy|empathetic|self-starter|ownership|"
    r"passion\w*|humility|adaptab\w*|flexib\w*|willing\w*|eager\w*)\b",
    re.IGNORECASE,
)


def is_soft_skill(requirement: str) -> bool:
    """ "Excellent written and verbal communication", "a collaborative attitude": a personal quality, not a field."""
    return bool(_SOFT.search(requirement))


# Sectors a posting asks about ("experience in healthcare", "a retail setting") that a CV shows without naming them:
# a nurse's bullets say "patients" and "hospital", not "healthcare". Each sector: the words a requirement uses, and
# the cues in a CV line that place it in that sector.
_SECTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "healthcare health care clinical medical hospital patient care",
        re.compile(r"\b(?:hospitals?|clinics?|clinical|medical|patients?|nurs\w*|physicians?|health\w*|EHR)\b", re.I),
    ),
    ("retail", re.compile(r"\b(?:retail\w*|stores?|grocer\w*|merchandis\w*|shoppers?)\b", re.I)),
    (
        "education educational school k-12",
        re.compile(r"\b(?:schools?|teach\w*|students?|classrooms?|curricul\w*|universit\w*|colleges?)\b", re.I),
    ),
    ("manufacturing", re.compile(r"\b(?:manufactur\w*|factor(?:y|ies)|production lines?)\b", re.I)),
    (
        "fintech financial services banking payments",
        re.compile(r"\b(?:bank(?:s|ing)?|fintech|payments?|lending|financial technolog\w*)\b", re.I),
    ),
    ("games gaming", re.compile(r"\b(?:games?|gaming|game studios?)\b", re.I)),
)


def sector_terms(text: str) -> frozenset[str]:
    """The sector words (as stems) a CV line stands for: "Registered Nurse at Calloway Springs Community Hospital"
    stands for healthcare, clinical, medical... so "experience in healthcare" meets it."""
    found: set[str] = set()
    for words, cue in _SECTORS:
        if cue.search(text):
            found |= content_terms(words)
    return frozenset(found)


# A designation that tells one credential from its neighbours: "SE", "B2", "CCM", "CNMT", a bracketed "(N)", a
# class or category ("Class A", "Category B1").
_DESIGNATION = re.compile(
    r"\((?P<letter>[A-Z])\)|\b(?P<grade>(?:Class|Category|Type|Level|Grade)\s+[A-Z0-9][A-Z0-9.]{0,3})\b|"
    r"\b(?P<code>[A-Z][A-Z0-9]*[A-Z0-9](?:[-/][A-Z0-9]+)?)\b"
)
# "Cat. 07", "Cat B": a category written short.
_CATEGORY = re.compile(r"\bCat(?:\.\s*|\s+)(?=[A-Z0-9]{1,3}\b)")
# An aside in brackets, unless it is a code or a grade: "(N)" and "(Category C)" name the credential asked.
_ASIDE = re.compile(r"\((?![A-Z][A-Z0-9-]*\)|(?:Class|Category|Type|Level|Grade)\s+[A-Z0-9][A-Z0-9.]{0,3}\))[^()]*\)")
_SPELT_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){1,5})\((?P<code>[A-Z][A-Z0-9-]+)\)")
_ALTERNATIVE = re.compile(r",?\s+or\s+|\s+/\s+|(?<=[A-Za-z]{2})/(?=[A-Za-z]{2})|,\s*")
# "or an equivalent", "or eligibility to obtain one": the requirement accepts what no designation names.
_OPEN_ENDED = re.compile(r"\b(?:equivalent|eligib\w*|similar|comparable)\b", re.IGNORECASE)


def designations_held(requirement: str, held_text: str) -> bool | None:
    """Whether the credentials text holds every designation of at least one alternative the requirement names:
    "CNMT (NMTCB) or ARRT (N) certification" against "ARRT (R)(CT)(MR)" is not held (no "(N)"). None when the
    requirement names no designation. A designation written out in full ("Certified Construction Manager (CCM)")
    is held when the credentials text writes either form, and one the credentials text spells out on one line
    ("CDL" in "Commercial Driver's License, Class A") is held."""
    first = _CATEGORY.sub("Category ", requirement.split(";")[0])  # "EMD certification; EFD within 12 months": now
    held_text = _CATEGORY.sub("Category ", held_text)
    if _OPEN_ENDED.search(first):
        return None
    outside = _ASIDE.sub(" ", first)
    spelt = {m.group("code"): m.group(1).strip() for m in _SPELT_BEFORE.finditer(outside)}
    alternatives = [_codes(part) for part in _ALTERNATIVE.split(outside)]
    alternatives = [codes for codes in alternatives if codes]
    if not alternatives:
        return None
    folded = held_text.casefold()

    def held(code: str) -> bool:
        in_full = spelt.get(code)
        # A level or class after a hyphen is the same designation held at that level: "QCI-2", "CDL-B".
        level = r"(?:-(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?"
        pattern = rf"\({code}\)" if len(code) == 1 else rf"(?<![\w-]){re.escape(code)}{level}(?![\w-])"
        if compiled(pattern).search(held_text) is not None or bool(in_full and in_full.casefold() in folded):
            return True
        return any(spelt_out_in(code, line) for line in held_text.splitlines())  # "Commercial Driver's License"

    return any(all(held(code) for code in codes) for codes in alternatives)


# Words that say how a credential must be held, not which one it is: "an active, unrestricted RN licence".
_HOLDING_WORDS = frozenset(
    content_terms(
        """active current valid good standing full unrestricted license licence licensed licensure certification
        certificate certified registration registered credential state province required preferred completion holder
        eligible equivalent accredited national""",
        drop_generic=False,
    )
)


_LICENCE_NAME = re.compile(r"((?:[\w&'’-]+\s+){1,4}?)(?:licen[cs]e|endorsement)\b", re.IGNORECASE)
_NAME_STOP = re.compile(r"^(?:.*\b(?:and|or|with|a|an|the|in|for|of|to|as)\s+)", re.IGNORECASE)


def licence_named_in_one(requirement: str, credentials: Sequence[str], places: frozenset[str]) -> bool | None:
    """Whether, for each licence and endorsement asked, one credential line names every word of it ("Funeral
    Director" of "Georgia Funeral Director license", "Principal" of "a Principal endorsement"): a licence's words
    spread over two lines ("Funeral Services" in one, "Director" in another) are not that licence. None when nothing
    names one."""
    asked = re.sub(r"\([^()]*\)", " ", requirement.split(";")[0])
    if re.search(r"\bor\b|/", asked, re.IGNORECASE):
        return None  # alternatives ("Dispatcher / Operations Officer licence") name licences this cannot tell apart
    place_terms = content_terms(" ".join(places), drop_generic=False)
    names = []
    for match in _LICENCE_NAME.finditer(asked):
        name = _NAME_STOP.sub("", match.group(1))
        terms = content_terms(name) - _HOLDING_WORDS - place_terms
        if terms:
            names.append(terms)
    if not names:
        return None
    held = [content_terms(text, drop_generic=False) for text in credentials]
    return all(any(len(matched_terms(terms, line)) == len(terms) for line in held) for terms in names)


def held_other_than_a_degree(requirement: str, held_text: str) -> bool:
    """Whether the credentials text holds every designation of an alternative that names no degree ("PPA Certified
    Professional Photographer (CPP) or Master of Photography (M.Photog.)" against a CV holding the CPP)."""
    first = requirement.split(";")[0]
    others = [part for part in _ALTERNATIVE.split(first) if part and required_degree_level(part) is None]
    return bool(others) and designations_held(" or ".join(others), held_text) is True


def _codes(text: str) -> list[str]:
    return [m.group("letter") or m.group("grade") or m.group("code") for m in _DESIGNATION.finditer(text)]


def clauses(text: str) -> list[str]:
    """The parts of a requirement written as clauses ("SQL; Python"); empty when it is one clause."""
    parts = [p.strip(" .") for p in text.split(";")]
    return [p for p in parts if p] if len(parts) > 1 else []
