"""Warm in-process answer latency over the regression questions, beside a naive LangChain RAG baseline
(the same embeddings, `Chroma.similarity_search` top 4, nothing else), and a profile of where time goes."""

import cProfile
import io
import pstats

from langchain_chroma import Chroma

from benchmarks.stats import summary, timed_ms
from engine import Engine
from engine import core as engine_core
from index import store
from index.embedder import get_embedder

ROUNDS = 3


def measure(engine: Engine, questions: list[str]) -> dict:
    for question in questions:  # warm: model, caches of tokenizers, Chroma's segment files
        engine.ask(question, fresh=True)
    pipeline = _rounds(lambda question: engine.ask(question, fresh=True), questions)
    repeated = [timed_ms(lambda q=question: engine.ask(q)) for question in questions * ROUNDS]
    naive_store = Chroma(client=store.connect(engine.settings), embedding_function=get_embedder(),
                         collection_name=store.collection_name(engine.settings, "passages", engine.knowledge.version),
                         create_collection_if_not_exists=False)
    naive = _rounds(lambda question: naive_store.similarity_search(question, k=4), questions)
    return {
        "pipeline_first_ask": summary(pipeline),
        "pipeline_repeated_question": summary(repeated),
        "naive_rag": summary(naive),
        "ratio_p50": round(summary(pipeline)["p50_ms"] / summary(naive)["p50_ms"], 2),
        "profile": _profile(engine, questions),
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
