"""Typed lines -> CV sections (header, experience, education, certifications, skills, summary, contact, other).

A heading is recognised by what it says, whatever its markup: "## Experience", "### PROFESSIONAL EXPERIENCE",
"Work History" underlined, "**Summary**", an ALL CAPS line, or a plain "Education:" line. Deeper headings inside a
section ("### Senior Engineer — Acme" under "## Experience") stay inside it as entry headers.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from careervp.ingest.dates import find_date_range
from careervp.ingest.line_shapes import JOB_FIELD_LABELS
from careervp.ingest.markup import Line
from careervp.ingest.name_scores import employer_score, title_score
from careervp.vocabulary.cv_structure import (
    ARRANGEMENT_WORDS,
    NON_WORK_QUALIFIERS,
    OTHER_SECTION_WORDS,
    SECTION_MODIFIERS,
    SECTION_WORDS,
    TIME_WORDS,
    TOOL_SECTION_WORDS,
)
from careervp.vocabulary.lemmas import getAllLemmas

_HEADING_WORD = re.compile(r"([a-z]+)(\.)?", re.IGNORECASE)
_CONNECTORS = frozenset({"and", "of", "the", "my", "&"})
_ENTRY_LABELS = frozenset({"tools", "technologies", "tech stack", "stack", "environment", "key skills", "skills used"})
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/.-]{1,40}):\s+(?P<value>\S.*)$")
_NOTE = re.compile(r"^(?P<heading>[^()]{3,40}?)\s*\([^()]{1,40}\)$")
_CLIP_PRIORITY = {"experience": 0, "education": 1, "certifications": 2, "skills": 3, "summary": 4, "other": 5}
# Words after a section name that narrow it to a field, a place or a time ("Career in care", "Work to date").
_SCOPE_WORDS = frozenset({"in", "at", "to", "since", "across", "within", "abroad", "overseas"})
# Headings for what the main sections left over ("Other", "Miscellaneous"): kept as written, never a job.
_REMAINDER_WORDS = frozenset({"other", "miscellaneous", "misc", "further", "extra", "additional"})
# A summary headed by what the writer offers: "What I bring", "What I can offer", "Why me".
# A heading written as a clause about the work ("Where I've worked", "Jobs I have held") or a record of it
# ("Employment record", "Work so far", "Sea service"): the work history.
_WORKED = re.compile(
    r"(?:where|places?|organi[sz]ations|companies|employers|jobs|roles|posts)\s+i(?:['’]ve|\s+have)?\s+"
    r"(?:worked|held|had)|what\s+i(?:['’]ve|\s+have)\s+done|(?:employment|work|service)\s+(?:record|to\s+date|so\s+far)"
    r"|(?:sea|military|army|naval|national)\s+service(?:\s+record)?|sea[\s-]?time(?:\s+record)?",
    re.IGNORECASE,
)
_OFFER = re.compile(r"what (?:i|i can|i'd|i would) (?:bring|offer)|why me|in brief", re.IGNORECASE)
# The longest clip markup alone makes a section word: "Edu", "Exp", "Quals"; "Design" stays a word of its own.
_STYLED_CLIP = 5
_KNOWN = frozenset(SECTION_WORDS) | SECTION_MODIFIERS | OTHER_SECTION_WORDS | TOOL_SECTION_WORDS | _CONNECTORS


@dataclass(slots=True)
class Section:
    kind: str
    title: str
    lines: list[Line] = field(default_factory=list)
    kinds: tuple[str, ...] = ()  # every kind the heading names ("Education & Certifications")


def heading_kinds(text: str, *, relaxed: bool = True, styled: bool = False) -> tuple[str, ...]:
    """The section kinds a heading names, most important first; () when it is not a section name.

    strict: every word is a section word or a modifier ("Professional Experience", "Licenses & Certifications").
    relaxed: a short heading whose last word is a section word ("Clinical Skills", "Instructional Design Portfolio").
    styled: the heading is set apart by its markup (bold, a colon), so a short clip ("**Edu**", "Quals:") stands for
    the section word it begins, as a clip in capitals or with a full stop does.
    """
    noted = _NOTE.match(text)
    if noted and relaxed:  # "CONTRACTS (agency in brackets)": the note says how to read the section
        return heading_kinds(noted.group("heading"))
    if _OFFER.fullmatch(text.strip(" :")):
        return ("summary",)
    if _WORKED.fullmatch(text.strip(" :")):
        return ("experience",)
    if re.search(r"\b(?:objectives?|aims?|goals?)\W*$", text, re.IGNORECASE) and len(text.split()) <= 3:
        return ("summary",)  # "Career objective", "Professional goals": what the writer aims for, no jobs
    words = [
        _unclipped(w.lower(), dot or w.isupper() or (styled and len(w) <= _STYLED_CLIP))
        for w, dot in _HEADING_WORD.findall(text.replace("'", ""))
    ]
    if not words or len(words) > 6 or len(text) > 60:
        return ()
    kinds = [SECTION_WORDS[w] for w in words if w in SECTION_WORDS]
    has_other = any(w in OTHER_SECTION_WORDS for w in words)
    if any(w in NON_WORK_QUALIFIERS for w in words) and not _names_an_organisation(text, words):
        return ("other",)
    if relaxed and words[0] in ARRANGEMENT_WORDS and all(w in _KNOWN | ARRANGEMENT_WORDS for w in words[1:3]):
        return ("experience",)
    if relaxed and len(words) <= 4 and words[-1] == "history" and any(_arrangement(w) for w in words[:-1]):
        return ("experience",)  # "Contract history", "Outage & placement history": the work, held as it was
    named_after = words[1] in SECTION_WORDS or words[1] in OTHER_SECTION_WORDS if len(words) > 1 else True
    if relaxed and len(words) <= 4 and words[0] in TIME_WORDS and not named_after:
        return ("experience",)  # "Earlier ministry", "Before teaching"; "Recent Publications" is what it says
    scoped = words[1:2] != ["at"] or words[2:3] != ["a"]  # "Career at a glance" is a summary of the career
    if relaxed and 3 <= len(words) <= 5 and words[0] in SECTION_WORDS and words[1] in _SCOPE_WORDS and scoped:
        return (SECTION_WORDS[words[0]],)  # "Career in care", "Experience at sea", "Work to date": the section, scoped
    if all(w in _REMAINDER_WORDS | SECTION_MODIFIERS for w in words) and any(w in _REMAINDER_WORDS for w in words):
        return ("other",)  # "OTHER", "Additional information", "Misc.": whatever the main sections left over
    if all(w in _KNOWN for w in words):
        if kinds:
            return tuple(dict.fromkeys(kinds))
        if has_other:
            return ("other",)
        return ("skills",) if any(w in TOOL_SECTION_WORDS for w in words) else ()
    if relaxed and len(words) <= 4:
        last = words[-1]
        if last in SECTION_WORDS:
            return (SECTION_WORDS[last],)
        # "Certification and ordination": the first of two joined names is the section's, the second a kind of it.
        joined = [
            words[i - 1] for i in range(1, len(words)) if words[i] in ("and", "&") and words[i - 1] in SECTION_WORDS
        ]
        if joined:
            return (SECTION_WORDS[joined[0]],)
        # "Certifications & cards", "Licences / tickets": a section name joined to a word of the writer's own.
        if words[0] in SECTION_WORDS and re.match(r"\W*[\w'-]+\s*(?:&|/|\band\b)\s*\w", text, re.IGNORECASE):
            return (SECTION_WORDS[words[0]],)
        if last in OTHER_SECTION_WORDS:
            return ("other",)
    return ()


# Words that close an organisation's name: "Heartland Community Credit Union", "Eastside Volunteer Fire Department".
_ORGANISATION_HEADS = frozenset(
    {
        "union", "bank", "trust", "society", "association", "council", "department", "service", "services", "centre",
        "center", "hospital", "clinic", "church", "school", "college", "university", "foundation", "charity",
        "company", "partnership", "board", "authority", "agency",
    }
)  # fmt: skip


def _names_an_organisation(text: str, words: list[str]) -> bool:
    """A heading with "community" or "volunteer" in it that is an employer's name, not a section's: it ends in a
    word that closes an organisation's name, or carries the place the organisation is in ("— Westerville, OH")."""
    if any(a in NON_WORK_QUALIFIERS and b in _KNOWN for a, b in itertools.pairwise(words)):
        return False  # "Volunteer Work — Ashby Food Bank": the section, then where
    place = re.search(r"\s[—–|-]\s+[A-Z][\w .'-]*,\s*[A-Z][\w.]+\s*$", text)
    names = [w for w in words if w not in _KNOWN and w not in NON_WORK_QUALIFIERS]
    return bool(place) or (len(names) >= 2 and words[-1] in _ORGANISATION_HEADS)


def _arrangement(word: str) -> bool:
    return word in ARRANGEMENT_WORDS or f"{word}s" in ARRANGEMENT_WORDS


def _unclipped(word: str, marked: str | bool) -> str:
    """A heading word clipped with a full stop ("Educ.", "Exp.", "Lang."), in capitals ("EXP", "VOL") or clipped
    and made plural ("CERTS", "Quals") stands for a section word it begins; a clip of fewer than three letters stays
    as written."""
    if word in _KNOWN:
        return word
    stems = [
        stem for stem in ([word] if marked else []) + ([word[:-1]] if word.endswith("s") else []) if len(stem) >= 3
    ]
    expansions = sorted(known for known in _KNOWN if any(known.startswith(stem) for stem in stems))
    if not expansions:
        return word
    modifiers = [known for known in expansions if known in SECTION_MODIFIERS]
    if modifiers:  # "Prof." is "professional" far more often than "proficiencies"
        return modifiers[0]
    # "Exp." could begin "expertise" too, but a CV's main sections come first: work history, then education.
    return min(expansions, key=lambda known: _CLIP_PRIORITY.get(SECTION_WORDS.get(known, "other"), len(_CLIP_PRIORITY)))


_NAMED = 3  # an organisation's head noun or legal suffix ("Council", "Ltd"); "Retail" alone names a trade


def _field_and_years(text: str) -> tuple[str, ...]:
    """ "Retail management, 2012–2025", "Army service 2004 – 2012": a section heading naming a line of work and the
    years spent in it holds the jobs of that career; ("experience",), else () (an organisation's name with its dates
    is one job's heading, and a section name keeps its own kind)."""
    found = find_date_range(text)
    if found is None:
        return ()
    rest = f"{text[: found.span[0]]} {text[found.span[1] :]}".strip(" ,;:|·•—–-()")
    words = rest.split()
    if not 1 <= len(words) <= 4 or not rest[:1].isupper() or employer_score(rest) >= _NAMED or title_score(rest):
        return ()
    return heading_kinds(rest) or ("experience",)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _looks_like_entry(text: str) -> bool:
    return find_date_range(text) is not None or bool(re.search(r"\s[|—–@]\s|\s-\s|\sat\s", text))


def _bold_with_note(line: Line) -> bool:
    """ "**CONTRACTS** (agency in brackets)": a bold heading followed by nothing but a note on how to read it."""
    rest = line.text[len(line.lead_bold) :] if line.lead_bold and line.text.startswith(line.lead_bold) else ""
    return bool(re.fullmatch(r"\s*\([^()]{1,40}\)", rest))


def _caps_with_note(text: str) -> bool:
    """ "WORK (most recent first)": a heading in capitals followed by a note in brackets on how to read it."""
    noted = _NOTE.match(text)
    return noted is not None and _is_caps(noted.group("heading"))


def _section_heading(line: Line, current: Section, section_level: int | None) -> tuple[str, ...] | None:
    """The kinds of the section this line opens, or None when the line is content."""
    if line.kind == "heading":
        if line.level == 0:
            return heading_kinds(line.text) or _field_and_years(line.text) or ("other",)
        kinds = heading_kinds(line.text)
        if kinds:
            return kinds
        if current.kind == "experience" and _looks_like_entry(line.text):
            return None
        if section_level is not None and line.level <= section_level:
            return _field_and_years(line.text) or ("other",)
        return None
    if line.kind != "text" or len(line.text.split()) > 6:
        return None
    text = line.text.rstrip(":").strip()
    styled = line.bold or _is_caps(text) or line.text.endswith(":") or _bold_with_note(line) or _caps_with_note(text)
    kinds = heading_kinds(text, relaxed=styled, styled=styled)
    if current.kind == "experience" and line.text.endswith(":") and kinds == ("other",):
        return None  # "**Key achievements:**" introduces the bullets of a job
    if styled and kinds:
        return kinds
    # An unstyled line ("Experience", "Work history") is a heading only when it names a main section: a skill
    # written one per line ("Project Management") must stay a skill.
    if kinds and kinds != ("other",) and len(text.split()) <= 4:
        return kinds
    return None


_ONE_LINE_KINDS = frozenset({"skills", "certifications", "education", "summary"})
_AFTER_BOLD_LABEL = re.compile(r"\s*(?:[—–|:]|\s-)\s*(?P<value>\S.*)$")


def _one_line_section(line: Line, current: Section) -> tuple[tuple[str, ...], str, str] | None:
    """(kinds, title, content) of a line that names a section and holds all of it: a "Skills:" label, or a bold
    section name with the content after a dash ("**EDUCATION** — BSc Biology, 2012")."""
    if line.kind != "text":
        return None
    label, value = "", ""
    found = _LABEL.match(line.text)
    if found is not None:
        label, value = found.group("label"), found.group("value")
    elif line.lead_bold and line.text.startswith(line.lead_bold):
        after = _AFTER_BOLD_LABEL.match(line.text[len(line.lead_bold) :])
        label, value = (line.lead_bold.strip(" :"), after.group("value")) if after else ("", "")
    kinds = heading_kinds(label, relaxed=False, styled=True) if label else ()
    if current.kind == "experience" and label.lower() in _ENTRY_LABELS | JOB_FIELD_LABELS:
        return None  # "Tools: Python, SQL" under a job belongs to the job
    # A bold name holds a list on its line (schools, credentials, skills); a bold "Profile" over prose stays as read.
    wanted = _ONE_LINE_KINDS if found is not None else _ONE_LINE_KINDS - {"summary"}
    return (kinds, label, value) if kinds and kinds[0] in wanted else None


_CAPS_LABEL = re.compile(r"(?P<label>[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2})\s+(?P<value>[a-z0-9~(].*)")


def _labelled_fact(line: Line) -> str | None:
    """ "SEA TIME approx. 900 days", "NOTICE PERIOD one month": a line opening with a label of ordinary words in
    capitals, its value after it. The label, else None (an acronym such as "HGV" or "PADI" is a name, no label)."""
    found = _CAPS_LABEL.fullmatch(line.text.strip()) if line.kind == "text" else None
    if found is None:
        return None
    label = found.group("label")
    if title_score(label) or employer_score(label):
        return None  # "LEGAL SECRETARY part-time": a job's title in capitals
    return label if all(getAllLemmas(word.casefold()) for word in label.split()) else None


def split_sections(lines: list[Line]) -> list[Section]:
    """Group lines under their section headings; lines before the first heading form the "header" section."""
    sections = [Section("header", "")]
    section_level: int | None = None
    for line in lines:
        current = sections[-1]
        kinds = _section_heading(line, current, section_level)
        first = len(sections) == 1 and not any(x.kind != "blank" for x in current.lines)
        if first and kinds in (None, ("other",), ("summary",), ("contact",)):
            current.lines.append(line)  # the first line is the person's name, unless it opens a main section
            continue
        label = _labelled_fact(line) if kinds is None and current.kind not in ("header", "experience") else None
        if label is not None:
            # A fact of its own between sections, kept as written; the section around it goes on.
            sections.append(Section("other", label.capitalize(), [line], ("other",)))
            sections.append(Section(current.kind, current.title, [], current.kinds))
            continue
        if kinds is None:
            inline = _one_line_section(line, current)
            if inline is not None:
                # "Skills: Python, SQL" or "**SCHOOL** — Northfield Academy, GCSEs 2011" on one line: a section of
                # its own, after which the section around it goes on.
                sections.append(Section(inline[0][0], inline[1], [], inline[0]))
                sections[-1].lines.append(Line("text", inline[2]))
                sections.append(Section(current.kind, current.title, [], current.kinds))
                continue
            current.lines.append(line)
            continue
        if line.kind == "heading" and line.level > 0 and kinds != ("other",) and section_level is None:
            section_level = line.level
        sections.append(Section(kinds[0], line.text.rstrip(":").strip(), [], kinds))
    return [s for s in sections if s.kind == "header" or s.title or any(x.kind != "blank" for x in s.lines)]
