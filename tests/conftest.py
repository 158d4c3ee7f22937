"""Shared fixtures: one real index built from the real corpus, and copies of it to change."""

import os
import shutil
import socket
import sys
from pathlib import Path

import pytest

os.environ.pop("LLM_BASE_URL", None)
os.environ.pop("CHROMA_HOST", None)

from engine import Engine
from index.settings import PROJECT_ROOT, Settings
from ingest.pipeline import load_corpus, run_ingest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_python(*args: str, env: dict | None = None, timeout: float = 180):
    """Run `python ARGS` from the project folder, as a user would, and capture what it prints."""
    import subprocess

    return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory) -> Settings:
    settings = Settings.from_env(data_dir=tmp_path_factory.mktemp("index"))
    run_ingest(settings, progress=False)
    return settings


@pytest.fixture(scope="session")
def engine(built_settings) -> Engine:
    return Engine(built_settings)


@pytest.fixture(scope="session")
def corpus(built_settings):
    return load_corpus(built_settings)


@pytest.fixture(scope="session")
def source_texts(corpus) -> dict[str, str]:
    return {document.meta.id: document.text for document in corpus.documents}


@pytest.fixture
def workspace(tmp_path, built_settings) -> Settings:
    """A private copy of the corpus and of the built index, free to edit and to break."""
    shutil.copytree(built_settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(built_settings.data_dir, tmp_path / "data")
    return Settings.from_env(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data")


@pytest.fixture
def shared_sources() -> Path:
    folder = PROJECT_ROOT.parent / "shared" / "sources"
    if not folder.is_dir():
        pytest.skip("the shared sources folder is not beside this checkout")
    return folder
