"""The model as ingest runs it: sentence-transformers through LangChain for every stored vector, and the
one-time export of the same weights to ONNX for questions, checked against sentence-transformers
before anything uses it."""

import logging
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

# Set before sentence-transformers is imported: nothing may be fetched from a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import numpy as np
import torch
from langchain_huggingface import HuggingFaceEmbeddings

from index.embedder import MODEL_DIR, QUERY_INPUTS, QUERY_OUTPUT, QueryEmbeddings, file_sha256
from index.errors import IndexUnavailable

# An exported query vector may differ from sentence-transformers' by float rounding, never by more.
QUERY_TOLERANCE = 1e-5


@cache
def document_embedder() -> HuggingFaceEmbeddings:
    return HuggingFaceEmbeddings(
        model_name=str(MODEL_DIR),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True},
        show_progress=False,
    )


class _SentenceVector(torch.nn.Module):
    """The transformer followed by sentence-transformers' pooling of this model (modules.json): mean of
    the token vectors under the attention mask, then unit length."""

    def __init__(self, transformer: torch.nn.Module):
        super().__init__()
        self.transformer = transformer

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        tokens = self.transformer(input_ids=input_ids, attention_mask=attention_mask)[0]
        mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
        pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1)


def export_query_model(path: Path, check_texts: list[str]) -> str:
    """Export the model to ONNX at `path` and return the file's sha256. The file is put in place only
    once its vectors for `check_texts` are within QUERY_TOLERANCE of sentence-transformers'."""
    sentence_transformer = document_embedder()._client
    model = _SentenceVector(sentence_transformer[0].auto_model).eval()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")  # replicas starting together never share one
    # Two distinct example tensors: the exporter would treat one tensor passed twice as a single input.
    example = (torch.ones((2, 8), dtype=torch.long), torch.ones((2, 8), dtype=torch.long))
    batch, tokens = torch.export.Dim("batch"), torch.export.Dim("tokens", max=512)
    with warnings.catch_warnings(), _quiet("torch.onnx"):
        warnings.simplefilter("ignore")  # the exporter's notes on deprecated internals and unused axis names
        torch.onnx.export(model, example, str(partial), dynamo=True, external_data=False, verbose=False,
                          input_names=list(QUERY_INPUTS), output_names=[QUERY_OUTPUT],
                          dynamic_shapes=({0: batch, 1: tokens}, {0: batch, 1: tokens}))
    sha256 = file_sha256(partial)
    exported = np.asarray(QueryEmbeddings(partial, sha256).embed_documents(check_texts))
    expected = sentence_transformer.encode(check_texts, normalize_embeddings=True, batch_size=1)
    gap = float(np.abs(exported - expected).max())
    if gap > QUERY_TOLERANCE:
        partial.unlink()
        raise IndexUnavailable(f"the ONNX export of the model differs from sentence-transformers by {gap:.2e} "
                               f"(more than {QUERY_TOLERANCE}); it was not used")
    partial.replace(path)
    return sha256


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    """A library's logger silenced for a while: the exporter logs each step and the optional packages it skips."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
