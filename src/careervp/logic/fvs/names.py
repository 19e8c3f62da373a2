"""Proper names the sources never mention: the common trace of an invented employer, school, certificate or tool.

A faithful letter rarely needs a name that is in neither the CV, the gap answers nor the posting. Each unsupported
name is classified by the words around it (a credential, an employer, a tool, a claim about the reader's company);
only a name with no telling context is left as a warning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.evidence.person import driving_licence_held
from careervp.logic.fvs import context
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, NamePhrase, clause_around
from careervp.logic.fvs.name_index import NameIndex
from careervp.logic.fvs.roles import looks_like_title
from careervp.logic.fvs.sources import Sources
from careervp.logic.patterns import compiled
from careervp.logic.text import word_set
from careervp.models.api import FVSViolation, Severity
from careervp.vocabulary import is_legal_suffix
from careervp.vocabulary.cv_structure import REGION_NAMES, is_region_name


def classify(
    sentence_phrase: NamePhrase, start: int, end: int, text: str, company_spans: list[tuple[int, int]]
) -> Kind:
    sentence = sentence_phrase.sentence
    if context.is_credential_context(sentence, start, end, text):
        return Kind.CREDENTIAL
    first_person = context.clause_is_first_person(sentence, start, end) or sentence.is_first_person
    about_reader = context.clause_addresses_reader(sentence, start, end, company_spans)
    if about_reader and not context.clause_is_first_person(sentence, start, end):
        return Kind.COMPANY_FACT
    at_work = context.names_a_workplace(sentence, sentence_phrase.start, start)  # "at Northern Cape Fisheries"
    if context.looks_like_organisation(sentence_phrase.text) or at_work:
        return Kind.EMPLOYER if first_person or not about_reader else Kind.COMPANY_FACT
    if context.is_tool_context(sentence, start, end):
        return Kind.SKILL if not about_reader or first_person else Kind.COMPANY_FACT
    if about_reader:
        return Kind.COMPANY_FACT
    if first_person and len(re.findall(r"\b[A-Z][\w'’&]+", text)) >= 2:
        return Kind.EMPLOYER  # an unknown multi-word name in the candidate's story is most often an organisation
    return Kind.UNVERIFIED


_MESSAGES = {
    Kind.COMPANY_NAME: "The letter addresses '{}', which is not the company applied to.",
    Kind.CREDENTIAL: "Credential not in the CV: '{}'.",
    Kind.EMPLOYER: "Employer not in the CV: '{}'.",
    Kind.SKILL: "Tool or skill not in the CV or gap answers: '{}'.",
    Kind.COMPANY_FACT: "Claim about the company not supported by the posting: '{}'.",
    Kind.UNVERIFIED: "Name not found in the CV, gap answers or posting: '{}'.",
}


# What credentials are called: "a Boeing 767 (CF6-80) type rating", "an FAA Inspection Authorization".
_CREDENTIAL_NOUNS = (
    r"certifications?|certificates?|certified|licen[sc]es?|credentials?|designations?|degrees?|awards?|ratings?|"
    r"endorsements?|authori[sz]ations?|diplomas?|qualifications?|registrations?|accreditations?"
)
_CREDENTIAL_NOUN_AFTER = re.compile(rf"^[\w-]*[)\]]?[\s-]*(?:\w+\s+)?(?:{_CREDENTIAL_NOUNS})\b", re.I)
_CREDENTIAL_NAME = re.compile(rf"\b(?:{_CREDENTIAL_NOUNS})$", re.I)
# A later item of a list a credential word governs: "certifications in EMD, EFD and EPD", "board certified in
# pharmacotherapy (BCPS) and in oncology (BCOP)".
_CREDENTIAL_LIST_BEFORE = re.compile(
    r"\b(?:certifications?|certificates?|certified|licensed|endorsements?|ratings?|qualified)\s+(?:in|for|on)\s+"
    r"[^.;:]{1,80}?(?:,\s*(?:and\s+)?(?:in\s+)?|\s+and\s+(?:in\s+)?|\s+or\s+)(?:[\w-]+\s+){0,3}\(?$",
    re.IGNORECASE,
)
_CREDENTIAL_VERB_BEFORE = re.compile(
    r"(?:\b(?:earned|earn|hold|holding|obtained|completed|passed|awarded|received|achieved|certified\s+in|"
    r"became|become|qualified\s+as)\s+"
    r"(?:my\s+|the\s+|a\s+|an\s+)?(?:(?:[A-Z][\w-]*|\d+)\s+){0,3}(?:(?:[a-z][\w-]*\s+){1,4}\()?|"  # "a Class A CDL"
    r"\b(?:licensed|certified|registered|chartered|board-certified)\s+)$",
    re.IGNORECASE,
)
_TARGET_PLACE_BEFORE = re.compile(
    r"\b(?:at|join|joining|to\s+work\s+(?:at|for)|team\s+at|role\s+at|position\s+at)\s+(?:the\s+)?$", re.IGNORECASE
)
_FUTURE = re.compile(
    r"\b(?:would|will|eager|excited|hope|hoping|look(?:ing)?\s+forward|next\s+step|join|joining|contribute)\b|['’]d\b",
    re.IGNORECASE,
)
_WORKED_AT_BEFORE = re.compile(
    # "work" is the verb only after its subject or "to" ("I work for", "to work at"), never in "canopy work for the
    # north site", where it is the noun.
    r"\b(?:worked\s+(?:at|for)|(?:\b(?:I|we|they|to)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?)work\s+(?:at|for)|employed\s+(?:at|by)|joined|interned\s+(?:at|with)|"
    r"consulted\s+for|freelanced\s+for|(?:an?|my|the|our)\s+(?:time|years|tenure|role|position|job|internship|stint|"
    r"placement|contract)\s+(?:at|with)|"
    r"spent\s+[^.;,]{0,30}\bat)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def check_claimed_employers(
    letter: Letter, sources: Sources, phrases: list[NamePhrase], company_spans: list[tuple[int, int]]
) -> list[FVSViolation]:
    """ "my years at Google" when Google is only a tool in the CV ("Google Ads"): a known name, claimed as an
    employer it never was. Unknown names are the other check's."""
    problems: list[FVSViolation] = []
    body = {(s.start, s.end) for s in letter.body}
    for phrase in phrases:
        sentence = phrase.sentence
        if (sentence.start, sentence.end) not in body or not sources.anyone_says(phrase.text):
            continue
        before = sentence.text[: phrase.start - sentence.start]
        if not _WORKED_AT_BEFORE.search(before[-60:]) or not FIRST_PERSON.search(sentence.text):
            continue
        if sources.is_employer(phrase.text) or sources.is_target_company(phrase.text) or looks_like_title(phrase.text):
            continue
        if _a_job_site(phrase.text, sources):
            continue  # "six months as acting manager at Birmingham": where the CV says the job was
        if any(s <= phrase.start < e for s, e in company_spans) or _FUTURE.search(sentence.text):
            continue
        if context.is_negated_or_aspirational(sentence, phrase.start, phrase.end):
            continue
        message = f"The CV does not list '{phrase.text}' as an employer."
        problems.append(violation(letter.text, Kind.EMPLOYER, (phrase.start, phrase.end), message))
    return problems


def _a_job_site(name: str, sources: Sources) -> bool:
    """Whether the CV gives `name` as where one of its jobs was done ("Carlisle Crown Court", "Derby")."""
    pattern = compiled(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return any(entry.location and pattern.search(entry.location) for entry in sources.cv.experience)


_CLAIM_TOOL_BEFORE = re.compile(r"\b(?:in|with|using|via|on|through|into|of)\s+(?:the\s+)?$", re.IGNORECASE)
# A preposition claims a tool only after a verb of using or knowing one: "I built dashboards in Tableau", not "the
# structure of the IA" or "suppliers in Bologna".
_TOOL_VERB = re.compile(
    r"\b(?:use|used|uses|using|run|ran|runs|running|built|build|builds|building|work|worked|working|configured|"
    r"deployed|administer\w*|programm\w*|develop\w*|model\w*|design\w*|wrote|write|writing|automat\w*|"
    r"migrat\w*|integrat\w*|implement\w*|maintain\w*|manag\w*|operat\w*|creat\w*|produc\w*|analy[sz]\w*|"
    r"experience\w*|proficien\w*|skilled|fluent|expert\w*|trained|certified|comfortable|familiar|hands-on|"
    r"specialis\w*|specializ\w*|qualified|perform\w*|process\w*|test\w*|measur\w*|track\w*|report\w*|at\s+home|"
    r"versed|conversant|adept)\b",
    re.IGNORECASE,
)
# The tool as the object of a verb of putting it to use: "I rolled out Tallyline", "we migrated to Workday".
_TOOL_AS_OBJECT_BEFORE = re.compile(
    r"\b(?:roll(?:ed|ing)?\s+out|introduc(?:ed|e|ing)|adopt(?:ed|ing)?|pilot(?:ed|ing)?|implement(?:ed|ing)?|"
    r"deploy(?:ed|ing)?|configur(?:ed|e|ing)|administer(?:ed|ing)?|migrat(?:ed|e|ing)\s+(?:\w+\s+)?to|"
    r"(?:moved|switched)\s+(?:\w+\s+)?to|stood\s+up|set\s+up)\s+(?:the\s+|a\s+|an\s+|our\s+)?$",
    re.IGNORECASE,
)
# "in metro Atlanta", "across rural Idaho": a lower-case word placing the area does not end the preposition.
_PLACE_BEFORE = (
    r"\b(?:in|at|near|from|to|across|throughout|around|based\s+in|located\s+in)\s+(?:the\s+)?"
    r"(?:(?:metro|greater|downtown|central|rural|suburban|coastal|upstate|inner|outer|"
    r"(?:north|south|east|west)(?:ern)?)\s+)?"
)


_PLACE_ITEM = r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}"
# A list of places after a preposition of place: "offices in Grand Rapids, Lansing and Toledo".
_PLACE_LIST = re.compile(
    rf"{_PLACE_BEFORE}((?:{_PLACE_ITEM})(?:(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){_PLACE_ITEM})*)"
)
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")


@lru_cache(maxsize=32)
def _places_in(posting_text: str) -> frozenset[str]:
    return frozenset(
        item.casefold()
        for match in _PLACE_LIST.finditer(posting_text)
        for item in _LIST_SEPARATOR.split(match.group(1))
    )


def _is_posting_place(name: str, sources: Sources) -> bool:
    """The posting uses the name as a place: its location, or a place in a list after "in", "near", "based in"
    ("offices in Grand Rapids, Lansing and Toledo"). A run of places ("New York and Connecticut") is one when each
    of its parts is."""
    job = sources.job
    if job is not None and job.location and name.casefold() in job.location.casefold():
        return True
    places = _places_in(sources.posting_text)
    return all(part.casefold() in places for part in _LIST_SEPARATOR.split(name.strip()) if part)


_LIST_FILLER = frozenset({"the", "and", "our", "your", "their", "its", "with", "for", "other", "more", "new"})


_EMPLOYER_LIST_BEFORE = re.compile(r"\b(?:at|with|for)\s+([A-Z][^,;.]*?)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$")


def _after_known_employer(before: str, sources: Sources) -> bool:
    match = _EMPLOYER_LIST_BEFORE.search(before[-80:])
    return match is not None and sources.is_employer(match.group(1))


_TITLE_CONTEXT_BEFORE = re.compile(r"\b(?:as|be|become|became)\s+(?:a|an|the|your)?\s*$", re.IGNORECASE)
_TITLE_CONTEXT_AFTER = re.compile(r"^\s+(?:position|role|opening|job|vacancy|post)\b", re.IGNORECASE)


def _is_title_in_context(phrase: NamePhrase) -> bool:
    """A job title ("Director of Product Marketing role", "as Head of Data") is the role and title checks' job."""
    if not looks_like_title(phrase.text):
        return False
    local_start, local_end = phrase.start - phrase.sentence.start, phrase.end - phrase.sentence.start
    text = phrase.sentence.text
    return bool(_TITLE_CONTEXT_BEFORE.search(text[:local_start]) or _TITLE_CONTEXT_AFTER.match(text[local_end:]))


def _listed_with_own_items(text: str, start: int, end: int, sources: Sources) -> bool:
    """ "ventilated, ECMO and CRRT patients": a list whose neighbouring items the candidate's CV does name makes
    the posting-only item a claim too."""
    before = re.search(r"([\w+#.-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$", text[:start])
    after = re.match(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)([\w+#.-]+)", text[end:])
    neighbours = [m.group(1) for m in (before, after) if m]
    return any(len(n) > 2 and n.casefold() not in _LIST_FILLER and sources.candidate_says(n) for n in neighbours)


# "As an Oregon-licensed LPN with six years in surgery, I ...": the opening says who the subject "I" is.
_AS_OPENING = re.compile(r"^\s*As\s+(?:a|an|the)\s+[^,;]{0,40}$")
_I_AFTER_COMMA = re.compile(r"^[^.;]{0,80}?,\s*I\b")
# An acronym after an owner's mark ("the Corps' CQM-C", "IREM's CPM"): designations are written in capitals.
_ACRONYM_AFTER = re.compile(r"^\s+([A-Z][A-Z0-9&+./-]+)(?![\w-])")
_OWNER_MARK = re.compile(r"['’]s?")


def _owner_of_a_known_name(text: str, after: str, sources: Sources) -> bool:
    """ "the Corps' CQM-C", "the Association's CFM": the name owns (issued) a name the CV holds."""
    if not _OWNER_MARK.search(text[-2:]):
        mark = _OWNER_MARK.match(after)
        if mark is None:
            return False
        after = after[mark.end() :]
    following = _ACRONYM_AFTER.match(after)
    return following is not None and sources.candidate_says(following.group(1).rstrip("."))


_REGION_AFTER = re.compile(
    r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)((?:[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
_REGION_BEFORE = re.compile(
    r"((?:[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$"
)


def _a_place(phrase: NamePhrase, part: tuple[int, int, str], before: str) -> bool:
    """The unknown part of the phrase is a place: a whole region, or a name in a list with one."""
    start, end, text = part
    return _is_whole_place(text, phrase.text, before) or _listed_with_a_region(phrase, start, end)


def _listed_with_a_region(phrase: NamePhrase, start: int, end: int) -> bool:
    """The name stands in a list with a state, province or country ("the Tri-Lakes and northern Ontario",
    "Ontario, Quebec and the Maritimes"): a place too, whatever the sources call it."""
    text, offset = phrase.sentence.text, phrase.sentence.start
    start, end = start - offset, end - offset
    after, before = _REGION_AFTER.match(text[end:]), _REGION_BEFORE.search(text[:start])
    if any(m is not None and is_region_name(m.group(1)) for m in (after, before)):
        return True
    parts = _LIST_SEPARATOR.split(text[start:end])  # "the Midlands and Wales" read as one name
    return len(parts) > 1 and any(is_region_name(part) for part in parts)


_DIRECTIONS = word_set("north south east west northern southern eastern western central upper lower inner outer mid")
"""A direction by itself names nothing: "the Central and Southern North Sea" shares its name between two parts."""
_COORDINATED_DIRECTION = re.compile(rf"\s*(?:,|and|or|&)\s+(?:{'|'.join(sorted(_DIRECTIONS))})\b", re.IGNORECASE)
_SHORT_COUNTRIES = frozenset(region.rsplit(" ", 1)[1] for region in REGION_NAMES if region.startswith("united "))
"""A "United ..." country said after "the" by its last word: "the States", "the Emirates"."""


def _is_whole_place(text: str, name: str, before: str) -> bool:
    """The unknown part is the whole of a region ("the North West"), a place in a list ("France" in "France and
    London"), a country said short after "the", or a bare direction; never part of a name ("Yorkshire Tooling")."""
    folded = text.casefold()
    if folded in _DIRECTIONS and (name == text or _COORDINATED_DIRECTION.match(name[len(text) :])):
        return True  # but "West Michigan Gray Iron" is a name whose first word is "West"
    if folded in _SHORT_COUNTRIES and name == text and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return True
    return is_region_name(text) and (is_region_name(name) or text in _LIST_SEPARATOR.split(name))


_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Jan|Febr)uary|March|April|May|June|July|"
                       r"August|(?:Septem|Octo|Novem|Decem)ber|Christmas|Easter")  # fmt: skip


def _claimed_kind(
    phrase: NamePhrase, part: tuple[int, int, str], before: str, identity: bool, sources: Sources
) -> Kind | None:
    """What a name only the posting writes claims when the writer says it of themselves: a credential or a tool;
    None when it claims neither (a place, a name the CV holds in another form, a name in no telling context)."""
    sentence = phrase.sentence
    start, end, text = part
    after = sentence.text[end - sentence.start :]
    if _CALENDAR.fullmatch(text) or _the_cv_holds_it_otherwise(text, after, sources):
        return None  # "on Saturday mornings", "in January": a time, never a tool
    if (
        _CREDENTIAL_NOUN_AFTER.match(after)
        or _CREDENTIAL_VERB_BEFORE.search(before[-70:])  # "qualified as a chartered tax adviser (CTA)"
        or _CREDENTIAL_NAME.search(text)
        or _CREDENTIAL_LIST_BEFORE.search(before[-120:])
    ):
        return Kind.CREDENTIAL
    if identity and re.fullmatch(r"[A-Z]{2,6}", text):
        return Kind.CREDENTIAL  # "As an LPN, I ...": a designation of the posting's, worn as the writer's own
    if _is_posting_place(text, sources):
        return None  # "a seventh base in Bologna", "suppliers in Central and Eastern Europe": a place
    if (
        (_CLAIM_TOOL_BEFORE.search(before[-20:]) and _TOOL_VERB.search(clause_around(sentence, start, end)[0]))
        or _TOOL_AS_OBJECT_BEFORE.search(before[-40:])
        or _listed_with_own_items(sentence.text, start - sentence.start, end - sentence.start, sources)
    ):
        return Kind.SKILL
    return None


def _the_cv_holds_it_otherwise(name: str, after: str, sources: Sources) -> bool:
    """ "Reactor Operator License" where the CV holds an "RO License" (its initials spelt out); "a full UK driving
    licence" for a CV that holds one (where it was issued)."""
    if _initials_said(name, sources):
        return True
    return is_region_name(name) and driving_licence_held(name + after[:30], [], sources.candidate_text)


def _initials_said(name: str, sources: Sources) -> bool:
    """The CV writes the name with a run of two to four of its capitalised words as their initials: "Reactor Operator
    License" for the CV's "RO License"."""
    words = name.split()
    for first in range(len(words)):
        for last in range(first + 2, min(len(words), first + 4) + 1):
            run = words[first:last]
            if not all(w[:1].isupper() and w.isalpha() for w in run):
                break
            short = " ".join([*words[:first], "".join(w[0] for w in run), *words[last:]])
            if len(short.split()) < len(words) and sources.candidate_says(short):
                return True
    return False


def check_unknown_names(
    letter: Letter,
    index: NameIndex,
    candidate_index: NameIndex,
    phrases: list[NamePhrase],
    company_spans: list[tuple[int, int]],
) -> list[FVSViolation]:
    """Names nobody wrote (anything goes wrong), and names only the posting wrote that the candidate claims as
    their own tool or credential ("I run SMS programs in Attentive" when only the posting asks for Attentive)."""
    body = {(s.start, s.end) for s in letter.body}
    problems: list[FVSViolation] = []
    for phrase in phrases:
        sentence = phrase.sentence
        if (sentence.start, sentence.end) not in body or _is_title_in_context(phrase) or is_legal_suffix(phrase.text):
            continue
        unknown = index.unknown_parts(phrase)
        for start, end, text in unknown:
            if _CALENDAR.fullmatch(text):
                continue  # "on Saturday mornings", "since March": a time, never a name to check
            kind = classify(phrase, start, end, text, company_spans)
            before = sentence.text[: start - sentence.start]
            if kind in (Kind.SKILL, Kind.CREDENTIAL) and context.is_negated_or_aspirational(sentence, start, end):
                continue  # "I have not yet used X" is honest
            addresses_other = _TARGET_PLACE_BEFORE.search(before[-30:]) and _FUTURE.search(sentence.text)
            reclassifiable = kind in (Kind.EMPLOYER, Kind.COMPANY_FACT, Kind.UNVERIFIED)
            if reclassifiable and addresses_other and not looks_like_title(phrase.text):
                kind = Kind.COMPANY_NAME  # "I would love to join X": the letter addresses another company
            elif context.is_negated_or_aspirational(sentence, start, end):
                continue  # "I have never worked with X", "X would be new to me"
            elif _after_known_employer(before, index.sources):
                kind = Kind.EMPLOYER  # "at Brightloom HR and Paylocity"
            if _owner_of_a_known_name(text, sentence.text[end - sentence.start :], index.sources):
                kind = Kind.UNVERIFIED  # "the Corps' CQM-C certificate": who issued a credential the CV holds
            if _a_place(phrase, (start, end, text), before):
                kind = Kind.UNVERIFIED  # "the Tri-Lakes and northern Ontario": a place among places
            severity = Severity.WARNING if kind is Kind.UNVERIFIED else Severity.CRITICAL
            problems.append(violation(letter.text, kind, (start, end), _MESSAGES[kind].format(text), severity=severity))
        for start, end, text in candidate_index.unknown_parts(phrase):
            if any(s < end and start < e for s, e, _ in unknown):
                continue  # already reported as unknown to everyone
            if context.is_negated_or_aspirational(sentence, start, end) or context.negated_later(sentence, end):
                continue
            before = sentence.text[: start - sentence.start]
            identity = _AS_OPENING.match(before) is not None and _I_AFTER_COMMA.search(
                sentence.text[end - sentence.start :]
            )
            if not (FIRST_PERSON.search(before) or identity) or re.search(
                r"\b(?:your|you|their|its)\b[^.;]{0,40}$", before, re.I
            ):
                continue
            speaker = [m.end() for m in FIRST_PERSON.finditer(before)]
            subject_from = sentence.start + (speaker[-1] if speaker else 0)
            if any(subject_from <= s < start for s, _ in company_spans):
                continue  # "I like that Acme is investing in ETOPS dispatch qualification": the reader's plan
            if _FUTURE.search(sentence.text) and context.LIKE_YOURS_AFTER.match(sentence.text[end - sentence.start :]):
                continue  # "I would bring that to an FAA and EASA repair station like yours": where I would work
            claimed = _claimed_kind(phrase, (start, end, text), before, bool(identity), index.sources)
            if claimed is None:
                continue
            message = f"'{text}' comes from the posting, not from the CV or gap answers."
            problems.append(violation(letter.text, claimed, (start, end), message))
    return problems
