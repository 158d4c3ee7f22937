"""Questions are embedded by an ONNX export of the model, made once at ingest: the same vectors as
sentence-transformers', and an index refuses any other file."""

import numpy as np
import pytest

from engine import Engine
from index import store
from index.embedder import file_sha256, get_embedder
from index.errors import IndexUnavailable
from ingest.model import QUERY_TOLERANCE, document_embedder
from ingest.pipeline import run_ingest
from qa.cases import load_regression_set
from qa.command import DEFAULT_SET

EDGE_CASES = [
    "fda?",
    "x",
    "word " * 400,  # past the model's 256 tokens: truncated alike
    "Exosomes: 200 billion — 6–9 months ✓ café naïve 中文 😀",
    "  leading and trailing spaces  ",
]


def test_onnx_query_vectors_are_sentence_transformers_vectors_within_1e_5(engine):
    questions = [case.question for case in load_regression_set(DEFAULT_SET).cases] + EDGE_CASES
    onnx = np.asarray([get_embedder().embed_query(question) for question in questions])
    reference = np.asarray(document_embedder().embed_documents(questions))
    assert QUERY_TOLERANCE == 1e-5
    assert onnx.shape == reference.shape == (len(questions), 384)
    assert np.abs(onnx - reference).max() <= QUERY_TOLERANCE


def test_the_manifest_records_the_query_model_that_ingest_exported(built_settings):
    manifest = store.read_manifest(store.connect(built_settings), built_settings)
    assert manifest.query_model_sha256 == file_sha256(built_settings.query_model_path)


def test_a_query_model_that_does_not_match_the_index_is_refused_and_ingest_exports_it_again(workspace):
    recorded = file_sha256(workspace.query_model_path)
    workspace.query_model_path.write_bytes(workspace.query_model_path.read_bytes()[:-1] + b"\0")
    with pytest.raises(IndexUnavailable, match="not the one the index was built with"):
        Engine(workspace)

    report = run_ingest(workspace, progress=False, log=lambda _: None)
    assert not report.changed, "the export is the same file, so the index version stands"
    assert file_sha256(workspace.query_model_path) == recorded
    assert Engine(workspace).ask("Is exosome therapy FDA-approved?").verdict == "contradicted"


def test_a_missing_query_model_is_refused_with_the_command_that_fixes_it(workspace):
    workspace.query_model_path.unlink()
    with pytest.raises(IndexUnavailable, match="python -m ingest"):
        Engine(workspace)
