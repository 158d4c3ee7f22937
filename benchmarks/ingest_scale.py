"""Ingest throughput on a synthetic corpus of at least 2,000 passages made from the real one."""

import re
import shutil
import time
from pathlib import Path

from index.settings import Settings
from ingest.pipeline import load_corpus, run_ingest

TARGET_PASSAGES = 2000


def synthetic_corpus(real: Settings, folder: Path) -> Path:
    """The real corpus plus numbered copies of the article, every sentence reworded a little so that
    no copy can reuse another's vectors."""
    corpus = folder / "corpus"
    shutil.copytree(real.corpus_dir, corpus)
    article = (real.corpus_dir / "exosome-article.txt").read_text(encoding="utf-8")
    front, body = article.split("\n---\n", 1)
    front = re.sub(r"(?ms)^references:.*", "", front.removeprefix("---\n"))
    per_copy = sum(1 for p in load_corpus(real).passages if p.source_id == "exosome-therapy-article")
    for number in range(1, TARGET_PASSAGES // per_copy + 2):
        header = front.replace("id: exosome-therapy-article", f"id: synthetic-article-{number:03d}")
        text = re.sub(r"\. (?=[A-Z])", f". In copy {number}, ", body)
        (corpus / f"synthetic-{number:03d}.txt").write_text(f"---\n{header}---\n{text}", encoding="utf-8")
    return corpus


def measure(real: Settings, folder: Path) -> dict:
    settings = Settings.from_env(corpus_dir=synthetic_corpus(real, folder), data_dir=folder / "data")
    started = time.perf_counter()
    report = run_ingest(settings, progress=False, log=lambda _: None)
    seconds = time.perf_counter() - started
    return {"passages": report.manifest.passage_count, "sentences": report.manifest.sentence_count,
            "texts_embedded": report.embedded, "seconds": round(seconds, 1),
            "passages_per_s": round(report.manifest.passage_count / seconds, 1),
            "texts_per_s": round(report.embedded / seconds, 1)}
