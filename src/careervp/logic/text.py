"""Shared text helpers: word counts, sentence splitting, light stemming, content terms, numbers, stock phrases.

One module so that the writer, the scorer and the service count words and sentences the same way: a letter the
writer believes is 300 words must be 300 words to the scorer and to the API's `word_count`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from careervp.logic.numbers import Quantity
from careervp.logic.numbers.reading import QUANTITIES
from careervp.logic.word_patterns import by_first_letter
from careervp.vocabulary.letter_words import ABBREVIATIONS
from careervp.vocabulary.skills import SKILLS_FOUND

_HAS_ALNUM = re.compile(r"[^\W_]")


@lru_cache(maxsize=1024)
def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens holding at least one letter or digit.

    Most tokens are all letters, which `str.isalnum` answers in C; only the others (a comma, a hyphen, "&") are
    searched for a letter or digit (`[^\\W_]` is exactly `str.isalnum` per character). Memoised: the template writer
    counts its drafts about a hundred times per letter, and two in three of those counts are of a text it has
    counted before."""
    words = 0
    for token in text.split():
        if token.isalnum() or _HAS_ALNUM.search(token):
            words += 1
    return words


# Abbreviations whose trailing dot does not end a sentence ("B.S. in Computer Science", "Sr. Engineer").
# "ms" is also milliseconds ("210 ms."), "no" also the word: after them a dot ends the sentence here.
_ABBREVIATIONS = ABBREVIATIONS - {"ms", "no"}
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+|$)")
_LINE_BREAK = re.compile(r"\n\s*\n|\n")
_CONTINUES = re.compile(r"\s+[a-z0-9#]")


def _is_abbreviation(word: str) -> bool:
    """ "B.S", "Sr", "J" (an initial): a dot after these rarely ends a sentence."""
    return word in _ABBREVIATIONS or len(word) == 1 or ("." in word and len(word) <= 6)


def split_sentences(text: str) -> list[str]:
    """Sentences of a letter or paragraph. Lines without end punctuation (greeting, sign-off) count as their own."""
    return list(_sentences(text))


@lru_cache(maxsize=1024)
def _sentences(text: str) -> tuple[str, ...]:
    """Memoised: the scorer splits the same letter five times, the evidence map the same posting paragraphs."""
    sentences: list[str] = []
    for block in _LINE_BREAK.split(text):
        block = block.strip()
        if not block:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(block):
            before = block[start : match.start()]
            last_word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            dot = match.group(0).rstrip("\"')]") == "."  # "(M.Sc.)": the dot before a bracket may end an abbreviation
            if dot and _is_abbreviation(last_word.strip("(\"'")):
                continue
            if dot and _CONTINUES.match(block, match.end()):
                continue  # "(Req. #24-118)", "approx. 40 staff": what follows the dot does not open a sentence
            if dot and before.count("(") > before.count(")"):
                continue  # "CVT (Certified Vet. Tech)": a sentence does not end inside brackets
            sentence = block[start : match.end()].strip()
            if sentence:
                sentences.append(sentence)
            start = match.end()
        tail = block[start:].strip()
        if tail:
            sentences.append(tail)
    return tuple(sentences)


# Phrases recruiters flag as machine-written or empty. Checked case-insensitively; a hyphen also matches a space or
# nothing ("cutting-edge" finds "cutting edge"), and "..." stands for up to four words.
STOCK_PHRASES: tuple[str, ...] = (
    "I am writing to express",
    "I am writing to apply",
    "fast-paced",
    "synergy",
    "synergies",
    "leverage",
    "leveraging",
    "passionate about",
    "in today's ... landscape",
    "cutting-edge",
    "results-driven",
    "team player",
    "go-getter",
    "think outside the box",
    "outside-the-box",
    "hit the ground running",
    "dynamic environment",
    "proven track record",
    "detail-oriented",
    "self-starter",
    "wear many hats",
    "best-in-class",
    "best of breed",
    "game-changer",
    "move the needle",
    "value-add",
    "thought leader",
    "rockstar",
    "ninja",
    "perfect fit",
    "dream job",
    "to whom it may concern",
    "I believe I would be a great fit",
    "please find attached",
    "hard-working",
    "excellent communication skills",
    "world-class",
    "paradigm shift",
    "seamlessly",
    "robust solutions",
    "unique opportunity",
    "ever-evolving",
    "ever-changing",
    "delve",
    "tapestry",
)


def _stock_body(phrase: str) -> str:
    parts = [re.escape(part.strip()) for part in phrase.split("...")]
    body = r"\s+(?:\w+[\s-]+){0,4}?".join(parts)
    return body.replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?").replace("'", "['\u2019]")


@lru_cache(maxsize=1)
def _stock_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (phrase, re.compile(rf"(?<!\w){_stock_body(phrase)}(?!\w)", re.IGNORECASE)) for phrase in STOCK_PHRASES
    )


@lru_cache(maxsize=1)
def _any_stock_phrase() -> re.Pattern[str]:
    """All the stock patterns as one alternation grouped by first letter (each phrase opens with a letter), matching
    exactly when one of them does: one scan of the text instead of one per phrase, the word-start test made once per
    position rather than once per phrase, and at each word start one letter tested per group. Most letters hold no
    stock phrase and are done after this scan."""
    bodies = by_first_letter([_stock_body(phrase) for phrase in STOCK_PHRASES])
    return re.compile(rf"(?<!\w)(?:{bodies})(?!\w)", re.IGNORECASE)


def find_stock_phrases(text: str) -> list[str]:
    """The stock phrases present in `text`, each once, in list order."""
    if _any_stock_phrase().search(text) is None:
        return []
    return [phrase for phrase, pattern in _stock_patterns() if pattern.search(text)]


def word_set(words: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of a (long, wrapped) literal."""
    return frozenset(words.split())


# Words that carry no topic: function words plus the boilerplate every requirement is wrapped in.
STOPWORDS = word_set(
    """a an the and or nor but if then than so of to in on at by for with from into onto over under about as is are
    was were be been being am do does did done have has had having it its this that these those there their they them
    we our us you your i me my mine he she his her who whom whose which what when where why how all any both each
    few more most other some such no not only own same too very can could will would shall should may might must
    also just per via within across up down out off again further once here while during before after above below
    between through until upon etc e.g i.e eg ie plus one two three four five six seven eight nine ten"""
)
GENERIC_TERMS = word_set(
    """experience experienced years year strong solid proven track record ability able familiarity familiar
    knowledge excellent good great proficiency proficient similar including include includes related preferred
    required requirement requirements must nice have skill skills understanding demonstrated hands hand working
    work worked works role position candidate candidates ideal ideally equivalent least minimum plus bonus degree
    comfort comfortable willingness willing like such example professional relevant other using use used well
    new deep expert expertise level someone background exposure practical field areas area industry industries
    sector sectors setting settings environment environments"""
)

_IRREGULAR = {
    "led": "lead", "built": "build", "ran": "run", "grew": "grow", "cut": "cut", "wrote": "write", "taught": "teach",
    "made": "make", "drove": "drive", "won": "win", "brought": "bring", "sold": "sell", "spoke": "speak",
    "took": "take", "gave": "give", "began": "begin", "oversaw": "oversee", "kept": "keep", "held": "hold",
    "met": "meet", "found": "find", "chose": "choose", "bought": "buy", "paid": "pay", "sent": "send",
    "spent": "spend", "became": "become", "came": "come", "drew": "draw", "knew": "know", "saw": "see",
    "understood": "understand", "rose": "rise", "told": "tell", "children": "child", "people": "person",
    "analyses": "analysis", "analysis": "analy", "analyse": "analy", "analyze": "analy", "analysed": "analy",
    "analyzed": "analy", "analysing": "analy", "analyzing": "analy", "analytics": "analy", "analytical": "analy",
    "analyst": "analyst", "data": "data", "news": "news", "status": "status", "business": "business",
    "process": "process", "success": "success", "access": "access", "bus": "bus", "gas": "gas",
    "leadership": "lead", "leader": "lead", "leaders": "lead",
}  # fmt: skip
_DERIVATIONAL = (
    "izations", "isations", "ization", "isation", "ational", "ations", "ation", "itions", "ition", "ments", "ment",
    "ships", "ship", "nesses", "ness", "ities", "ity", "ize", "ise", "ical", "ate", "at",
)  # fmt: skip


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A deliberately light stemmer: enough that "mentoring", "mentored" and "mentorship" meet, no more.

    Porter-style stemmers conflate too eagerly for matching short requirement phrases; this one strips inflection
    and a few derivational endings, and only when a stem of at least four letters remains.
    """
    w = word.casefold().strip(".'’-")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, replacement in (
        ("ized", "ize"), ("ised", "ise"), ("izing", "ize"), ("ising", "ise"), ("ies", "y"), ("ied", "y"),
        ("ings", ""), ("ing", ""), ("ed", ""), ("es", ""),
    ):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + replacement
            break
    else:
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4:
            w = w[:-1]
    for _ in range(2):  # "experimentation" -> "experiment" -> "experi", to meet "experiments"
        for suffix in _DERIVATIONAL:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "planned" -> "plann" -> "plan"
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # "manage"/"managed"/"managing" all meet at "manag"
    return w


_TOKEN_RE = re.compile(r"[^\W_](?:[\w+#']*[^\W_+]|[+#]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated and slashed compounds are split ("event-driven" -> event, driven)."""
    return [t.casefold().rstrip("'") for t in _TOKEN_RE.findall(text.replace("’", "'"))]


def content_terms(text: str, *, drop_generic: bool = True) -> set[str]:
    """Stemmed topic words of `text`: no function words, no numbers, and (by default) no requirement boilerplate."""
    return set(_content_terms(text, drop_generic))


def content_term_set(text: str, *, drop_generic: bool = True) -> frozenset[str]:
    """`content_terms` as a shared frozen set: no copy, and fast to match again (see `matched_terms`)."""
    return _content_terms(text, drop_generic)


@lru_cache(maxsize=8192)
def _content_terms(text: str, drop_generic: bool) -> frozenset[str]:
    terms: set[str] = set()
    for token in tokens(text):
        if token.endswith("'s"):
            token = token[:-2]
        if token in STOPWORDS or (drop_generic and token in GENERIC_TERMS):
            continue
        if not any(c.isalpha() for c in token) or len(token) < 2:
            continue
        terms.add(stem(token))
    return frozenset(terms)


def terms_match(a: str, b: str) -> bool:
    """Two stems name the same thing: equal, or one extends the other by a suffix the stemmer leaves alone
    ("precept"/"preceptor", "account"/"accountant"); short stems must be equal, or "lead" would meet "leaflet"."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 4


def matched_terms(wanted: Iterable[str], available: set[str] | frozenset[str]) -> set[str]:
    """The terms of `wanted` that some term of `available` matches."""
    return set(matched_term_set(frozenset(wanted), frozenset(available)))


_NOTHING: frozenset[str] = frozenset()


# Cache sizes here and below hold a few requests' worth of entries (one letter asks about 2,000 questions): enough for
# the repeats within a request and for a burst of identical ones, while a long run of new letters stays within tens
# of megabytes.
@lru_cache(maxsize=16384)
def matched_term_set(wanted: frozenset[str], available: frozenset[str]) -> frozenset[str]:
    """`matched_terms` for frozen sets, memoised: the evidence map asks it for every requirement x CV fact pair, and
    the scorer again for the same pairs; a frozen set hashes once, so a repeated question costs a lookup."""
    found = wanted & available
    if len(found) == len(wanted):
        return wanted  # all of them (or none asked): the caller's own set, nothing new to keep
    by_prefix = _by_prefix(available)
    near: list[str] = []
    for term in wanted:
        bucket = by_prefix.get(term[:5])
        if bucket and term not in found and any(terms_match(term, other) for other in bucket):
            near.append(term)
    if near:
        return found.union(near)
    return found if found else _NOTHING


@lru_cache(maxsize=2048)
def _by_prefix(available: frozenset[str]) -> Mapping[str, tuple[str, ...]]:
    """The terms of `available` long enough to match by prefix (see `terms_match`), by their first five letters;
    built once per set of terms rather than once per question."""
    index: dict[str, list[str]] = {}
    for other in available:
        if len(other) >= 5:
            index.setdefault(other[:5], []).append(other)
    return {prefix: tuple(terms) for prefix, terms in index.items()}


def skills_in(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The lexicon's skills in `text` (canonical name, span), memoised by the reader itself (`SKILLS_FOUND`): the
    evidence map, the writer and the scorer ask about the same requirement and fact texts many times."""
    return SKILLS_FOUND(text)


def quantities_in(text: str) -> tuple[Quantity, ...]:
    """`extract_quantities` as the reader's own memoised tuple (`QUANTITIES`; quantities are immutable): the scorer
    reads the numbers of the same letter, CV facts and posting sentences for every check and every letter."""
    return QUANTITIES(text)


def join_list(items: Iterable[str], conjunction: str = "and") -> str:
    """ "a", "a and b", "a, b and c"; semicolons when an item holds a comma outside brackets, so the list stays
    readable ("AWS (EC2, Lambda), Go and Kafka" needs none)."""
    parts = [item for item in items if item]
    if len(parts) <= 1:
        return "".join(parts)
    separator = "; " if any("," in re.sub(r"\([^()]*\)", "", item) for item in parts) else ", "
    return separator.join(parts[:-1]) + f" {conjunction} " + parts[-1]
