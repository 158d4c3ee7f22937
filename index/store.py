"""Chroma access shared by ingest (writes) and the engine (reads).

An index version is a set of collections named by a content hash; a one-record manifest
collection names the live version. Writers fill a new version completely before pointing the
manifest at it, so readers only ever see a finished version.
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from index.errors import IndexCorrupted, IndexUnavailable
from index.records import Manifest
from index.settings import Settings

# 4: the manifest records the query model's sha256; claim reviews carry a type, opposites and defining
# specifics; claim-type examples are stored with the phrasings.
PIPELINE_VERSION = 4
KINDS = ("passages", "sentences", "phrasings")
_LIVE_ID = "live"
_PAGE = 1000


def connect(settings: Settings) -> ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.uses_chroma_server:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        except Exception as error:  # the client raises bare ValueError/ConnectionError variants
            raise IndexUnavailable(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({error})"
            ) from None
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        client = chromadb.PersistentClient(path=str(index_folder(settings)), settings=chroma_settings)
        client.list_collections()
    except Exception as error:  # a damaged folder surfaces as any of Chroma's or SQLite's errors
        # Chroma caches one client per path in the process; a failed one must not be handed out again.
        chromadb.api.shared_system_client.SharedSystemClient.clear_system_cache()
        raise IndexCorrupted(f"the index folder {index_folder(settings)} cannot be read "
                             f"({error.__class__.__name__}: {str(error)[:120]})") from None
    return client


def index_folder(settings: Settings) -> Path:
    return settings.data_dir / "chroma"


def quarantine(settings: Settings) -> Path:
    """Move a damaged embedded index aside, kept for inspection, so a fresh one can be built."""
    folder = index_folder(settings)
    moved = folder.with_name(f"chroma.damaged-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}")
    folder.rename(moved)
    return moved


def collection_name(settings: Settings, kind: str, version: str) -> str:
    return f"{settings.collection_prefix}-{kind}-{version}"


def create_collection(client: ClientAPI, name: str) -> Collection:
    return client.create_collection(name, configuration={"hnsw": {"space": "cosine"}})


def open_collection(client: ClientAPI, name: str) -> Collection:
    return client.get_collection(name)


def _manifest_collection(client: ClientAPI, settings: Settings) -> Collection:
    return client.get_or_create_collection(f"{settings.collection_prefix}-manifest")


def read_manifest(client: ClientAPI, settings: Settings) -> Manifest | None:
    found = _manifest_collection(client, settings).get(ids=[_LIVE_ID], include=["metadatas"])
    if not found["ids"]:
        return None
    return Manifest.model_validate(found["metadatas"][0])


def publish_manifest(client: ClientAPI, settings: Settings, manifest: Manifest) -> Manifest:
    """Point readers at this version; returns the manifest as stored."""
    stamped = manifest.model_copy(update={"built_at": datetime.now(UTC).isoformat(timespec="seconds")})
    _manifest_collection(client, settings).upsert(
        ids=[_LIVE_ID],
        embeddings=[[0.0]],
        metadatas=[stamped.model_dump(exclude_none=True)],
    )
    return stamped


def version_collections(client: ClientAPI, settings: Settings) -> dict[str, list[str]]:
    """Collection names of every stored version, by version."""
    versions: dict[str, list[str]] = {}
    for name in client.list_collections():
        name = getattr(name, "name", name)
        for kind in KINDS:
            prefix = f"{settings.collection_prefix}-{kind}-"
            if name.startswith(prefix):
                versions.setdefault(name[len(prefix):], []).append(name)
    return versions


def drop_version(client: ClientAPI, settings: Settings, version: str) -> None:
    for name in version_collections(client, settings).get(version, []):
        client.delete_collection(name)


def fetch_all(collection: Collection, include: list[str]) -> Iterator[tuple[str, dict, dict]]:
    """Every record as (id, fields, metadata), fetched in pages."""
    offset = 0
    while True:
        page = collection.get(include=include, limit=_PAGE, offset=offset)
        for i, record_id in enumerate(page["ids"]):
            fields = {key: page[key][i] for key in include if key != "metadatas"}
            yield record_id, fields, (page["metadatas"][i] if "metadatas" in include else {})
        if len(page["ids"]) < _PAGE:
            return
        offset += _PAGE


def manifest_problems(
    client: ClientAPI, settings: Settings, manifest: Manifest, model: str, dimension: int
) -> list[str]:
    """Why this manifest's version must not be used by code with this model and dimension."""
    problems = []
    if manifest.model != model:
        problems.append(f"built with model {manifest.model!r}, running {model!r}")
    if manifest.dimension != dimension:
        problems.append(f"vectors have {manifest.dimension} dimensions, the model gives {dimension}")
    if manifest.pipeline != PIPELINE_VERSION:
        problems.append(f"built by pipeline {manifest.pipeline}, running {PIPELINE_VERSION}")
    expected = {"passages": manifest.passage_count, "sentences": manifest.sentence_count,
                "phrasings": manifest.phrasing_count}
    for kind, count in expected.items():
        try:
            stored = open_collection(client, collection_name(settings, kind, manifest.version)).count()
        except NotFoundError:
            problems.append(f"collection {kind} of version {manifest.version} is missing")
            continue
        if stored != count:
            problems.append(f"{kind}: manifest says {count}, index holds {stored}")
    return problems
