"""Warm in-process latency over the regression questions, each worked out afresh (query embedding
included), beside the naive LangChain RAG in the same process; the query embedding alone; the answer
cache; and a profile of where the time goes."""

import cProfile
import io
import pstats

from benchmarks.naive import naive_store, retrieve
from benchmarks.stats import summary, timed_ms
from engine import Engine
from engine import core as engine_core
from index.embedder import get_embedder
from ingest.model import document_embedder

ROUNDS = 3


def measure(engine: Engine, questions: list[str]) -> dict:
    # This app first, then the baseline: PyTorch's worker threads keep spinning a while after each call
    # and would slow whatever runs beside them.
    for question in questions:  # warm: the query model, Chroma's segment files, the answer cache
        engine.ask(question)
    pipeline = _rounds(lambda question: engine.ask(question, fresh=True), questions)
    repeated = [timed_ms(lambda q=question: engine.ask(q)) for question in questions * ROUNDS]
    onnx = [timed_ms(lambda q=question: get_embedder().embed_query(q)) for question in questions * ROUNDS]
    profile = _profile(engine, questions)
    naive = naive_store(engine.settings)
    for question in questions:
        retrieve(naive, question)
    baseline = _rounds(lambda question: retrieve(naive, question), questions)
    torch = [timed_ms(lambda q=question: document_embedder().embed_query(q)) for question in questions * ROUNDS]
    return {
        "pipeline_new_question": summary(pipeline),
        "naive_rag": summary(baseline),
        "pipeline_answer_cache": summary(repeated),
        "embedding_onnx": summary(onnx),
        "embedding_sentence_transformers": summary(torch),
        "ratio_p50": round(summary(pipeline)["p50_ms"] / summary(baseline)["p50_ms"], 2),
        "profile": profile,
    }


def _rounds(ask, questions: list[str]) -> list[float]:
    """Each question worked out afresh, query embedding included, ROUNDS times."""
    latencies = []
    for _ in range(ROUNDS):
        engine_core._embed_query.cache_clear()
        latencies += [timed_ms(lambda q=question: ask(q)) for question in questions]
    return latencies


def _profile(engine: Engine, questions: list[str]) -> str:
    engine_core._embed_query.cache_clear()
    profiler = cProfile.Profile()
    profiler.enable()
    for question in questions:
        engine.ask(question, fresh=True)
    profiler.disable()
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats("tottime").print_stats(12)
    return "\n".join(line for line in report.getvalue().splitlines() if line.strip())
