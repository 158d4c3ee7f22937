"""Shared fixtures: one real index built from the real corpus, and copies of it to change."""

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

os.environ.pop("LLM_BASE_URL", None)
os.environ.pop("CHROMA_HOST", None)
os.environ.pop("DATABASE_URL", None)
os.environ.pop("QA_TOKEN", None)

from engine import Engine
from index.settings import PROJECT_ROOT, Settings
from ingest.pipeline import load_corpus, run_ingest
from qa.command import DEFAULT_SET


def run_python(*args: str, env: dict | None = None, timeout: float = 180):
    """Run `python ARGS` from the project folder, as a user would, and capture what it prints."""
    import subprocess

    return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def regression_subset(folder, heldout: set[str] = frozenset(), claim_types: dict[str, str] | None = None,
                      heldout_limits: dict | None = None):
    """The set's header and its first group of cases, for tests that need only a few; the cases named in
    `heldout` move to that split, `claim_types` gives cases a claim type, and `heldout_limits` replace the
    heldout split's limits."""
    text = DEFAULT_SET.read_text(encoding="utf-8").split("  # " + "-" * 64 + " paraphrases")[0]
    raw = yaml.safe_load(text)
    if heldout_limits is not None:
        raw["thresholds"]["heldout"] = heldout_limits
    for case in raw["cases"]:
        case["split"] = "heldout" if case["id"] in heldout else case["split"]
        if claim_types and case["id"] in claim_types:
            case["claim_type"] = claim_types[case["id"]]
    subset = folder / "set.yaml"
    subset.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return subset


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


@dataclass(frozen=True)
class WebSite:
    """The app on loopback, with a clinic registered for one site and a second site that is not allowed."""

    url: str
    clinic_id: str
    clinic_accent: str
    clinic_site: str
    other_site: str
    database_url: str
    feedback: object


# A clinic's page whose own CSS would wreck any button, iframe or fixed box it could reach.
CLINIC_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test clinic</title>
<link rel="icon" href="data:,">
<style>
* {{ font-family: serif !important; color: #00ff00 !important; }}
button, iframe, div {{ display: none !important; background: #ff0000 !important; position: static !important; }}
</style></head>
<body><h1>A clinic's own page</h1>
<p>Opening hours, prices and the team.</p>
<script src="{app}/embed.js" data-clinic="{clinic}" {load}async></script>
</body></html>
"""


CLINIC_ACCENT = "#7a1f5c"


def web_settings(built_settings: Settings, folder: Path, clinic_origins: list[str], **overrides):
    from web.config import WebSettings

    clinics = folder / "clinics.yaml"
    clinics.write_text(yaml.safe_dump([{
        "id": "test-clinic", "name": "Test <Clinic> & Co", "accent": CLINIC_ACCENT,
        "allowed_origins": clinic_origins, "contact": "https://example.org/contact",
    }]), encoding="utf-8")
    values = {"clinics_file": clinics, "requests_per_minute": 0,
              "database_url": f"sqlite:///{folder / 'feedback.sqlite3'}", **overrides}
    return WebSettings.from_env(built_settings, **values)


@pytest.fixture(scope="session")
def web(engine, built_settings, tmp_path_factory):
    from tests.servers import LiveApp, StaticSite
    from web.server import create_app

    folder = tmp_path_factory.mktemp("web")
    site = folder / "site"
    site.mkdir()
    with StaticSite(site) as clinic_site, StaticSite(site) as other_site:
        settings = web_settings(built_settings, folder, [clinic_site.url])
        app = create_app(built_settings, settings, engine)
        with LiveApp(app) as live:
            for page, clinic, load in (("index.html", "test-clinic", ""), ("typo.html", "no-such-clinic", ""),
                                       ("consent.html", "test-clinic", 'data-load="manual" ')):
                (site / page).write_text(CLINIC_PAGE.format(app=live.url, clinic=clinic, load=load),
                                         encoding="utf-8")
            yield WebSite(url=live.url, clinic_id="test-clinic", clinic_accent=CLINIC_ACCENT,
                          clinic_site=clinic_site.url, other_site=other_site.url, database_url=settings.database_url,
                          feedback=app.state.services.feedback)


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL cluster on loopback for the tests that need the real database."""
    from tests.servers import PostgresServer, postgres_binaries

    binaries = postgres_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL's server programs are not installed (Debian: apt-get install -y postgresql)")
    with PostgresServer(binaries) as server:
        yield server
