"""Settings of the web app, read once from the environment; index and corpus settings stay in index/."""

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from index.settings import PROJECT_ROOT, Settings

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


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
    public_url: str | None = None
    """The address patients and clinics use (scheme://host[:port]); None: the loopback address asked."""
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    """Host names a request may name in its Host header; others are refused."""
    request_timeout: float = 10.0
    """Seconds a client has to send a whole request, headers and body."""
    max_connections: int = 1000
    """Connections served at once; more are answered 503 at once."""

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
            "public_url": (env.get("PUBLIC_URL") or "").rstrip("/") or None,
            "request_timeout": float(env.get("REQUEST_TIMEOUT", "10")),
            "max_connections": int(env.get("MAX_CONNECTIONS", "1000")),
        }
        values.update(overrides)
        if "allowed_hosts" not in values:
            named = tuple(host.strip().lower() for host in env.get("ALLOWED_HOSTS", "").split(",") if host.strip())
            public = (urlsplit(values["public_url"]).hostname,) if values["public_url"] else ()
            values["allowed_hosts"] = named or (*public, *LOOPBACK_HOSTS)
        return cls(**values)
