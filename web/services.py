"""What every door of the web app shares: one engine, the templates, clinics, feedback and the rate limit."""

import hmac
from dataclasses import dataclass, field

from fastapi import Request

from engine import Engine
from web.clinics import Clinics
from web.feedback import FeedbackStore
from web.ratelimit import RateLimiter
from web.templates import Templates


@dataclass(frozen=True)
class Services:
    engine: Engine
    templates: Templates
    clinics: Clinics
    feedback: FeedbackStore
    limiter: RateLimiter
    qa_token: str | None = field(default=None, repr=False)
    public_url: str | None = None
    """The configured public address (scheme://host[:port]); None on loopback."""

    @property
    def text(self) -> dict:
        return self.templates.text

    def wait_message(self, seconds: int) -> str:
        wording = self.text["rate_limited"]
        return (wording["one"] if seconds == 1 else wording["other"]).format(seconds=seconds)


def get_services(request: Request) -> Services:
    return request.app.state.services


def client_key(request) -> str:
    """Who the rate limit counts against (from a FastAPI or a Gradio request); held in memory only,
    never logged or stored."""
    return request.client.host if request is not None and request.client else "unknown"


def is_qa_client(request, token: str | None) -> bool:
    """A QA run holding the server's QA token, which the per-address rate limit does not count. Compared in
    constant time, so the reply's timing tells nothing about the token."""
    if not token or request is None:
        return False
    sent = request.headers.get("authorization", "")
    return hmac.compare_digest(sent.encode(), f"Bearer {token}".encode())
