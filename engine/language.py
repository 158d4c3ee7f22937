"""Small, explainable reading of a question: words, negation, and what form it takes."""

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being am do does did "
    "it its this that these those there here i me my you your we our they them their he she his her "
    "can could will would should shall may might must have has had having so than too very just about "
    "into over after before again any some such only own same what which who whom whose when where why how "
    "tell true really actually many much".split()
)
_NEGATIONS = frozenset("not no never without none nothing neither nor cannot zero".split())
_OPEN_STARTS = re.compile(
    r"^\s*(?:what|how|when|where|why|who|whom|whose|which|tell me|explain|describe|list)\b", re.IGNORECASE
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "able", "ness", "ies", "ied", "ers", "er",
             "ed", "ly", "es", "s")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry meaning; what lexical matching compares."""
    return [stem(w) for w in words(text) if w not in _STOPWORDS and w not in _NEGATIONS and "'" not in w]


def is_negated(text: str) -> bool:
    """Odd count of negation cues: 'not FDA approved' is negated, 'not untrue' is not modelled."""
    cues = sum(1 for w in words(text) if w in _NEGATIONS or w.endswith("n't"))
    return cues % 2 == 1


def is_open_question(text: str) -> bool:
    """An open question asks for information; a yes/no question or a statement asserts a claim."""
    return bool(_OPEN_STARTS.match(text))


def overlap(query_terms: Iterable[str], candidate_terms: Iterable[str]) -> float:
    """F1 of the distinct terms two texts share (0 to 1): short candidates do not match everything."""
    query, candidate = frozenset(query_terms), frozenset(candidate_terms)
    if not query or not candidate:
        return 0.0
    shared = len(query & candidate)
    return 2 * shared / (len(query) + len(candidate))


_PRONOUN = re.compile(r"\b(?:it|this|that)(?:'s|’s)?(?:\s+(?:treatment|therapy|procedure|stuff|product))?\b",
                      re.IGNORECASE)
SUBJECT = "exosome therapy"


def about_the_product(text: str, names_a_topic: bool) -> str:
    """Read a bare 'it' as the product this tool is about: 'Is it safe?' asks whether exosome therapy is."""

    if "exosom" in text.lower():
        return text
    if len(words(text)) <= 2:
        # A one- or two-word topic ("fda?", "side effects") is asked of the product; name it.
        # Two bare words with no topic ("it", "yes") ask nothing, and stay as they are.
        return f"{SUBJECT} {text}" if names_a_topic else text
    return _PRONOUN.sub(lambda m: SUBJECT + (" is" if "'" in m.group(0) or "’" in m.group(0) else ""),
                        text, count=1)


_QUESTION_START = (r"(?:how|what|when|where|which|who|why|is|are|does|do|did|can|could|will|would|should|has|"
                   r"have|was|were)\b")
_JOINED_QUESTION = re.compile(rf",?\s+(?:and|also|plus|or)\s+(?={_QUESTION_START})", re.IGNORECASE)
_ASKED = re.compile(r"[^?]*\?")
_LEADING_JOIN = re.compile(r"^\s*(?:and|also|plus|or)\b,?\s*", re.IGNORECASE)
MAX_PARTS = 2


def split_questions(text: str) -> list[str]:
    """Two questions in one message, answered in turn: 'Is it approved? What does it cost?', or two
    questions joined by 'and' ('Is it safe and does it work?'). Anything else is one question."""
    asked = [_LEADING_JOIN.sub("", part).strip() for part in _ASKED.findall(text) if len(words(part)) >= 2]
    rest = _ASKED.sub("", text).strip()
    if len(asked) >= 2:
        parts = asked + ([rest] if len(words(rest)) >= 2 else [])
        return parts[:MAX_PARTS]
    joined = _JOINED_QUESTION.split(text, maxsplit=1)
    if len(joined) == 2 and re.match(_QUESTION_START, text.strip(), re.IGNORECASE) \
            and all(len(words(part)) >= 3 for part in joined):
        first, second = (part.strip() for part in joined)
        return [first if first.endswith("?") or not text.rstrip().endswith("?") else f"{first}?", second]
    return [text]
