"""Question in, Answer out: safety reading, review matching, retrieval, verdict, assembly."""

import re
import threading
from collections import OrderedDict
from functools import lru_cache

from engine import compose
from engine.errors import check_question
from engine.generation import Generator
from engine.knowledge import Knowledge, load_knowledge
from engine.language import about_the_product, content_terms, is_open_question, split_questions, words
from engine.matching import Match, best_match, distinguishing, negates
from engine.models import Answer
from engine.prompts import Prompts
from engine.retrieval import best_sentences, quotable, retrieve_passages
from engine.safety import SafetyReading, read_safety
from engine.scope import mentions_domain
from index.embedder import get_embedder
from index.settings import Settings

# Below this, the closest sentence is not evidence for the question: say it is not covered.
EVIDENCE_THRESHOLD = 0.5
# A sentence that shares no distinguishing word with the question must be at least this close in meaning.
UNSHARED_EVIDENCE_THRESHOLD = 0.65
# A question with no word of the domain is still in scope when it is this close to a reviewed claim.
SCOPE_SIMILARITY = 0.7
_SPACES = re.compile(r"\s+")
ANSWER_CACHE_SIZE = 4096


class Engine:
    def __init__(self, settings: Settings | None = None, generator: Generator | None = None):
        self.settings = settings or Settings.from_env()
        self.prompts = Prompts.from_settings(self.settings)
        self.knowledge: Knowledge = load_knowledge(self.settings)
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
        """Answer one phrasing of the index and search the passages for it, once, before the app says it is
        ready: the first questions then find the query model, Chroma's vector index and every table in use."""
        sample = (self.knowledge.phrasings[0] if self.knowledge.phrasings else self.knowledge.sentences[0]).text
        self._answer(sample)
        vector = self._embed(sample)
        best_sentences(self.knowledge, quotable(retrieve_passages(self.knowledge, sample, vector)), vector)

    def _answer(self, question: str) -> Answer:
        reading = read_safety(question)
        plain = _SPACES.sub(" ", reading.question_for_matching).strip()
        bodies = [self._answer_one(part, reading) for part in split_questions(plain)]
        body = bodies[0] if len(bodies) == 1 else compose.combine(bodies)
        return compose.finish(self.prompts, self.knowledge, question, reading, body)

    def _answer_one(self, plain: str, reading: SafetyReading) -> compose.Body:
        text = about_the_product(plain, names_a_topic=mentions_domain(plain))
        vector = self._embed(text)
        topic_only = len(words(plain)) <= 2
        match = best_match(self.knowledge, text, vector, form=_form(plain, topic_only))
        if not mentions_domain(plain) and not reading.flags and match.similarity < SCOPE_SIMILARITY:
            return compose.out_of_scope(self.prompts)
        if match.confident:
            return self._from_match(text, match, reading, topic_only=topic_only)
        return self._from_retrieval(text, vector, reading)

    def _embed(self, text: str) -> list[float]:
        return list(_embed_query(text.lower()))

    def _from_match(self, text: str, match: Match, reading: SafetyReading, topic_only: bool) -> compose.Body:
        if match.is_gap:
            return compose.not_covered(self.prompts, self.knowledge.gaps[match.phrasing.entry_id].topic)
        review = self.knowledge.reviews[match.phrasing.entry_id]
        # Only a claim is judged; a bare topic ("side effects"), an open question, or a message about
        # urgent symptoms or a personal decision is answered with what the sources say.
        judged = (match.phrasing.kind != "question" and not is_open_question(text) and not topic_only
                  and not set(reading.flags) & {"urgent_care", "personal_advice"})
        if not judged:
            return compose.from_review(self.knowledge, review, "informational", lead="")
        verdict = review.verdict_for(negates(text, match))
        asked = text.rstrip().endswith("?")
        return compose.from_review(self.knowledge, review, verdict,
                                   lead=self.prompts.verdict_lead(verdict, asked_as_question=asked))

    def _from_retrieval(self, text: str, vector: list[float], reading: SafetyReading) -> compose.Body:
        passages = quotable(retrieve_passages(self.knowledge, text, vector))
        evidence = best_sentences(self.knowledge, passages, vector)
        terms = set(distinguishing(content_terms(text)))
        usable = [item for item in evidence if item.similarity >= EVIDENCE_THRESHOLD
                  and (item.similarity >= UNSHARED_EVIDENCE_THRESHOLD
                       or terms & set(distinguishing(content_terms(item.sentence.text))))]
        if not usable:
            return compose.not_covered(self.prompts, self.prompts.text("unmatched_question"))
        if self.generator is not None and "prompt_injection" not in reading.flags:
            generated = self.generator.answer(text, passages, self.knowledge)
            if generated is not None:
                return generated
        return compose.from_sentences(self.prompts, self.knowledge, usable)


def _form(plain: str, topic_only: bool) -> str:
    """statement, yes_no or open: what kind of matching the input calls for."""
    if topic_only or is_open_question(plain):
        return "open"
    return "yes_no" if plain.endswith("?") else "statement"


@lru_cache(maxsize=4096)
def _embed_query(text: str) -> tuple[float, ...]:
    return tuple(get_embedder().embed_query(text))
