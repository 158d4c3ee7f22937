"""Message in, Answer out: safety → normalise → parts → claim type → specifics → evidence → verdict → compose."""

import threading
from collections import OrderedDict
from functools import lru_cache
from itertools import pairwise

import numpy as np

from engine import compose
from engine.claim_type import classify
from engine.errors import check_question
from engine.evidence import gap_wins, ranked_matches
from engine.generation import Generator
from engine.knowledge import Knowledge, load_knowledge
from engine.language import (
    about_the_product,
    asks_about_what_was_said,
    content_terms,
    is_elliptical,
    is_open_question,
    mentions_domain,
    names_subject,
    predicate_terms,
    refers_back,
    stem,
    words,
)
from engine.models import Answer, EvidenceScore, PartTrace, Trace
from engine.normalise import Normaliser
from engine.parts import Part, other_treatment_opening, split_parts
from engine.prompts import Prompts
from engine.retrieval import best_sentences, quotable, retrieve_passages
from engine.safety import SafetyExamples, SafetyReading, read_safety
from engine.specifics import extract
from engine.verdict import Judgement, Policy
from index.embedder import get_embedder
from index.settings import Settings
from index.topic import load_topic

# Below this, the closest sentence is not evidence for the question: say it is not covered.
EVIDENCE_THRESHOLD = 0.5
# A sentence that shares no distinguishing word with the question must be at least this close in meaning.
UNSHARED_EVIDENCE_THRESHOLD = 0.65
# A question with no word of the domain is still in scope when it is this close to a reviewed claim.
SCOPE_SIMILARITY = 0.7
ANSWER_CACHE_SIZE = 4096
# Flags under which a yes/no question is answered with what the sources say rather than judged.
ANSWERED_NOT_JUDGED = frozenset({"urgent_care", "personal_advice"})
# The claim type of a personal question whose answer no source can give for one person: is it safe for me?
PERSONAL_RISK_TYPE = "safety"


class Engine:
    def __init__(self, settings: Settings | None = None, generator: Generator | None = None):
        self.settings = settings or Settings.from_env()
        self.prompts = Prompts.from_settings(self.settings)
        self.knowledge: Knowledge = load_knowledge(self.settings)
        self.topic = load_topic(self.settings.corpus_dir)
        self.normaliser = Normaliser(self.topic, _corpus_words(self.knowledge))
        self.policy = Policy(self.topic, self.knowledge, self.normaliser.apply_synonyms)
        self.safety_examples = SafetyExamples(self.topic, _embed_query)
        self.generator = generator if generator is not None else Generator.from_env(self.prompts)
        self._answers: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        self._lock = threading.Lock()

    def ask(self, question: str, fresh: bool = False) -> Answer:
        """The answer; a question asked before (ignoring case and spacing) is answered from memory unless
        `fresh` asks for it to be worked out again (QA repeats, latency measurements)."""
        check_question(question, self.prompts)
        key = (" ".join(question.split()).casefold(), self.knowledge.version)
        with self._lock:
            remembered = None if fresh else self._answers.get(key)
            if remembered is not None:
                self._answers.move_to_end(key)
                return remembered.model_copy(update={"question": question})
        answer = self._answer(question)
        with self._lock:
            self._answers[key] = answer
            if len(self._answers) > ANSWER_CACHE_SIZE:
                self._answers.popitem(last=False)
        return answer

    def warm_up(self) -> None:
        """Build the spelling dictionary, answer one phrasing of the index and search the passages for it,
        once, before the app says it is ready: the first questions then find the query model, Chroma's vector
        index, the speller and every table in use."""
        self.normaliser.warm_up()
        sample = (self.knowledge.phrasings[0] if self.knowledge.phrasings else self.knowledge.sentences[0]).text
        self._answer(sample)
        vector = _embed_query(sample.lower())
        best_sentences(self.knowledge, quotable(retrieve_passages(self.knowledge, sample, vector.tolist())), vector)

    def _answer(self, question: str) -> Answer:
        reading = read_safety(self.topic, self.normaliser.expand_shorthand(question), self.safety_examples)
        normalised = self.normaliser.normalise(reading.question_for_matching)
        parts = split_parts(self.topic, normalised, self._mentions_domain) or [_whole(normalised)]
        # A part that names no word of the domain ("should she wait till after?") is still about it when the
        # message is.
        message_in_domain = self._mentions_domain(normalised)
        english = self.normaliser.reads_as_english(reading.question_for_matching)
        message_gap = self.policy.declared_gap(extract(self.topic, normalised))
        about_subject = names_subject(normalised, self.topic.words.subject)
        # A page about another treatment ("PRP injections are done in 4 sessions. Results are not expected
        # immediately."): a claim in it that names no subject of its own goes on about that treatment.
        about_other = not about_subject and parts[0].kind == "claim" \
            and other_treatment_opening(self.topic, parts[0].text) is not None
        answered = []
        for part in parts:
            answered.append(self._answer_part(part, reading, message_in_domain, english, message_gap, about_subject,
                                              about_other))
            # "Is it for men and women both? And does your age matter?": once a part was about the subject, so is
            # the rest of the message.
            message_in_domain = message_in_domain or answered[-1][1].verdict != "out_of_scope"
        # A question the message goes on to answer itself ("Are exosomes FDA approved? They are not currently
        # approved for any use."), as a page's heading does: the claim that answers it is what is checked.
        headings = {position for position, ((_, asked), (_, following)) in enumerate(pairwise(answered))
                    if _answered_by(asked, following)}
        # A reason a claim gives ("... because they are natural") decides it only when the sources deny the reason.
        idle_reasons = {position for position, (part, (_, trace)) in enumerate(zip(parts, answered, strict=True))
                        if part.gives_reason and trace.verdict != "contradicted"}
        answering = [(part, body, trace) for position, (part, (body, trace))
                     in enumerate(zip(parts, answered, strict=True)) if position not in headings | idle_reasons]
        bodies = [body for _, body, _ in answering]
        judged = [trace for _, _, trace in answering
                  if trace.kind in ("claim", "yes_no") and trace.verdict != "out_of_scope"]
        # Several questions, each with its answer: the message has one verdict only when the answers take one stance
        # ("Is it FDA approved, and how soon will I see results?" is answered "No" and then "6–9 months"). A part
        # that details, guesses at or qualifies the one before it is that part's, not a question of its own.
        questions = [trace for part, _, trace in answering if not part.follows_up and trace.verdict != "out_of_scope"]
        stances = {self.topic.policy.stances[trace.verdict] for trace in questions}
        if len(stances) > 1 and all(part.kind in ("yes_no", "open") for part, _, _ in answering):
            verdict, rule = "informational", "the questions have answers of different stances: each is answered in turn"
            deciding = questions
        elif judged:
            verdict, rule = self.policy.combine([trace.verdict for trace in judged])
            deciding = [trace for trace in judged if trace.verdict == verdict]
        else:
            # A statement with nothing to check ("A friend did exosomes and loves it") decides no message that asks,
            # unless what is asked is about it ("anything in your sources about that?").
            asking = [(part, trace) for part, _, trace in answering
                      if part.kind != "claim" or trace.verdict != "not_covered"]
            if not asking or asks_about_what_was_said(asking[0][0].text):
                asking = [(part, trace) for part, _, trace in answering]
            first = asking[0][1]
            verdict, rule, deciding = first.verdict, "the first question's verdict", [first]
        body = bodies[0] if len(bodies) == 1 else compose.combine(self.prompts, bodies,
                                                                  [part.text for part, _, _ in answering], verdict)
        trace = Trace(normalised=normalised, rule=rule, parts=[
            trace.model_copy(update={"rule": "a question the claim after it answers: that claim is checked"})
            if position in headings else
            trace.model_copy(update={"rule": f"{trace.rule}; a reason the claim gives that the sources do not deny, "
                                             "so it does not decide the claim"})
            if position in idle_reasons else trace for position, (_, trace) in enumerate(answered)])
        # The verdict reads as "Yes."/"No." only when every part it stands on was asked as a yes/no question.
        asked = all(part.kind == "yes_no" for part in deciding)
        return compose.finish(self.prompts, self.knowledge, question, reading, body, trace, asked)

    def _mentions_domain(self, text: str) -> bool:
        # A cited paper, named by its author ("Kost searched only PubMed"), is the domain's own.
        return mentions_domain(text, self.topic.domain_prefixes) or self.policy.named_paper(text) is not None

    def _answer_part(self, part: Part, reading: SafetyReading, message_in_domain: bool, english: bool,
                     message_gap: str | None, about_subject: bool, about_other: bool) -> tuple[compose.Body, PartTrace]:
        """`message_gap`: a topic the sources do not address that the whole message names, which a part saying
        nothing of its own is about ("When can I wash my hair? The sheet says 24 hrs, my friend says 3 days").
        `about_subject`: whether the message names the subject; `about_other`: whether, not naming it, it opens on
        a claim about another treatment."""
        in_domain = self._mentions_domain(part.text) or (message_in_domain and len(words(part.text)) > 2)
        text = about_the_product(part.text, self.topic.words.subject, names_a_topic=in_domain)
        vector = _embed_query(text.lower())
        specifics = extract(self.topic, text)
        # One or two words besides the subject's name a topic ("side effects?", "exosome side effects??"), unless they
        # state what is checked ("Zero risk.", "eat first?", "FDA approved?"); a thing named without a question mark
        # ("exosome nsaids") is a topic too, what is said of it ("painless") is not.
        named = [word for word in words(part.text) if stem(word) not in self.topic.subject_terms]
        checked = self.policy.states_an_attribute(specifics) or (
            part.text.rstrip().endswith("?") and self.policy.states_a_strong_predicate(specifics))
        topic_only = (len(named) <= 2 and not predicate_terms(part.text) and not checked) or is_elliptical(part.text)
        judged = part.kind in ("claim", "yes_no") and not topic_only and not set(reading.flags) & ANSWERED_NOT_JUDGED
        claim_type, votes = classify(self.knowledge, vector)
        stated_type = "safety" if self.topic.asks_in_general(text) else self.topic.policy.type_stated_by(specifics.tags)
        if stated_type is not None:
            # "Can it cause …?" asks about risks whatever the symptom named; "better than PRP" compares.
            claim_type, votes = stated_type, {**votes, stated_type: max(votes.values(), default=1.0)}
        matches = ranked_matches(self.knowledge, text, vector, self.topic.subject_terms, include_questions=not judged,
                                 kept=self.policy.judges_of_what_is_stated(specifics, claim_type, votes))
        trace = dict(text=text, kind=part.kind if judged or part.kind in ("open", "symptom") else "open",
                     claim_type=claim_type, type_votes=votes, specifics=specifics.described(),
                     candidates=[EvidenceScore(entry_id=m.entry_id, text=m.phrasing.text, score=round(m.score, 4))
                                 for m in matches])
        if not english and not reading.flags:
            return compose.out_of_scope(self.prompts, "not_english"), PartTrace(**trace, rule="not written in English",
                                                                 verdict="out_of_scope")
        if not in_domain and not reading.flags and (not matches or matches[0].similarity < SCOPE_SIMILARITY):
            return compose.out_of_scope(self.prompts), PartTrace(**trace, rule="no word of the domain and no close "
                                                                 "claim", verdict="out_of_scope")
        if judged:
            if message_gap is not None and specifics.states_numbers \
                    and not self.policy.asserts_beyond_numbers(specifics):
                judgement = Judgement("not_covered", "the part states nothing but numbers, in a message about a "
                                      "topic the sources do not address", gap_id=message_gap)
            elif about_other and part.kind == "claim":
                judgement = Judgement("not_covered", "a claim in a message about another treatment, which the "
                                      "sources do not assess", gap_id=self.topic.policy.other_treatment_gap)
            else:
                judgement = self.policy.judge_claim(text, claim_type, votes, specifics, matches,
                                                    asked=part.kind == "yes_no")
            if judgement.unmatched and judgement.verdict != "not_covered" and part.kind == "claim" \
                    and not about_subject and not refers_back(part.text) and not self.policy.names_a_benefit(specifics):
                # "Half of men in Italy show thinning by 50": background about something else, which no review is
                # close to and which names no benefit, not a claim about the treatment the sources fail to establish.
                # A question without the subject's name is still asked about it.
                judgement = Judgement("not_covered", "no review is close, and the message is neither about the "
                                      "subject nor names a benefit: a topic the sources do not address",
                                      unmatched=True)
            if judgement.unmatched and not self.policy.states_a_predicate(specifics) \
                    and not self._usable_evidence(text, vector)[1]:
                # Nothing in it to check ("Two things the clinic told me, true or not?"): it is answered as a
                # question the sources do not address, and does not decide a message that makes claims.
                judgement = Judgement("not_covered", "no review is close, the claim promises no benefit or "
                                      "safety, and no sentence of the sources speaks to it: a topic they do not "
                                      "address")
                trace["kind"] = "open"
            if part.kind == "yes_no" and judgement.unclear_of is not None:
                # Neither "yes" nor "no" can be read off a question that puts both sides ("eat first, or fast?"):
                # the review that judged all it names answers it, as an open question is answered.
                body = compose.from_review(self.knowledge, judgement.unclear_of, "informational", lead="")
                trace["kind"] = "open"
                return body, PartTrace(**trace, review_id=judgement.unclear_of.id,
                                       compared=list(judgement.compared), rule="a question that asks neither way: "
                                       "the explanation of the review that judged what it names", verdict=body.verdict)
            body = compose.from_judgement(self.prompts, self.knowledge, judgement, asked=part.kind == "yes_no")
            return body, PartTrace(**trace, review_id=judgement.review.id if judgement.review else judgement.gap_id,
                                   compared=list(judgement.compared), negated=judgement.negated, rule=judgement.rule,
                                   verdict=body.verdict)
        gap = gap_wins(matches)
        # "I'm still nursing. Is a facial ok for me?": the decision asked about is the one the background names.
        situation_gap = message_gap if "personal_advice" in reading.flags else None
        gap_id = gap.entry_id if gap is not None else self.policy.declared_gap(specifics) or situation_gap
        if gap_id is not None:
            body = compose.not_covered(self.prompts, self.knowledge.gaps[gap_id].topic)
            return body, PartTrace(**trace, review_id=gap_id, rule="a topic the sources do not address",
                                   verdict=body.verdict)
        answering = (self.topic.policy.symptom_review if part.kind == "symptom"
                     else matches[0].entry_id if matches and matches[0].confident
                     else self.policy.sole_judge_asked_about(specifics))
        if "personal_advice" in reading.flags and trace["kind"] == "open" and claim_type == PERSONAL_RISK_TYPE:
            # "Is a serum a safe choice for me, with my allergy?": no source establishes safety for one person;
            # the answer says so with what the sources do say. ("Should I get it?" is answered with the evidence.)
            review = self.knowledge.reviews[answering or self.topic.policy.types[claim_type].missing_evidence]
            body = compose.from_review(self.knowledge, review, "unproven",
                                       lead=self.prompts.text("personal_decision_lead"))
            return body, PartTrace(**trace, review_id=review.id, rule="a personal question about safety: the sources "
                                   "do not establish it for one person", verdict=body.verdict)
        if answering is not None:
            review = self.knowledge.reviews[answering]
            body = compose.from_review(self.knowledge, review, "informational", lead="")
            return body, PartTrace(**trace, review_id=review.id, rule="an open question: the closest review's "
                                   "explanation", verdict=body.verdict)
        if self.topic.policy.types[claim_type].open_unmatched == "not_covered":
            body = compose.not_covered(self.prompts, self.prompts.text("unmatched_question"))
            return body, PartTrace(**trace, rule=f"an open {claim_type} question no review answers: not covered",
                                   verdict=body.verdict)
        return self._from_retrieval(text, vector, reading, trace)

    def _usable_evidence(self, text: str, vector: np.ndarray):
        """The passages retrieved for a text, their closest sentences, and those close enough to be evidence."""
        passages = quotable(retrieve_passages(self.knowledge, text, vector.tolist()))
        evidence = best_sentences(self.knowledge, passages, vector)
        terms = set(content_terms(text)) - self.topic.subject_terms
        usable = [item for item in evidence if item.similarity >= EVIDENCE_THRESHOLD
                  and (item.similarity >= UNSHARED_EVIDENCE_THRESHOLD
                       or terms & (set(content_terms(item.sentence.text)) - self.topic.subject_terms))]
        return passages, usable, evidence

    def _from_retrieval(self, text: str, vector: np.ndarray, reading: SafetyReading,
                        trace: dict) -> tuple[compose.Body, PartTrace]:
        passages, usable, evidence = self._usable_evidence(text, vector)
        scores = [EvidenceScore(entry_id=item.sentence.passage_id, text=item.sentence.text,
                                score=round(item.similarity, 4)) for item in evidence]
        if not usable:
            body = compose.not_covered(self.prompts, self.prompts.text("unmatched_question"))
            return body, PartTrace(**trace, evidence=scores, rule="no sentence of the sources is close enough",
                                   verdict=body.verdict)
        body = None
        if self.generator is not None and "prompt_injection" not in reading.flags:
            body = self.generator.answer(text, passages, self.knowledge)
        body = body or compose.from_sentences(self.prompts, self.knowledge, usable)
        return body, PartTrace(**trace, evidence=scores, rule="an open question: the closest sentences of the "
                               "sources", verdict=body.verdict)


def _whole(text: str) -> Part:
    """A message with no recognisable claim or question is read whole."""
    if len(words(text)) <= 2 or is_open_question(text):
        return Part(text, "open")
    return Part(text, "yes_no" if text.rstrip().endswith("?") else "claim")


def _corpus_words(knowledge: Knowledge) -> set[str]:
    """Every word of the sources, the reviews and the sources' titles, authors and journals: "Kost" is a name."""
    texts = [row.text for row in knowledge.sentences] + [row.text for row in knowledge.phrasings] + [
        " ".join([source["title"] or "", source["journal"] or "", *source["authors"]])
        for source in knowledge.sources.values()]
    return {word for text in texts for word in words(text) if word.isalpha() and len(word) >= 3}


@lru_cache(maxsize=4096)
def _embed_query(text: str) -> np.ndarray:
    vector = np.asarray(get_embedder().embed_query(text), dtype=np.float32)
    vector.flags.writeable = False
    return vector


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _answered_by(asked: PartTrace, following: PartTrace) -> bool:
    """A yes/no question that the claim right after it answers: judged on the same review, with a verdict that
    decides (one withdrawn answers nothing). A question the writer asks for themselves ("Do I have to stop Advil?
    The nurse said ...") is theirs to have answered, not a heading."""
    return asked.kind == "yes_no" and following.kind == "claim" \
        and following.verdict in ("supported", "contradicted") \
        and asked.review_id is not None and asked.review_id == following.review_id \
        and not set(words(asked.text)) & _FIRST_PERSON
