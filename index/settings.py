"""Where things live, read once from the environment."""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    data_dir: Path
    prompts_dir: Path
    chroma_host: str | None
    chroma_port: int
    collection_prefix: str
    max_file_bytes: int

    @property
    def uses_chroma_server(self) -> bool:
        return self.chroma_host is not None

    @property
    def query_model_path(self) -> Path:
        """The ONNX export that embeds questions; local to each machine, even when the index is on a
        Chroma server."""
        return self.data_dir / "models" / "all-MiniLM-L6-v2.onnx"

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = os.environ
        values = {
            "corpus_dir": Path(env.get("CORPUS_DIR", PROJECT_ROOT / "corpus")),
            "data_dir": Path(env.get("DATA_DIR", PROJECT_ROOT / "data")),
            "prompts_dir": Path(env.get("PROMPTS_DIR", PROJECT_ROOT / "prompts")),
            "chroma_host": env.get("CHROMA_HOST") or None,
            "chroma_port": int(env.get("CHROMA_PORT", "8000")),
            "collection_prefix": env.get("CHROMA_COLLECTION_PREFIX", "claimcheck"),
            "max_file_bytes": int(float(env.get("INGEST_MAX_FILE_MB", "5")) * 1024 * 1024),
        }
        values.update(overrides)
        return cls(**values)
