"""The live index version, loaded for answering: passages in Chroma, plus in-memory tables."""

from dataclasses import dataclass

import numpy as np
from langchain_chroma import Chroma
from langchain_community.retrievers import BM25Retriever
from langchain_core.documents import Document
from pydantic import ValidationError

from engine.language import content_terms
from index import store
from index.embedder import MODEL_NAME, embedding_dimension, get_embedder, load_query_model
from index.records import AUTHOR_SEPARATOR, ClaimReview, CoverageGap, Manifest, TypeExample
from index.settings import Settings

SOURCE_FIELDS = ("source_id", "title", "authors", "journal", "year", "volume", "issue", "pages", "kind", "basis")


@dataclass(frozen=True)
class SentenceRow:
    passage_id: str
    source_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Phrasing:
    entry_id: str
    kind: str  # claim, paraphrase, question, or gap
    text: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    manifest: Manifest
    passages: dict[str, Document]
    vectorstore: Chroma
    lexical: BM25Retriever
    sentences: tuple[SentenceRow, ...]
    sentence_vectors: np.ndarray
    sentences_by_passage: dict[str, tuple[int, ...]]
    phrasings: tuple[Phrasing, ...]
    phrasing_vectors: np.ndarray
    reviews: dict[str, ClaimReview]
    gaps: dict[str, CoverageGap]
    type_examples: tuple[str, ...]
    """The claim type of each row of `type_vectors`: examples, review phrasings and gap questions."""
    type_vectors: np.ndarray
    sources: dict[str, dict]
    """Bibliographic fields of each source, as stored on its passages."""

    @property
    def version(self) -> str:
        return self.manifest.version


def load_knowledge(settings: Settings) -> Knowledge:
    client = store.connect(settings)
    manifest = store.read_manifest(client, settings)
    if manifest is None:
        raise store.IndexUnavailable("no index has been built yet")
    problems = store.manifest_problems(client, settings, manifest, MODEL_NAME, embedding_dimension())
    if problems:
        raise store.IndexUnavailable(f"index version {manifest.version} cannot be used: {'; '.join(problems)}")
    load_query_model(settings.query_model_path, manifest.query_model_sha256)

    try:
        return _load_version(client, settings, manifest)
    except (ValidationError, KeyError) as error:
        raise store.IndexUnavailable(f"index version {manifest.version} holds records this code cannot read "
                                     f"({error.__class__.__name__}): run `python -m ingest` to rebuild it") from None


def _load_version(client, settings: Settings, manifest: Manifest) -> Knowledge:
    def collection(kind: str):
        return store.open_collection(client, store.collection_name(settings, kind, manifest.version))

    passages = {
        record_id: Document(id=record_id, page_content=fields["documents"], metadata=metadata)
        for record_id, fields, metadata in store.fetch_all(collection("passages"), ["documents", "metadatas"])
    }
    sentences, sentence_vectors = _sentences(collection("sentences"))
    phrasings, phrasing_vectors, reviews, gaps, examples, example_vectors = _phrasings(collection("phrasings"))
    entry_types = {key: entry.type for key, entry in [*reviews.items(), *gaps.items()]}
    by_passage: dict[str, list[int]] = {}
    for position, row in enumerate(sentences):
        by_passage.setdefault(row.passage_id, []).append(position)
    return Knowledge(
        manifest=manifest,
        passages=passages,
        vectorstore=Chroma(client=client, collection_name=store.collection_name(settings, "passages", manifest.version),
                           embedding_function=get_embedder(), create_collection_if_not_exists=False),
        lexical=BM25Retriever.from_documents(list(passages.values()), preprocess_func=content_terms, k=8),
        sentences=sentences,
        sentence_vectors=sentence_vectors,
        sentences_by_passage={key: tuple(value) for key, value in by_passage.items()},
        phrasings=phrasings,
        phrasing_vectors=phrasing_vectors,
        reviews=reviews,
        gaps=gaps,
        type_examples=tuple(examples) + tuple(entry_types[row.entry_id] for row in phrasings),
        type_vectors=np.vstack([example_vectors, phrasing_vectors]),
        sources={doc.metadata["source_id"]: _source_fields(doc.metadata) for doc in passages.values()},
    )


def _source_fields(metadata: dict) -> dict:
    fields = {key: metadata.get(key) for key in SOURCE_FIELDS}
    fields["authors"] = tuple(fields["authors"].split(AUTHOR_SEPARATOR)) if fields["authors"] else ()
    return fields


def _sentences(collection) -> tuple[tuple[SentenceRow, ...], np.ndarray]:
    rows, vectors = [], []
    for _, fields, metadata in store.fetch_all(collection, ["documents", "metadatas", "embeddings"]):
        rows.append(SentenceRow(metadata["passage_id"], metadata["source_id"], fields["documents"],
                                metadata["start"], metadata["end"]))
        vectors.append(fields["embeddings"])
    return tuple(rows), np.asarray(vectors, dtype=np.float32)


def _phrasings(collection):
    rows, vectors, reviews, gaps, examples, example_vectors = [], [], {}, {}, [], []
    for _, fields, metadata in store.fetch_all(collection, ["documents", "metadatas", "embeddings"]):
        entry_id, kind = metadata["entry_id"], metadata["kind"]
        if kind == "example":
            examples.append(TypeExample.model_validate_json(metadata["entry"]).type)
            example_vectors.append(fields["embeddings"])
            continue
        if kind == "gap":
            gaps.setdefault(entry_id, CoverageGap.model_validate_json(metadata["entry"]))
        else:
            reviews.setdefault(entry_id, ClaimReview.model_validate_json(metadata["entry"]))
        text = fields["documents"]
        rows.append(Phrasing(entry_id, kind, text, tuple(content_terms(text))))
        vectors.append(fields["embeddings"])
    return (tuple(rows), np.asarray(vectors, dtype=np.float32), reviews, gaps, examples,
            np.asarray(example_vectors, dtype=np.float32).reshape(-1, len(vectors[0]) if vectors else 0))
