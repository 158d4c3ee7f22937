"""The editorial data the engine reads besides the index: the topic's words, the verdict policy per claim
type, and the safety lexicons. All of it lives in corpus/ so that editors change it without code."""

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal, get_args

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from index.records import ClaimType, Verdict

TOPIC_FILE = "topic.yaml"
POLICY_FILE = "verdict-policy.yaml"
SAFETY_FILE = "safety.yaml"
SHORTHAND_FILE = "shorthand.yaml"


class Lexicon:
    """Phrases matched as whole words, case-insensitively; a trailing * matches any word ending."""

    def __init__(self, phrases: list[str], compounds: bool = False):
        """compounds: a hyphen in a phrase also matches a space or nothing (everyday words, written every way)."""
        alternatives = sorted({phrase.strip().lower() for phrase in phrases if phrase.strip()}, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(_phrase_pattern(p, compounds) for p in alternatives) + r")(?!\w)", re.IGNORECASE
        ) if alternatives else None

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.pattern else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.pattern else iter(())

    def blank(self, text: str) -> str:
        """The text with every phrase of the lexicon blanked out, keeping the other words where they stand."""
        return self.pattern.sub(lambda found: " " * len(found.group(0)), text) if self.pattern else text


# Intensifiers, hedges and adverbs of certainty that chat puts inside a phrase ("are literally baby stem cells",
# "trials have conclusively shown", "on actual humans") without changing it.
_INSERTED = (r"(?:\s+(?:really|actually|literally|basically|just|truly|totally|honestly|all|conclusively|definitively|"
             r"clearly|firmly|actual|real))*\s+")
# An everyday compound is written with a hyphen, a space or neither: "anti-inflammatories", "anti inflammatories".
_HYPHEN = r"[-\s]?"


def _phrase_pattern(phrase: str, compounds: bool) -> str:
    wildcard = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    body = _INSERTED.join(re.escape(word).replace("'", "['’]?") for word in words)
    if compounds:
        body = body.replace(r"\-", _HYPHEN)
    return body + (r"[\w-]*" if wildcard else "")


class Synonym(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    means: str = Field(description="The sources' word that the everyday words are read as.")
    words: list[str] = Field(min_length=1, description="Everyday words, slang and brand names.")


class CountryNames(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    specific: str = Field(description="The specific ('kind: tag') that naming a country states.")
    except_codes: list[str] = Field(default=[], description="ISO 3166 codes of the countries whose names do not "
                                    "state it (the country the sources' regulator is in).")
    ambiguous: list[str] = Field(default=[], description="Country names that are also other places or words "
                                 "('Georgia', 'Jersey'), so that naming them says nothing of a country.")

    def names(self) -> frozenset[str]:
        excluded = {code.upper() for code in self.except_codes}
        ambiguous = {name.lower() for name in self.ambiguous}
        # "Korea, Republic of" is how ISO lists a name, never how one writes it.
        return frozenset(getattr(country, field).lower() for country in pycountry.countries
                         if country.alpha_2 not in excluded for field in ("name", "common_name")
                         if "," not in getattr(country, field, ",")) - ambiguous


class TopicFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    subject: str = Field(description="What a bare 'it' in a question refers to.")
    subject_plural: str = Field(description="What a sentence opening with a bare 'they' goes on about.")
    subject_terms: list[str] = Field(description="Stems naming the subject: they never tell claims apart.")
    domain_prefixes: list[str] = Field(description="Word beginnings that put a question in scope.")
    synonyms: list[Synonym] = Field(default=[], description="Everyday words rewritten to the sources' words.")
    antonyms: list[Synonym] = Field(default=[], description="Words read as the negation of another word when "
                                    "polarity is compared.")
    specifics: dict[str, dict[str, list[str]]] = Field(description="Kind -> tag -> phrases that express it.")
    time_units: dict[str, float] = Field(description="Time unit word -> days.")
    time_words: dict[str, float] = Field(description="Words that name a time frame by themselves -> days.")
    universal_words: list[str] = Field(default=[], description="Words that say a claim holds of all or none "
                                       "(never, only, no): false though a weaker claim may be true.")
    restrictive_words: list[str] = Field(default=[], description="Words that restrict a claim to the one group or "
                                         "route they name (only, exclusively): false where the sources name others.")
    inclusive_words: list[str] = Field(default=[], description="Words that name one thing among others (including, "
                                       "such as, various): true where the sources name that one and others.")
    proportion_words: list[str] = Field(default=[], description="Words that say a claim holds of a part (most, "
                                        "mostly, many): a weaker claim than a universal one.")
    main_words: list[str] = Field(default=[], description="Words that say which of several is the main one "
                                  "(mainly, the main): a claim of the one that matters most, not a detail added.")
    sufficient_words: list[str] = Field(default=[], description="Words that say what comes before them is all that "
                                        "is needed (is enough, was all it took): a claim of that, not a detail added.")
    comparison_tag: str | None = Field(default=None, description="The specific ('kind: tag') that a comparison "
                                       "states, whatever words make it ('an advantage over', 'more likely than').")
    counted_things: dict[str, list[str]] = Field(default={}, description="Kind of thing a number counts -> the "
                                                 "words that name it ('studies': study, trials, papers): a count a "
                                                 "claim gives is compared with the count the sources give of it.")
    count_qualifiers: dict[str, list[str]] = Field(default={}, description="Kind of counted thing -> the words "
                                                   "that narrow it ('in people': clinical, human): 15 preclinical "
                                                   "studies are not 15 clinical ones.")
    paper_nouns: list[str] = Field(default=[], description="Nouns that present a text as one paper ('the Cells "
                                   "paper', 'Kost's review'): what a claim says such a paper found is said of it.")
    paper_databases: dict[str, list[str]] = Field(default={}, description="Database a review may have searched -> "
                                                  "the words that name it: a claim that names one a paper it names "
                                                  "did not search misdescribes it.")
    existence_words: list[str] = Field(default=[], description="Words that claim there is one at least ('a "
                                       "single', 'any'): a review that denies there are many does not deny them.")
    paper_kinds: dict[str, list[str]] = Field(default={}, description="Kind of paper -> the words that name it "
                                              "('literature review': narrative review, ...): a claim that calls a "
                                              "paper it names another kind than its record does misdescribes it.")
    paper_words: list[str] = Field(default=[], description="Words that speak of any paper's making ('team', "
                                   "'databases', 'co-authors'): a claim describing a paper by them says nothing "
                                   "its record does not judge.")
    country_names: CountryNames | None = Field(default=None, description="The specific that every country's name "
                                               "states, from pycountry's ISO 3166 list: 'approved in Japan' is not "
                                               "said of the FDA.")
    identity_kinds: list[str] = Field(default=[], description="Kinds of specifics that say what the subject is: a "
                                      "phrase of one that follows a word naming a source or an agent ('released "
                                      "by living cells') says where the subject comes from, not what it is.")

    @model_validator(mode="before")
    @classmethod
    def _with_country_names(cls, data: dict) -> dict:
        """Every country's name, as ISO 3166 spells it, joins the phrases of `country_names.specific`."""
        countries = data.get("country_names") if isinstance(data, dict) else None
        if not countries:
            return data
        countries = CountryNames.model_validate(countries)
        kind, _, tag = countries.specific.partition(": ")
        specifics = {kind_: dict(tags) for kind_, tags in (data.get("specifics") or {}).items()}
        if tag not in specifics.get(kind, {}):
            raise ValueError(f"country_names names {countries.specific!r}, which is not in specifics")
        specifics[kind][tag] = [*specifics[kind][tag], *sorted(countries.names())]
        return {**data, "specifics": specifics}


class TypePolicy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    may_differ: list[str] = Field(default=[], description="Kinds of specifics a review of this type judges "
                                  "whatever the claim says of them.")
    requires_any: list[str] = Field(default=[], description="Kinds of which a claim must state one to be judged "
                                    "by a review of this type.")
    withdrawn: Verdict = Field(description="Verdict when no close review of this type judged every specific.")
    unmatched: Verdict | None = Field(default=None, description="Verdict of a claim that no review of this type "
                                      "comes close to and that promises nothing; without it, the withdrawn verdict.")
    missing_evidence: str | None = Field(default=None, description="Review quoted for a withdrawn verdict.")
    time: Literal["before_minimum"] | None = Field(default=None, description="How the claim's time frame is "
                                                   "compared with the review's evidence.")
    possibility: Verdict | None = Field(default=None, description="Verdict of a claim that puts only as a "
                                        "possibility under study ('has the potential to', 'is being studied for') "
                                        "what a review of this type found unproven.")
    shown_by_research: list[str] = Field(default=[], description="Specifics ('kind: tag') saying that research "
                                         "shows what a claim asserts ('studies show'): judged true by a review of "
                                         "this type that supports the claim and quotes a published paper.")
    open_unmatched: Literal["retrieve", "not_covered"] = Field(default="retrieve", description="What an open "
                                                               "question of this type gets when no review is close.")


class PolicyFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    types: dict[ClaimType, TypePolicy]
    symptom_review: str = Field(description="Review whose explanation answers a report of one's own symptoms.")
    other_treatment_gap: str | None = Field(default=None, description="Gap that answers a claim about another "
                                            "treatment alone, one that never names the subject.")
    outside_research: Verdict = Field(default="not_covered", description="Verdict of a claim that reports what "
                                      "research the sources do not name (a university, an institute) found, where "
                                      "its content would otherwise agree with them.")
    promises: list[str] = Field(default=[], description="Kinds of specifics that make a claim a promise of benefit "
                                "or safety: when no review judged one the claim states, it is unproven, whatever "
                                "its type.")
    harms: list[str] = Field(default=[], description="Specifics ('kind: tag') that name a harm: a claim that the "
                             "evidence of one is missing reassures; it does not agree with the sources' missing "
                             "evidence.")
    partial: list[str] = Field(default=[], description="Kinds of specifics in which a claim may state more than "
                               "a review judged and still be partly supported by it, when the review agrees with "
                               "the part it judged.")
    places: list[str] = Field(default=[], description="Kinds of specifics that say where a claim's outcome happens: "
                              "a gap's specific of such a kind is where the rest of the claim holds, not a part "
                              "beside it.")
    contents: list[str] = Field(default=[], description="Specifics ('kind: tag') that say what the subject carries "
                                "or is made of: they line a denial up with a review, but a claim that agrees on them "
                                "alone must also be mostly what the review judged.")
    exclusive: list[tuple[str, str]] = Field(default=[], description="Pairs of specifics ('kind: tag') that cannot "
                                             "both hold: a claim asserting one where a close review's evidence "
                                             "states the other is contradicted.")
    typed_by: dict[ClaimType, list[str]] = Field(default={}, description="Specifics ('kind: tag', or a bare kind "
                                                 "for any tag of it) that together make a claim of a type, "
                                                 "whatever its words resemble.")
    caution_order: list[Verdict]
    stances: dict[Verdict, str] = Field(description="What each verdict says of its claim (agrees, denies, "
                                        "abstains, ...): several questions whose answers take different stances "
                                        "get no single verdict.")

    @model_validator(mode="after")
    def _every_verdict_has_a_stance(self):
        missing = set(get_args(Verdict)) - set(self.stances)
        if missing:
            raise ValueError(f"stances: no stance for {', '.join(sorted(missing))}")
        return self

    def type_stated_by(self, tags: frozenset[tuple[str, str]]) -> ClaimType | None:
        stated = {f"{kind}: {tag}" for kind, tag in tags} | {kind for kind, _ in tags}
        return next((claim_type for claim_type, needed in self.typed_by.items() if set(needed) <= stated), None)


class SafetyFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    red_flag_symptoms: list[str]
    red_flag_symptoms_patterns: list[str] = []
    symptom_is_over: list[str] = []
    symptom_is_over_patterns: list[str] = []
    not_red_flags: list[str] = []
    own_and_now: list[str]
    mild_qualifiers: list[str]
    general_question: list[str]
    personal_decision: list[str]
    personal_decision_patterns: list[str] = []
    treatment_change: list[str]
    not_a_decision: list[str]
    urgent_examples: list[str]
    not_urgent_examples: list[str]
    addresses_the_assistant: list[str]
    instruction_examples: list[str]
    not_instruction_examples: list[str]
    injection_patterns: list[str]
    general_question_patterns: list[str] = []
    injection_verbs: list[str]
    injection_objects: list[str]
    injection_phrases: list[str]


class ShorthandFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    shorthand: dict[Annotated[str, StringConstraints(pattern=r"^[a-z0-9]*[a-z][a-z0-9]*$")],
                    Annotated[str, StringConstraints(min_length=1)]] = Field(
        description="Texting shorthand (a lowercase token of letters and digits) -> the words it stands for.")
    known_words: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default=[], description="Words newer than the spelling list (platforms, apps) that are never corrected.")


# Compared and hashed by identity: one topic is loaded per process, and what is worked out from it is cached.
@dataclass(frozen=True, eq=False)
class Topic:
    words: TopicFile
    policy: PolicyFile
    safety: SafetyFile
    shorthand: ShorthandFile

    @cached_property
    def specific_lexicons(self) -> dict[tuple[str, str], Lexicon]:
        return {(kind, tag): Lexicon(phrases) for kind, tags in self.words.specifics.items()
                for tag, phrases in tags.items()}

    @cached_property
    def comparison_key(self) -> tuple[str, str] | None:
        """The (kind, tag) a comparison states, from `comparison_tag`."""
        if self.words.comparison_tag is None:
            return None
        kind, tag = self.words.comparison_tag.split(": ", 1)
        return kind, tag

    @cached_property
    def paper_kind_lexicons(self) -> dict[str, Lexicon]:
        return {kind: Lexicon(words) for kind, words in self.words.paper_kinds.items()}

    @cached_property
    def paper_nouns(self) -> Lexicon:
        return Lexicon(self.words.paper_nouns)

    @cached_property
    def paper_database_lexicons(self) -> dict[str, Lexicon]:
        return {database: Lexicon(words) for database, words in self.words.paper_databases.items()}

    def paper_kind(self, named: str) -> str | None:
        """The kind of paper these words name ("narrative review" -> "literature review"), or None."""
        return next((kind for kind, lexicon in self.paper_kind_lexicons.items() if lexicon.search(named)), None)

    @cached_property
    def counted_things(self) -> Lexicon:
        return Lexicon([word for words in self.words.counted_things.values() for word in words])

    @cached_property
    def _counted_thing_lexicons(self) -> dict[str, Lexicon]:
        return {thing: Lexicon(words) for thing, words in self.words.counted_things.items()}

    def counted_thing_of(self, word: str) -> str:
        return next(thing for thing, lexicon in self._counted_thing_lexicons.items() if lexicon.search(word))

    @cached_property
    def count_qualifier_lexicons(self) -> dict[str, Lexicon]:
        return {key: Lexicon(words) for key, words in self.words.count_qualifiers.items()}

    @cached_property
    def synonym_lexicons(self) -> list[tuple[Lexicon, str]]:
        return [(Lexicon(synonym.words, compounds=True), synonym.means) for synonym in self.words.synonyms]

    @cached_property
    def antonym_lexicons(self) -> list[tuple[Lexicon, str]]:
        return [(Lexicon(antonym.words), antonym.means) for antonym in self.words.antonyms]

    @cached_property
    def universal(self) -> Lexicon:
        return Lexicon(self.words.universal_words)

    @cached_property
    def restrictive(self) -> Lexicon:
        return Lexicon(self.words.restrictive_words)

    @cached_property
    def inclusive(self) -> Lexicon:
        return Lexicon(self.words.inclusive_words)

    @cached_property
    def existence(self) -> Lexicon:
        return Lexicon(self.words.existence_words)

    @cached_property
    def proportion(self) -> Lexicon:
        return Lexicon(self.words.proportion_words)

    @cached_property
    def main(self) -> Lexicon:
        return Lexicon(self.words.main_words)

    @cached_property
    def sufficient(self) -> Lexicon:
        return Lexicon(self.words.sufficient_words)

    @cached_property
    def subject_terms(self) -> frozenset[str]:
        return frozenset(self.words.subject_terms)

    @cached_property
    def domain_prefixes(self) -> tuple[str, ...]:
        """The domain's word beginnings, as `engine.language.mentions_domain` takes them."""
        return tuple(self.words.domain_prefixes)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word the topic files name: spelling correction may correct towards them."""
        # Country names are no words to correct towards: "lmao" is not "Lao".
        countries = self.words.country_names.names() if self.words.country_names else frozenset()
        phrases = [phrase for tags in self.words.specifics.values() for listed in tags.values() for phrase in listed
                   if phrase not in countries]
        phrases += [w for synonym in self.words.synonyms for w in [synonym.means, *synonym.words]]
        phrases += self.words.domain_prefixes + list(self.words.time_units) + [self.words.subject]
        phrases += [w for words in (*self.words.paper_kinds.values(), *self.words.paper_databases.values())
                    for w in words]
        return frozenset(word for phrase in phrases for word in re.findall(r"[a-z]+", phrase.lower()))

    def lexicon(self, name: str) -> Lexicon:
        return self._safety_lexicons[name]

    @cached_property
    def _safety_lexicons(self) -> dict[str, Lexicon]:
        return {name: Lexicon(values) for name, values in self.safety.model_dump().items()
                if not name.endswith(("_patterns", "_examples"))}

    def found(self, name: str, text: str) -> list[re.Match]:
        """Where the safety file's lexicon `name` occurs in the text, and its `name_patterns` (the same kind by
        form, where the words vary)."""
        return [*self.lexicon(name).finditer(text),
                *(found for pattern in self.patterns(f"{name}_patterns") for found in pattern.finditer(text))]

    def patterns(self, name: str) -> list[re.Pattern]:
        return self._safety_patterns.get(name, [])

    @cached_property
    def _safety_patterns(self) -> dict[str, list[re.Pattern]]:
        return {name: [re.compile(pattern, re.IGNORECASE) for pattern in values]
                for name, values in self.safety.model_dump().items() if name.endswith("_patterns")}

    def asks_in_general(self, text: str) -> bool:
        """A general question about risks ("can it cause swelling?"), not a report of one's own symptoms."""
        return bool(self.found("general_question", text))

    def symptom_is_over(self, clause: str) -> bool:
        """The clause says its symptom is over, long known or habitual ("it went away", "for ten years")."""
        return bool(self.found("symptom_is_over", clause))

def load_topic(corpus_dir: Path) -> Topic:
    return Topic(
        words=TopicFile.model_validate(_read(corpus_dir / TOPIC_FILE)),
        policy=PolicyFile.model_validate(_read(corpus_dir / POLICY_FILE)),
        safety=SafetyFile.model_validate(_read(corpus_dir / SAFETY_FILE)),
        shorthand=ShorthandFile.model_validate(_read(corpus_dir / SHORTHAND_FILE)),
    )


def _read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
