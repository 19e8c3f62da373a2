"""What makes a letter read as assembled rather than written, as checks any writer's letter can be put through.

Each check names one class of defect a recruiter notices at once: a sentence with no verb, a label left dangling
("On X, concretely:"), a credential named twice, a date cut in half ("issued 04/,"), a posting line handed back
word for word, list connectors that stand in for a story ("In the same role", "there as well"), an employer named
at the head of sentence after sentence, a title copied in capitals, "1 years". They read the letter only (and the
posting, for copying), so the offline writer, the model's letters and the judge bench share one definition.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.text import split_sentences
from careervp.logic.writers.grammar import base_form
from careervp.models.api import FVSViolation, Severity
from careervp.vocabulary.lemmas import getAllLemmas

FILLER_CONNECTORS = (
    "One more result",
    "Another data point",
    "Also relevant",
    "A favorite example",
    "A favourite example",
    "One highlight from",
    "Another part of that work",
    "This letter is about",
    "I especially love",
    "In the same role",
    "In that same role",
    "there as well",
    "there too",
    "Alongside that work",
    "The same holds for",
    "is just as direct",
    "The results above",
    "Every day I rely on",
    "My work draws on",
    "the specifics follow",
    "tooling behind this work",
)
"""Connectors that list facts instead of linking them, and comments about the letter itself."""
MAX_COPIED_WORDS = 8
"""A short quote of the posting is fine; nine words in a row are its sentence handed back."""
_AUXILIARIES = frozenset(
    [
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "you're",
        "we're",
        "it's",
        "that's",
    ]
)
_ADVERBS = frozenset(["also", "still", "now", "then", "often", "always", "regularly", "personally", "jointly"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "my", "your", "our", "their", "its", "his", "her", "this", "that", "these", "those"]
)
_DATE_FRAGMENT = re.compile(
    r"\b\d{1,2}/(?=[\s,.;)]|$)|\b(?:19|20)\d{2}\s*[–-]\s*(?=[,.;)]|$)"
    r"|(?<!\d{4})[(\s][–-]\s*(?:19|20)\d{2}\b(?!\s*[–-])"
)
"""A date cut in half ("issued 04/,", "2018 – .", "( – 2020"); a whole range ("2018 – 2020") is no fragment."""
_DANGLING_LABEL = re.compile(r"(?:,\s*concretely|:)\s*$|^\W*(?:On|For|In|About)\s+[^,:.]{1,60}:\s*$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]*[A-Z]{1,6})\)")
_WORDS = re.compile(r"[a-z0-9$£€%]+(?:['’][a-z]+)?")


@lru_cache(maxsize=8192)
def _is_verb_only(word: str) -> bool:
    """A word that can only be a verb form here: lemminflect lists it as a verb and not as a noun or adjective."""
    return (
        bool(getAllLemmas(word, upos="VERB"))
        and not getAllLemmas(word, upos="NOUN")
        and not getAllLemmas(word, upos="ADJ")
    )


_LETTER_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def has_verb(sentence: str) -> bool:
    words = [w.casefold() for w in _LETTER_WORDS.findall(sentence)]
    if any(w in _AUXILIARIES for w in words):
        return True
    words = [w for w in words if w not in _ADVERBS]  # "I also lead": the subject still governs the verb
    for before, word in zip(["", *words], words, strict=False):
        head = word.rpartition("-")[2]  # "co-wrote"
        if before in {"i", "you", "we", "they", "to", "who", "that"} and _can_be_verb(head):
            return True  # "I lead", "you build", "to coach"
        if _is_verb_only(head) or (_is_inflected_verb(head) and before not in _DETERMINERS):
            return True  # "My work draws on...": an inflected verb form after its subject
    return False


# The lemma look-ups below are pure and lemminflect copies its tables on every call: a letter asks about the same
# few hundred words in every check, so each answer is kept.
@lru_cache(maxsize=8192)
def _can_be_verb(word: str) -> bool:
    return bool(getAllLemmas(word, upos="VERB"))


@lru_cache(maxsize=8192)
def _is_inflected_verb(word: str) -> bool:
    """ "draws", "led": a verb form that is not its own base, and not a noun in its own right ("wound")."""
    lemmas = getAllLemmas(word, upos="VERB")
    nouns = getAllLemmas(word, upos="NOUN")
    return bool(lemmas) and lemmas["VERB"][0] != word and not (nouns and nouns["NOUN"][0] == word)


def body_sentences(letter: str) -> list[str]:
    """The letter's sentences without the greeting and sign-off lines."""
    paragraphs = [p for p in letter.strip().split("\n\n") if p.strip()]
    body = paragraphs[1:-1] if len(paragraphs) > 2 else paragraphs
    return [s for p in body for s in split_sentences(p)]


def word_count_as_copied(text: str) -> int:
    """Words as the copy check counts them: "Hours-of-Service" is three, so a phrase that fits a length limit
    by its spaces may still repeat more words of the posting than a letter should."""
    return len(_WORDS.findall(text.casefold()))


def copied_run(sentence: str, posting: str, limit: int = MAX_COPIED_WORDS, *, own: str = "") -> str | None:
    """The first run of more than `limit` consecutive words the sentence shares with the posting and not with the
    candidate's `own` words (a credential both name, "Certificate of Competence in the Safe Use of Sheep Dips", is
    the CV's)."""
    words = _WORDS.findall(sentence.casefold())
    if len(words) <= limit:
        return None
    runs, owned = _posting_runs(posting, limit + 1), _posting_runs(own, limit)
    for i in range(len(words) - limit):
        if tuple(words[i : i + limit + 1]) not in runs:
            continue
        if tuple(words[i : i + limit]) in owned or tuple(words[i + 1 : i + limit + 1]) in owned:
            continue  # all but a word at its edge ("the") is the candidate's own
        return " ".join(words[i : i + limit + 1])
    return None


@lru_cache(maxsize=64)
def _posting_runs(posting: str, length: int) -> frozenset[tuple[str, ...]]:
    """Every run of `length` consecutive words of the posting: read once per posting, not once per sentence of
    every letter, and a run is looked up instead of searched for."""
    words = _WORDS.findall(posting.casefold())
    return frozenset(tuple(words[i : i + length]) for i in range(len(words) - length + 1))


_EMPLOYER_LEAD = re.compile(r"^(?:At|In my work at|My work at|I'm proud that at)\s+((?:[A-Z][\w&'’.-]*\s?)+)")
_SHOUTED = re.compile(r"\b[A-Z]{3,}(?:\s+[A-Z]{3,})+\b")


def _repeated_employers(sentences: list[str]) -> list[str]:
    """Employers a sentence opens on more than once ("At Northgate, ..." ... "At Northgate, ..."): results listed
    with connectors, where a letter names a job once and goes on in the first person."""
    leads = [m.group(1).strip() for s in sentences if (m := _EMPLOYER_LEAD.match(s))]
    return sorted({name for name in leads if leads.count(name) > 1})


def _is_shouted(run: str) -> bool:
    """ "NIGHT NEWS EDITOR" copied from a CV heading; "SOC 2" or "AWS EC2" are acronyms, not shouting."""
    return sum(1 for word in run.split() if getAllLemmas(word.casefold()) and len(word) > 3) >= 2


_SUBJECT_I = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|that|so|where|when|because|as|before|after|while|since|until|if|then)\s+)"
    r"I\s+((?:[a-z][a-z-]*\s+)?[A-Za-z][a-z'’-]*)"
)
_CLAUSE_ADVERBS = _ADVERBS | {
    "currently",
    "recently",
    "first",
    "really",
    "especially",
    "even",
    "never",
    "later",
    "once",
}


def _subject_has_verb(sentence: str) -> bool:
    """Whether every "I" that opens a clause is followed by a verb ("I led", "I also ran", "I was"), never by a noun
    or a label ("I venue technician at the Fringe"); "I" after a title ("Telecommunicator I") is a numeral."""
    for match in _SUBJECT_I.finditer(sentence):
        words = match.group(1).split()
        word = words[1] if len(words) > 1 and words[0] in _CLAUSE_ADVERBS else words[0]
        low = word.casefold()
        prefix, _, head = low.rpartition("-")
        known = {"co", "re", "pre", "de", "un", "over", "under", "out", "up", "cross", "self"}
        compound = {"VERB"} in ({*getAllLemmas(head)}, {*getAllLemmas(base_form(head))})  # as the reading allows
        if prefix and prefix not in known and not compound:
            return False  # "I prompt-informed ...": a hyphenated adjective; "I fact-checked" is a compound verb
        contracted = re.search(r"['’]", low) is not None  # "haven't", "don't"
        if not (contracted or low in _AUXILIARIES or head.endswith("ed") or getAllLemmas(head, upos="VERB")):
            return False
    return True


def letter_defects(letter: str, *, posting: str = "", cv: str = "") -> list[str]:
    """Every defect found, as "kind: evidence"; an empty list for a clean letter."""
    found: list[str] = []
    sentences = body_sentences(letter)
    for sentence in sentences:
        if not has_verb(sentence):
            found.append(f"no verb: {sentence}")
        if _DANGLING_LABEL.search(sentence):
            found.append(f"dangling label: {sentence}")
        for match in _DATE_FRAGMENT.finditer(sentence):
            found.append(f"date fragment: {match.group(0).strip()!r} in {sentence}")
        run = copied_run(sentence, posting, own=cv) if posting else None
        if run:
            found.append(f"copied from the posting: {run}")
    folded = letter.casefold()
    for connector in FILLER_CONNECTORS:
        if connector.casefold() in folded:
            found.append(f"filler connector: {connector}")
    found += [f"not a clause: {sentence}" for sentence in sentences if not _subject_has_verb(sentence)]
    if re.search(r"(?<![\d.,])1\s+years\b", letter):
        found.append("agreement: 1 years")
    if re.search(r"\bI (?:also )?(?:awarded|recognized|recognised|honou?red|nominated)\b", letter):
        found.append("voice: an honour stated as the candidate's act")
    found += [f"employer named again: {name}" for name in _repeated_employers(sentences)]
    found += [f"title in capitals: {run}" for run in _SHOUTED.findall(" ".join(sentences)) if _is_shouted(run)]
    for sentence in sentences:  # "PMP · CSM, Project Management Professional (PMP)": named, then spelt out again
        for abbreviation in set(_ABBREVIATION.findall(sentence)):
            uses = [m.start() for m in re.finditer(rf"\b{re.escape(abbreviation)}\b", sentence)]
            if len(uses) > 1 and uses[0] < sentence.find(f"({abbreviation}"):  # "nutrition (EN) ... EN start" is use
                found.append(f"doubled credential: {abbreviation} in {sentence}")
    for sentence in {s for s in sentences if sentences.count(s) > 1}:
        found.append(f"repeated sentence: {sentence}")
    return found


def defect_feedback(letter: str, *, posting: str = "") -> list[FVSViolation]:
    """A model's letter's defects as feedback for its retry: warnings, since none of them is a false claim."""
    return [
        FVSViolation(field="style", severity=Severity.WARNING, found=found.strip() or None, message=kind)
        for kind, _, found in (defect.partition(": ") for defect in letter_defects(letter, posting=posting))
    ]
