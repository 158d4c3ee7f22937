"""The same ingest and engine work against a Chroma server (`chroma run`) on loopback."""

from dataclasses import replace

import pytest

from engine import Engine
from index import store
from ingest.pipeline import run_ingest
from tests.servers import ChromaServer, free_port


@pytest.fixture
def chroma_server(tmp_path):
    with ChromaServer(tmp_path / "server") as server:
        yield server.port


def test_a_chroma_server_receives_the_same_index_and_answers(chroma_server, built_settings):
    settings = replace(built_settings, chroma_host="127.0.0.1", chroma_port=chroma_server)
    report = run_ingest(settings, progress=False)
    embedded = store.read_manifest(store.connect(built_settings), built_settings)
    assert report.changed and report.version == embedded.version
    assert report.manifest.passage_count == embedded.passage_count

    answer = Engine(settings, generator=None).ask("Is exosome therapy FDA-approved?")
    assert answer.verdict == "contradicted" and answer.index_version == embedded.version
    assert not run_ingest(settings, progress=False).changed


def test_an_unreachable_chroma_server_is_a_clear_error(built_settings):
    settings = replace(built_settings, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(store.IndexUnavailable, match="cannot reach the Chroma server"):
        run_ingest(settings, progress=False)
