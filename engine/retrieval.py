"""Hybrid retrieval: dense (Chroma) and lexical (BM25) ranks fused, spread across sources,
then the sentences inside the best passages that answer the question most closely."""

from dataclasses import dataclass

import httpx
import numpy as np
from chromadb.errors import ChromaError
from langchain_core.documents import Document

from engine.knowledge import Knowledge, SentenceRow
from engine.language import content_terms
from index.records import CITATION_ONLY
from index.store import IndexUnavailable

RRF_K = 60
CANDIDATES = 8
PER_SOURCE = 2
PASSAGES = 6
# Evidence sentences must be within this cosine distance of the best one.
RELATIVE_MARGIN = 0.1


@dataclass(frozen=True)
class Evidence:
    sentence: SentenceRow
    passage: Document
    similarity: float


def retrieve_passages(knowledge: Knowledge, question: str, query_vector: list[float],
                      limit: int = PASSAGES) -> list[Document]:
    try:
        dense = knowledge.vectorstore.similarity_search_by_vector(query_vector, k=CANDIDATES)
    except (httpx.HTTPError, ChromaError) as error:
        raise IndexUnavailable(f"the index server did not answer ({error.__class__.__name__})") from None
    lexical = _lexical_ranking(knowledge, question)
    fused: dict[str, float] = {}
    for ranking in ([doc.id for doc in dense], lexical):
        for rank, passage_id in enumerate(ranking):
            fused[passage_id] = fused.get(passage_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    ordered = sorted(fused, key=lambda pid: (-fused[pid], pid))
    return _spread_across_sources([knowledge.passages[pid] for pid in ordered if pid in knowledge.passages], limit)


def _lexical_ranking(knowledge: Knowledge, question: str) -> list[str]:
    """BM25 ranks, keeping only passages that share at least one term with the question."""
    terms = content_terms(question)
    if not terms:
        return []
    scores = knowledge.lexical.vectorizer.get_scores(terms)
    top = np.argsort(-scores, kind="stable")[:CANDIDATES]
    return [knowledge.lexical.docs[i].id for i in top if scores[i] > 0]


def _spread_across_sources(passages: list[Document], limit: int) -> list[Document]:
    chosen, per_source = [], {}
    for passage in passages:
        source = passage.metadata["source_id"]
        if per_source.get(source, 0) < PER_SOURCE:
            chosen.append(passage)
            per_source[source] = per_source.get(source, 0) + 1
        if len(chosen) == limit:
            break
    return chosen


def quotable(passages: list[Document]) -> list[Document]:
    """A citation-only entry states no findings, so none of its passages is evidence for an answer."""
    return [p for p in passages if p.metadata["basis"] != CITATION_ONLY]


def best_sentences(knowledge: Knowledge, passages: list[Document], query_vector: list[float],
                   limit: int = 3) -> list[Evidence]:
    """The sentences of these passages closest in meaning to the question, best first; a sentence much
    further from the question than the best one is left out rather than quoted as filler."""
    by_id = {passage.id: passage for passage in passages}
    positions = [i for passage in passages for i in knowledge.sentences_by_passage.get(passage.id, ())]
    if not positions:
        return []
    similarities = knowledge.sentence_vectors[positions] @ np.asarray(query_vector, dtype=np.float32)
    order = np.argsort(-similarities, kind="stable")[:limit]
    order = [i for i in order if similarities[i] >= similarities[order[0]] - RELATIVE_MARGIN]
    return [
        Evidence(knowledge.sentences[positions[i]], by_id[knowledge.sentences[positions[i]].passage_id],
                 float(similarities[i]))
        for i in order
    ]
