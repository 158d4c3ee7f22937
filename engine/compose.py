"""Assemble answer text and numbered citations; every sentence that states evidence carries [n]."""

import re
from dataclasses import dataclass, replace

from engine.knowledge import Knowledge
from engine.models import Answer, Citation, Mode, Trace
from engine.prompts import Prompts
from engine.retrieval import Evidence as SentenceEvidence
from engine.safety import SafetyReading
from index.records import ClaimReview, Evidence, Verdict
from index.sentences import CITATION_MARKER, sentence_spans

MAX_SENTENCES = 4
# How much of a part an answer to several parts shows before its lead.
PART_SHOWN = 80
# Normalising lowers a lone "i"; shown back to the reader, it is "I".
_LOWER_I = re.compile(r"\bi\b(?!['’])|\bi(?=['’])")


@dataclass(frozen=True)
class Body:
    """The verdict and sentences before safety lines are added; markers number `citations` from 1."""

    verdict: Verdict
    sentences: tuple[str, ...]
    citations: tuple[Citation, ...] = ()
    review_id: str | None = None
    mode: Mode = "extractive"
    keep_first: bool = False


def split_sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def from_review(knowledge: Knowledge, review: ClaimReview, verdict: Verdict, lead: str) -> Body:
    citations = tuple(_citation(knowledge, n, item) for n, item in enumerate(review.evidence, start=1))
    sentences = ([lead] if lead else []) + split_sentences(review.explanation)
    return Body(verdict, tuple(sentences), citations, review.id, keep_first=bool(lead))


def from_judgement(prompts: Prompts, knowledge: Knowledge, judgement, asked: bool) -> Body:
    """A claim's verdict, its direct lead, and the review it rests on (or the review about missing evidence)."""
    if judgement.verdict == "not_covered":
        topic = knowledge.gaps[judgement.gap_id].topic if judgement.gap_id else prompts.text("unmatched_question")
        return not_covered(prompts, topic)
    lead = prompts.verdict_lead(judgement.verdict, asked_as_question=asked)
    if judgement.review is None:
        return Body(judgement.verdict, (lead,), keep_first=True)
    body = from_review(knowledge, judgement.review, judgement.verdict, lead=lead)
    if not judgement.unjudged:
        return body
    named = prompts.table("verdicts")["unjudged_kinds"]
    unjudged = prompts.text("unjudged_specifics").format(
        specifics=", ".join(named.get(value, value) for value in judgement.unjudged))
    return Body(body.verdict, (body.sentences[0], unjudged, *body.sentences[1:]), body.citations, body.review_id,
                keep_first=True)


def from_sentences(prompts: Prompts, knowledge: Knowledge, evidence: list[SentenceEvidence]) -> Body:
    template = prompts.text("extractive_quote")
    citations, sentences = [], []
    for n, item in enumerate(evidence, start=1):
        source = knowledge.sources[item.sentence.source_id]
        citations.append(Citation(
            n=n, **source, section=item.passage.metadata["section"], quote=item.sentence.text,
            start=item.sentence.start, end=item.sentence.end,
        ))
        # The sources' own sentence, stated as the answer, with its marker: an answer, not a list of quotes.
        sentences.append(template.format(statement=item.sentence.text.rstrip(" .!?"), n=n))
    return Body("informational", tuple(sentences), tuple(citations))


def not_covered(prompts: Prompts, topic: str) -> Body:
    return Body("not_covered", (prompts.text("not_covered").format(topic=topic), prompts.text("covered_topics")))


def out_of_scope(prompts: Prompts, reason: str = "out_of_scope") -> Body:
    """Outside what the tool covers: the topic (`out_of_scope`) or the language (`not_english`)."""
    return Body("out_of_scope", (prompts.text(reason),))


def combine(prompts: Prompts, bodies: list[Body], parts: list[str], verdict: Verdict,
            sentences_each: int = 2) -> Body:
    """One body answering several parts in turn, under the message's verdict; each lead names its part."""
    sentences, citations, shown = [], [], set()
    for body, part in zip(bodies, parts, strict=True):
        # Each part is named before its answer, whether the answer leads with a verdict ("no.") or opens with what
        # the sources say ("each hair cycle lasts about three months ...").
        if body.sentences:
            body = replace(body, sentences=(_part_lead(prompts, part, body.sentences[0]), *body.sentences[1:]))
        offset = len(citations)
        shift = lambda marker, offset=offset: f"[{int(marker.group(1)) + offset}]"  # noqa: E731
        # A part resting on a review whose explanation is already shown gives only its lead ("That's not right.").
        taken = [sentence for sentence in body.sentences[:sentences_each] if (body.review_id, sentence) not in shown]
        shown |= {(body.review_id, sentence) for sentence in taken}
        sentences += [CITATION_MARKER.sub(shift, sentence) for sentence in taken]
        citations += [citation.model_copy(update={"n": citation.n + offset}) for citation in body.citations]
    reviews = [body.review_id for body in bodies if body.review_id]
    return Body(verdict, tuple(sentences), tuple(citations),
                review_id=reviews[0] if reviews else None,
                mode="llm" if any(body.mode == "llm" for body in bodies) else "extractive")


def _part_lead(prompts: Prompts, part: str, lead: str) -> str:
    part = _LOWER_I.sub("I", part.strip(" ?!."))
    if len(part) > PART_SHOWN:
        part = part[:PART_SHOWN].rsplit(" ", 1)[0] + "…"
    # "FDA", "NSAIDs": a word in capitals keeps them.
    lead = lead[0].lower() + lead[1:] if lead[1:2].islower() else lead
    return prompts.table("verdicts")["part_lead"].format(part=part[0].upper() + part[1:], lead=lead)


def _citation(knowledge: Knowledge, n: int, evidence: Evidence) -> Citation:
    return Citation(n=n, **knowledge.sources[evidence.source_id], section=evidence.section,
                    quote=evidence.quote, start=evidence.start, end=evidence.end)


def finish(prompts: Prompts, knowledge: Knowledge, question: str, reading: SafetyReading, body: Body,
           trace: Trace, asked: bool) -> Answer:
    """Add safety lines, keep within the sentence budget, and renumber citations in reading order."""
    before = [prompts.text("urgent_care")] if "urgent_care" in reading.flags else []
    after = [prompts.text("personal_advice")] if "personal_advice" in reading.flags else []
    room = max(1 + body.keep_first, MAX_SENTENCES - len(before) - len(after))
    kept = list(body.sentences[:room])
    text, citations = _renumber(" ".join(kept), body.citations)
    return Answer(
        question=question,
        verdict=body.verdict,
        asked=asked,
        answer=" ".join([*before, text, *after]).strip(),
        citations=citations,
        safety=list(reading.flags),
        mode=body.mode,
        review_id=body.review_id,
        index_version=knowledge.version,
        trace=trace,
    )


def _renumber(text: str, citations: tuple[Citation, ...]) -> tuple[str, list[Citation]]:
    """Drop markers that name no citation and citations no marker names; number from 1 in order of use."""
    by_number = {citation.n: citation for citation in citations}
    order: list[int] = []
    for number in (int(n) for n in CITATION_MARKER.findall(text)):
        if number in by_number and number not in order:
            order.append(number)
    new_number = {old: new for new, old in enumerate(order, start=1)}

    def renumbered_marker(marker: re.Match) -> str:
        number = int(marker.group(1))
        return f"[{new_number[number]}]" if number in new_number else ""

    renumbered = re.sub(r"\s*\[(\d+)\]",
                        lambda m: (" " + renumbered_marker(m)) if renumbered_marker(m) else "", text)
    return renumbered, [by_number[old].model_copy(update={"n": new}) for old, new in new_number.items()]
