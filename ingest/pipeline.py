"""Corpus → passages → a new index version, published only once complete."""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from chromadb.api import ClientAPI
from chromadb.errors import NotFoundError
from tqdm import tqdm

from index import store
from index.embedder import MODEL_NAME, embedding_dimension, file_sha256
from index.records import AUTHOR_SEPARATOR, ClaimReview, CoverageGap, Manifest, TypeExample
from index.settings import Settings
from index.topic import POLICY_FILE, SAFETY_FILE, SHORTHAND_FILE, TOPIC_FILE
from ingest.claims import check_topic, load_claim_reviews, load_coverage_gaps, load_type_examples
from ingest.errors import CorpusError
from ingest.passages import Passage, content_digest, split_document
from ingest.readers import SIDECAR, SourceDocument, is_source_file, read_source

CLAIMS_FILE = "claims.yaml"
GAPS_FILE = "gaps.yaml"
TYPE_EXAMPLES_FILE = "claim-types.yaml"
EDITORIAL_FILES = {CLAIMS_FILE, GAPS_FILE, TYPE_EXAMPLES_FILE, TOPIC_FILE, POLICY_FILE, SAFETY_FILE, SHORTHAND_FILE}
_BATCH = 128
# Texts of each kind the exported query model is checked on against sentence-transformers.
_EXPORT_CHECKS = 16


@dataclass(frozen=True)
class Corpus:
    documents: tuple[SourceDocument, ...]
    passages: tuple[Passage, ...]
    reviews: tuple[ClaimReview, ...]
    gaps: tuple[CoverageGap, ...]
    type_examples: tuple[TypeExample, ...]

    @property
    def sentence_count(self) -> int:
        return sum(len(p.sentences) for p in self.passages)

    def summary(self) -> str:
        return (f"{len(self.documents)} documents, {len(self.passages)} passages, "
                f"{self.sentence_count} sentences, {len(self.reviews)} claim reviews, {len(self.gaps)} coverage gaps")


@dataclass(frozen=True)
class Record:
    """One row of one collection, with the text its vector is computed from."""

    id: str
    document: str
    metadata: dict
    embed_text: str


@dataclass(frozen=True)
class IngestReport:
    version: str
    changed: bool
    passages_added: tuple[str, ...]
    passages_removed: tuple[str, ...]
    embedded: int
    reused: int
    manifest: Manifest
    seconds: float

    def summary(self) -> str:
        counts = (f"{self.manifest.passage_count} passages, {self.manifest.sentence_count} sentences, "
                  f"{self.manifest.phrasing_count} claim phrasings")
        if not self.changed:
            return f"Index is up to date (version {self.version}: {counts}); nothing to do."
        return (f"Index version {self.version} is live: {counts}. "
                f"Passages +{len(self.passages_added)} -{len(self.passages_removed)}; "
                f"embedded {self.embedded} texts, reused {self.reused}; {self.seconds:.1f} s.")


def load_corpus(settings: Settings) -> Corpus:
    corpus_dir = settings.corpus_dir
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus folder not found")
    documents = tuple(read_source(path, settings.max_file_bytes) for path in _source_files(corpus_dir))
    if not documents:
        raise CorpusError(corpus_dir, "no source documents found")
    by_id = _index_by_id(documents)
    _check_references(documents, by_id)
    passages = tuple(p for document in documents for p in split_document(document))
    reviews = load_claim_reviews(corpus_dir / CLAIMS_FILE, by_id)
    gaps = load_coverage_gaps(corpus_dir / GAPS_FILE)
    check_topic(corpus_dir, reviews, gaps)
    return Corpus(documents, passages, reviews, gaps, load_type_examples(corpus_dir / TYPE_EXAMPLES_FILE))


def _source_files(corpus_dir: Path) -> list[Path]:
    files = []
    for path in sorted(corpus_dir.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or path.name in EDITORIAL_FILES:
            continue
        if path.name.endswith(SIDECAR):
            continue
        if not is_source_file(path):
            raise CorpusError(path, "unsupported file type (use .md, .txt, .html or .pdf)")
        files.append(path)
    return files


def _index_by_id(documents: tuple[SourceDocument, ...]) -> dict[str, SourceDocument]:
    by_id: dict[str, SourceDocument] = {}
    for document in documents:
        if document.meta.id in by_id:
            first = by_id[document.meta.id].path
            raise CorpusError(document.path, f"duplicate id '{document.meta.id}' (also used by {first})")
        by_id[document.meta.id] = document
    return by_id


def _check_references(documents: tuple[SourceDocument, ...], by_id: dict[str, SourceDocument]) -> None:
    for document in documents:
        for reference in document.meta.references:
            if reference.id not in by_id:
                raise CorpusError(document.path, f"reference to unknown source id '{reference.id}'")


def build_records(corpus: Corpus) -> dict[str, list[Record]]:
    meta_by_id = {document.meta.id: document.meta for document in corpus.documents}
    passages, sentences = [], []
    for passage in corpus.passages:
        meta = meta_by_id[passage.source_id]
        source_fields = {"source_id": meta.id, "title": meta.title, "kind": meta.kind, "basis": meta.basis,
                         "journal": meta.journal, "year": meta.year, "volume": meta.volume, "issue": meta.issue,
                         "pages": meta.pages, "authors": AUTHOR_SEPARATOR.join(meta.authors) or None}
        metadata = _without_none({**source_fields, "section": passage.section,
                                  "start": passage.start, "end": passage.end})
        passages.append(Record(passage.id, passage.text, metadata, f"{passage.section}: {passage.text}"))
        for sentence in passage.sentences:
            sentences.append(Record(sentence.id, sentence.text,
                                    {"passage_id": passage.id, "source_id": meta.id,
                                     "start": sentence.start, "end": sentence.end},
                                    sentence.text))
    return {"passages": passages, "sentences": sentences, "phrasings": _phrasing_records(corpus)}


def _phrasing_records(corpus: Corpus) -> list[Record]:
    """One record per way of putting a reviewed claim or an uncovered topic, to match questions against,
    and one per example the claim-type classifier learns from."""
    entries = [(review, [("claim", review.claim)] + [("paraphrase", p) for p in review.paraphrases]
                + [("opposite", o) for o in review.opposites] + [("question", q) for q in review.questions])
               for review in corpus.reviews]
    entries += [(gap, [("gap", q) for q in gap.questions]) for gap in corpus.gaps]
    entries += [(example, [("example", example.text)]) for example in corpus.type_examples]
    records = []
    for entry, phrasings in entries:
        entry_json = entry.model_dump_json()
        for kind, text in phrasings:
            record_id = content_digest(entry.id, kind, text, entry_json)
            records.append(Record(record_id, text, {"entry_id": entry.id, "kind": kind, "entry": entry_json}, text))
    return records


def _without_none(values: dict) -> dict:
    return {key: value for key, value in values.items() if value is not None}


def corpus_hash(records: dict[str, list[Record]], query_model_sha256: str) -> str:
    payload = [store.PIPELINE_VERSION, MODEL_NAME, query_model_sha256] + [
        [kind, record.id, record.metadata, record.embed_text]
        for kind in store.KINDS for record in records[kind]
    ]
    return content_digest(json.dumps(payload, sort_keys=True))


def _connect_or_start_afresh(settings: Settings, log: Callable[[str], None]):
    try:
        return store.connect(settings)
    except store.IndexCorrupted as error:
        log(f"{error}: moved it to {store.quarantine(settings)} and building a new index.")
        return store.connect(settings)


def run_ingest(settings: Settings, progress: bool = True, log: Callable[[str], None] = print) -> IngestReport:
    started = time.perf_counter()
    corpus = load_corpus(settings)
    records = build_records(corpus)
    client = _connect_or_start_afresh(settings, log)
    live = store.read_manifest(client, settings)
    query_model_sha256 = _query_model(settings, live, records, log)
    digest = corpus_hash(records, query_model_sha256)
    version = digest[:16]
    dimension = embedding_dimension()
    if live and live.version == version:
        problems = store.manifest_problems(client, settings, live, MODEL_NAME, dimension)
        if not problems:
            return IngestReport(version, False, (), (), 0, 0, live, time.perf_counter() - started)
        log(f"Live index version {version} is unusable ({'; '.join(problems)}); rebuilding it.")
        # The broken version cannot be served, so it is rebuilt under the same name.
        live = None
    manifest = Manifest(
        version=version, corpus_hash=digest, model=MODEL_NAME, dimension=dimension,
        pipeline=store.PIPELINE_VERSION, query_model_sha256=query_model_sha256, passage_count=len(records["passages"]),
        sentence_count=len(records["sentences"]), phrasing_count=len(records["phrasings"]),
        built_at="", previous_version=live.version if live else None,
    )
    embedded, reused = _build_version(client, settings, records, version, live, progress)
    published = store.publish_manifest(client, settings, manifest)
    _prune(client, settings, keep={version, manifest.previous_version})
    old_ids = _passage_ids(client, settings, live)
    new_ids = {record.id for record in records["passages"]}
    return IngestReport(version, True, tuple(sorted(new_ids - old_ids)), tuple(sorted(old_ids - new_ids)),
                        embedded, reused, published, time.perf_counter() - started)


def _query_model(settings: Settings, live: Manifest | None, records: dict[str, list[Record]],
                 log: Callable[[str], None]) -> str:
    """The sha256 of this machine's ONNX query model: the live version's file when it is here unchanged,
    otherwise a fresh export (a new machine, a damaged file, a new model)."""
    path = settings.query_model_path
    if live and live.query_model_sha256 and path.is_file() and file_sha256(path) == live.query_model_sha256:
        return live.query_model_sha256
    from ingest.model import export_query_model  # PyTorch only when there is something to export

    log(f"Exporting the query model to {path}.")
    return export_query_model(path, [r.embed_text for kind in store.KINDS for r in records[kind][:_EXPORT_CHECKS]])


def _build_version(client: ClientAPI, settings: Settings, records: dict[str, list[Record]], version: str,
                   live: Manifest | None, progress: bool) -> tuple[int, int]:
    # Leftovers of a crashed run under this version's name are never trusted.
    store.drop_version(client, settings, version)
    total = sum(len(rows) for rows in records.values())
    embedded = reused = 0
    with tqdm(total=total, desc="Indexing", unit="text", disable=None if progress else True, leave=False) as bar:
        for kind in store.KINDS:
            collection = store.create_collection(client, store.collection_name(settings, kind, version))
            known = _stored_embeddings(client, settings, kind, live, [r.id for r in records[kind]])
            for batch_start in range(0, len(records[kind]), _BATCH):
                batch = records[kind][batch_start:batch_start + _BATCH]
                missing = [r for r in batch if r.id not in known]
                fresh = dict(zip([r.id for r in missing], _embed_documents([r.embed_text for r in missing]),
                                 strict=True))
                _write_batch(collection, batch, {**known, **fresh})
                embedded += len(missing)
                reused += len(batch) - len(missing)
                bar.update(len(batch))
    return embedded, reused


def _embed_documents(texts: list[str]) -> list[list[float]]:
    if not texts:
        return []
    from ingest.model import document_embedder  # PyTorch only when there is something to embed

    return document_embedder().embed_documents(texts)


def _write_batch(collection, batch: list[Record], vectors: dict[str, list[float]]) -> None:
    collection.add(
        ids=[r.id for r in batch],
        documents=[r.document for r in batch],
        metadatas=[r.metadata for r in batch],
        embeddings=[list(vectors[r.id]) for r in batch],
    )


def _stored_embeddings(client: ClientAPI, settings: Settings, kind: str, live: Manifest | None,
                       ids: list[str]) -> dict[str, list[float]]:
    if live is None or live.model != MODEL_NAME:
        return {}
    try:
        collection = store.open_collection(client, store.collection_name(settings, kind, live.version))
    except NotFoundError:
        return {}
    found = {}
    for start in range(0, len(ids), 1000):
        page = collection.get(ids=ids[start:start + 1000], include=["embeddings"])
        found.update(zip(page["ids"], page["embeddings"], strict=True))
    return found


def _passage_ids(client: ClientAPI, settings: Settings, manifest: Manifest | None) -> set[str]:
    if manifest is None:
        return set()
    try:
        collection = store.open_collection(client, store.collection_name(settings, "passages", manifest.version))
    except NotFoundError:
        return set()
    return {record_id for record_id, _, _ in store.fetch_all(collection, include=[])}


def _prune(client: ClientAPI, settings: Settings, keep: set[str | None]) -> None:
    for version in store.version_collections(client, settings):
        if version not in keep:
            store.drop_version(client, settings, version)
