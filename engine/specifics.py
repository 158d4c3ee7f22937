"""Step 4: the checkable specifics of a claim — what it says about route, outcome, absolutes, comparisons,
regulators, populations, quantities and time frames — so a verdict is taken only from a review that
judged the same specifics."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from text_to_num import alpha2digit, text2num

from engine.language import DETERMINERS, RESUMING, says_not_until, words
from index.topic import Topic

_NUMBER = r"(\d+(?:\.\d+)?)"
_RANGE = re.compile(rf"{_NUMBER}\s*(?:-|–|—|to|or)\s*{_NUMBER}\s*([a-z]+)", re.IGNORECASE)
# A word, or a hyphenated number ("forty-seven"), read as one.
_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|"
                   r"eight|nine)\b|[A-Za-z]+", re.IGNORECASE)
# "Three full days" is three days.
_SINGLE = re.compile(rf"{_NUMBER}(?:\s*|-)(?:(?:full|whole|entire|straight|consecutive|complete|clear)\s+)?([a-z]+)",
                     re.IGNORECASE)
# "Just skip it the morning of" restricts; "you can just take Aleve" does not.
_ONLY = re.compile(r"\b(?:only|no more than|at most|just (?:skip|stop|pause|avoid|hold off|need to))\b",
                   re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;!?]")
# A comparison: "-er" or "more/less ..." up to seven words before "than", or a phrase that ranks ("an advantage
# over", "superior to", "compared with"). Not an amount ("more than 200 billion", "more than enough"), not a time
# ("longer than that", "no later than"): those are compared as amounts and time frames. Nor a size ("much smaller than a
# cell"), which describes rather than ranks.
_COMPARISON = re.compile(
    r"\b(?:(?<!no )(?:(?:more|less|fewer|greater)(?:\s+[\w-]+){1,7}?|(?:better|worse|[a-z]{3,}er)"
    r"(?<!rather)(?<!other)(?<!whether)(?<!longer)(?<!shorter)(?<!sooner)(?<!later)(?<!earlier)"
    r"(?<!smaller)(?<!larger)(?<!bigger)(?<!tinier)"
    r"(?:\s+[\w-]+){0,7}?)\s+than\s+(?!\d|a (?:few|couple)\b|an? (?:hour|day|week|month|year)s?\b)|"
    r"advantages? over|superior to|inferior to|outperform\w*|compared (?:to|with)|"
    # A superlative ranks against all others: "the most potent form", "their strongest serum". Not one that ranks by
    # time, place or price ("the newest", "the nearest", "the cheapest"), which the sources leave to other topics,
    # nor "the most" of an amount ("gain the most from"), nor a noun that ends alike ("the rest", "the test"), nor a
    # degree a prepositional idiom gives ("to the fullest extent", "at the very least").
    r"(?<!\bto )(?<!\bat )(?:the|its|their|our|your)\s+(?:very\s+|single\s+)?"
    r"(?:(?:most|least)\s+(?!(?:of|part|bit|from|out|in|for|to|with|than|and|or|important|likely)\b)[a-z]{4,}|"
    r"(?!(?:rest|test|interest|request|forest|chest|guest|harvest|contest|protest|digest|manifest|honest|modest|"
    r"suggest|invest|arrest|latest|earliest|newest|oldest|nearest|closest|cheapest|priciest|costliest)\b)"
    r"[a-z]{2,}est\b))", re.IGNORECASE)
# A word naming a source or an agent, then up to five words (a list's commas between them), then the phrase:
# "released by almost all types of living cells, including plant, animal and human cells".
_SOURCE = re.compile(r"\b(?:by|from|inside|within|in|among|between|including)(?:,?\s+[\w-]+){0,5}\s*$",
                     re.IGNORECASE)
# Words that name what comes after them ("cells known as exosomes"), and a copula that says what the subject is.
_COPULA = re.compile(r"\b(?:are|is|am|they)\b|'re\b", re.IGNORECASE)
_NAMING = re.compile(r"\s+(?:called|named|known as|termed|dubbed|referred to as)\b", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:for|until|till|til|up until)\s+(?:the\s+(?:first|next)\s+)?$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|til|up until)\s+$", re.IGNORECASE)
_APART = re.compile(r"\s+apart\b", re.IGNORECASE)
_CYCLE_LENGTH = re.compile(r"\bcycles?\s+(?:is|are|lasts?|takes?|runs?|of)\s+(?:for\s+)?"
                           r"(?:about\s+|around\s+|roughly\s+|approximately\s+|up\s+to\s+)?$", re.IGNORECASE)
# "72 hours before the session", "for four days after the last one", "a week or so before": which side of the event
# a time frame is on.
_SIDE = re.compile(r"\s+(?:\w+\s+){0,2}?(?P<side>before|beforehand|prior|ahead|after|afterwards?|following)\b",
                   re.IGNORECASE)
# "After the last session, avoid NSAIDs for ten days": a sentence that opens on its side puts its time frames there.
_OPENING_SIDE = re.compile(r"^\s*(?P<side>before|prior to|ahead of|after|following)\s", re.IGNORECASE)
_SIDE_IN_CLAUSE = re.compile(r"\b(?P<side>before|beforehand|prior to|ahead of|after|afterwards?)\b", re.IGNORECASE)
_BEFORE = frozenset({"before", "beforehand", "prior", "ahead", "prior to", "ahead of"})
# "Stop them the night before" says when a pause starts, a lead time; "don't take it the morning of" names a moment.
_LEAD_VERB = re.compile(r"\b(?:stop|stops|stopping|stopped|quit|quitting|pause|pausing|come off|coming off|go off|"
                        r"going off|cut out|cutting out)\b", re.IGNORECASE)
# "Around the fourth month", "in the 2nd week": the span of that unit, from the end of the one before ("the first
# months" are no one month).
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\s+([a-z]+(?<!s))\b", re.IGNORECASE)
# "By week 6", "in month 3": the unit before its number.
_UNIT_FIRST = re.compile(rf"\b(day|week|month|year)\s+{_NUMBER}\b", re.IGNORECASE)
# "A one-day break": the number, not the article, counts the unit.
_VAGUE = re.compile(r"\b(a few|a couple of|a couple|couple of|few|several|an|one|a)(?:\s+|-)(?!one\b)([a-z]+)",
                    re.IGNORECASE)
# A unit with no number ("results take months", "hair in weeks") is some of them, fewer than the next unit up; read
# after every numbered unit, whose place it then cannot take.
# ("early days", "in recent years" and "the first months" date nothing, and "how many months" asks).
_BARE_UNITS = re.compile(r"(?<!early )(?<!these )(?<!those )(?<!recent )(?<!past )(?<!the )(?<!many )(?<!first )"
                         r"(?<!last )(?<!next )(?<!coming )(?<!following )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )"
                         r"\b(days|weeks|months|years)\b", re.IGNORECASE)
_BARE_UNITS_SPAN = (2, 11)
_VAGUE_SPAN = {"a": (1, 1), "an": (1, 1), "one": (1, 1), "a few": (2, 4), "few": (2, 4), "a couple of": (2, 2),
               "couple of": (2, 2), "a couple": (2, 2), "several": (3, 7)}
_AT_LEAST = re.compile(r"\b(?:at least|minimum of|no sooner than|a minimum of|no less than|not less than)\s*$",
                       re.IGNORECASE)
_AT_LEAST_QUANTITY = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|a minimum of)\s*$",
                                re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:at most|at the most|no more than|not more than|a maximum of|maximum of)\s*$",
                      re.IGNORECASE)
_AT_MOST_QUANTITY = re.compile(r"\b(?:fewer than|less than|under|below|up to|at most|no more than|a maximum of)\s*$",
                               re.IGNORECASE)
_QUANTITY = re.compile(rf"{_NUMBER}\s*(billion|million|trillion)\b", re.IGNORECASE)
_SCALE = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
_VAGUE_QUANTITY = re.compile(r"\b(a few|few|a couple of|a couple|several|a|an|one)\s+(million|billion|trillion)\b",
                             re.IGNORECASE)
# "a", "an" and "one" name a single unit ("in a month"); the vague spans above read them. "Zero side effects" is
# an absolute, and "the injected ones" no number.
# Scale words stay words, so "200 billion" reads as one quantity.
_NOT_NUMBERS = frozenset({"a", "an", "one", "ones", "zero", "hundred", "thousand", *_SCALE})
_ONE_IN_RANGE = re.compile(r"\bone(?=\s*(?:-|–|—|to|or)\s*(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)",
                           re.IGNORECASE)
_BIG_NUMBER = re.compile(r"\b\d{7,}\b")
# Any other number is a count the claim states ("268 growth factors", "95% of patients", "3 sessions"), unless it
# is a price ("$1,500": the price lexicon's), a year ("since 2021"), a time of day ("8am") or an ordinal ("2nd").
_COUNT = re.compile(r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,]*\d)(?!st\b|nd\b|rd\b|th\b)"
                    r"(?!\s*(?:am|pm|a\.m|p\.m)\b)", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ORDINAL_WORD = re.compile(r"[a-z]+(?:st|nd|rd|th)", re.IGNORECASE)
# "a day or two", "a week or 2": one to two of the unit.
_ONE_OR_TWO = re.compile(rf"\b(?:a|an|one|1)\s+([a-z]+)\s+or\s+{_NUMBER}\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimeFrame:
    low_days: float
    high_days: float
    at_least: bool
    only: bool = False
    """Said as all there is ("only on the day of"): it must reach as far as the time frame it is compared with."""
    side: str | None = None
    """"before" or "after" the event it is counted from, when the text says ("72 hours before the session")."""
    point: bool = False
    """A moment a word names ("the morning of"), not a length or a lead time ("3 days before")."""
    span: bool = False
    """How long something lasts from the event ("for four days after"): a moment inside it ("right after") falls in
    it, another span only when it lasts about as long."""
    cycle: bool = False
    """How long a cycle runs ("each hair cycle lasts three months"): not a time by which anything happens."""
    at_most: bool = False
    """Said as the most there is ("for at most 6 to 8 months"): never the same time as a least one."""
    shortest_days: float | None = None
    """The least a span given as a range lasts ("for several days": three to seven), which a span it is compared
    with may last as long as; None when it is one length."""

    def overlaps(self, other: "TimeFrame", tolerance: float = 0.15) -> bool:
        if self.cycle != other.cycle:
            return False  # how long a cycle runs says nothing of when results come, and the other way round
        if self.bounds_against(other):
            return False
        if self.span and other.span:
            return self.on_the_side_of(other) and self.lasting_at_least <= other.high_days * (1 + tolerance) \
                and other.lasting_at_least <= self.high_days * (1 + tolerance)
        if self.span and not other.span and other.at_least and self.side == other.side == "before":
            # "Off NSAIDs for a few days before the session" keeps to "at least 72 hours before" as far as it lasts
            # that long: a least time before an event is a pause to keep, which a longer one keeps too.
            return self.high_days * (1 + tolerance) >= other.low_days
        if self.span and not other.span:
            # "Lasts for 5 years" states a length: it lines up with a time frame it is about as long as, not with
            # every one shorter than it ("at least 6 to 8 months").
            return self.on_the_side_of(other) and other.low_days <= self.high_days * (1 + tolerance) \
                and self.high_days <= other.high_days * (1 + tolerance)
        if self.point and not self.only and self.side and other.at_least and self.side == other.side:
            # "Not on the morning of" falls inside "at least 72 hours before".
            return self.high_days <= other.high_days * (1 + tolerance)
        return self.on_the_side_of(other) and (self.low_days <= other.high_days * (1 + tolerance)
                and other.low_days <= self.high_days * (1 + tolerance)
                and (not self.only or self.high_days * (1 + tolerance) >= other.high_days))

    @property
    def lasting_at_least(self) -> float:
        return self.high_days if self.shortest_days is None else self.shortest_days

    def bounds_against(self, other: "TimeFrame") -> bool:
        """"At most 6 to 8 months" bounds the other way from "at least 6 to 8 months"."""
        return (self.at_most and other.at_least) or (self.at_least and other.at_most)

    def on_the_side_of(self, other: "TimeFrame") -> bool:
        return self.side is None or other.side is None or self.side == other.side

    def short_of(self, least: "TimeFrame", tolerance: float = 0.15) -> bool:
        """Ends before a least time frame on the same side begins ("1 day before" against "at least 72 hours
        before")."""
        if self.point and not self.only:
            return False  # a moment inside the least time, not how long it lasts
        return least.at_least and self.on_the_side_of(least) and self.high_days * (1 + tolerance) < least.low_days


@dataclass(frozen=True)
class Specifics:
    tags: frozenset[tuple[str, str]] = frozenset()
    times: tuple[TimeFrame, ...] = ()
    quantities: frozenset[str] = field(default_factory=frozenset)
    counts: frozenset[str] = field(default_factory=frozenset)
    """Other numbers the text states, as written ("268")."""

    def of_kind(self, kind: str) -> frozenset[str]:
        if kind == "time":
            return frozenset(f"{t.low_days:g}-{t.high_days:g} days" for t in self.times)
        if kind == "quantity":
            return self.quantities
        return frozenset(tag for tag_kind, tag in self.tags if tag_kind == kind)

    def kinds(self) -> list[str]:
        return sorted({kind for kind, _ in self.tags} | ({"time"} if self.times else set())
                      | ({"quantity"} if self.quantities else set()))

    @property
    def states_numbers(self) -> bool:
        """It states a time frame, a quantity or another number."""
        return bool(self.times or self.quantities or self.counts)

    def numbers(self) -> "Specifics":
        """Only the time frames, quantities and counts."""
        return Specifics(times=self.times, quantities=self.quantities, counts=self.counts)

    def without_kinds(self, kinds: frozenset[str]) -> "Specifics":
        """Only the tags, less those of the given kinds."""
        return Specifics(tags=frozenset(tag for tag in self.tags if tag[0] not in kinds))

    def union(self, other: "Specifics") -> "Specifics":
        return Specifics(self.tags | other.tags, self.times + other.times, self.quantities | other.quantities,
                         self.counts | other.counts)

    def described(self) -> list[str]:
        return sorted({f"{kind}: {tag}" for kind, tag in self.tags}
                      | {f"time: {t.low_days:g}-{t.high_days:g} days{' at least' if t.at_least else ''}"
                         f"{' at most' if t.at_most else ''}"
                         f"{', a cycle' if t.cycle else ''}"
                         for t in self.times}
                      | {f"quantity: {q}" for q in self.quantities} | {f"count: {c}" for c in self.counts})


@lru_cache(maxsize=8192)
def extract(topic: Topic, text: str) -> Specifics:
    tags = frozenset(key for key, lexicon in topic.specific_lexicons.items()
                     if (lexicon.search(text) if key[0] not in topic.words.identity_kinds
                         else any(not _after_a_source(text, match.start()) and not _acting_subject(text, match)
                                  for match in lexicon.finditer(text))))
    text = _number_words_as_digits(text)
    if topic.comparison_key is not None and _COMPARISON.search(text):
        tags |= {topic.comparison_key}
    amounts = [(match, float(match.group(1)) * _SCALE[match.group(2).lower()]) for match in _QUANTITY.finditer(text)]
    # "A few million" is at most four million: its largest reading is what it is compared with.
    amounts += [(match, _VAGUE_SPAN[match.group(1).lower()][1] * _SCALE[match.group(2).lower()])
                for match in _VAGUE_QUANTITY.finditer(text)]
    amounts += [(match, float(match.group(0))) for match in _BIG_NUMBER.finditer(text)]
    times, taken = _time_frames(topic, text)
    taken += [match.span() for match, _ in amounts]
    counts = frozenset(f"{float(match.group(1).replace(',', '')):g}" for match in _COUNT.finditer(text)
                       if not YEAR.fullmatch(match.group(1)) and not any(s <= match.start() < e for s, e in taken))
    return Specifics(tags, times, frozenset(_quantity(text, match, value) for match, value in amounts), counts)


@dataclass(frozen=True)
class Count:
    """A number of things a text gives, with what kind of thing it counts: "16 studies", "15 of them preclinical",
    "more than 100 studies"."""
    thing: str
    qualifier: str | None
    low: float
    high: float

    def lines_up(self, other: "Count") -> bool:
        return self.low <= other.high and other.low <= self.high

    def __str__(self) -> str:
        amount = f"{self.low:g}" if self.low == self.high else (
            f"more than {self.low:g}" if self.high == float("inf") else f"{self.low:g}-{self.high:g}")
        return f"{amount} {self.thing}{f' ({self.qualifier})' if self.qualifier else ''}"


# What bounds a count: "more than 100 studies" is at least that many, "fewer than 40 patients" at most, "about 50"
# near it.
_COUNT_BOUND = re.compile(r"\b(?:(?P<least>more than|over|at least|upwards of|in excess of)|"
                          r"(?P<most>fewer than|less than|under|up to|at most|no more than)|"
                          r"(?P<about>about|around|approximately|roughly|nearly|almost|some|close to))\s+(?:an?\s+)?$",
                          re.IGNORECASE)
_NEAR = 0.2
_COUNT_NUMBER = re.compile(r"(?<![\w.,$£€%])(\d+(?:\.\d+)?)(?![\w.,%]*\d)(?!\s*%|\s*percent\b)", re.IGNORECASE)
_COUNT_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:and|but|while|whereas|which)\s", re.IGNORECASE)
# How many words may stand between a number and the thing it counts ("47 published studies", "1 was a clinical
# study"), or the word that qualifies it when the thing is left to the sentence ("15 of them preclinical").
_COUNTED_WITHIN = 4
_QUALIFIED_AFTER = 3


def numbers_as_digits(text: str) -> str:
    """Every number written in words as digits ("forty-seven studies" -> "47 studies")."""
    return alpha2digit(text, "en", threshold=0)


def counts_given(topic: Topic, text: str) -> tuple[Count, ...]:
    """The things a text counts, each with its number: compared with the counts the sources give of the same things
    ("74 studies" against "47 studies")."""
    text = numbers_as_digits(text)
    found: list[Count] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        last_thing = None
        for number in _COUNT_NUMBER.finditer(sentence):
            if YEAR.fullmatch(number.group(1)):
                continue
            end = _COUNT_CLAUSE_END.search(sentence, number.end())
            clause = sentence[number.end():end.start() if end else len(sentence)]
            between = _COUNT_NUMBER.search(clause)
            clause = clause[:between.start()] if between else clause
            thing = next((match for match in topic.counted_things.finditer(clause)
                          if len(clause[:match.start()].split()) <= _COUNTED_WITHIN
                          and not set(clause[:match.start()].lower().split()) & set(topic.words.time_units)), None)
            reach = thing.end() if thing else 0
            after = " ".join(clause[reach:].split()[:_QUALIFIED_AFTER if thing else _COUNTED_WITHIN + 1])
            qualified = clause[:reach] + " " + after
            # The first qualifying phrase, the longest where two overlap ("pre-clinical", not its "clinical").
            qualifier = min(((match.start(), -len(match.group(0)), key)
                             for key, lexicon in topic.count_qualifier_lexicons.items()
                             for match in lexicon.finditer(qualified)), default=(0, 0, None))[2]
            if thing is not None:
                last_thing = topic.counted_thing_of(thing.group(0))
            elif qualifier is None or last_thing is None:
                continue
            value = float(number.group(1))
            bound = _COUNT_BOUND.search(sentence[:number.start()])
            low, high = (value, float("inf")) if bound and bound.group("least") else (0.0, value) \
                if bound and bound.group("most") else (value * (1 - _NEAR), value * (1 + _NEAR)) \
                if bound and bound.group("about") else (value, value)
            found.append(Count(last_thing, qualifier, low, high))
    return tuple(found)


def _after_a_source(text: str, position: int) -> bool:
    """Whether a phrase at this position follows, within a few words of the same clause, a word that names where
    something comes from or who acts ("secreted by almost all living cells", "derived from stem cells")."""
    return bool(_SOURCE.search(text, 0, position))


def _acting_subject(text: str, match: re.Match) -> bool:
    """Whether the phrase opens its sentence as the one that acts ("Living cells release small particles"), which
    says nothing of what the subject is; "Tiny cells called exosomes" names it."""
    opening = _CLAUSE_START.split(text[:match.start()])[-1]
    return all(word in DETERMINERS for word in words(opening)) and not _COPULA.search(match.group(0)) \
        and not _NAMING.match(text, match.end())


def _quantity(text: str, match: re.Match, value: float) -> str:
    """A quantity as written: "2e+11", ">=2e+11" for a least amount ("more than 200 billion"), "<=2e+11" for a most
    amount ("fewer than 200 billion")."""
    before = text[:match.start()]
    bound = ">=" if _AT_LEAST_QUANTITY.search(before) else "<=" if _AT_MOST_QUANTITY.search(before) else ""
    return f"{bound}{value:.3g}"


def lines_up_in_quantity(claimed: str, judged: str) -> bool:
    """A claimed quantity lines up with a judged one when they are the same, or when the judged one is a least
    amount the claimed one reaches (400 billion is "more than 200 billion"; "more than 100 billion" is not, nor is
    any most amount: "fewer than 200 billion")."""
    if claimed == judged:
        return True
    return judged.startswith(">=") and not claimed.startswith((">=", "<=")) and float(claimed) >= float(judged[2:])


def _number_words_as_digits(text: str) -> str:
    """'two to three months' -> '2 to 3 months', word by word (text2num), so a range reads as one. "One" is read as
    a number only where it opens a range ("one to two days"); elsewhere it is as often a pronoun."""
    return _WORD.sub(lambda match: _as_digits(match.group(0)), _ONE_IN_RANGE.sub("1", text))


@lru_cache(maxsize=4096)
def _as_digits(word: str) -> str:
    if word.lower() in _NOT_NUMBERS:
        return word
    try:
        return str(text2num(word.lower(), "en"))
    except ValueError:
        # "fourth" -> "4th"; "month" and "last" stay words.
        ordinal = alpha2digit(word.lower(), "en", threshold=0) if _ORDINAL_WORD.fullmatch(word) else word
        return ordinal if ordinal[0].isdigit() else word


def _clause_side(text: str, position: int) -> re.Match | None:
    """"A one-day break from NSAIDs is enough before the session": a clause that names one side of the session, and
    only one, puts its time frames there, wherever it names it."""
    start = max((found.end() for found in _CLAUSE_START.finditer(text, 0, position)), default=0)
    end = next((found.start() for found in _CLAUSE_START.finditer(text, position)), len(text))
    sides = list(_SIDE_IN_CLAUSE.finditer(text, start, end))
    named = {"before" if found.group("side").lower() in _BEFORE else "after" for found in sides}
    return sides[0] if len(named) == 1 else None


def _time_frames(topic: Topic, text: str) -> tuple[tuple[TimeFrame, ...], list[tuple[int, int]]]:
    """The time frames a text states, and where in it they stand."""
    units, frames, taken = topic.words.time_units, [], []

    def add(start: int, end: int, low: float, high: float, unit: str, side: str | None = None,
            point: bool = False) -> None:
        if unit.lower() not in units or any(s < end and start < e for s, e in taken):
            return
        if _APART.match(text, end):
            return  # "three sessions a month apart": how far apart sessions are, not when anything happens
        days = units[unit.lower()]
        taken.append((start, end))
        at_least = bool(_AT_LEAST.search(text[:start]))
        # "Stop them for four days after", "until four days after": a span from the start, which "right after" falls
        # in.
        clause = _CLAUSE_START.split(text[:start])[-1]
        # "Won't show until 6 months" gives the least time, as "not before" does; "resume NSAIDs four days after"
        # pauses them for those four days.
        at_least = at_least or bool(_UNTIL.search(text[:start]) and says_not_until(text))
        span = not at_least and (bool(_SPAN.search(text[:start])) or bool(RESUMING.search(clause)))
        shortest = round(low * days, 3) if span and low < high else None
        low = 0 if span else low
        said = _SIDE.match(text, end)
        said = said or _OPENING_SIDE.match(clause) or _clause_side(text, start)
        side = side or (said and ("before" if said.group("side").lower() in _BEFORE else "after"))
        cycle = bool(_CYCLE_LENGTH.search(text[:start]))
        at_most = bool(_AT_MOST.search(text[:start]))
        frames.append(TimeFrame(round(low * days, 3), round(high * days, 3), at_least, bool(_ONLY.search(clause)), side,
                                point and not _LEAD_VERB.search(clause), span, cycle, at_most, shortest))

    for match in _ONE_OR_TWO.finditer(text):
        add(match.start(), match.end(), 1, float(match.group(2)), match.group(1))
    for match in _RANGE.finditer(text):
        add(match.start(), match.end(), float(match.group(1)), float(match.group(2)), match.group(3))
    for match in _SINGLE.finditer(text):
        add(match.start(), match.end(), float(match.group(1)), float(match.group(1)), match.group(2))
    for match in _ORDINAL.finditer(text):
        add(match.start(), match.end(), float(match.group(1)) - 1, float(match.group(1)), match.group(2))
    for match in _UNIT_FIRST.finditer(text):
        add(match.start(), match.end(), float(match.group(2)), float(match.group(2)), match.group(1))
    lowered = text.lower()
    # Before "a year" is read as one: "half a year".
    for phrase, days in topic.words.time_words.items():
        position = re.search(rf"\b{re.escape(phrase)}\b", lowered)
        if position:
            # "The day before", "right after": the phrase says its side; "the morning of" the session is before it.
            last = phrase.split()[-1]
            add(position.start(), position.end(), days, days, "day",
                "before" if last in _BEFORE or last == "of" else "after" if last == "after" else None, point=True)
    for match in _VAGUE.finditer(text):
        low, high = _VAGUE_SPAN[match.group(1).lower()]
        add(match.start(), match.end(), low, high, match.group(2))
    for match in _BARE_UNITS.finditer(text):
        add(match.start(), match.end(), *_BARE_UNITS_SPAN, match.group(1))
    return tuple(frames), taken
