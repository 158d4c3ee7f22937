"""Ingest turns the corpus into citable passages in a versioned Chroma index, and fails safely."""

import shutil

import pytest

from index import store
from index.embedder import MODEL_NAME
from ingest import pipeline
from ingest.errors import CorpusError
from ingest.passages import MAX_PASSAGE_CHARS
from tests.conftest import run_python
from tests.pdfs import encrypt_pdf, write_text_pdf

SIDECAR = """id: clinic-leaflet
title: "Clinic leaflet on exosome aftercare"
kind: unknown
basis: full text
"""


def live_manifest(settings):
    return store.read_manifest(store.connect(settings), settings)


def stored_passages(settings):
    client = store.connect(settings)
    manifest = store.read_manifest(client, settings)
    collection = store.open_collection(client, store.collection_name(settings, "passages", manifest.version))
    return {record_id: (fields["documents"], metadata)
            for record_id, fields, metadata in store.fetch_all(collection, ["documents", "metadatas"])}


def test_every_stored_passage_quotes_its_source_exactly(built_settings, source_texts):
    passages = stored_passages(built_settings)
    assert len(passages) == live_manifest(built_settings).passage_count > 20
    for text, metadata in passages.values():
        assert source_texts[metadata["source_id"]][metadata["start"]:metadata["end"]] == text
        assert metadata["section"] and metadata["title"] and metadata["basis"]


def test_sentences_sit_inside_their_passages_at_exact_offsets(corpus, source_texts):
    for passage in corpus.passages:
        for sentence in passage.sentences:
            assert passage.start <= sentence.start < sentence.end <= passage.end
            assert source_texts[passage.source_id][sentence.start:sentence.end] == sentence.text


def test_passages_never_straddle_a_section_or_exceed_the_size(corpus):
    for passage in corpus.passages:
        document = next(d for d in corpus.documents if d.meta.id == passage.source_id)
        assert document.section_at(passage.start) == passage.section == document.section_at(passage.end - 1)
        assert len(passage.text) <= MAX_PASSAGE_CHARS or len(passage.sentences) == 1


def test_second_run_on_an_unchanged_corpus_writes_nothing(workspace):
    before = live_manifest(workspace)
    report = pipeline.run_ingest(workspace, progress=False)
    assert not report.changed
    assert "nothing to do" in report.summary()
    assert live_manifest(workspace) == before


def test_editing_one_file_changes_only_its_passages(workspace, corpus):
    before = stored_passages(workspace)
    entry = workspace.corpus_dir / "papers" / "cells-2023-exosomes-skin-disorders.md"
    entry.write_text(entry.read_text().replace("could be consulted, so", "could be read, so"))
    report = pipeline.run_ingest(workspace, progress=False)
    after = stored_passages(workspace)
    assert report.changed and report.passages_added and report.passages_removed
    assert {after[i][1]["source_id"] for i in report.passages_added} == {"cells-2023-exosomes-skin-disorders"}
    assert {before[i][1]["source_id"] for i in report.passages_removed} == {"cells-2023-exosomes-skin-disorders"}
    untouched = {i for i, (_, meta) in before.items() if meta["source_id"] != "cells-2023-exosomes-skin-disorders"}
    assert untouched <= set(after)
    assert report.embedded < 10 < report.reused


def test_adding_then_removing_an_html_source_touches_only_its_passages(workspace):
    html = workspace.corpus_dir / "clinic-leaflet.html"
    html.write_text("<html><head><title>x</title><script>alert(1)</script></head><body>"
                    "<h1>Aftercare</h1><p>Keep the treated area clean for a day.</p>"
                    "<ul><li>Avoid strenuous exercise for 24 hours.</li></ul></body></html>")
    (workspace.corpus_dir / "clinic-leaflet.html.meta.yaml").write_text(SIDECAR)
    added = pipeline.run_ingest(workspace, progress=False)
    passages = stored_passages(workspace)
    assert {passages[i][1]["source_id"] for i in added.passages_added} == {"clinic-leaflet"}
    assert not added.passages_removed
    leaflet = [text for text, meta in passages.values() if meta["source_id"] == "clinic-leaflet"]
    assert leaflet == ["Keep the treated area clean for a day.\nAvoid strenuous exercise for 24 hours."]

    html.unlink()
    (workspace.corpus_dir / "clinic-leaflet.html.meta.yaml").unlink()
    removed = pipeline.run_ingest(workspace, progress=False)
    assert set(removed.passages_removed) == set(added.passages_added) and not removed.passages_added


def test_a_pdf_source_is_read_with_a_real_parser(workspace):
    write_text_pdf(workspace.corpus_dir / "leaflet.pdf", ["Exosome aftercare leaflet.", "Keep the area clean."])
    (workspace.corpus_dir / "leaflet.pdf.meta.yaml").write_text(SIDECAR)
    document = next(d for d in pipeline.load_corpus(workspace).documents if d.meta.id == "clinic-leaflet")
    assert "Keep the area clean." in document.text
    assert document.sections[0].title == "Page 1"


def test_a_crash_mid_ingest_leaves_the_previous_version_serving(workspace, monkeypatch):
    from engine import Engine

    before = live_manifest(workspace)
    entry = workspace.corpus_dir / "papers" / "kost-2022-hair-regeneration-review.md"
    entry.write_text(entry.read_text().replace("promising future therapy", "promising therapy of the future"))
    real_write, calls = pipeline._write_batch, []

    def crash_on_second_batch(*args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk went away")
        real_write(*args)

    monkeypatch.setattr(pipeline, "_write_batch", crash_on_second_batch)
    with pytest.raises(OSError):
        pipeline.run_ingest(workspace, progress=False)
    assert live_manifest(workspace) == before
    answer = Engine(workspace, generator=None).ask("Is exosome therapy FDA-approved?")
    assert answer.verdict == "contradicted" and answer.index_version == before.version

    monkeypatch.setattr(pipeline, "_write_batch", real_write)
    report = pipeline.run_ingest(workspace, progress=False)
    assert report.changed and live_manifest(workspace).previous_version == before.version


def test_an_index_from_another_model_is_detected_and_rebuilt(workspace):
    from engine.knowledge import load_knowledge

    client = store.connect(workspace)
    stale = live_manifest(workspace).model_copy(update={"model": "some-other-model"})
    store.publish_manifest(client, workspace, stale)
    with pytest.raises(store.IndexUnavailable, match="some-other-model"):
        load_knowledge(workspace)
    report = pipeline.run_ingest(workspace, progress=False)
    assert report.changed and report.reused == 0
    assert live_manifest(workspace).model == MODEL_NAME
    load_knowledge(workspace)


def test_a_missing_collection_is_detected_and_rebuilt(workspace):
    from engine.knowledge import load_knowledge

    client = store.connect(workspace)
    version = live_manifest(workspace).version
    client.delete_collection(store.collection_name(workspace, "sentences", version))
    with pytest.raises(store.IndexUnavailable, match="missing"):
        load_knowledge(workspace)
    assert pipeline.run_ingest(workspace, progress=False).changed
    load_knowledge(workspace)


def _write(path, content):
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


GOOD_FRONT = "---\nid: extra-note\ntitle: Extra note\nkind: unknown\nbasis: full text\n---\n"
BAD_INPUTS = {
    "missing front matter": ("note.md", "Just text, no front matter.\n", "missing front matter"),
    "malformed front matter": ("note.md", "---\nid: [unclosed\n---\nText.\n", "malformed front matter"),
    "bad field": ("note.md", GOOD_FRONT.replace("basis: full text", "basis: rumour") + "Text.\n",
                  "field 'basis'"),
    "empty file": ("note.md", "", "file is empty"),
    "no body": ("note.md", GOOD_FRONT, "no text after the front matter"),
    "non-UTF-8 text": ("note.md", GOOD_FRONT.encode() + b"caf\xe9 au lait\n", "not UTF-8"),
    "duplicate id": ("note.md", GOOD_FRONT.replace("extra-note", "kose-2022-exosomes-skin-diseases") + "Text.\n",
                     "duplicate id 'kose-2022-exosomes-skin-diseases'"),
    "unknown reference": ("note.md", GOOD_FRONT.replace("basis: full text", "basis: full text\nreferences:\n"
                          "  - id: no-such-paper\n    cited_as: Text.") + "Text.\n",
                          "unknown source id 'no-such-paper'"),
    "unsupported file type": ("note.docx", b"PK\x03\x04", "unsupported file type"),
    "corrupt PDF": ("note.pdf", b"%PDF-1.4\nthis is not really a pdf", "PDF cannot be read"),
    "PDF without metadata": ("orphan.pdf", None, "metadata file"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_is_a_clear_error_naming_the_file_and_the_live_index_stays(workspace, case):
    name, content, message = BAD_INPUTS[case]
    before = live_manifest(workspace)
    path = workspace.corpus_dir / name
    if content is None:
        write_text_pdf(path, ["orphan"])
    else:
        _write(path, content)
        if name.endswith(".pdf"):
            (workspace.corpus_dir / f"{name}.meta.yaml").write_text(SIDECAR)
    with pytest.raises(CorpusError) as raised:
        pipeline.run_ingest(workspace, progress=False)
    assert name in str(raised.value) and message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert live_manifest(workspace) == before


def test_an_encrypted_pdf_is_refused(workspace):
    plain = write_text_pdf(workspace.corpus_dir.parent / "plain.pdf", ["Secret leaflet."])
    encrypt_pdf(plain, workspace.corpus_dir / "locked.pdf")
    (workspace.corpus_dir / "locked.pdf.meta.yaml").write_text(SIDECAR)
    with pytest.raises(CorpusError, match=r"locked\.pdf: PDF is encrypted"):
        pipeline.load_corpus(workspace)


def test_a_file_over_the_size_limit_is_refused(workspace):
    from dataclasses import replace

    (workspace.corpus_dir / "huge.md").write_text(GOOD_FRONT + "word " * 3000)
    with pytest.raises(CorpusError, match=r"huge.md: file is .* over the 10,000-byte limit"):
        pipeline.load_corpus(replace(workspace, max_file_bytes=10_000))


def test_a_claim_quote_that_is_not_verbatim_fails_ingest(workspace):
    claims = workspace.corpus_dir / "claims.yaml"
    claims.write_text(claims.read_text().replace(
        "quote: There are currently no FDA-approved exosome products for medical indications.",
        "quote: There are currently no FDA-approved exosome products at all.", 1))
    with pytest.raises(CorpusError, match=r"claims\.yaml: claim review 'fda-approval': quote not found verbatim"):
        pipeline.load_corpus(workspace)


def test_a_paper_record_naming_no_source_fails_ingest(workspace):
    claims = workspace.corpus_dir / "claims.yaml"
    claims.write_text(claims.read_text().replace("describes_paper: kose-2022-exosomes-skin-diseases",
                                                 "describes_paper: kose-2099-no-such-paper", 1))
    with pytest.raises(CorpusError, match=r"claim review 'kose-review-publication': describes_paper names unknown "
                                          r"source 'kose-2099-no-such-paper'"):
        pipeline.load_corpus(workspace)


@pytest.mark.parametrize(("line", "replacement", "message"), [
    ('comparison_tag: "absolute: best"', 'comparison_tag: "absolute: bestest"', "comparison_tag names a specific"),
    ("identity_kinds: [form]", "identity_kinds: [shape]", "identity_kinds names a kind it does not define: shape"),
    ('specific: "regulator: outside the United States"', 'specific: "regulator: elsewhere"',
     "country_names names 'regulator: elsewhere', which is not in specifics"),
    ('shown_by_research: ["absolute: proven"]', 'shown_by_research: ["absolute: proved"]',
     "mechanism's shown_by_research names a specific topic.yaml does not define: absolute: proved"),
    ("places: [area]", "places: [region]", "places names a kind topic.yaml does not define: region"),
    ('harms: ["outcome: cancer"', 'harms: ["outcome: tumours"', "harms names a specific topic.yaml does not define: "
                                                               "outcome: tumours"),
])
def test_a_topic_setting_naming_an_undefined_specific_fails_ingest(workspace, line, replacement, message):
    in_policy = any(setting in line for setting in ("shown_by_research", "places", "harms"))
    topic = workspace.corpus_dir / ("verdict-policy.yaml" if in_policy else "topic.yaml")
    assert line in topic.read_text()
    topic.write_text(topic.read_text().replace(line, replacement, 1))
    with pytest.raises(CorpusError, match=message):
        pipeline.load_corpus(workspace)


def test_cli_reports_one_line_and_exits_non_zero_on_bad_input(workspace):
    (workspace.corpus_dir / "papers" / "broken.md").write_bytes(b"\xff\xfe not text")
    result = run_python("-m", "ingest", env={"CORPUS_DIR": str(workspace.corpus_dir),
                                             "DATA_DIR": str(workspace.data_dir)})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "broken.md: not UTF-8" in result.stderr and "Traceback" not in result.stderr


def test_check_validates_and_writes_nothing(tmp_path, built_settings):
    shutil.copytree(built_settings.corpus_dir, tmp_path / "corpus")
    result = run_python("-m", "ingest", "--check", env={"CORPUS_DIR": str(tmp_path / "corpus"),
                                                         "DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "Corpus is valid" in result.stdout
    assert not (tmp_path / "data").exists()

