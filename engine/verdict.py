"""Step 6: the verdict policy. A claim takes a review's verdict only when the review is of a type the claim
may be and every specific the policy names for the claim's type lines up with what the review judged.
A time frame sooner than the sources' minimum decides `contradicted`; a specific the review never judged
withdraws its verdict to the type's `withdrawn` verdict (corpus/verdict-policy.yaml)."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from engine.evidence import CANDIDATES, Match, distinguishing, gap_wins
from engine.knowledge import Knowledge
from engine.language import (
    ASIDE,
    called_too_early,
    content_terms,
    denied_as_a_whole,
    denies_any,
    denies_knowledge,
    has_nested_negation,
    hedge_terms,
    is_negated,
    main_clause,
    names_a_finding,
    names_a_research_body,
    names_studies,
    names_studies_as_there,
    names_subject,
    negated_at,
    negated_terms,
    not_until_as_when,
    opens_on_a_pronoun,
    polarity_cues,
    predicate_terms,
    restricting,
    said_to_be_seldom_at,
    states_a_belief,
    states_a_frequency,
    states_a_possibility,
    stem,
    study_description,
    terms_before_negation,
    wanted_evidence_terms,
    words,
)
from engine.models import SpecificsCompared
from engine.specifics import (
    YEAR,
    Count,
    Specifics,
    TimeFrame,
    counts_given,
    extract,
    lines_up_in_quantity,
    numbers_as_digits,
)
from index.records import CITATION_ONLY, ClaimReview, Verdict
from index.topic import Topic

# A review of another type may still judge a claim when the classifier gave that type at least this fraction
# of the winning type's vote: a confident classifier narrows the reviews, an unsure one does not.
TYPE_SHARE = 0.5
AGREEING = frozenset({"supported", "partly_supported"})
# The verdict on "It's not true that X" from the verdict on X, where that decides it.
_DENIED = {"supported": "contradicted", "contradicted": "supported"}
# "X counts as Y", "does X qualify as Y?": X is said to be one of Y.
_COUNTS_AS = re.compile(r"\b(?:count|counts|counted|qualify|qualifies|qualified)\s+as\b", re.IGNORECASE)
# Where in its journal a paper is: "volume 21", "issue 8", "pages 3219–3225".
_ISSUE_DETAILS = {
    "volume": re.compile(r"\bvol(?:ume|\.)?\s*(?P<value>\d+)\b", re.IGNORECASE),
    "issue": re.compile(r"\b(?:issue|number|no\.)\s*(?P<value>\d+)\b", re.IGNORECASE),
    "pages": re.compile(r"\b(?:pages?|pp\.?)\s*(?P<value>\d+\s*(?:[-\u2013\u2014]|to|through)\s*(?:pages?\s*)?\d+)",
                        re.IGNORECASE),
}
# An agreeing verdict needs at least this share of the claim's own words in the review's texts.
AGREEING_COVERAGE = 0.34
# A claim that asserts what a quote denies must say at least this much of it: "have side effects" is said of
# injections' tenderness too, "several known side effects have been reported" only against the quote.
QUOTE_DENIED_WORDS = 3
# A claim made only of what a review judged may add this many words of its own ("same idea"), no more ("given like
# PRP and works wonders").
UNJUDGED_WORDS = 3
# Studies said to be there are those a passage says are wanting when they share this many describing words
# ("extensive", "long-term", "follow-up"): one alone ("more", "clinical") names too many kinds of study.
WANTED_WORDS = 2
# A claim denying what the evidence excludes may describe what the subject is instead in this many words of its own
# ("aren't actual cells, they're tiny packets that cells send out"), no more ("..., giving them a favourable safety
# profile").
DENIAL_UNJUDGED_WORDS = 4
# A review that judged one of the claim's own predicates may judge it at this lower match score.
SHARED_PREDICATE_THRESHOLD = 0.45
# How surely a claim must name a paper, by the weights of what names it (_paper_marks), and by how much more than any
# other paper, for a count it gives to be compared with the paper's.
NAMED_PAPER_SCORE = 1.5
NAMED_PAPER_MARGIN = 0.75
# A claim that a paper's counts agree with may add one word of its own ("pooled"), no more ("found them safe").
COUNTED_UNJUDGED_WORDS = 1
# Words at most between "mostly" or "only" and the detail it makes the main one ("mostly from bone marrow").
MAIN_ONE_GAP = 2
# The only kinds of specifics a claim that a paper's counts agree with may state: what was counted, and where.
COUNTED_KINDS = frozenset({"evidence", "area"})
# Kinds of specifics that say what a claim asserts (rather than about whom, where or by what route).
PREDICATE_KINDS = frozenset({"outcome", "absolute", "mechanism", "regulatory status", "sensation", "preparation",
                             "severity"})
# An outcome alone ("inflammation") is named by too many different claims to say two claims are the same.
STRONG_PREDICATE_KINDS = PREDICATE_KINDS - {"outcome"}
# Those that say what something is like rather than name a thing (a drug, a way of working).
ATTRIBUTE_KINDS = STRONG_PREDICATE_KINDS - {"preparation", "mechanism"}
# Another item of a list just before or after a thing named: "my ginkgo and the NSAIDs", "NSAIDs, fish oil".
# Authorship said to be one person's: "Kost is the only author", "written by Gupta alone".
_SOLE_AUTHOR = re.compile(r"\b(?:only|sole|single|lone)\s+(?:author|writer)\b|\bsingle-authored\b|"
                          r"\b(?:written|authored)\s+(?:solely|only|entirely)\b|\bby\s+[\w.' -]{2,40}?\s+alone\b",
                          re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:(?:the|my|your|any|all)\s+)?$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s*(?:,|and\b|or\b)\s*(?!(?:before|after|during|until|for)\b)\w", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"[,()]|\band\b|\bor\b", re.IGNORECASE)
# Words that quantify an item of a list rather than name it ("all NSAIDs").
_QUANTIFYING = frozenset({"all", "any", "every", "other", "some", "both"})
# Where a list's last item ends: at what says when ("... and ginkgo for three days").
_ITEM_END = re.compile(r"\b(?:for|before|after|until|during|beforehand|afterwards|prior)\b", re.IGNORECASE)
# How many words of a list item say what it is ("my turmeric capsules").
_ITEM_NAME_WORDS = 3
# A "not" that denies the one word after it, across a preposition or article: "but not in men", "not the FDA".
_DENIED_JUST_BEFORE = re.compile(r"\b(?:not|never|rather than|instead of)\s+"
                                 r"(?:(?:in|for|by|to|on|with|among|from|the|a|an|being)\s+){0,2}$", re.IGNORECASE)
# Kinds that say who, where, by what route or against what a claim is made: a negation is read on the other words.
ARGUMENT_KINDS = frozenset({"regulator", "route", "population", "comparator", "area"})
# Arguments that tell whom or what a judged part of a claim beside a gap is about ("approved by the FDA" beside
# "and in Korea"); where on the body does not.
BINDING_KINDS = ("regulator", "route", "population", "comparator")
# Those of them that say whom a claim is about, not how the subject is given.
WHOM_KINDS = ("regulator", "population", "comparator")
# Arguments that limit what a passage says to whom or how it was given ("topical exosomes are considered safe").
LIMITING_KINDS = ("regulator", "route", "population")
# Arguments a claim may restrict to one value ("only for men", "only by injection").
RESTRICTABLE_KINDS = ("population", "route")
# A restrictive word restricts a group or route at most this many words after it ("only works for men").
RESTRICTED_WITHIN = 3


# A denial just before a word that means "not X" ("isn't considered dangerous"), and what is left when it is undone.
_AFFIRMED = {"isn't": "is", "is not": "is", "aren't": "are", "are not": "are", "wasn't": "was", "was not": "was",
             "not": "", "never": ""}
_DENIALS = "|".join(sorted((re.escape(denial).replace("'", "['’]") for denial in _AFFIRMED), key=len, reverse=True))


def _affirmed(meant: str, found: re.Match) -> str:
    """"Isn't considered dangerous" as "is considered safe": two negations cancel, as a reader reads them."""
    return f"{_AFFIRMED[found.group('denial').lower().replace('’', chr(39))]}{found.group('between')} {meant}"


# Where a claim's clauses part: what one of them promises is read on its own.
# What stands between a describing word and the subject's name: "stem cell-derived exosomes", "stem cell exosomes".
_DESCRIBING = r"(?:[\s-]*(?:derived|based|sourced|made))?[\s-]+"
_CLAUSE_BREAK = re.compile(r"[;,]\s*|\s+(?:and|but|so|which|while|then)\s+", re.IGNORECASE)
# A phrase that denies its own first word ("pain-free", "risk free", "side-effect free").
_PRIVATIVE = re.compile(r"[\s-]free\b", re.IGNORECASE)
# A promise that denies within itself ("no more studies needed", "no side effects") is asserted or denied as a whole.
_SELF_DENYING = re.compile(r"n't\b|\b(?:no|not|zero|never|none|nothing|without)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    rule: str
    review: ClaimReview | None = None
    gap_id: str | None = None
    negated: bool = False
    compared: tuple[SpecificsCompared, ...] = ()
    unjudged: tuple[str, ...] = field(default=())
    """Specifics of the claim that no close review judged, named in the answer."""
    unmatched: bool = False
    """No review came close: whether the sources address the topic at all is for retrieval to say."""
    unclear_of: ClaimReview | None = None
    """The review that judged every specific of the claim, against which it neither asserts nor denies: asked as a
    question ("do I have to eat first or go on an empty stomach?"), what that review explains answers it."""


class Policy:
    def __init__(self, topic: Topic, knowledge: Knowledge, normalise: Callable[[str], str]):
        self.topic = topic
        self.knowledge = knowledge
        self._established = {review_id: _union(extract(topic, item.quote) for item in review.evidence)
                             for review_id, review in knowledge.reviews.items()}
        # What a review judged: its claim as put in every phrasing and its opposites; and, when it agrees with the
        # claim, the time frames and quantities its evidence states ("stop NSAIDs 72 hours before" is the NSAID
        # review's claim) and what else its evidence is about, short of predicates and arguments (the review of
        # when to judge "results" judged new hair growth, as its evidence says).
        # A time frame the review's own phrasings state is the one it judged: its evidence's others are what that
        # rests on ("judged after a year", because "visible effects take at least 6–9 months").
        stated = {review_id: [extract(topic, normalise(text)) for text in (review.claim, *review.paraphrases)]
                  for review_id, review in knowledge.reviews.items()}
        own = {review_id: _union([*stated[review_id], *(extract(topic, normalise(text)) for text in review.opposites)])
               for review_id, review in knowledge.reviews.items()}
        self._judged = {review_id: _union([own[review_id],
                                           *([replace(self._established[review_id].numbers(), times=())
                                              if own[review_id].times else self._established[review_id].numbers(),
                                              self._established[review_id].without_kinds(
                                                  STRONG_PREDICATE_KINDS | ARGUMENT_KINDS)]
                                             if review.verdict in AGREEING else [])])
                        for review_id, review in knowledge.reviews.items()}
        # What saying research shows a claim adds (`shown_by_research:` of the review's type), for each review that
        # supports its claim with a published paper's words (a source with a journal).
        self._research_shown = {
            review_id: frozenset(tuple(tag.split(": ", 1)) for tag in topic.policy.types[review.type].shown_by_research)
            if review.verdict == "supported" and any(knowledge.sources.get(item.source_id, {}).get("journal")
                                                     for item in review.evidence) else frozenset()
            for review_id, review in knowledge.reviews.items()}
        # The time frames a review's own claim states ("a hair cycle lasts about three months").
        self._stated_times = {review_id: tuple(time for specifics in phrasings for time in specifics.times)
                              for review_id, phrasings in stated.items()}
        # Each antonym ("dangerous": "not safe"), and the pattern of its denial ("isn't considered dangerous").
        self._antonyms = [(lexicon, means, re.compile(rf"\b(?P<denial>{_DENIALS})(?P<between>(?:\s+[\w-]+){{0,2}}?)\s+"
                                                      rf"{lexicon.pattern.pattern}", re.IGNORECASE)
                           if means.startswith("not ") else None)
                          for lexicon, means in topic.antonym_lexicons if lexicon.pattern]
        # Every phrasing of every review as polarity is read on it (synonyms, then antonyms as negations, and a
        # result "not seen until" a time as seen then), with its specifics: worked out once, not for each question.
        self._read = {phrasing: self._antonyms_as_negations(not_until_as_when(normalise(phrasing)))
                      for review in knowledge.reviews.values()
                      for phrasing in (review.claim, *review.paraphrases, *review.opposites, *review.questions)}
        self._read_tags = {reading: extract(topic, reading).tags for reading in self._read.values()}
        # Reviews whose own claim is a denial ("stop NSAIDs"): agreeing with one reads the claim's denial.
        self._denying_claims = frozenset(review.id for review in knowledge.reviews.values()
                                         if is_negated(self._read[review.claim]))
        self._review_terms = {review_id: frozenset(term for text in (review.claim, *review.paraphrases,
                                                                     *review.opposites, review.explanation,
                                                                     *(item.quote for item in review.evidence))
                                                   for term in content_terms(normalise(text)))
                              for review_id, review in knowledge.reviews.items()}
        # Each quote of the sources a review gives: its words and specifics, and whether it puts what it says as a
        # possibility ("are believed to", "promising").
        self._quotes = {review_id: tuple(_Quote(frozenset(content_terms(normalise(item.quote))),
                                                extract(topic, normalise(item.quote)).tags,
                                                states_a_possibility(item.quote), denies_knowledge(item.quote),
                                                wanted_evidence_terms(normalise(item.quote)),
                                                negated_terms(main_clause(normalise(item.quote)))[0],
                                                normalise(item.quote))
                                         for item in review.evidence)
                        for review_id, review in knowledge.reviews.items()}
        self._evidence_terms = _terms_of_kinds(topic, ("evidence",))
        # The reviews whose evidence gives the least time results take: each type's that compares time frames so.
        self._minimum_reviews = [knowledge.reviews[type_policy.missing_evidence]
                                 for type_policy in topic.policy.types.values()
                                 if type_policy.time == "before_minimum" and type_policy.missing_evidence
                                 in knowledge.reviews]
        self._missing_evidence_reviews = [knowledge.reviews[review_id] for review_id in dict.fromkeys(
            type_policy.missing_evidence for type_policy in topic.policy.types.values())
            if review_id in knowledge.reviews]
        # Whom or how each type's supported reviews are defined by ("topical exosomes are considered safe").
        self._found_true = {(review.type, specific) for review in knowledge.reviews.values()
                            if review.verdict == "supported" for specific in review.defining}
        # The counts each paper's quoted passages give ("16 studies: 15 were preclinical ..."), each with the review
        # that quotes it; and what names each paper in a claim.
        self._paper_counts: dict[str, list[tuple[Count, str]]] = {}
        for review_id, review in knowledge.reviews.items():
            for item in review.evidence:
                self._paper_counts.setdefault(item.source_id, []).extend(
                    (count, review_id) for count in counts_given(topic, item.quote))
        self._paper_marks = _paper_marks(knowledge, topic.subject_terms)
        self._paper_words = frozenset(term for phrase in topic.words.paper_words for term in content_terms(phrase))
        self._gap_tags = {gap_id: frozenset(tuple(item.split(": ", 1)) for item in gap.specifics)
                          for gap_id, gap in knowledge.gaps.items()}
        names = (re.escape(topic.words.subject_plural), re.escape(topic.words.subject_plural.rstrip("s")))
        self._before_the_subject = re.compile(rf"{_DESCRIBING}(?:{'|'.join(names)})\b", re.IGNORECASE)
        self._harms = frozenset(tuple(item.split(": ", 1)) for item in topic.policy.harms)
        self._unaddressed = frozenset().union(*self._gap_tags.values()) | self._harms
        self._paper_records = {review.describes_paper: review for review in knowledge.reviews.values()
                               if review.describes_paper}
        self._journals = _journals_named(knowledge, topic.words.paper_nouns)
        surnames = sorted({author.split()[-1] for fields in knowledge.sources.values()
                           for author in fields.get("authors") or ()})
        self._authors = re.compile(rf"\b(?:{'|'.join(map(re.escape, surnames))})\b", re.IGNORECASE)
        self._paper_facts = {paper: _paper_facts(topic, knowledge, paper) for paper in self._paper_records}
        self._contents = frozenset(topic.policy.contents)
        pairs = [tuple(tuple(side.split(": ", 1)) for side in pair) for pair in topic.policy.exclusive]
        self._exclusive = [*pairs, *((second, first) for first, second in pairs)]
        self._judges_of: dict[tuple[str, str], list[str]] = {}
        self._counted_by: dict[str, list[str]] = {}
        for review_id, judged in self._judged.items():
            for tag in judged.tags:
                self._judges_of.setdefault(tag, []).append(review_id)
            for count in judged.counts:
                self._counted_by.setdefault(count, []).append(review_id)
        self._cue_terms = frozenset(stem(cue) for cue in polarity_cues())
        self._time_terms = frozenset(term for phrase in (*topic.words.time_units, *topic.words.time_words)
                                     for term in content_terms(phrase))
        self._argument_terms = _terms_of_kinds(topic, ARGUMENT_KINDS) - _terms_of_kinds(
            topic, tuple(set(topic.words.specifics) - set(ARGUMENT_KINDS)))

    def judge_claim(self, text: str, claim_type: str, votes: dict[str, float], specifics: Specifics,
                    matches: list[Match], asked: bool) -> Judgement:
        """`asked`: the claim was put as a yes/no question, not stated."""
        denied = denied_as_a_whole(text) or self._called_too_early(text)
        if denied is not None:
            # Denying what the sources back is false, denying what they find false is right; what they back in part
            # or do not establish is read on the whole text ("it's not true that there's solid safety data" says
            # what the sources found unproven is not shown).
            decided = self.judge_claim(denied, claim_type, votes, specifics, matches, asked)
            if decided.verdict in _DENIED:
                return replace(decided, verdict=_DENIED[decided.verdict], negated=not decided.negated,
                               rule=f"the claim denies as a whole what is {decided.verdict}: {decided.rule}")
        judgement = self._judge_claim(text, claim_type, votes, specifics, matches, asked)
        counted = _COUNTS_AS.search(text)
        if judgement.verdict in AGREEING and judgement.review is not None and counted \
                and self._unjudged_terms(text[:counted.start()], judgement.review):
            # "Does Red Bull count as staying hydrated?": what is said to be one of what the review judged must be
            # something it judged too; Celebrex, an NSAID, is, Red Bull is not.
            policy = self.topic.policy.types[claim_type]
            return Judgement(policy.withdrawn, "the claim counts as one of what the review judged something it never "
                             "names, so its verdict is withdrawn",
                             review=self._missing_evidence(policy, judgement.review), compared=judgement.compared)
        reporting = self.named_paper(text) if judgement.verdict != "contradicted" and names_a_finding(text) \
            and self._presents_a_paper(text) and not negated_terms(text)[0] else None
        if reporting is not None and self.knowledge.sources[reporting]["basis"] == CITATION_ONLY:
            # "The Cells paper showed burns heal in two weeks": the sources cite that paper and state none of its
            # findings, so what other sources say is not what it found, nor what they leave unproven.
            return Judgement(self.topic.policy.outside_research, "the claim says what a paper found whose findings "
                             "the sources do not state", compared=judgement.compared)
        if judgement.verdict in AGREEING and names_a_research_body(text):
            # "Researchers from North Carolina State University showed ...": the sources report no such study, so
            # they neither back nor deny what it found, however close it is to what they say.
            return Judgement(self.topic.policy.outside_research, "the claim reports what research the sources do "
                             "not name found", compared=judgement.compared)
        # A "No" that a mismatch decided ("in 3 weeks" against "at least 6–9 months"), or a false predicate
        # ("a completely painless 30-minute session"), stands whatever else the claim says.
        decided_on_footing = judgement.verdict in AGREEING or (
            judgement.verdict == "contradicted" and all(item.lined_up for item in judgement.compared)
            and not any(item.kind in STRONG_PREDICATE_KINDS for item in judgement.compared))
        aside = _aside_numbers(text) - self._counts_judged(judgement)
        if judgement.verdict in AGREEING and aside and specifics.counts - self._issue_numbers(text) - aside \
                <= self._counts_judged(judgement):
            # "Nano-sized vesicles (30 to 150 nm) that carry proteins": right about what the sources say, which give
            # no number for what the aside adds.
            return replace(judgement, verdict="partly_supported", rule="the claim adds in an aside a number the "
                           "sources do not give: " + judgement.rule, unjudged=("count",))
        if decided_on_footing and not specifics.counts - self._issue_numbers(text) <= self._counts_judged(judgement):
            # "Over 268 growth factors", "95% of patients": a number no review stated is neither agreed with nor
            # denied.
            policy = self.topic.policy.types[claim_type]
            return Judgement(policy.withdrawn, "the claim states a number the sources do not give, so its verdict is "
                             "withdrawn", review=self._missing_evidence(policy, judgement.review)
                             if judgement.review else None, compared=judgement.compared, unjudged=("count",))
        return judgement

    def _called_too_early(self, text: str) -> str | None:
        """What a claim denies by calling a time frame too early for something ("4 months is too early to tell"):
        the clause that says so states both the time frame and what it is too early for ("don't get your hopes up
        too soon, results take 6 months" calls no time frame too early)."""
        early = called_too_early(text)
        if early is None:
            return None
        said, clause = early
        stated = extract(self.topic, clause)
        for_what = stated.of_kind("result") or stated.of_kind("expectation") \
            or any(kind in PREDICATE_KINDS for kind, _ in stated.tags)
        return said if stated.times and for_what else None

    def _issue_numbers(self, text: str) -> frozenset[str]:
        """The numbers that say where in its journal a paper is ("volume 21", "pages 3219–3225"): no count."""
        return frozenset(f"{float(number):g}" for pattern in _ISSUE_DETAILS.values() for found in pattern.finditer(text)
                         for number in re.findall(r"\d+", found.group("value")))

    def _counts_judged(self, judgement: Judgement) -> frozenset[str]:
        return self._judged[judgement.review.id].counts if judgement.review else frozenset()

    def _judge_claim(self, text: str, claim_type: str, votes: dict[str, float], specifics: Specifics,
                     matches: list[Match], asked: bool) -> Judgement:
        if self.topic.policy.other_treatment_gap and specifics.of_kind("comparator") \
                and not names_subject(text, self.topic.words.subject) and not opens_on_a_pronoun(text):
            # "With PRP, 70–80% of patients improve" is about another treatment, which the sources do not assess.
            return Judgement("not_covered", "the claim is about another treatment, not the subject",
                             gap_id=self.topic.policy.other_treatment_gap)
        gap = gap_wins(matches)
        if gap is not None and self._off_gap(specifics, gap.entry_id):
            gap = None
        gap_id = gap.entry_id if gap is not None else self.declared_gap(specifics)
        if gap_id and self._placed_in_gap(specifics, gap_id):
            return Judgement("not_covered", "the claim is said of a place the sources do not address", gap_id=gap_id)
        beside = self._beside_gap(specifics, gap_id) if gap_id else None
        if beside is not None:
            rest, coordinated = beside
            stated_gap = specifics.tags - rest.tags
            # "Not approved by the FDA or Health Canada": the FDA part is judged, the other is not addressed.
            judgement = self._judge(text, claim_type, votes, rest, [match for match in matches if not match.is_gap],
                                    asked)
            rule = f"{judgement.rule}; the rest of the claim is a topic the sources do not address"
            # The judged part must name whom or what it is about itself ("approved in Europe" without Europe is
            # not a claim about the FDA), and a review must have judged it. Beside a gap that names whom ("in
            # Korea", "in pregnancy"), how the subject is given does not ("injections approved in Korea").
            names_whom = any(kind in WHOM_KINDS for kind, _ in specifics.tags & self._gap_tags[gap_id])
            decides = any(kind in (WHOM_KINDS if names_whom else BINDING_KINDS) for kind, _ in rest.tags) \
                and bool(judgement.compared) and all(item.lined_up for item in judgement.compared)
            # "One dose was all it took": a topic the sources do not address, said to be all that mattered, is what
            # the claim is about.
            if judgement.verdict in AGREEING and decides \
                    and any(self._said_to_be_the_point(text, kind, [tag]) for kind, tag in stated_gap):
                review_policy = self.topic.policy.types[judgement.review.type]
                return Judgement(self.topic.policy.types[claim_type].withdrawn,
                                 f"{judgement.rule}, but the claim is about what it says was all that mattered, a "
                                 "topic the sources do not address", review=self._missing_evidence(
                                     review_policy, judgement.review), gap_id=gap_id, compared=judgement.compared)
            if judgement.verdict in AGREEING and decides:
                return replace(judgement, verdict="partly_supported", gap_id=gap_id, rule=rule)
            # A false part makes the claim false ("FDA approved, and only $500"), unless it is one of two alike
            # ("approved by the FDA and in Korea"), where which of them an approval binds to is not read.
            if judgement.verdict == "contradicted" and decides and not coordinated:
                return replace(judgement, gap_id=gap_id, rule=rule)
            # A promise beside the topic ("avoid sweat for 48 hours, but no visible downtime") that no review
            # judged is not established, as it would not be on its own; a comparison is the topic's own question
            # ("better when combined with PRP", "ASCE+ better than Benev").
            promised = [tag for tag in rest.tags if tag[0] in self.topic.policy.promises]
            if judgement.verdict == "unproven" and any(not self._names_a_type(tag) for tag in promised):
                return replace(judgement, gap_id=gap_id, rule=rule)
        if gap is not None:
            return Judgement("not_covered", "the closest entry is a topic the sources do not address",
                             gap_id=gap.entry_id)
        return self._judge(text, claim_type, votes, specifics, matches, asked)

    def _miscounted(self, text: str, specifics: Specifics, matches: list[Match]) -> Judgement | None:
        """A count a claim gives of what a paper it names counted ("Kost's review included 74 studies") that no
        count the paper gives of the same thing lines up with ("47 studies") is false. A paper no claim names may
        be another one, with other counts."""
        claimed = counts_given(self.topic, text)
        paper = self.named_paper(text) if claimed and not negated_terms(text)[0] else None
        if paper is None:
            return None
        ranked = [match.entry_id for match in matches]

        def closest(review_ids) -> ClaimReview:
            return self.knowledge.reviews[min(review_ids, key=lambda review_id: ranked.index(review_id)
                                              if review_id in ranked else len(ranked))]

        lined_up = []
        for count in claimed:
            given = [(theirs, review_id) for theirs, review_id in self._paper_counts.get(paper, ())
                     if (theirs.thing, theirs.qualifier) == (count.thing, count.qualifier)]
            compared = SpecificsCompared(kind="count", claim=[str(count)], review=sorted(
                {str(theirs) for theirs, _ in given}), lined_up=any(count.lines_up(theirs) for theirs, _ in given))
            if given and not compared.lined_up:
                return Judgement("contradicted", "the claim gives a count of what a paper counted that the paper "
                                 "does not give", review=closest(review_id for _, review_id in given),
                                 compared=(compared,))
            lined_up.append((compared, [review_id for theirs, review_id in given if count.lines_up(theirs)]))
        # "Kost's review included 47 studies": every count is the paper's, and the claim says little else.
        # What the paper's title says ("on exosomes and hair regeneration") names it; it claims nothing.
        untitled = extract(self.topic, self._without_marks(text, paper)).tags
        if all(reviews for _, reviews in lined_up) and not specifics.times and not specifics.quantities \
                and all(kind in COUNTED_KINDS for kind, _ in untitled):
            review = closest(review_id for _, reviews in lined_up for review_id in reviews)
            unjudged = self._unjudged_terms(numbers_as_digits(text), review) - set(self._paper_marks.get(paper, {}))
            if len(unjudged) <= COUNTED_UNJUDGED_WORDS:
                return Judgement("supported", "every count the claim gives of what a paper counted is the paper's",
                                 review=review, compared=tuple(compared for compared, _ in lined_up))
        return None

    def _misdescribed_paper(self, text: str) -> Judgement | None:
        """A claim that names a paper and gives its journal, year, kind, authors or the databases it searched ("the
        2022 review 'Role of exosomes in skin diseases' was published in Cells") is false when the paper it names
        does not have them all in its record, and right when it does and the claim says little else."""
        if negated_terms(text)[0]:
            return None
        stated = self._publication_stated(text)
        # A paper has one journal, year, volume, issue and page range: two of one are two papers, and say nothing
        # of one.
        facts = {fact: values for fact, (values, _) in stated.items() if len(values) == 1 or fact in ("kind",
                                                                                                       "databases",
                                                                                                       "authors")}
        if not facts:
            return None
        blanked = _blanked(text, [span for _, spans in stated.values() for span in spans])
        # Its title words name a paper best, then its authors, then what the claim says it is.
        described = _blanked(text, [span for fact, (_, spans) in stated.items() if fact != "authors" for span in spans])
        paper = self.named_paper(blanked) or self.named_paper(described) or self.named_paper(text)
        if paper is None:
            return None
        # "Searched only PubMed" says the paper searched no other database.
        exact = {"databases"} if restricting(text, self.topic.restrictive) else set()
        if _SOLE_AUTHOR.search(text):
            exact.add("authors")
        record = self._paper_facts[paper]
        compared = tuple(SpecificsCompared(kind=f"paper's {fact}", claim=sorted(values), review=sorted(record[fact]),
                                           lined_up=values == record[fact] if fact in exact else values <= record[fact])
                         for fact, values in facts.items() if record[fact] or fact == "authors")
        review = self._paper_records[paper]
        if not all(item.lined_up for item in compared):
            return Judgement("contradicted", "the claim describes a paper it names otherwise than the paper's record",
                             review=review, compared=compared)
        if not all(record[fact] for fact in facts):
            # "The Skinmed paper came out in 2015": a year its record does not give is neither confirmed nor denied.
            # (An author's surname is another paper's, whose record gives its authors.)
            return None
        unjudged = self._unjudged_terms(blanked, review) - set(self._paper_marks.get(paper, {})) - self._paper_words
        if len(unjudged) <= COUNTED_UNJUDGED_WORDS:
            return Judgement("supported", "the claim describes a paper it names as the paper's record does",
                             review=review, compared=compared)
        return None

    def _publication_stated(self, text: str) -> dict[str, tuple[frozenset[str], list[tuple[int, int]]]]:
        """The journal, year, kind of paper, authors and databases a text gives, each with where it gives them."""
        named = [(found, "kind", kind) for kind, lexicon in self.topic.paper_kind_lexicons.items()
                 for found in lexicon.finditer(text)]
        named += [(found, "databases", database) for database, lexicon in self.topic.paper_database_lexicons.items()
                  for found in lexicon.finditer(text)]
        named += [(found, "journal", _journal(found)) for found in self._journals.finditer(text)]
        named += [(found, "year", found.group(0)) for found in YEAR.finditer(text)]
        named += [(found, "authors", found.group(0).lower()) for found in self._authors.finditer(text)]
        named += [(found, fact, _page_range(found.group("value"))) for fact, pattern in _ISSUE_DETAILS.items()
                  for found in pattern.finditer(text)]
        stated: dict[str, tuple[set[str], list[tuple[int, int]]]] = {}
        for match, fact, value in named:
            values, spans = stated.setdefault(fact, (set(), []))
            values.add(value)
            spans.append(match.span())
        return {fact: (frozenset(values), spans) for fact, (values, spans) in stated.items()}

    def _without_marks(self, text: str, paper: str) -> str:
        """The text without the words that name the paper (its title words, year, kind and authors)."""
        marks = self._paper_marks.get(paper, {})
        return re.sub(r"[A-Za-z0-9-]+", lambda found: " " * len(found.group(0))
                      if found.group(0).lower() in marks or set(content_terms(found.group(0).lower())) & set(marks)
                      else found.group(0), text)

    def _presents_a_paper(self, text: str) -> bool:
        """Whether the text speaks of one paper by its authors, its journal or a noun for a paper ("Kost found",
        "the Cells paper"), not only in words its title shares ("exosomes for skin disorders")."""
        return bool(self._authors.search(text) or self._journals.search(text) or self.topic.paper_nouns.search(text))

    def named_paper(self, text: str) -> str | None:
        """The paper a claim names: by an author's surname, its journal, or its year, kind and title words, as far
        as no other paper shares them ("the 2022 hair regeneration review")."""
        lowered = text.lower()
        terms = set(content_terms(lowered))
        # A journal named ("the Skinmed paper") names the one paper the sources give in it, and a share of each of
        # several.
        journals = {_journal(found) for found in self._journals.finditer(text)}
        in_journal = {paper: facts["journal"] & journals for paper, facts in self._paper_facts.items()}
        shared = {journal: sum(journal in named for named in in_journal.values()) for journal in journals}
        scores = {paper: sum(weight for mark, weight in self._paper_marks.get(paper, {}).items()
                             if mark in terms or re.search(rf"\b{re.escape(mark)}\b", lowered))
                  + sum(NAMED_PAPER_SCORE / shared[journal] for journal in in_journal.get(paper, ()))
                  for paper in self._paper_marks.keys() | self._paper_facts.keys()}
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < NAMED_PAPER_SCORE:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < NAMED_PAPER_MARGIN:
            return None
        return ranked[0][0]

    def _names_a_type(self, tag: tuple[str, str]) -> bool:
        """The specific makes a claim of a type whatever its words ("better than" compares)."""
        return any(f"{tag[0]}: {tag[1]}" in needed for needed in self.topic.policy.typed_by.values())

    def _off_gap(self, specifics: Specifics, gap_id: str) -> bool:
        """A claim that states none of the specifics a gap is defined by ("combined with"), but a predicate of its
        own ("better than minoxidil") or another of the same kind ("for women", beside "in pregnancy"), is not about
        that gap, however close its words."""
        defined_by = self._gap_tags[gap_id]
        kinds = {kind for kind, _ in defined_by}
        return bool(defined_by) and not specifics.tags & defined_by and any(
            kind in PREDICATE_KINDS or kind in kinds for kind, _ in specifics.tags)

    def _placed_in_gap(self, specifics: Specifics, gap_id: str) -> bool:
        """Whether the gap names where the whole claim holds ("heal a torn rotator cuff"): a place, no other place
        of its kind that the sources address beside it ("the scalp and the eyebrows"), and one outcome at most (in a
        list of outcomes, "improve cartilage" is where one of them holds)."""
        places = [tag for tag in specifics.tags if tag[0] in self.topic.policy.places]
        return len(places) == 1 and places[0] in self._gap_tags[gap_id] and len(specifics.of_kind("outcome")) <= 1

    def _is_place(self, gap_id: str) -> bool:
        return any(kind in self.topic.policy.places for kind, _ in self._gap_tags[gap_id])

    def _beside_gap(self, specifics: Specifics, gap_id: str) -> tuple[Specifics, bool] | None:
        """The claim's specifics without a gap's, when it states one of the gap's and something else beside
        it, and whether that is another of the same kind (a second regulator, population or treatment)."""
        stated = specifics.tags & self._gap_tags[gap_id]
        others = specifics.tags - stated
        if not stated or not (others or specifics.times or specifics.quantities):
            return None
        coordinated = any(kind in {kind for kind, _ in stated} for kind, _ in others)
        return Specifics(others, specifics.times, specifics.quantities), coordinated

    def _judge(self, text: str, claim_type: str, votes: dict[str, float], specifics: Specifics,
               matches: list[Match], asked: bool) -> Judgement:
        # A paper described otherwise than its record is false whatever else is said of it ("the 2021 review by Kost
        # included 47 studies").
        described = self._misdescribed_paper(text)
        if described is not None and described.verdict == "contradicted":
            return described
        described = self._miscounted(text, specifics, matches) or described
        if described is not None:
            return described
        policy = self.topic.policy.types[claim_type]
        first_mismatch: Judgement | None = None
        allowed = self._allowed_types(claim_type, votes)
        candidates = self._candidates(allowed, specifics, matches)
        excluded = self._excluded(text, specifics, candidates) or self._restricted(text, specifics, candidates) \
            or self._sooner_than_minimum(text, specifics, candidates) \
            or (None if asked else self._wanting_said_there(text, candidates))
        if excluded is not None:
            return excluded
        # A review's defining specific ("expectation: a judgement") is the predicate it is about; the kind of study
        # a claim names says where evidence comes from, not what is asserted.
        predicates_stated = {f"{kind}: {tag}" for kind, tag in specifics.tags
                             if kind not in ARGUMENT_KINDS and kind != "evidence"}
        for position, match in enumerate(candidates):
            review = self.knowledge.reviews[match.entry_id]
            review_policy = self.topic.policy.types[review.type]
            if review_policy.requires_any and not any(specifics.of_kind(k) for k in review_policy.requires_any):
                continue
            compared = self._compare(review_policy.may_differ, specifics, review.id,
                                     self._shown_by_research(claim_type, review))
            if review_policy.time == "before_minimum" \
                    and self._against_minimum(text, specifics, review.id) == "straddles":
                # "In 3 to 9 months" against "at least 6–9 months": partly too soon, so neither agreed with nor
                # contradicted.
                compared = tuple(item.model_copy(update={"lined_up": False}) if item.kind == "time" else item
                                 for item in compared)
            if review.type != claim_type and review.verdict == "unproven" \
                    and not any(kind in PREDICATE_KINDS for kind, _ in specifics.tags & self._judged[review.id].tags):
                # "The exosomes get injected into my scalp" says how they are given, not that injecting them is safe:
                # a review of another type finds nothing unproven in a claim that states none of its predicates.
                continue
            if all(item.lined_up for item in compared):
                polarity = self._polarity(text, review, match)
                agrees = polarity is not None and self._verdict_for(text, specifics, review, polarity) in AGREEING
                defined = bool(predicates_stated & set(review.defining))
                if agrees and review.type != claim_type and not self._shares_strong_predicate(specifics, review) \
                        and not defined:
                    polarity = None  # a review of another type agrees only on a predicate both state
                if polarity is not None and review.type != claim_type \
                        and self._verdict_for(text, specifics, review, polarity) == "contradicted" \
                        and not self._shares_strong_predicate(specifics, review):
                    # "Is it effective?" is not denied by a review of regulation that mentions "effective use".
                    first_mismatch = first_mismatch or Judgement(
                        policy.withdrawn, "a review of another type would deny the claim on no predicate both "
                        "state, so its verdict is withdrawn", review=self._missing_evidence(policy, review),
                        compared=compared)
                    continue
                # For a review of when results come, the time frame is what the claim asserts.
                predicate_judged = any(item.lined_up and (item.kind in STRONG_PREDICATE_KINDS or (
                    item.kind == "time" and review_policy.time == "before_minimum")) for item in compared)
                # What the subject carries ("DNA", "proteins") lines a "No" up with the review, but a "Yes" needs the
                # rest of the claim to be what the review judged too ("... might alter your DNA, but they don't").
                judged_on = [{f"{item.kind}: {tag}" for tag in item.claim} for item in compared if item.lined_up and (
                    item.kind in STRONG_PREDICATE_KINDS or item.kind == "time")]
                if agrees and judged_on and all(tags <= self._contents for tags in judged_on):
                    predicate_judged = False
                # A "No" needs the same footing as a "Yes", unless a time frame or amount lined up to decide it, said
                # of something the review judged ("not to skip meals on the day of" is no time of the NSAID pause).
                time_decides = any(item.lined_up and item.kind in ("time", "quantity") for item in compared) and (
                    review_policy.time == "before_minimum"
                    or any(kind in PREDICATE_KINDS or kind == "result"
                           for kind, _ in specifics.tags & self._judged[review.id].tags))
                decisive = agrees or (polarity is not None and review.verdict_for(polarity) == "contradicted"
                                      and not time_decides)
                # A claim that states two or more of what the review judged, and nothing else, while the review
                # judged no predicate the claim does not state ("injected into the scalp, like PRP"), is about
                # what the review judged, whatever its other words.
                judged_tags = self._judged[review.id].tags
                all_specifics = len(specifics.tags) >= 2 and specifics.tags <= judged_tags \
                    and {tag for tag in judged_tags if tag[0] in PREDICATE_KINDS} <= specifics.tags \
                    and not specifics.states_numbers \
                    and len(self._unjudged_terms(text, review)) <= UNJUDGED_WORDS
                if decisive and not predicate_judged and not all_specifics \
                        and self._covered(text, review) < AGREEING_COVERAGE:
                    # Most of what the claim asserts appears nowhere in what this review judged: it is about
                    # something else, and a later review may be about the claim.
                    first_mismatch = first_mismatch or Judgement(
                        policy.withdrawn, "what the claim asserts is mostly not what the closest review judged, so "
                        "its verdict is withdrawn", review=self._missing_evidence(policy, review), compared=compared)
                    continue
                if review.verdict_for(False) in AGREEING and self._denies_one_of_those_judged(text, specifics, review):
                    return Judgement("contradicted", "the claim denies for one whom or how what the review found for "
                                     "it, and grants another", review=review, negated=True, compared=compared)
                if polarity is None:
                    first_mismatch = first_mismatch or Judgement(
                        review_policy.withdrawn, "the claim denies only part of what the review judged, so its "
                        "polarity is unclear and the verdict is withdrawn",
                        review=self._missing_evidence(review_policy, review), compared=compared, unclear_of=review)
                    continue
                if polarity and review.verdict == "unproven" and denies_knowledge(text):
                    return Judgement("supported", "the claim says what the review found unproven is not shown",
                                     review=review, negated=polarity, compared=compared)
                if polarity and review.verdict_for(True) == "contradicted" and denies_knowledge(text) \
                        and self._denies_all_evidence_of_a_kind(text, specifics, review):
                    return Judgement("contradicted", "the claim denies that any study of the kind the review found "
                                     "exists or showed it", review=review, negated=polarity, compared=compared)
                if polarity and review.verdict_for(True) == "contradicted" and denies_knowledge(text):
                    # "Rigorous trials are still needed" does not deny that one study found something.
                    first_mismatch = first_mismatch or Judgement(
                        review_policy.withdrawn, "the claim says evidence is missing, which does not deny what the "
                        "review found", review=self._missing_evidence(review_policy, review), compared=compared)
                    continue
                verdict = self._verdict_for(text, specifics, review, polarity)
                if verdict == "partly_supported" and review.restricted_verdict \
                        and self.topic.inclusive.search(main_clause(text)):
                    return Judgement("supported", "the claim names as one among others what the sources say of that "
                                     "and others besides", review=review, negated=polarity, compared=compared)
                said_of_all = verdict == "partly_supported" and review.verdict == "partly_supported" \
                    and self._says_of_all(text, review)
                if review.restricted_verdict and (said_of_all or (verdict == "supported" and not polarity)) \
                        and restricting(main_clause(text), self.topic.restrictive):
                    return Judgement(review.restricted_verdict, "the claim restricts to what it names what the "
                                     "sources say of that and others besides", review=review, compared=compared)
                if said_of_all:
                    return Judgement(review_policy.withdrawn, "the claim says of all what the review found true in "
                                     "part, so its verdict is withdrawn", review=review, compared=compared)
                if not (verdict == "contradicted" and predicate_judged) \
                        and not specifics.counts - _aside_numbers(text) <= self._judged[review.id].counts:
                    # "16 studies, only one in people": a later review may be the one that gave the number. A "No"
                    # on a predicate stands whatever the number ("FDA approved, with 95% success").
                    first_mismatch = first_mismatch or Judgement(
                        policy.withdrawn, "the claim states a number the sources do not give, so its verdict is "
                        "withdrawn", review=self._missing_evidence(policy, review), compared=compared,
                        unjudged=("count",))
                    continue
                denying_none = self._denying_none(text, specifics, review) \
                    if verdict == "contradicted" and not polarity else None
                if denying_none is not None:
                    return Judgement(denying_none.verdict_for(True), "the claim says there is one, where the sources "
                                     "deny there are many but also that there are none", review=denying_none,
                                     negated=True, compared=compared)
                if verdict == "contradicted" and self._says_of_a_part(text, review):
                    first_mismatch = first_mismatch or Judgement(
                        policy.withdrawn, "the claim says of a part what the review judged of all or none, so its "
                        "verdict is withdrawn", review=self._missing_evidence(policy, review), compared=compared)
                    continue
                if verdict in AGREEING and self._denied_by_another(text, claim_type, specifics,
                                                                   candidates[position + 1:]):
                    return Judgement(policy.withdrawn, "another close review judged the same specifics and finds the "
                                     "claim false, so its verdict is withdrawn",
                                     review=self._missing_evidence(policy, review), compared=compared)
                if verdict == "supported" and self._stops_others_beside(text, specifics, review):
                    return Judgement("partly_supported", "the claim stops other things beside the one the review "
                                     "judged", review=review, negated=polarity, compared=compared)
                if verdict == "partly_supported" and not polarity and self._stated_by_a_quote(text, specifics, review):
                    return Judgement("supported", "one passage the review quotes says all the claim says, as surely as "
                                     "the claim says it", review=review, negated=polarity, compared=compared)
                if verdict == "partly_supported" and not polarity and self._hedged_as_the_sources_are(text, review):
                    return Judgement("supported", "the claim puts as a belief what the sources back only as one",
                                     review=review, negated=polarity, compared=compared)
                if verdict in AGREEING and not polarity and self._restricts_contents(text, specifics, review):
                    return Judgement("contradicted", "the claim says the subject carries only some of what the "
                                     "sources say it carries", review=review, negated=polarity, compared=compared)
                if verdict == "partly_supported" and polarity and self._asserts_what_a_quote_denies(text, specifics,
                                                                                                  review):
                    if states_a_frequency(main_clause(text)):
                        # "Side effects are rare" against "no known side effects have been reported": how often
                        # they occur is what no passage gives, and "rare" does not deny that none were found.
                        first_mismatch = first_mismatch or Judgement(
                            policy.withdrawn, "the claim says how often what a passage denies was found happens, "
                            "which the sources do not give, so its verdict is withdrawn",
                            review=self._missing_evidence(policy, review), compared=compared)
                        continue
                    return Judgement("contradicted", "one passage the review quotes denies, as found, what the claim "
                                     "asserts", review=review, negated=polarity, compared=compared)
                if verdict == "unproven" and polarity and review.verdict == "partly_supported" \
                        and self._denied_by_a_quote(text, specifics, review):
                    return Judgement("contradicted", "one passage the review quotes states as found what the claim "
                                     "denies", review=review, negated=polarity, compared=compared)
                if verdict in AGREEING and not polarity and self._leaves_out_a_side(specifics, review):
                    return Judgement("contradicted", "the claim gives a time on one side of the event only, where the "
                                     "sources give one on the other side too", review=review, negated=polarity,
                                     compared=compared)
                rule = "every specific lines up with the review" if verdict == review.verdict_for(polarity) else (
                    "the claim puts as a possibility under study what the sources do not establish")
                return Judgement(verdict, rule, review=review, negated=polarity, compared=compared)
            false_part = self._false_part(text, specifics, review, match, compared, allowed) \
                or self._short_of_least(text, specifics, review, match, compared) \
                or self._another_time_than_found(text, claim_type, specifics, review, match, compared) \
                or self._another_quantity_than_found(text, specifics, review, match, compared)
            if false_part is not None:
                return false_part
            # Time frames and amounts are named by their kind: "84-84 days" is how they are compared, not said.
            unjudged = tuple(dict.fromkeys(item.kind if item.kind in ("time", "quantity") else value
                                           for item in compared if not item.lined_up
                                           for value in item.claim if value not in item.review))
            promises = any(not item.lined_up and item.kind in self.topic.policy.promises for item in compared)
            partial = self._partly(text, specifics, review, match, compared) if not promises else None
            if partial is not None:
                return replace(partial, unjudged=unjudged)
            if first_mismatch is None:
                first_mismatch = Judgement("unproven" if promises else review_policy.withdrawn,
                                           "the claim has specifics the closest review "
                                           "did not judge, so its verdict is withdrawn",
                                           review=self._missing_evidence(review_policy, review), compared=compared,
                                           unjudged=unjudged)
        gap_id = self.declared_gap(specifics)
        if gap_id is not None and (self._placed_in_gap(specifics, gap_id) or not self._is_place(gap_id)):
            return Judgement("not_covered", "the claim states a specific of a topic the sources do not address",
                             gap_id=gap_id)
        fallback = self.knowledge.reviews.get(policy.missing_evidence or "")
        # What the sources say of missing evidence answers a claim that evidence is missing, whatever type it reads
        # as ("no large randomised trials confirm its safety" reads as regulatory): the type's own, else another's.
        missing = next((review for review in (fallback, *self._missing_evidence_reviews) if review is not None
                        and review.verdict == "unproven" and review.verdict_for(True) in AGREEING), None)
        reported = self._reported_studies_denied(text, specifics, candidates)
        if reported is not None:
            return Judgement("contradicted", "the claim denies that studies exist of a kind the sources report",
                             review=reported, negated=True)
        if missing is not None \
                and denies_knowledge(text) and not (first_mismatch and first_mismatch.verdict == "contradicted") \
                and not self._found_true_for(specifics, claim_type) \
                and self._denies_missing_kinds_of_evidence(text, specifics, missing) \
                and not specifics.tags & self._harms \
                and not any(self._tag_negated(self._antonyms_as_negations(main_clause(text)), tag) is False
                            for tag in specifics.tags if tag[0] not in ("area", "evidence")) \
                and not self._promises_unjudged(specifics, missing) and not has_nested_negation(main_clause(text)):
            # "No large trials confirm it works": what the sources say of the missing evidence, in other words,
            # when it asserts nothing besides ("PRP shows similar or better results; head-to-head trials are few").
            return Judgement(missing.verdict_for(True), "the claim says the evidence is missing, as the sources do",
                             review=missing, negated=True)
        if first_mismatch is not None:
            if first_mismatch.unjudged:
                joint = self._judge_jointly(text, policy, specifics, candidates)
                if joint is not None:
                    return joint
            return first_mismatch
        if policy.unmatched is not None and not self.names_a_benefit(specifics):
            return Judgement(policy.unmatched, f"no {claim_type} review is close enough, and the claim names no "
                             "benefit and promises nothing: the type's verdict for a claim no review is close to",
                             unmatched=True)
        return Judgement(policy.withdrawn, f"no {claim_type} review is close enough: the type's withdrawn verdict",
                         review=fallback, unmatched=True)

    def _found_true_for(self, specifics: Specifics, claim_type: str) -> bool:
        """Whether a review of the claim's type found true what it says of one whom or how it names ("topical
        exosomes are considered safe"): that evidence for it is wanting is then not what the sources say."""
        return any((claim_type, f"{kind}: {tag}") in self._found_true for kind, tag in specifics.tags
                   if kind in BINDING_KINDS)

    def _promises_unjudged(self, specifics: Specifics, review: ClaimReview) -> bool:
        """The claim promises something the review did not judge ("zero evidence" says more than "not proven")."""
        return any(kind in self.topic.policy.promises and (kind, tag) not in self._judged[review.id].tags
                   for kind, tag in specifics.tags)

    def _denied_by_another(self, text: str, claim_type: str, specifics: Specifics, others: list[Match]) -> bool:
        """Whether a later review of the claim's type, on which every specific lines up (two or more, a predicate
        among them; time frames and amounts are compared otherwise), finds the claim false: two readings that
        disagree on the same footing leave the claim unsettled ("there are no clinical studies" is agreed with by
        "not many trials" and denied by "one clinical study")."""
        for match in others:
            review = self.knowledge.reviews[match.entry_id]
            if review.type != claim_type:
                continue
            compared = self._compare(self.topic.policy.types[review.type].may_differ, specifics, review.id)
            if len(compared) < 2 or not all(item.lined_up for item in compared) \
                    or not any(item.kind in PREDICATE_KINDS for item in compared) \
                    or any(item.kind in ("time", "quantity") for item in compared):
                continue
            polarity = self._polarity(text, review, match)
            if polarity is not None and self._verdict_for(text, specifics, review, polarity) == "contradicted":
                return True
        return False

    def _false_part(self, text: str, specifics: Specifics, review: ClaimReview, match: Match,
                    compared: tuple[SpecificsCompared, ...], allowed: set[str]) -> Judgement | None:
        """A claim that asserts, about whom and what the review judged, a predicate the review finds false is false
        whatever else it promises ("FDA approved and no downtime"), and whenever it says so ("avoid water for a few
        hours before", where the review judged no time frame)."""
        if not any(item.lined_up and item.kind in STRONG_PREDICATE_KINDS for item in compared) \
                or not all(item.lined_up or (item.kind == "time" and not item.review)
                           for item in compared if item.kind in (*ARGUMENT_KINDS, "time", "quantity")):
            return None
        if "contradicted" not in (review.verdict_for(False), review.verdict_for(True)) \
                or (review.type not in allowed and not self._shares_strong_predicate(specifics, review)):
            return None
        polarity = self._polarity(text, review, match)
        if polarity is None or self._verdict_for(text, specifics, review, polarity) != "contradicted":
            return None
        return Judgement("contradicted", "a part of the claim that the review judged is false, so the claim is",
                         review=review, negated=polarity, compared=compared)

    def _short_of_least(self, text: str, specifics: Specifics, review: ClaimReview, match: Match,
                        compared: tuple[SpecificsCompared, ...]) -> Judgement | None:
        """A claim that agrees with what a review judged ("stop NSAIDs before the session") but gives less time
        than the least its evidence gives ("1 day before", against "at least 72 hours before") is contradicted. What
        the claim agrees on is a strong predicate both state, what defines the review ("judged after six months",
        against the review of when to judge results: "at least one year after"), or the least time that the review's
        own claim states ("cleared within 6 to 8 weeks", against "stay at least 6 to 8 months")."""
        defined = {f"{kind}: {tag}" for kind, tag in specifics.tags} & set(review.defining)
        # A review whose own claim is a least time ("stay at least 6 to 8 months") judged that time.
        states_least = any(time.at_least for time in self._stated_times[review.id])
        if not (defined or states_least
                or any(item.lined_up and item.kind in STRONG_PREDICATE_KINDS for item in compared)) \
                or not all(item.lined_up for item in compared if item.kind != "time"):
            return None
        # A time frame on the other side of the event may stand beside the short one, lined up ("at least 48 hours
        # before and for four days after"); "a year in, not a few weeks" gives no side, and denies the short one.
        # The least time the review judged is the one its own claim states ("judged about a year after", against
        # "assessed at least one year after"), else every least its evidence gives: "results take several months"
        # is short of none of "at least 6–9 months" and "at least one year after".
        stated = self._stated_times[review.id]
        least = [t for t in self._established[review.id].times if t.at_least]
        least = [t for t in least if any(t.overlaps(mine) for mine in stated)] or least
        short = [mine for mine in specifics.times if not mine.cycle and _short_of_every(mine, least)]
        beside = [mine for mine in specifics.times if mine not in short]
        sides = {time.side for time in short}
        if not short or (beside and (None in sides or not all(
                mine.side and mine.side not in sides
                and any(mine.overlaps(theirs) for theirs in self._judged[review.id].times) for mine in beside))):
            return None
        polarity = self._polarity(text, review, match)
        if polarity is None or self._verdict_for(text, specifics, review, polarity) not in AGREEING:
            return None
        return Judgement("contradicted", "the claim gives less time than the least the sources give",
                         review=review, negated=polarity, compared=compared)

    def _another_quantity_than_found(self, text: str, specifics: Specifics, review: ClaimReview, match: Match,
                                     compared: tuple[SpecificsCompared, ...]) -> Judgement | None:
        """A claim that says of what a review found true with a quantity of its own ("more than 200 billion
        exosomes are an excellent quantity for hair growth") another quantity ("20 billion", "at least 500
        billion") is contradicted, when all else it says lines up and it asserts what the review did."""
        if review.verdict != "supported" or not self._judged[review.id].quantities \
                or not any(item.kind == "quantity" and not item.lined_up for item in compared) \
                or not all(item.lined_up for item in compared if item.kind != "quantity") \
                or not any(item.lined_up and item.kind in PREDICATE_KINDS for item in compared) \
                or self._polarity(text, review, match) is not False:
            return None
        return Judgement("contradicted", "the claim gives another quantity than the one the sources found",
                         review=review, compared=compared)

    def _another_time_than_found(self, text: str, claim_type: str, specifics: Specifics, review: ClaimReview,
                                 match: Match, compared: tuple[SpecificsCompared, ...]) -> Judgement | None:
        """A claim that states, of what a review found true with a time frame of its own ("a hair cycle lasts about
        three months"), another time frame ("three years") is contradicted; so is another length of what its
        evidence says lasts a while from the event ("for four weeks after", against "for four days after"). When
        results come is compared with the minimum instead."""
        stated = self._stated_times[review.id]
        others = specifics.times if len(specifics.times) == 1 else ()
        if not stated:
            stated = tuple(time for time in self._established[review.id].times if time.span)
            others = tuple(time for time in specifics.times if time.span and not any(
                time.overlaps(theirs) for theirs in self._judged[review.id].times))
        # A time said of no side ("avoid NSAIDs for 10 days") is no time of one side, where the evidence gives times
        # both before and after the event.
        if len({time.side for time in (*stated, *self._judged[review.id].times) if time.side}) > 1:
            others = tuple(time for time in others if time.side)
        if review.verdict != "supported" or not stated or not others \
                or self.topic.policy.types[claim_type].time == "before_minimum" \
                or not any(item.lined_up and item.kind in STRONG_PREDICATE_KINDS for item in compared) \
                or not all(item.lined_up for item in compared if item.kind != "time") \
                or any(mine.overlaps(theirs) for mine in others for theirs in stated) \
                or not all(any(mine.on_the_side_of(theirs) for theirs in stated) for mine in others) \
                or self._polarity(text, review, match) is not False:
            return None
        return Judgement("contradicted", "the claim gives another time frame than the one the sources found",
                         review=review, negated=False, compared=compared)

    def _wanting_said_there(self, text: str, candidates: list[Match]) -> Judgement | None:
        """A statement that there are studies of the very kind a close review quotes the sources saying are still
        wanting ("documented in extensive long-term follow-up studies", against "long-term follow-up studies
        currently need to be made available") is contradicted: the words describing them must be the passage's,
        two at least besides the subject's and the kind of study's ("clinical"). Asked whether there are such
        studies, the question is answered from the reviews, as any other is."""
        clause = main_clause(text)
        if not names_studies_as_there(clause):
            return None
        described = study_description(clause) - self._evidence_terms - set(self.topic.subject_terms)
        for match in candidates[:CANDIDATES]:
            review = self.knowledge.reviews[match.entry_id]
            if any(len(described & quote.wanted) >= WANTED_WORDS for quote in self._quotes[review.id]):
                return Judgement("contradicted", "the claim says there are studies that a passage of the sources "
                                 "says are still wanting", review=review, negated=False)
        return None

    def _denies_one_of_those_judged(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """"Stops hair loss in women but not in men", "given by drip rather than injected": of two values of one kind,
        the claim grants one and denies, by a "not" or "rather than" just before it, the other, which the review
        judged and nowhere denies ("not just women" grants it)."""
        said = [(self._read[phrasing], self._read_tags[self._read[phrasing]])
                for phrasing in (review.claim, *review.paraphrases)]
        said += [(quote.text, quote.tags) for quote in self._quotes[review.id]]
        for kind in BINDING_KINDS:
            stated = {tag for tag in specifics.tags if tag[0] == kind}
            denied = {tag for tag in stated if self._denied_next_to(text, tag)}
            found = {tag for tag in denied if any(tag in tags for _, tags in said)}
            if len(stated) >= 2 and found and denied != stated \
                    and not any(self._denied_next_to(words, tag) for words, _ in said for tag in found):
                return True
        return False

    def _stops_others_beside(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """"Do I need to drop my turmeric, my ginkgo and the NSAIDs?": of the things denied together, the review
        judged only the one it names."""
        clause = main_clause(text)
        inside = negated_terms(clause)[0]
        tags = {tag for tag in specifics.tags & self._judged[review.id].tags if tag[0] == "preparation"}
        judged = self._tag_terms(tags)
        if not inside & judged:
            return False
        known = judged | self._review_terms[review.id] | self._cue_terms | self._time_terms | _QUANTIFYING
        for tag in tags:
            for found in self.topic.specific_lexicons[tag].finditer(clause):
                before = _LISTED_BEFORE.search(clause[:found.start()])
                after = _LISTED_AFTER.match(clause[found.end():])
                item_before = _LIST_SEPARATOR.split(clause[:before.start()])[-1] if before else ""
                item_after = _ITEM_END.split(_LIST_SEPARATOR.split(clause[found.end() + after.end() - 1:])[0])[0] \
                    if after else ""
                items = [item_before.split()[-_ITEM_NAME_WORDS:], item_after.split()[:_ITEM_NAME_WORDS]]
                if any(set(content_terms(" ".join(item))) & inside - known for item in items):
                    return True
        return False

    def _denied_next_to(self, text: str, tag: tuple[str, str]) -> bool:
        return any(_DENIED_JUST_BEFORE.search(text[:found.start()])
                   for found in self.topic.specific_lexicons[tag].finditer(text))

    def _leaves_out_a_side(self, specifics: Specifics, review: ClaimReview) -> bool:
        """"Only pause NSAIDs in the 72 hours before": a time said as all there is, on one side of the event, where
        the review's evidence gives a time on the other side as well ("and for four days after")."""
        only_sides = {time.side for time in specifics.times if time.only and time.side}
        sides = {time.side for time in specifics.times if time.side}
        return bool(only_sides) and bool({time.side for time in self._judged[review.id].times if time.side} - sides)

    def _says_of_a_part(self, text: str, review: ClaimReview) -> bool:
        """"Most of the evidence is from the lab" is weaker than "never tested in people": the sources' denial of
        the universal claim does not deny it."""
        return bool(self.topic.proportion.search(text)) and not self._universal(text) \
            and bool(self._universal(review.claim))

    def _denying_none(self, text: str, specifics: Specifics, review: ClaimReview) -> ClaimReview | None:
        """"Is there even a single human study?" is not denied by the sources' denial of "a large number of human
        trials", nor is "has it been tried in people?", which says nothing the other review does not judge: the
        review that, on every specific the claim states, denies that there are none ("never tested in people")
        answers it."""
        clause = main_clause(text)
        states_existence = bool(self.topic.existence.search(clause))
        states_an_amount = not states_existence and bool(self.topic.proportion.search(clause))
        # "Trials conclusively showed it works" says what they found, not only that there are some.
        if states_an_amount or names_a_finding(clause) or not self.topic.proportion.search(review.claim) \
                or self._universal(review.claim):
            return None
        for other in self.knowledge.reviews.values():
            compared = self._compare(self.topic.policy.types[other.type].may_differ, specifics, other.id)
            if other.verdict == "contradicted" and self._denies_universally(other.claim) and compared \
                    and all(item.lined_up for item in compared) \
                    and (states_existence or not self._unjudged_terms(text, other)):
                return other
        return None

    def _says_of_all(self, text: str, review: ClaimReview) -> bool:
        """"All exosome products are made from umbilical cord cells": what the sources found true of some, claimed
        of all (a universal that denies, "no side effects", is the claim's own predicate, not its quantifier)."""
        return any(found.group(0).lower() not in polarity_cues() and " " not in found.group(0).strip()
                   for found in self.topic.universal.finditer(self.topic.proportion.blank(main_clause(text)))) \
            and not self._universal(review.claim)

    def _universal(self, text: str) -> re.Match | None:
        """A universal word the text says of all, not of a part ("nearly all")."""
        return self.topic.universal.search(self.topic.proportion.blank(text))

    def _partly(self, text: str, specifics: Specifics, review: ClaimReview, match: Match,
                compared: tuple[SpecificsCompared, ...]) -> Judgement | None:
        """A claim that states more than a review judged only in kinds where more may be added (a time frame, what
        kind of study), when the review judged what it asserts and agrees with it: partly supported ("tender for a
        day or two" against a review of minor tenderness). A promise of results sooner than the sources' minimum
        is not partly right."""
        # A claim that puts a list of benefits only as possibilities is right about those the sources call promising.
        open_kinds = [*self.topic.policy.partial, *(["outcome"] if states_a_possibility(text) else [])]
        # A time frame the review did not judge may be added; one other than the review's is a mismatch.
        if not all(item.lined_up or (item.kind in open_kinds and not (item.kind == "time" and item.review))
                   for item in compared):
            return None
        # "Came mainly from bone marrow": a detail said to be the main or the only one is what the claim is about.
        if any(self._said_to_be_the_point(text, item.kind, item.claim) for item in compared if not item.lined_up):
            return None
        # "Stem cell-derived exosomes improved the score in mice": what names the subject asserts nothing of it.
        if not any(item.kind in PREDICATE_KINDS and (item.lined_up or (item.kind in open_kinds
                                                                       and set(item.claim) & set(item.review)))
                   and not self._only_describes_the_subject(text, item)
                   for item in compared):
            return None
        if any(item.kind == "time" and not item.lined_up for item in compared) and self._too_soon(text, specifics):
            return None
        polarity = self._polarity(text, review, match)
        if polarity is None or self._verdict_for(text, specifics, review, polarity) not in AGREEING:
            return None
        return Judgement("partly_supported", "the review agrees with part of what the claim asserts and did not "
                         "judge the rest", review=review, negated=polarity, compared=compared)

    def _mentions(self, text: str, kind: str, tags: Iterable[str]) -> list[re.Match]:
        """Where the text names any of these specifics of a kind."""
        return [match for tag in tags if (kind, tag) in self.topic.specific_lexicons
                for match in self.topic.specific_lexicons[(kind, tag)].finditer(text)]

    def _only_describes_the_subject(self, text: str, item: SpecificsCompared) -> bool:
        """Whether every place the text names the item's specifics is a word put before the subject's own name
        ("stem cell-derived exosomes", "stem cell exosome treatment"). An attribute there is still asserted ("no
        FDA-approved exosome products")."""
        if item.kind in ATTRIBUTE_KINDS:
            return False
        found = self._mentions(text, item.kind, item.claim)
        return bool(found) and all(self._before_the_subject.match(text, match.end()) for match in found)

    def _said_to_be_the_point(self, text: str, kind: str, tags: Iterable[str]) -> bool:
        """Whether the text names a specific of the kind just after a word that makes it the main or the only one
        ("mostly from bone marrow", "only from cord blood"), two words apart at most, or before words that make it
        all that is needed, in the same clause ("one dose was all it took")."""
        marks = [*self.topic.main.finditer(text), *restricting(text, self.topic.restrictive)]
        found = self._mentions(text, kind, tags)
        return any(mark.end() <= detail.start() and len(words(text[mark.end():detail.start()])) <= MAIN_ONE_GAP
                   for detail in found for mark in marks) \
            or any(detail.end() <= enough.start() and not _CLAUSE_BREAK.search(text, detail.end(), enough.start())
                   for detail in found for enough in self.topic.sufficient.finditer(text))

    def _verdict_for(self, text: str, specifics: Specifics, review: ClaimReview, negated: bool) -> Verdict:
        """The review's verdict for the claim; a claim that only puts as a possibility under study what the review
        found unproven takes the verdict the policy gives such a claim."""
        verdict = review.verdict_for(negated)
        if review.verdict == "partly_supported" and negated and denies_knowledge(text):
            # "Too early to say whether it's safe in the long run" agrees with sources that only partly back it.
            return "partly_supported"
        if review.verdict == "unproven" and negated and not denies_knowledge(text) \
                and not specifics.of_kind("absolute"):
            # "It doesn't work" is no more shown than "it works"; "it isn't proven" and "it isn't completely safe"
            # agree with the sources.
            return "unproven"
        possibility = self.topic.policy.types[review.type].possibility
        if verdict in ("unproven", "partly_supported") and not negated and possibility is not None \
                and states_a_possibility(text):
            return possibility
        return verdict

    def _hedged_as_the_sources_are(self, text: str, review: ClaimReview) -> bool:
        """A claim that puts as a belief ("are thought to") what a review backs only in part because
        every passage it quotes puts it as a belief or says what is not known yet says what the sources say; a
        review that also quotes a plain fact (minor discomfort, against "no side effects") is partly right for
        another reason."""
        return states_a_belief(text) and all(quote.hedged or quote.denies_knowledge
                                             for quote in self._quotes[review.id])

    def _stated_by_a_quote(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """A passage of the sources says everything the claim asserts, with every specific it states, and puts it
        as surely as the claim does: the claim is what the passage says ("are considered promising biomarkers"),
        though the review's own claim says more ("doctors can diagnose skin diseases with exosomes")."""
        # How surely the claim puts it is compared apart, not as words the passage must use.
        asserted = self._asserted_terms(text)
        if not asserted or any(quote.denies_knowledge for quote in self._quotes[review.id]):
            # The review also quotes the sources saying what is not shown ("trials failed to conclusively show its
            # efficacy"): what one passage found is not the sources' last word.
            return False
        possibility = states_a_possibility(text)
        # A passage about one route, regulator or group of people does not say it of all ("considered safe on intact
        # skin", said of "exosome treatments are safe").
        return any(asserted <= quote.terms and specifics.tags <= quote.tags and (possibility or not quote.hedged)
                   and {tag for tag in quote.tags if tag[0] in LIMITING_KINDS} <= specifics.tags
                   for quote in self._quotes[review.id])

    def _denies_missing_kinds_of_evidence(self, text: str, specifics: Specifics, missing: ClaimReview) -> bool:
        """Every kind of study the claim says is lacking is one the sources say is missing: "from large human trials
        rather than from laboratory studies" says the lab evidence is what is lacking, and the sources say the
        opposite."""
        clause = self._antonyms_as_negations(main_clause(text))
        # Read on the kind's words ("human trials remain limited"), and where each kind is named, as "clinical" is a
        # word of "pre-clinical" too ("big clinical trials, not lab studies").
        named = {tag: [negated_at(clause, found.start())
                       for found in self.topic.specific_lexicons[tag].finditer(clause)]
                 for tag in specifics.tags if tag[0] == "evidence"}
        denied = {tag for tag, readings in named.items()
                  if self._tag_negated(clause, tag) or (readings and all(readings))}
        return denied <= self._judged[missing.id].tags | self._established[missing.id].tags

    def _denies_all_evidence_of_a_kind(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """"No preclinical studies have shown any benefit", "never tested in humans": a denial with a universal
        word, of the kind of study the review found ("Rigorous trials are still needed" denies none)."""
        kinds = specifics.of_kind("evidence")
        return bool(kinds) and kinds <= self._judged[review.id].of_kind("evidence") \
            and self._denies_universally(main_clause(text))

    def _denies_universally(self, clause: str) -> bool:
        """The clause denies with a universal word ("no", "never", "none", "zero") or of any at all ("not ... any")."""
        return denies_any(clause) or any(found.group(0).lower() in polarity_cues()
                   for found in self.topic.universal.finditer(self.topic.proportion.blank(clause)))

    def _reported_studies_denied(self, text: str, specifics: Specifics,
                                 candidates: list[Match]) -> ClaimReview | None:
        """A review that reports studies of a kind the claim says there are none of ("there were no human studies
        at all", "never tested in humans"), when the claim denies that they exist, not what they found ("no study
        has proven it works"), and promises nothing besides."""
        clause = main_clause(text)
        kinds = specifics.of_kind("evidence")
        if not kinds or not self._denies_universally(clause) or not names_studies(clause) or names_a_finding(clause) \
                or any(kind in self.topic.policy.promises for kind, _ in specifics.tags) \
                or not all(self._tag_negated(clause, ("evidence", kind)) for kind in kinds):
            return None
        # A review defined by that kind of study ("the one clinical study"), else the closest, else any.
        reviews = [*(self.knowledge.reviews[match.entry_id] for match in candidates), *self.knowledge.reviews.values()]
        reporting = [review for review in reviews if review.verdict == "supported"
                     and kinds <= self._judged[review.id].of_kind("evidence")]
        return next((review for review in reporting if {f"evidence: {kind}" for kind in kinds} <= set(review.defining)),
                    next(iter(reporting), None))

    def _denied_by_a_quote(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """A passage of the sources states, unhedged and as found, everything the claim denies, with every specific
        it states ("have no anti-inflammatory effect" against "have been found to have anti-inflammatory
        effects"), though the review's own claim is only partly supported."""
        denied = negated_terms(main_clause(text))[0] & self._asserted_terms(text)
        # What it denies must be more than a specific's own words: "not a stem cell treatment" denies no finding.
        return bool(denied - self._tag_terms(specifics.tags)) and any(
            denied <= quote.terms and specifics.tags <= quote.tags and not quote.hedged and not quote.denies_knowledge
            for quote in self._quotes[review.id])

    def _restricts_contents(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """"Exosomes carry only proteins": of the several things a quote says the subject carries, the claim says
        it carries nothing but those it names."""
        clause = main_clause(text)
        if not restricting(clause, self.topic.restrictive):
            return False
        for kind, tag in specifics.tags:
            if f"{kind}: {tag}" not in self._contents:
                continue
            lexicon = self.topic.specific_lexicons[(kind, tag)]
            named = {found.group(0).lower() for found in lexicon.finditer(clause)}
            if any(named < {found.group(0).lower() for found in lexicon.finditer(quote.text)}
                   for quote in self._quotes[review.id]):
                return True
        return False

    def _asserts_what_a_quote_denies(self, text: str, specifics: Specifics, review: ClaimReview) -> bool:
        """"Several known side effects have been reported" against "No known side effects or adverse reactions have
        been reported": a passage of the sources denies, unhedged, all but one of the words (three or more) the claim
        asserts, with every specific it states, and the claim denies nothing and asserts it as found, not as a
        possibility ("potential side effects")."""
        clause = main_clause(text)
        if negated_terms(clause)[0] or states_a_possibility(clause):
            return False
        asserted = self._asserted_terms(clause)
        return len(asserted) >= QUOTE_DENIED_WORDS and any(
            len(asserted - quote.denied) <= 1 and specifics.tags <= quote.tags and not quote.hedged
            for quote in self._quotes[review.id])

    def _too_soon(self, text: str, specifics: Specifics) -> bool:
        """The claim promises results sooner than, or partly sooner than, the least time a type's evidence gives."""
        return any(self._states_a_result(specifics, review) and self._against_minimum(text, specifics, review.id)
                   for review in self._minimum_reviews)

    def _states_a_result(self, specifics: Specifics, review: ClaimReview) -> bool:
        """A time frame is a promise of results when the claim names them, or an outcome the review's minimum is
        about ("side effects resolve within 48 hours" is not)."""
        return bool(specifics.of_kind("result") or specifics.of_kind("outcome") & (
            self._judged[review.id].of_kind("outcome") | self._established[review.id].of_kind("outcome")))

    def _excluded(self, text: str, specifics: Specifics, candidates: list[Match]) -> Judgement | None:
        """A claim that asserts a specific which a close review's evidence excludes ("hurts a lot" where the
        sources say "minor discomfort") is contradicted, whatever that review's own verdict."""
        for match in candidates:
            review = self.knowledge.reviews[match.entry_id]
            established = self._established[review.id].tags
            for claimed, stated in self._exclusive:
                if claimed not in specifics.tags or stated not in established:
                    continue
                denied = self._tag_negated(text, claimed)
                if denied is False:
                    return Judgement("contradicted", f"the claim says {claimed[1]} where the sources say "
                                     f"{stated[1]}", review=review, compared=(SpecificsCompared(
                                         kind=claimed[0], claim=[claimed[1]], review=[stated[1]], lined_up=False),))
                rest = replace(specifics, tags=specifics.tags - {claimed})
                compared = self._compare(self.topic.policy.types[review.type].may_differ, rest, review.id)
                if denied and all(item.lined_up for item in compared) and not rest.counts \
                        and len(self._unjudged_terms(text, review)) <= DENIAL_UNJUDGED_WORDS:
                    # "Exosomes are not stem cells": denying what the evidence excludes, and saying nothing it did
                    # not judge, is right.
                    return Judgement("supported", f"the claim denies {claimed[1]} where the sources say "
                                     f"{stated[1]}", review=review, negated=True, compared=(SpecificsCompared(
                                         kind=claimed[0], claim=[claimed[1]], review=[stated[1]], lined_up=True),
                                         *compared))
        return None

    def _restricted(self, text: str, specifics: Specifics, candidates: list[Match]) -> Judgement | None:
        """A claim that restricts to one group or route ("only works for men") what a close review's evidence says
        of that one and others ("for both men and women"), and agrees with the review on everything else, is
        contradicted."""
        clause = main_clause(text)
        restrictions = restricting(clause, self.topic.restrictive)
        for kind in RESTRICTABLE_KINDS if restrictions else ():
            # "Only for men, not women": what it denies is no part of what it restricts the claim to, and it may
            # deny nothing else.
            mine = {tag for tag in specifics.of_kind(kind) if not self._tag_negated(text, (kind, tag))}
            denied = negated_terms(clause)[0] - self._tag_terms({(kind, tag) for tag in specifics.of_kind(kind)})
            if len(mine) != 1 or denied or not self._restricts(clause, restrictions, (kind, next(iter(mine)))):
                continue
            rest = replace(specifics, tags=frozenset(tag for tag in specifics.tags if tag[0] != kind))
            for match in candidates:
                review = self.knowledge.reviews[match.entry_id]
                theirs = self._established[review.id].of_kind(kind)
                compared = self._compare(self.topic.policy.types[review.type].may_differ, rest, review.id)
                if mine < theirs and all(item.lined_up for item in compared):
                    return Judgement("contradicted", f"the claim says only {', '.join(mine)} where the sources say "
                                     f"{', '.join(sorted(theirs))}", review=review, compared=(SpecificsCompared(
                                         kind=kind, claim=sorted(mine), review=sorted(theirs), lined_up=False),
                                         *compared))
        return None

    def _restricts(self, clause: str, restrictions: list[re.Match], tag: tuple[str, str]) -> bool:
        """A restrictive word restricts what it stands next to: a few words before it ("only works for men", "can
        only be injected") or right after it ("for men only"); "the only side effects are at the injection site"
        restricts side effects, not the route."""
        for named in self.topic.specific_lexicons[tag].finditer(clause):
            for found in restrictions:
                if found.end() <= named.start() and len(clause[found.end():named.start()].split()) <= RESTRICTED_WITHIN:
                    return True
                if named.end() <= found.start() and not clause[named.end():found.start()].strip():
                    return True
        return False

    def _sooner_than_minimum(self, text: str, specifics: Specifics, candidates: list[Match]) -> Judgement | None:
        """A claim that promises results sooner than the minimum a review's evidence gives ("in 3 weeks" against
        "at least 6–9 months") is contradicted, whichever review came closer and whatever type the claim reads as
        ("full regrowth within 8 weeks"): a close review that compares time frames so, or else the type's own.
        A clause that promises results is read on its own too ("stop ibuprofen for 3 days before, and your hair
        will be back within a month"; "a hair cycle is 3 months, so you'll see results in 3 months")."""
        close = [self.knowledge.reviews[match.entry_id] for match in candidates]
        found = self._sooner_in(text, specifics, close)
        clauses = [clause for clause in _CLAUSE_BREAK.split(text) if clause.strip()]
        minimum = min((t.low_days for review in (*close, *self._minimum_reviews)
                       if self.topic.policy.types[review.type].time == "before_minimum"
                       for t in self._established[review.id].times if t.at_least), default=None)
        gives_minimum = minimum is not None and self._gives_minimum(specifics, minimum)
        for clause in clauses if found is None and len(clauses) > 1 and not gives_minimum else ():
            stated = extract(self.topic, clause)
            if stated.times and (stated.of_kind("result") or stated.of_kind("outcome")):
                found = found or self._sooner_in(clause, stated, close)
        return found

    def _sooner_in(self, text: str, specifics: Specifics, close: list[ClaimReview]) -> Judgement | None:
        if any(review.verdict in AGREEING and self._shares_strong_predicate(specifics, review)
               and any(mine.overlaps(theirs) for mine in specifics.times for theirs in self._judged[review.id].times)
               for review in close):
            # "A hair growth cycle is about 3 months": a close review agrees with that time frame for what it is.
            return None
        for review in dict.fromkeys([*close, *self._minimum_reviews]):
            review_policy = self.topic.policy.types[review.type]
            if review_policy.time != "before_minimum" or (review_policy.requires_any and not any(
                    specifics.of_kind(kind) for kind in review_policy.requires_any)):
                continue
            if review not in close and not self._states_a_result(specifics, review):
                continue
            compared = self._compare(review_policy.may_differ, specifics, review.id)
            # Another promise beside it ("no downtime, and results in 2 weeks") does not make it less too soon.
            if self._against_minimum(text, specifics, review.id) == "before" \
                    and all(item.lined_up for item in compared if item.kind in ARGUMENT_KINDS):
                return Judgement("contradicted", "the claim's time frame is sooner than the minimum the sources give",
                                 review=review, compared=compared)
        return None

    def _judge_jointly(self, text: str, policy, specifics: Specifics, candidates: list[Match]) -> Judgement | None:
        """A claim that puts together what several reviews each judged ("vesicles from stem cells that carry
        proteins and help repair tissue"): agreed with when every specific it states is judged by a review that
        agrees with it, none of the reviews that judged one of them disagrees, and what it asserts is in them.
        The verdict is the most cautious of theirs."""
        # Time frames and amounts are not tags: each must line up with what an agreeing review judged (below).
        needed = {(kind, value) for kind in specifics.kinds() if kind not in policy.may_differ
                  and kind not in ("time", "quantity") for value in specifics.of_kind(kind)}
        if any(kind in self.topic.policy.promises for kind, _ in needed):
            return None  # a promise ("for good", "risk-free") is agreed with only by a review that judged it
        judged_by_agreeing, verdicts, agreeing, readings = set(), [], [], set()
        for match in candidates:
            review = self.knowledge.reviews[match.entry_id]
            # What an agreeing review's quotes state is established by the sources, so it is judged too.
            states = self._judged[review.id].union(self._established[review.id]) if review.verdict in AGREEING \
                else self._judged[review.id]
            judged = {(kind, value) for kind, value in needed if value in states.of_kind(kind)}
            if not judged:
                continue
            polarity = self._polarity(text, review, match)
            verdict = review.verdict_for(polarity) if polarity is not None else None
            if verdict not in AGREEING:
                if judged & self._judged[review.id].tags:
                    return None
                # Its quotes name the specific in passing ("isolated from ... stem cells"): what its own claim
                # denies is not that.
                continue
            judged_by_agreeing |= judged
            verdicts.append(verdict)
            agreeing.append(review)
            readings.add(polarity or review.id in self._denying_claims)
        if len(agreeing) < 2 or judged_by_agreeing != needed:
            return None
        if not all(any(mine.overlaps(theirs) for review in agreeing for theirs in self._judged[review.id].times)
                   for mine in specifics.times) \
                or not all(any(lines_up_in_quantity(mine, theirs) for review in agreeing
                               for theirs in self._judged[review.id].quantities) for mine in specifics.quantities):
            return None
        if negated_terms(text)[0] and readings != {True}:
            # What the claim denies, it denies of one specific; a review that agrees on the whole claim as asserted
            # has not read that denial ("X is safe; it is the data on Y that is lacking").
            return None
        terms = self._asserted_terms(text)
        found = set().union(*(self._review_terms[review.id] for review in agreeing))
        if terms and len(terms & found) / len(terms) < AGREEING_COVERAGE:
            return None
        verdict, _ = self.combine(verdicts)
        return Judgement(verdict, "every specific is judged by one of several reviews, and all of them agree: "
                         + ", ".join(review.id for review in agreeing), review=agreeing[0])

    def _allowed_types(self, claim_type: str, votes: dict[str, float]) -> set[str]:
        top_share = max(votes.values(), default=0.0)
        return {candidate for candidate, share in votes.items() if share >= TYPE_SHARE * top_share} | {claim_type}

    def _candidates(self, allowed: set[str], specifics: Specifics, matches: list[Match]) -> list[Match]:
        """Review matches that may judge the claim: confident, and of a type the claim may be or having
        judged one of the claim's own predicates (an outcome, an absolute, a mechanism) or amounts, which also
        lets a somewhat weaker match count; beyond the closest CANDIDATES, only a review that judged one of the
        claim's strong predicates ("a little tender" and minor discomfort) may. A review with defining specifics
        judges only claims that state one."""
        predicates = {tag for tag in specifics.tags if tag[0] in PREDICATE_KINDS}
        stated = {f"{kind}: {tag}" for kind, tag in specifics.tags}
        judges_of_time = self._judges_of_time(specifics)
        candidates = []
        for position, match in enumerate(matches):
            if match.is_gap:
                continue
            review = self.knowledge.reviews[match.entry_id]
            judged = self._judged[review.id]
            # A number only a few reviews gave ("16 studies") is as much theirs as a strong predicate.
            gave_the_count = bool(specifics.counts & judged.counts)
            if position >= CANDIDATES and not (self._shares_strong_predicate(specifics, review) or gave_the_count):
                continue
            # An amount the review judged ("200 billion exosomes") is as much its own as a predicate.
            speaks_to_it = bool(predicates & judged.tags) or any(
                lines_up_in_quantity(mine, theirs) for mine in specifics.quantities for theirs in judged.quantities) \
                or any(mine.overlaps(theirs) for mine in specifics.times for theirs in judged.times
                       if mine.low_days and theirs.low_days) or gave_the_count
            if review.defining and not stated & set(review.defining):
                continue
            # Far ahead of every other entry and sharing a strong predicate ("arrive well hydrated and after a
            # good breakfast"), a review may judge a claim that never names the treatment.
            if (match.confident and (review.type in allowed or speaks_to_it)) \
                    or (speaks_to_it and match.score >= SHARED_PREDICATE_THRESHOLD) \
                    or (review.type in allowed and review in judges_of_time) \
                    or ((match.distinct or self._sole_judge(specifics, review))
                        and self._shares_strong_predicate(specifics, review)):
                candidates.append(match)
        return candidates

    def _sole_judge(self, specifics: Specifics, review: ClaimReview) -> bool:
        """No other review judged a strong predicate the claim states ("tenderness is to be expected" and the
        review of discomfort): the claim's words may be far from the review's, its subject is not."""
        return any(self._judges_of.get(tag) == [review.id]
                   for tag in specifics.tags if tag[0] in STRONG_PREDICATE_KINDS)

    def judges_of_what_is_stated(self, specifics: Specifics, claim_type: str,
                                 votes: dict[str, float]) -> frozenset[str]:
        """The reviews of a type the claim may be that judged what it states, however far its other words take it
        from them: the one review that judged a strong predicate it states ("a bit tender" and the review of
        discomfort), and a review that compares time frames with a minimum and judged the claim's own ("is a year
        the right time to decide?"). A promise ("proven", "for everyone") qualifies whatever a claim is about; it
        does not say what that is."""
        allowed = self._allowed_types(claim_type, votes)
        sole = {judges[0] for tag in specifics.tags
                if tag[0] in STRONG_PREDICATE_KINDS and tag[0] not in self.topic.policy.promises
                and len(judges := self._judges_of.get(tag, [])) == 1}
        # A count only one review gives ("a human study with 39 patients") is as much its own as a strong predicate.
        counted = {judges[0] for count in specifics.counts if len(judges := self._counted_by.get(count, [])) == 1}
        return frozenset(review_id for review_id in sole | counted
                         | {review.id for review in self._judges_of_time(specifics)}
                         if self.knowledge.reviews[review_id].type in allowed)

    def sole_judge_asked_about(self, specifics: Specifics) -> str | None:
        """The one review that alone judged what an open question asks about ("do the results last forever or do
        you need top-ups?" and the review of long-term evidence), when a single review is found so."""
        judges = {judges[0] for tag in specifics.tags
                  if tag[0] in PREDICATE_KINDS and len(judges := self._judges_of.get(tag, [])) == 1}
        return next(iter(judges)) if len(judges) == 1 else None

    def _judges_of_time(self, specifics: Specifics) -> list[ClaimReview]:
        """The reviews that compare time frames with a minimum and judged one the claim states."""
        return [review for review in self._minimum_reviews
                if any(mine.overlaps(theirs) for mine in specifics.times for theirs in self._judged[review.id].times
                       if mine.low_days and theirs.low_days)]

    def _asserted_terms(self, text: str) -> set[str]:
        """What a claim asserts in words: its distinguishing words, less its arguments (who, by what route,
        against what), negation cues and hedges ("being explored for"), which say how surely, not what. An
        antonym is read as the word it denies ("ambiguous" asserts something of "clear" rules)."""
        return set(distinguishing(content_terms(self._antonyms_as_negations(text)), self.topic.subject_terms)) \
            - self._cue_terms - self._argument_terms - hedge_terms(text)

    def _unjudged_terms(self, text: str, review: ClaimReview) -> set[str]:
        """The claim's asserted words that the review never uses."""
        return self._asserted_terms(text) - self._review_terms[review.id] - self._time_terms

    def _covered(self, text: str, review: ClaimReview) -> float:
        """For a claim whose predicate no compared specific names: the share of its asserted words found in the
        review's phrasings, opposites, explanation and quotes; time frames were compared already."""
        terms = self._asserted_terms(text) - self._time_terms
        return len(terms & self._review_terms[review.id]) / len(terms) if terms else 1.0

    def _shares_strong_predicate(self, specifics: Specifics, review: ClaimReview) -> bool:
        """Both state the same regulatory status, absolute, sensation, preparation or mechanism: an outcome
        alone ("inflammation") is named by too many different claims to say they are the same claim."""
        return any(kind in STRONG_PREDICATE_KINDS for kind, _ in specifics.tags & self._judged[review.id].tags)

    def states_a_strong_predicate(self, specifics: Specifics) -> bool:
        return any(kind in STRONG_PREDICATE_KINDS for kind, _ in specifics.tags)

    def states_an_attribute(self, specifics: Specifics) -> bool:
        """The text says what something is like ("zero risk", "FDA approved", "painless"), not only names a thing
        ("NSAIDs", "growth factors")."""
        return any(kind in ATTRIBUTE_KINDS for kind, _ in specifics.tags)

    def asserts_beyond_numbers(self, specifics: Specifics) -> bool:
        """The claim states a predicate, a result or a judgement of results ("too early to tell") of its own, not
        only time frames and numbers: "have to wait 48h" may be said of anything."""
        return any(kind in PREDICATE_KINDS or kind == "result" for kind, _ in specifics.tags) \
            or ("expectation", "a judgement") in specifics.tags

    def names_a_benefit(self, specifics: Specifics) -> bool:
        """The claim names an outcome or a result, or promises something ("proven", "for everyone")."""
        return bool(specifics.of_kind("outcome") or specifics.of_kind("result")) \
            or any(kind in self.topic.policy.promises for kind, _ in specifics.tags)

    def states_a_predicate(self, specifics: Specifics) -> bool:
        return any(kind in PREDICATE_KINDS for kind, _ in specifics.tags) or bool(specifics.times
                                                                                  or specifics.quantities)

    def declared_gap(self, specifics: Specifics) -> str | None:
        stated = {f"{kind}: {tag}" for kind, tag in specifics.tags}
        return next((gap.id for gap in self.knowledge.gaps.values() if stated & set(gap.specifics)), None)

    def _missing_evidence(self, policy, review: ClaimReview) -> ClaimReview:
        """The review to quote for a withdrawn verdict: the one matched, when it is itself about missing
        evidence or says what is missing (a partly supported one); else the type's review about what is missing."""
        if review.verdict != "supported" or policy.missing_evidence is None:
            return review
        return self.knowledge.reviews.get(policy.missing_evidence, review)

    def _shown_by_research(self, claim_type: str, review: ClaimReview) -> frozenset[tuple[str, str]]:
        """What saying that research shows a claim ("studies show") adds, true of a claim of the review's own type."""
        return self._research_shown[review.id] if review.type == claim_type else frozenset()

    def _compare(self, may_differ: list[str], specifics: Specifics, review_id: str,
                 also_true: frozenset[tuple[str, str]] = frozenset()) -> tuple[SpecificsCompared, ...]:
        judged = self._judged[review_id]
        judged = replace(judged, tags=judged.tags | also_true) if also_true else judged
        compared = []
        for kind in specifics.kinds():
            if kind in may_differ:
                # What the sources do not address, and a harm named, are never judged regardless ("relieving pain"
                # is not the pain felt in a session, "no risk of cancer" not "no side effects reported").
                unaddressed = sorted(tag for tag in specifics.of_kind(kind) if (kind, tag) in self._unaddressed
                                     and (kind, tag) not in judged.tags)
                if unaddressed:
                    compared.append(SpecificsCompared(kind=kind, claim=unaddressed, review=[], lined_up=False))
                continue
            claim_side, review_side = sorted(specifics.of_kind(kind)), sorted(judged.of_kind(kind))
            if kind == "time":
                lined_up = all(any(mine.overlaps(theirs) for theirs in judged.times)
                               and not any(mine.bounds_against(theirs) for theirs in judged.times)
                               for mine in specifics.times)
            elif kind == "quantity":
                lined_up = all(any(lines_up_in_quantity(mine, theirs) for theirs in review_side) for mine in claim_side)
            else:
                lined_up = set(claim_side) <= set(review_side)
            compared.append(SpecificsCompared(kind=kind, claim=claim_side, review=review_side, lined_up=lined_up))
        return tuple(compared)

    def _against_minimum(self, text: str, specifics: Specifics, review_id: str) -> str | None:
        """Where the time frame a claim promises, without denying it, falls against the least time the evidence
        gives: one of its time frames wholly "before" ("in 3 weeks" against "at least 6–9 months", or "2 to 6
        months", which ends where the minimum begins), or one that "straddles" the minimum ("in 3 to 9 months");
        None when none comes sooner."""
        minimums = [t.low_days for t in self._established[review_id].times if t.at_least]
        # "You won't see results in 3 weeks" denies the promise; "no downtime, and results in 2 weeks" makes it.
        promised = self._time_terms | self._tag_terms({tag for tag in specifics.tags
                                                       if tag[0] in ("result", "outcome")})
        if not (specifics.times and minimums) or negated_terms(text)[0] & promised:
            return None
        minimum = min(minimums)
        sooner = [t for t in specifics.times
                  if not t.cycle and (t.high_days < minimum or t.low_days < t.high_days == minimum)]
        if sooner and self._gives_minimum(specifics, minimum):
            # "Promised growth in two months, but it takes at least 6–9 months": a claim that itself gives the
            # minimum sets the sooner time frame against it, which is not promising it.
            return "straddles"
        if sooner:
            return "before"
        return "straddles" if any(t.low_days < minimum for t in specifics.times if not t.cycle) else None

    @staticmethod
    def _gives_minimum(specifics: Specifics, minimum: float) -> bool:
        return any(minimum <= t.low_days for t in specifics.times)

    def _polarity(self, text: str, review: ClaimReview, match: Match) -> bool | None:
        """Whether the claim denies what the review's claim asserts; None when that is unclear.
        The claim's main clause (not its reasons: "since it's not ibuprofen") is read against the phrasing of
        the review's claim it reads best against and, when the review has opposites ("eat before" for "fast
        before"), against the closest opposite too. The two readings must agree; if not, a reading on a
        specific both name beats one on shared words, then the phrasing the claim covers more of decides."""
        clause = main_clause(text)
        # What a claim concedes is read when the predicates it shares with the review, of kinds its type judges, are
        # all there ("hailed as a miracle cure, although they are not FDA approved"; "While there are no FDA-approved
        # indications, doctors expect many uses").
        conceded_only = clause != text and self._conceded_only(text, clause, review)
        text = self._antonyms_as_negations(not_until_as_when(
            main_clause(text, conceded=True) if conceded_only else clause))
        if has_nested_negation(text):
            return None
        if self._denies_in_an_antonym(clause, review):
            return True
        claim_tags = extract(self.topic, text).tags
        if review.verdict == "unproven" and denies_knowledge(text) \
                and not any(self._tag_negated(text, tag) for tag in claim_tags if tag[0] == "outcome") \
                and all(self._tag_negated(text, tag) for tag in claim_tags if tag[0] in STRONG_PREDICATE_KINDS):
            # "Lacks clinical evidence, standardized protocols and guideline support for hair restoration" denies
            # that what the review found unproven is known, whether or not its outcome is inside the negation; "don't
            # regrow hair, and there is no evidence" denies the outcome itself, and "PRP shows better results; trials
            # remain limited" asserts a predicate outside the denial.
            return True
        closest = self._read[match.phrasing.text]
        readings = []
        for side, texts in ((False, (review.claim, *review.paraphrases)), (True, review.opposites)):
            options = []
            for phrasing in (self._read[phrasing] for phrasing in texts):
                polarity, by_specific = self._polarity_against(text, claim_tags, phrasing, side)
                options.append(((by_specific, *self._coverage(text, phrasing), phrasing == closest), polarity))
            if options:
                rank, polarity = max(options, key=lambda option: option[0])
                readings.append((rank[:3], polarity))
        if len(readings) == 2 and readings[0][1] != readings[1][1]:
            if readings[0][0] == readings[1][0]:
                return None
            return max(readings, key=lambda reading: reading[0])[1]
        return readings[0][1]

    def _denies_in_an_antonym(self, clause: str, review: ClaimReview) -> bool:
        """"Marketed as cell-based regenerative medicine" says the opposite of the "cell-free" that the review's
        claim or a paraphrase of it asserts, however much else the two share; a claim that also names that word, or
        denies anything in words of its own, is read as usual."""
        if negated_terms(clause)[0]:
            return False
        for lexicon, means, _ in self._antonyms:
            opposite = re.compile(rf"\b{re.escape(means.removeprefix('not '))}\b", re.IGNORECASE)
            asserted = any(not negated_at(phrasing, found.start()) for phrasing in (review.claim, *review.paraphrases)
                           for found in opposite.finditer(phrasing))
            if means.startswith("not ") and asserted and lexicon.search(clause) \
                    and not opposite.search(lexicon.blank(clause)):
                return True
        return False

    def _conceded_only(self, text: str, clause: str, review: ClaimReview) -> bool:
        """Whether the predicates the review's type judges that the claim states are all outside its main clause."""
        may_differ = self.topic.policy.types[review.type].may_differ
        judged = {tag for tag in self._judged[review.id].tags if tag[0] in PREDICATE_KINDS and tag[0] not in may_differ}
        return bool(extract(self.topic, text).tags & judged) and not extract(self.topic, clause).tags & judged

    def _polarity_against(self, text: str, claim_tags: frozenset, phrasing: str,
                          opposite: bool) -> tuple[bool | None, bool]:
        """Whether the claim denies this phrasing (or, for an opposite, asserts it), and whether that was read
        on a specific both state. None when the claim negates words the phrasing never uses, or negates some
        of the shared words and asserts others."""
        # Read the negation on what carries the assertion: the specifics both state ("grab breakfast" and
        # "don't eat" both name eating), when each is plainly asserted or denied in both texts.
        # What the subject is, denied, is read against the evidence that excludes it (_excluded), not as the whole
        # claim's polarity ("not cells themselves; ..., DNA-free, ..., with a favourable safety profile").
        # Nor what the claim names before its negation: its subject ("stem-cell exosomes have not reached ...").
        subject, named = terms_before_negation(text) - predicate_terms(text), set(content_terms(text))
        both = {tag for tag in claim_tags & self._read_tags[phrasing]
                if tag[0] not in ARGUMENT_KINDS and tag[0] not in self.topic.words.identity_kinds
                and not self._tag_terms({tag}) & named <= subject}
        by_specific = {(self._tag_negated(text, tag), self._tag_negated(phrasing, tag)) for tag in both}
        if by_specific and None not in {side for pair in by_specific for side in pair} \
                and len({mine != theirs for mine, theirs in by_specific}) == 1:
            mine, theirs = next(iter(by_specific))
            return (mine != theirs) != opposite, True
        return self._polarity_on_words(text, both, phrasing, opposite), False

    def _polarity_on_words(self, text: str, both: set[tuple[str, str]], phrasing: str, opposite: bool) -> bool | None:
        inside, _ = negated_terms(text)
        shared = self._shared(text, phrasing)
        about = shared & self._tag_terms(both) or shared - self._argument_terms or shared
        if not shared:
            return None if inside else is_negated(phrasing) != opposite
        if inside and not inside & shared:
            return None
        # What either names before its negation is its subject, neither denied nor asserted.
        about = about - terms_before_negation(text) - terms_before_negation(phrasing) or about
        claim_inside = len(about & inside)
        if claim_inside and claim_inside * 2 == len(about):
            # Half denied: what the phrasing asserts of its subject decides, when the claim denies all of it or
            # none ("serums are not safe even on intact skin" against "serums on the skin are safe").
            about = about & predicate_terms(phrasing)
            if not about or 0 < len(about & inside) < len(about):
                return None
        return (is_negated(text, about) != is_negated(phrasing, about)) != opposite

    def _tag_negated(self, text: str, tag: tuple[str, str]) -> bool | None:
        """Whether the text denies this specific (its words only inside a negation's scope), asserts it (only
        outside), or both or neither (None)."""
        privative = [found for found in self.topic.specific_lexicons[tag].finditer(text)
                     if _PRIVATIVE.search(found.group(0))
                     or (tag[0] in self.topic.policy.promises and _SELF_DENYING.search(found.group(0)))]
        if privative:
            # "Pain-free", "risk free": the phrase is asserted or denied as a whole.
            denied = {negated_at(text, found.start()) for found in privative}
            return denied.pop() if len(denied) == 1 else None
        if tag[0] in self.topic.words.identity_kinds:
            # What the subject is, read where it is said: "exosomes are not stem cells" names cells in a phrase that
            # denies them, whatever the other words.
            readings = {is_negated(found.group(0)) != negated_at(text, found.start())
                        for found in self.topic.specific_lexicons[tag].finditer(text)
                        if not said_to_be_seldom_at(text, found.start())}
            return readings.pop() if len(readings) == 1 else None
        terms = self._tag_terms({tag})
        inside, outside = negated_terms(text)
        denied, asserted = bool(terms & inside), bool(terms & outside)
        return denied if denied != asserted else None

    def _antonyms_as_negations(self, text: str) -> str:
        for lexicon, means, denied in self._antonyms:
            if denied is not None:
                text = denied.sub(partial(_affirmed, means.removeprefix("not ")), text)
            text = lexicon.pattern.sub(means, text)
        return text

    def _tag_terms(self, tags: set[tuple[str, str]]) -> frozenset[str]:
        lexicon = self.topic.words.specifics
        return frozenset(term for kind, tag in tags for phrase in lexicon[kind][tag] for term in content_terms(phrase))

    def _coverage(self, text: str, phrasing: str) -> tuple[int, float, bool]:
        """How much of a phrasing the claim speaks to: shared words, then the share of the phrasing's words,
        then a phrasing without a negation of its own."""
        shared = self._shared(text, phrasing)
        own = distinguishing(content_terms(phrasing), self.topic.subject_terms)
        return len(shared), len(shared) / max(len(set(own)), 1), not is_negated(phrasing)

    def _shared(self, text: str, phrasing: str) -> frozenset[str]:
        subject = self.topic.subject_terms
        return frozenset(distinguishing(content_terms(text), subject)) & frozenset(
            distinguishing(content_terms(phrasing), subject))

    def combine(self, verdicts: list[Verdict]) -> tuple[Verdict, str]:
        """One verdict for a message: the parts' verdict when they agree, else the most cautious of them."""
        if len(set(verdicts)) == 1:
            return verdicts[0], "every part has the same verdict"
        order = self.topic.policy.caution_order
        ranked = sorted(verdicts, key=lambda verdict: order.index(verdict) if verdict in order else len(order))
        return ranked[0], "the parts disagree: the most cautious verdict stands"


@dataclass(frozen=True)
class _Quote:
    """A quote of the sources in a review, as a claim is compared with it."""
    terms: frozenset[str]
    tags: frozenset[tuple[str, str]]
    hedged: bool
    denies_knowledge: bool
    wanted: frozenset[str]
    """What it says research still wants, by the words describing it ("long-term follow-up studies")."""
    denied: frozenset[str]
    """What its main clause denies ("no known side effects ... have been reported")."""
    text: str


def _terms_of_kinds(topic: Topic, kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset(term for kind in kinds for phrases in topic.words.specifics.get(kind, {}).values()
                     for phrase in phrases for term in content_terms(phrase))


def _paper_marks(knowledge: Knowledge, subject_terms: frozenset[str]) -> dict[str, dict[str, float]]:
    """What names each paper, with its weight: an author's surname names it outright; its year, its kind ("systematic
    review"), each word of its title and each number its record gives ("the 2023 review of 16 studies"), by how few
    papers share it."""
    papers = {source_id: fields for source_id, fields in knowledge.sources.items()
              if fields.get("journal") and fields.get("year")}
    numbers = {source_id: set(_NUMBER_MARK.findall(_paper_text(knowledge, source_id))) for source_id in papers}
    shared = {source_id: {str(fields["year"]), *([fields["kind"]] if fields["kind"] != "unknown" else []),
                          *(set(content_terms(fields["title"].lower())) - subject_terms), *numbers[source_id]}
              for source_id, fields in papers.items()}
    held_by = {mark: sum(mark in marks for marks in shared.values()) for marks in shared.values() for mark in marks}
    # Given names say whom a surname is, and name no paper by themselves.
    return {source_id: {**{mark: 1 / held_by[mark] for mark in shared[source_id]},
                        **{given.strip(".").lower(): 0.0 for author in papers[source_id]["authors"]
                           for given in author.split()[:-1]},
                        **{author.split()[-1].lower(): NAMED_PAPER_SCORE for author in papers[source_id]["authors"]}}
            for source_id in papers}


# A number of two or more digits that a paper's record gives, not a year: what it counted ("16 studies").
_NUMBER_MARK = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{2,4}\b")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these stretches blanked, every other character where it stands."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _paper_facts(topic: Topic, knowledge: Knowledge, paper: str) -> dict[str, frozenset[str]]:
    """What a paper's record gives: its journal, year, volume, issue, pages, kind and authors' surnames, and the
    databases its entry says it searched."""
    fields = knowledge.sources[paper]
    kind = topic.paper_kind(fields["kind"])
    text = _paper_text(knowledge, paper)
    return {"journal": frozenset([fields["journal"].lower()] if fields["journal"] else []),
            "year": frozenset([str(fields["year"])] if fields["year"] else []),
            "kind": frozenset([kind] if kind else []),
            "databases": frozenset(database for database, lexicon in topic.paper_database_lexicons.items()
                                   if lexicon.search(text)),
            "authors": frozenset(author.split()[-1].lower() for author in fields.get("authors") or ()),
            **{fact: frozenset([_page_range(str(fields[fact]))] if fields.get(fact) else [])
               for fact in ("volume", "issue", "pages")}}


def _paper_text(knowledge: Knowledge, paper: str) -> str:
    """Everything the record of a paper says, its passages joined."""
    return " ".join(passage.page_content for passage in knowledge.passages.values()
                    if passage.metadata.get("source_id") == paper)


def _page_range(text: str) -> str:
    """"3219–3225", "3219 - 3225" and "3219 to page 3225" as one spelling."""
    return re.sub(r"\s*(?:[-\u2013\u2014]|\bto\b|\bthrough\b)\s*(?:pages?\s*)?", "-", text.strip())


def _journal(found: re.Match) -> str:
    """The journal a match of `_journals_named` names, in lower case."""
    return (found.group("journal") or found.group("single") or found.group("titled")).lower()


def _journals_named(knowledge: Knowledge, paper_nouns: list[str]) -> re.Pattern:
    """The sources' journals, named in a text: a name of one word ("Cells") only after a word that says it is a
    journal's ("published in Cells", "the journal Cells") or before a noun for a paper in it ("the Cells paper")."""
    names = sorted({fields["journal"] for fields in knowledge.sources.values() if fields.get("journal")}, key=len,
                   reverse=True)
    long = "|".join(re.escape(name) for name in names if " " in name)
    single = "|".join(re.escape(name) for name in names if " " not in name)
    published = r"(?:(?:was\s+|were\s+|is\s+)?(?:published|appeared|came out|printed)\s+in|journal)\s+(?:the\s+)?" \
                r"(?:journal\s+)?"
    return re.compile(rf"(?:{published})?\b(?P<journal>{long})\b|{published}(?P<single>{single})\b|"
                      rf"\b(?P<titled>{single})(?=\s+(?:{'|'.join(map(re.escape, paper_nouns))})\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _aside_numbers(text: str) -> frozenset[str]:
    """The numbers a claim gives in an aside ("vesicles (30 to 150 nm)"), as counts are written."""
    return frozenset(f"{float(number):g}" for aside in ASIDE.finditer(numbers_as_digits(text))
                     for number in re.findall(r"\d+(?:\.\d+)?", aside.group(0)))


def _short_of_every(time: TimeFrame, least: list[TimeFrame]) -> bool:
    """Whether a time frame ends before every least time on its side of the event begins."""
    beside = [theirs for theirs in least if time.on_the_side_of(theirs)]
    return bool(beside) and all(time.short_of(theirs) for theirs in beside)


def _union(items) -> Specifics:
    total = Specifics()
    for item in items:
        total = total.union(item)
    return total
