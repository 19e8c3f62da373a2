"""Which CV lines may become a letter's sentences, and the sentence each one becomes.

A CV line's first word is conjugated ("Led" -> "I led") only when its grammar is known: it is a verb in the past
tense or its base form (lemminflect confirms it), and not the first noun of a compound ("Contact lens insertion",
"Frame adjustments"), which would read "I contacted lens insertion". Dates ("Mar 2019 – Present") and headers
("LICENSES, BOARDS & FELLOWSHIP", "Skills:") never become sentences: a line that does not fit is left out rather
than bent into shape.
"""

from __future__ import annotations

import re

from careervp.logic.writers.fragments import measured_change
from careervp.logic.writers.grammar import is_finite_clause, past
from careervp.logic.writers.labels import CHOSEN, names_a_numbered_thing
from careervp.logic.writers.modifiers import joins_an_adjective, modifies_noun, with_determiner
from careervp.logic.writers.wording import BASE_VERBS
from careervp.vocabulary.languages import LANGUAGES
from careervp.vocabulary.lemmas import getAllLemmas, getInflection

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"^\W*(?:{_MONTH}\s+)?(?:19|20)\d\d\b|^\W*{_MONTH}\s+(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s*[–—-]\s*(?:present|now|current|"
    rf"(?:{_MONTH}\s+)?(?:19|20)\d\d)\W*$",
    re.IGNORECASE,
)
"""A line that opens with a date or is a date span at its end ("Mar 2019 – Present", "Summer 2015")."""
_SEASON_DATE = re.compile(r"^(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d\b", re.IGNORECASE)
_OPENERS = frozenset({"a", "an", "the", "my", "our", "their", "its", "this", "these", "those", "each", "every", "all",
                      "new", "more", "over", "up", "both", "two", "three", "four", "five", "six", "seven", "eight",
                      "nine", "ten", "and", "to"})  # fmt: skip
"""Words after a verb that show it has an object phrase, never a compound noun."""
_PREPOSITIONS = frozenset({"for", "with", "on", "in", "at", "to", "from", "during", "across", "by", "into", "through",
                           "under", "within", "per"})  # fmt: skip
_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "their", "its", "each", "every", "all"})
_NOT_VERBS = frozenset({"zero", "no", "nil", "one", "two", "three", "second", "top", "best", "first", "average"})
"""Words lemminflect knows as verbs that open a count or a rank in a CV line: "Zero critical violations"."""
_ACTION = frozenset(
    {
        "cut",
        "run",
        "train",
        "set",
        "plan",
        "chart",
        "coach",
        "audit",
        "survey",
        "test",
        "monitor",
        "review",
        "schedule",
        "support",
        "process",
        "design",
        "staff",
        "budget",
        "track",
        "map",
        "model",
        "pilot",
        "launch",
        "host",
        "handle",
        "answer",
        "check",
        "supply",
        "tutor",
        "mentor",
        "cover",
        "deliver",
        "build",
        "write",
        "teach",
        "own",
        "grow",
        "drive",
        "cook",
        "prepare",
        "brew",
        "conduct",
        "report",
        "present",
        "record",
        "draft",
    }
)
"""Verbs that CV bullets open with and that are nouns too: at a bullet's start they are read as verbs."""


def is_date_line(text: str) -> bool:
    line = text.strip()
    return bool(_DATE_LINE.search(line) or _SEASON_DATE.match(line)) and len(line.split()) <= 8


def is_header(text: str) -> bool:
    """An all-capitals line or one that ends in ":": a CV section's label, never a sentence."""
    line = text.strip()
    letters = [c for c in line if c.isalpha()]
    shouted = len(letters) >= 4 and all(c.isupper() for c in letters) and len(line.split()) >= 2
    return shouted or line.endswith(":")


def _words(text: str) -> list[str]:
    return [w.strip(",.;:()") for w in text.split()]


def opening_verb(text: str) -> tuple[str, bool] | None:
    """(the verb's base form, whether the line gives it in the past tense) when the line opens with a verb whose
    grammar is certain; None otherwise."""
    words = _words(text)
    if len(words) < 2 or text.split()[1].startswith("("):
        return None  # "Pastor (quarter-time)": a title with its note
    first, second = words[0].casefold(), words[1].casefold()
    prefix, hyphen, stem = first.rpartition("-")
    if hyphen and prefix in _VERB_PREFIXES and stem.isalpha():  # "Cross-trained", "Co-led": the verb after its prefix
        found = opening_verb(f"{stem} {' '.join(text.split()[1:])}")
        return (f"{prefix}-{found[0]}", found[1]) if found else None
    written_prefix = words[0].rpartition("-")[0]
    compound = hyphen and prefix.isalpha() and not written_prefix.isupper() and "NOUN" in getAllLemmas(prefix)
    if compound and stem.isalpha() and set(getAllLemmas(stem)) == {"VERB"}:
        found = opening_verb(f"{stem} {' '.join(text.split()[1:])}")  # "Line-manage", "Risk-assessed": a compound
        return (f"{prefix}-{found[0]}", found[1]) if found else None  # verb whose last part is only ever a verb
    if not hyphen and _compound_order(first, second, words[2:3]):
        return f"{first}-{second}", False  # "Line manage 7 staff", "Risk assess every lift": one verb, said hyphened
    verbs = getAllLemmas(first, upos="VERB").get("VERB", ())
    if verbs and text.split()[0].endswith(",") and not _VERB_SERIES.search(text):
        return None  # "maintained, Tarnside Borough Council": a verb cut from its object, a name after it
    if not verbs and not getAllLemmas(first) and _DERIVED_PAST.search(first):
        return first[:-1], True  # "Containerised", "Productized": the past of a verb made from a noun
    if not verbs or not first.isalpha() or first in _NOT_VERBS:
        return None
    lemma = verbs[0]
    is_past = first != lemma and first in (getInflection(lemma, tag="VBD") or ())
    if joins_an_adjective(text.split(maxsplit=1)[1]):
        return None  # "Complete and partial dentures": two modifiers of one noun
    if first != lemma and modifies_noun(first, text.split(maxsplit=1)[1]):
        return None  # "Qualified paramedic on ...", "Mixed caseload of 40": a noun phrase, not an action
    if not is_past and first != lemma:
        return None  # a participle or third person ("Leads", "Trained by"): not a bullet's imperative or past
    if not is_past and (_compound(first, second, words[2:4]) or _titled(first, words[1])):
        return None  # "Contact lens ...", "Lead Optician": a noun phrase, not an order without its subject
    if second == "of" and set(getAllLemmas(first)) != {"VERB"}:
        return None  # "Team of 7", "Crew of 5" (not the past of "crow"): a noun heads the line
    if not is_past and _labels_a_list(words, text):
        return None  # "Grade II* house: parapet re-set, ...": a heading for what follows, not an order
    if not is_past and not _reads_as_order(first, text.split()[0], text.split()[1], words[2:4], text):
        return None  # "Team of 7", "Google rating 4.9", "Full overhauls on ...": a name or a noun phrase
    return lemma, is_past


def _compound_order(first: str, second: str, after: list[str]) -> bool:
    """A noun, then a verb that is only ever a verb in its base form, then what it acts on: a compound verb written
    with a space ("Line manage 7 staff", "Risk assess the lifts")."""
    if not after or "NOUN" not in getAllLemmas(first) or set(getAllLemmas(second)) != {"VERB"}:
        return False
    if getAllLemmas(second, upos="VERB")["VERB"][0] != second:
        return False
    return _opens_object(after[0].strip(",.;:()").casefold())


def _labels_a_list(words: list[str], text: str) -> bool:
    """Whether a line opens with a short bare noun phrase and a colon: a label for the work after it ("Feature
    film: 12-week shoot, ..."). A determiner, figure or plural after the first word makes the phrase an object."""
    label = re.match(r"([^:;,.]+):\s", text)
    if label is None or len(label.group(1).split()) > _LABEL_WORDS:
        return False
    between = [w.casefold() for w in words[1 : len(label.group(1).split())]]
    if not between or any(w in _DETERMINERS or w[:1].isdigit() for w in between):
        return False
    nouns = getAllLemmas(between[-1], upos="NOUN").get("NOUN", ())
    return bool(nouns) and nouns[0] == between[-1]


_LABEL_WORDS = 4


def _reads_as_order(first: str, written: str, after: str, later: list[str], rest: str = "") -> bool:
    """Whether a line opening with the base form `first` (as `written`, then the token `after`) reads as an order
    without its subject. Every bullet opens with a capital, so a capital says nothing; what follows decides:
    - a dash, colon or comma after the first word makes it a label ("Welsh — first language", "Budget: $2M"),
      unless the comma starts a series of verbs ("Plan, schedule and lead");
    - a word that is an adjective or adverb as well as a verb modifies what follows ("Full overhauls", "Over 120
      surveys", "Minor repairs"), unless it is one of the verbs bullets open with ("Complete 40 audits");
    - a word outside those verbs is an order only when an object follows it in the shape objects take: a
      determiner, a figure, a plural, a preposition ("Liaise with", "Triage calls"); a bare singular noun makes a
      name or a compound ("Google rating 4.9", "Call analysis in ...", "Welsh speaker");
    - a plural that is also a verb's third person, then a figure or a determiner, makes the line a clause with the
      first word as its subject ("Shop repairs about 1,100 instruments a year")."""
    usual = first in BASE_VERBS or first in _ACTION
    nxt = after.strip(",.;:()").casefold()
    if written.endswith(",") and nxt in getAllLemmas(nxt, upos="VERB").get("VERB", ()) and _VERB_SERIES.search(rest):
        return True  # "Plan, release and dispatch 40 flights": a series of orders
    if written[-1:] in ",:" or not (after[:1].isalnum() or after[:1] in "$£€~\"'“‘"):
        return False
    if nxt == "of" and set(getAllLemmas(first)) != {"VERB"}:
        return False
    if usual:
        return True
    own_past = first in (getInflection(first, tag="VBD") or ())  # "spread", "cut": the adjective is the participle
    if {"ADJ", "ADV"} & set(getAllLemmas(first)) and nxt not in _DETERMINERS and not own_past:
        return False
    if is_third_person(nxt) and later and (later[0][:1].isdigit() or later[0].casefold() in _COUNT_OPENERS):
        return False
    return _opens_object(nxt)


_VERB_SERIES = re.compile(r"^\w+,\s+\w+(?:,\s+\w+)*,?\s+(?:and|or|&)\s+\w+|^\w+,\s+\w+\s+\S+,\s+\w+")
"""Orders in a series: "Plan, cost and order stock", "Open files, run checks, order searches"."""
_VERB_PREFIXES = frozenset({"co", "re", "cross", "pre", "over", "under", "out", "up", "down", "self"})
_DERIVED_PAST = re.compile(r"^[a-z]{4,}(?:ised|ized|ified)$")
"""The past of a verb derived from a noun or adjective, which no dictionary lists ("containerised", "digitized")."""
_COUNT_OPENERS = frozenset({"about", "around", "over", "nearly", "almost", "some", "the", "a", "an", "all", "every"})


def is_third_person(word: str) -> bool:
    lemma = getAllLemmas(word, upos="VERB").get("VERB", (word,))[0]
    return word != lemma and word in (getInflection(lemma, tag="VBZ") or ())


def _opens_object(word: str) -> bool:
    """A word that can open a verb's object or complement: a determiner or quantifier, a figure, a preposition, a
    pronoun, or a noun in the plural."""
    if word in _OPENERS or word in _PREPOSITIONS or word[:1].isdigit() or not word[:1].isalpha():
        return True
    if word in _OBJECT_PRONOUNS or "ADJ" in getAllLemmas(word) or "ADV" in getAllLemmas(word):
        return True  # "Liaise closely with", "Mentor junior staff"
    nouns = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    if not getAllLemmas(word):  # a word no dictionary knows ("financials", "MFA", "mid-market"): no evidence either way
        return True
    return bool(nouns) and nouns[0] != word  # a plural: "Triage calls"


_OBJECT_PRONOUNS = frozenset({"them", "it", "him", "her", "us", "me", "others", "everyone", "new", "out", "off"})


def _titled(first: str, second: str) -> bool:
    """ "Lead Optician", "Head Chef": a noun before a capitalised word names a post; before a code ("Raise NEC4
    early warnings") it is a verb."""
    named = second[:1].isupper() and second.isalpha() and not second.isupper()  # "NEC4", "CAD": a code, no title
    return named and first not in _ACTION and "NOUN" in getAllLemmas(first)


def _compound(first: str, second: str, after: list[str]) -> bool:
    """ "contact lens", "frame adjustments": a word that is also a noun, before another noun. The verbs CVs open
    bullets with most often are taken as verbs ("Cut lens remakes", "Run jar tests")."""
    if second in _OPENERS or not second.isalpha() or first in _ACTION:
        return False
    if any(w.casefold() in _PREPOSITIONS | _DETERMINERS or re.search(r"\d", w) for w in after):
        return False  # "Collect samples for ...", "Coordinate daily with 6 ...": a verb and what it acts on
    if "ADV" in getAllLemmas(second):
        return False
    return "NOUN" in getAllLemmas(first) and "NOUN" in getAllLemmas(second)


_RESPONSIBLE_FOR = re.compile(r"(?:was|am|were)\s+responsible\s+for\s+", re.IGNORECASE)
"""How a verb phrase opens when it restates "Responsible for ...": only then is the line's own word looked for after
it (a pattern per word, built only for those phrases)."""


def misread_as_verb(line: str, vp: str) -> bool:
    """Whether a verb phrase made from a CV line conjugates a word that is no verb there: a date ("Mar 2019" ->
    "marred 2019"), a header, a compound noun ("Contact lens insertion" -> "contacted lens insertion"), or an
    adjective turned into a duty and repeated ("Responsible person for ..." -> "responsible for responsible
    person")."""
    words = _words(line)
    if not words or not vp:
        return False
    if is_date_line(line) or is_header(line):
        return True
    first = words[0].casefold()
    if _RESPONSIBLE_FOR.match(vp) and re.match(rf"{_RESPONSIBLE_FOR.pattern}{re.escape(first)}\b", vp, re.IGNORECASE):
        return first == "responsible"
    said = vp.split()[0].casefold()
    lemmas = {lemma for forms in getAllLemmas(said, upos="VERB").values() for lemma in forms} | {said}
    for clause in (c.strip() for c in line.split(";")):  # a part of a series is read as its own line
        opener = clause.split()[0].casefold() if clause.split() else ""
        if opener in lemmas and (opener == first or getAllLemmas(opener, upos="VERB")):
            return opening_verb(clause) is None
    return False  # the phrase opens with a verb of its own ("was responsible for ..."), not the line's word


def clause_vp(line: str, *, ongoing: bool) -> str | None:
    """A CV line whose clauses each open with a verb of certain grammar, as one verb phrase after "I": "Control 70
    daily sectors; rebuilt the rota" -> "control 70 daily sectors and rebuilt the rota". A base-form verb stays
    present for the job held now and goes into the past for an earlier one; any clause that does not open with a
    verb leaves the whole line out."""
    if _NOT_PROSE.search(line):
        return None
    phrases: list[str] = []
    for clause in (c.strip().rstrip(".") for c in re.split(r";\s+", line.strip()) if c.strip()):
        change = None if is_finite_clause(clause) else measured_change(clause[:1].upper() + clause[1:])
        if change is not None:  # "win rate up from 29% to 41%": a measure's change, not the verb "win"
            phrases.append(change)
            continue
        found = None if is_date_line(clause) or is_header(clause) or _unbalanced(clause) else opening_verb(clause)
        if found is None:
            return None
        lemma, is_past = found
        if not is_past and names_a_numbered_thing(clause):
            return None  # "Grade 7+ from 14% to 21%", "Summer 2022 charter season": a noun naming a numbered thing
        joined = "-" in lemma and "-" not in clause.split()[0]  # "Line manage": two words, one verb
        verb, rest = ("-".join(clause.split()[:2]), clause.split(maxsplit=2)[2]) if joined else clause.split(maxsplit=1)
        if not (is_past or ongoing):
            verb = past(lemma) if joined else (getInflection(lemma, tag="VBD") or (lemma,))[0]
        chosen = is_past and lemma in CHOSEN and re.match(r"(?:to|as|for|by|into|onto)\b", rest) is not None
        phrases.append(f"{'was ' if chosen else ''}{verb.casefold()} {rest}")  # "promoted to ...": done to the writer
    if not phrases or len(phrases) > _MOST_CLAUSES:
        return None
    phrases = [with_determiner(p) for p in phrases]
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]


_MOST_CLAUSES = 3
_SYMBOLS = re.compile(r"[→↓↑×]|\bw/|~(?!\s?\d)")
"""Shorthand no sentence carries: "58 → 53", "w/ Tyler"."""
_NOT_PROSE = re.compile(
    r"\s[–—]\s|\s-\s[A-Z]|[→↓↑×]|~(?!\s?\d)|\bw/|\b(?:approx|mgmt|mgr|asst|dept|yrs?|hrs|mi)\.|\.\s+\S"
)
"""A title line ("Tax preparer — VITA — Saint Paul"), shorthand ("w/", "approx.", "58 → 53") or a line of several
sentences: none of them reads as one clause after "I"."""


def has_symbols(text: str) -> bool:
    return bool(_SYMBOLS.search(text))


def with_about(text: str) -> str:
    """ "~150 loan requests" -> "about 150 loan requests", "(2021 → 2024)" -> "(2021 to 2024)": the CV's signs for an
    estimate and a span, in words; so is its shorthand ("approx. 1,100", "incl. audits", "6 wks", "an audit (2024)")."""
    text = re.sub(r"(?<=\d)\s?→\s?(?=\d)", " to ", re.sub(r"~\s?(?=\d)", "about ", text))
    for short, word in _SHORTHAND_WORDS:
        text = short.sub(word, text)
    return _YEAR_NOTE.sub(r" in \1", text)


_SHORTHAND_WORDS = (
    (re.compile(r"\ban?\s+(?:approx\.?|c\.|ca\.)\s*(?=[$£€]?\d)", re.IGNORECASE), "a roughly "),
    (re.compile(r"\b(?:approx\.?|c\.|ca\.)\s*(?=[$£€]?\d)", re.IGNORECASE), "about "),
    (re.compile(r"\bincl\.?(?=\s)", re.IGNORECASE), "including"),
    (re.compile(r"(?<=\d)\s*wks?\b", re.IGNORECASE), " weeks"),
    (re.compile(r"(?<=\d)\s*hrs?\b", re.IGNORECASE), " hours"),
    (re.compile(r"(?<=\d)\s*yrs?\b", re.IGNORECASE), " years"),
    (re.compile(r"(?<=\d)\s*(?:mths?|mos)\b", re.IGNORECASE), " months"),
    (re.compile(r"(?<=\w)\s\+\s(?=\w)"), " and "),
)
"""A CV's abbreviations, written out: a letter says "about", "including", "weeks"."""
_YEAR_NOTE = re.compile(r"\s\(((?:19|20)\d\d)\)(?=[\s,.;]|$)")
"""A lone year in brackets after what happened ("a dose audit (2024)"): in a sentence, "in 2024"."""


def reported_result(line: str) -> str | None:
    """A CV line that is a whole clause with its own subject and a verb changing a measure ("Clinic wait times fell
    from 40 to 15 minutes after the rota change"), as it stands; None for anything else."""
    text = line.strip().rstrip(".")
    words = text.split()
    if is_date_line(text) or is_header(text) or ";" in text or not re.search(r"\d", text) or len(words) < _CLAUSE_WORDS:
        return None
    if re.search(r"\s[–—]\s|\s-\s[A-Z]", text):
        return None  # a post's title line ("Pastor (quarter-time) — Bethany Church"), never a result
    measured = _MEASURED.search(text) is not None
    verb = next((w for w in words[1:6] if w.casefold() in _CHANGES or (measured and w.casefold() in _EFFECTS)), None)
    effect = verb is not None and verb.casefold() in _EFFECTS  # its stated amount makes it a clause, not a label
    if verb is None or not (effect or is_finite_clause(text)) or _unbalanced(text):
        return None
    return with_languages_capitalised(f"{text[:1].upper()}{text[1:]}.")


_CLAUSE_WORDS = 5
_CHANGES = frozenset({"rose", "fell", "grew", "dropped", "doubled", "tripled", "halved", "increased", "decreased",
                      "improved", "climbed", "declined", "went"})  # fmt: skip
"""Verbs that report a measure's change: the clause names the measure first, so it stands without "I"."""
_EFFECTS = frozenset({"cut", "reduced", "lowered", "saved", "raised", "lifted", "shortened", "removed", "eliminated"})
"""Verbs by which a piece of work changed a measure ("Contingency-fuel review cut excess fuel by 3.2%"): the clause
names the work first, and stands without "I" when it says by how much or from what to what."""
_MEASURED = re.compile(r"\bby\s+(?:about\s+|approx\.?\s+|~)?[$£€]?\d|\bfrom\s+[$£€]?\d[^ ]*\s+to\s+[$£€]?\d")


def _unbalanced(text: str) -> bool:
    return text.count("(") != text.count(")") or text.count('"') % 2 == 1


_LANGUAGE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(n) for n in LANGUAGES - {"polish"}), key=len, reverse=True)) + r")\b"
)
"""A language written in lower case ("polish" is a verb too, and is left alone)."""


def with_languages_capitalised(text: str) -> str:
    """ "spanish" -> "Spanish": a language is a name, however the CV or the user wrote it."""
    return _LANGUAGE.sub(lambda m: m.group(1)[:1].upper() + m.group(1)[1:], text)
