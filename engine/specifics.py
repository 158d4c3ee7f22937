"""Step 4: the checkable specifics of a claim — what it says about route, outcome, absolutes, comparisons,
regulators, populations, quantities and time frames — so a verdict is taken only from a review that
judged the same specifics."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from text_to_num import text2num

from index.topic import Topic

_NUMBER = r"(\d+(?:\.\d+)?)"
_RANGE = re.compile(rf"{_NUMBER}\s*(?:-|–|—|to|or)\s*{_NUMBER}\s*([a-z]+)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_SINGLE = re.compile(rf"{_NUMBER}\s*([a-z]+)", re.IGNORECASE)
_VAGUE = re.compile(r"\b(a few|a couple of|a couple|couple of|few|several|an|one|a)\s+([a-z]+)", re.IGNORECASE)
_VAGUE_SPAN = {"a": (1, 1), "an": (1, 1), "one": (1, 1), "a few": (2, 4), "few": (2, 4), "a couple of": (2, 2),
               "couple of": (2, 2), "a couple": (2, 2), "several": (3, 7)}
_AT_LEAST = re.compile(r"\b(?:at least|minimum of|no sooner than|a minimum of)\s*$", re.IGNORECASE)
_AT_LEAST_QUANTITY = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|a minimum of)\s*$",
                                re.IGNORECASE)
_QUANTITY = re.compile(rf"{_NUMBER}\s*(billion|million|trillion)\b", re.IGNORECASE)
_SCALE = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
# "a", "an" and "one" name a single unit ("in a month"); the vague spans above read them.
# Scale words stay words, so "200 billion" reads as one quantity.
_NOT_NUMBERS = frozenset({"a", "an", "one", "hundred", "thousand", *_SCALE})
_BIG_NUMBER = re.compile(r"\b\d{7,}\b")


@dataclass(frozen=True)
class TimeFrame:
    low_days: float
    high_days: float
    at_least: bool

    def overlaps(self, other: "TimeFrame", tolerance: float = 0.15) -> bool:
        return (self.low_days <= other.high_days * (1 + tolerance)
                and other.low_days <= self.high_days * (1 + tolerance))


@dataclass(frozen=True)
class Specifics:
    tags: frozenset[tuple[str, str]] = frozenset()
    times: tuple[TimeFrame, ...] = ()
    quantities: frozenset[str] = field(default_factory=frozenset)

    def of_kind(self, kind: str) -> frozenset[str]:
        if kind == "time":
            return frozenset(f"{t.low_days:g}-{t.high_days:g} days" for t in self.times)
        if kind == "quantity":
            return self.quantities
        return frozenset(tag for tag_kind, tag in self.tags if tag_kind == kind)

    def kinds(self) -> list[str]:
        return sorted({kind for kind, _ in self.tags} | ({"time"} if self.times else set())
                      | ({"quantity"} if self.quantities else set()))

    def numbers(self) -> "Specifics":
        """Only the time frames and quantities."""
        return Specifics(times=self.times, quantities=self.quantities)

    def union(self, other: "Specifics") -> "Specifics":
        return Specifics(self.tags | other.tags, self.times + other.times, self.quantities | other.quantities)

    def described(self) -> list[str]:
        return sorted({f"{kind}: {tag}" for kind, tag in self.tags}
                      | {f"time: {t.low_days:g}-{t.high_days:g} days{' at least' if t.at_least else ''}"
                         for t in self.times}
                      | {f"quantity: {q}" for q in self.quantities})


def extract(topic: Topic, text: str) -> Specifics:
    tags = frozenset(key for key, lexicon in topic.specific_lexicons.items() if lexicon.search(text))
    text = _number_words_as_digits(text)
    quantities = frozenset(_quantity(text, match, float(match.group(1)) * _SCALE[match.group(2).lower()])
                           for match in _QUANTITY.finditer(text)) \
        | frozenset(_quantity(text, match, float(match.group(0))) for match in _BIG_NUMBER.finditer(text))
    return Specifics(tags, _time_frames(topic, text), quantities)


def _quantity(text: str, match: re.Match, value: float) -> str:
    """A quantity as written: "2e+11", or ">=2e+11" for a least amount ("more than 200 billion")."""
    return f"{'>=' if _AT_LEAST_QUANTITY.search(text[:match.start()]) else ''}{value:.3g}"


def lines_up_in_quantity(claimed: str, judged: str) -> bool:
    """A claimed quantity lines up with a judged one when they are the same, or when the judged one is a least
    amount the claimed one reaches (400 billion is "more than 200 billion"; "more than 100 billion" is not)."""
    if claimed == judged:
        return True
    return judged.startswith(">=") and not claimed.startswith(">=") and float(claimed) >= float(judged[2:])


def _number_words_as_digits(text: str) -> str:
    """'two to three months' -> '2 to 3 months', word by word (text2num), so a range reads as one."""
    return _WORD.sub(lambda match: _as_digits(match.group(0)), text)


@lru_cache(maxsize=4096)
def _as_digits(word: str) -> str:
    if word.lower() in _NOT_NUMBERS:
        return word
    try:
        return str(text2num(word.lower(), "en"))
    except ValueError:
        return word


def _time_frames(topic: Topic, text: str) -> tuple[TimeFrame, ...]:
    units, frames, taken = topic.words.time_units, [], []

    def add(start: int, end: int, low: float, high: float, unit: str) -> None:
        if unit.lower() not in units or any(s < end and start < e for s, e in taken):
            return
        days = units[unit.lower()]
        taken.append((start, end))
        frames.append(TimeFrame(low * days, high * days, bool(_AT_LEAST.search(text[:start]))))

    for match in _RANGE.finditer(text):
        add(match.start(), match.end(), float(match.group(1)), float(match.group(2)), match.group(3))
    for match in _SINGLE.finditer(text):
        add(match.start(), match.end(), float(match.group(1)), float(match.group(1)), match.group(2))
    for match in _VAGUE.finditer(text):
        low, high = _VAGUE_SPAN[match.group(1).lower()]
        add(match.start(), match.end(), low, high, match.group(2))
    lowered = text.lower()
    for phrase, days in topic.words.time_words.items():
        position = re.search(rf"\b{re.escape(phrase)}\b", lowered)
        if position:
            add(position.start(), position.end(), days, days, "day")
    return tuple(frames)
