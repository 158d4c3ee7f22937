"""Settings of the web app, read once from the environment; index and corpus settings stay in index/."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from index.settings import PROJECT_ROOT, Settings


@dataclass(frozen=True)
class WebSettings:
    host: str
    port: int
    clinics_file: Path
    database_url: str
    requests_per_minute: int
    """Per client address; 0 turns the limit off."""
    qa_token: str | None = field(default=None, repr=False)
    """A QA client sending it as a bearer token is not rate limited; never logged or shown."""

    @classmethod
    def from_env(cls, index: Settings, **overrides) -> "WebSettings":
        env = os.environ
        values = {
            "host": env.get("HOST", "127.0.0.1"),
            "port": int(env.get("PORT", "7860")),
            "clinics_file": Path(env.get("CLINICS_FILE", PROJECT_ROOT / "clinics.yaml")),
            "database_url": env.get("DATABASE_URL") or f"sqlite:///{index.data_dir / 'feedback.sqlite3'}",
            "requests_per_minute": int(env.get("RATE_LIMIT_PER_MINUTE", "30")),
            "qa_token": env.get("QA_TOKEN") or None,
        }
        values.update(overrides)
        return cls(**values)
