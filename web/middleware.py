"""ASGI middleware: one log line per request, a cap on API request bodies, and security headers.

Written as plain ASGI so Gradio's streamed responses pass through untouched."""

import json
import logging
import time
from datetime import UTC, datetime

access_log = logging.getLogger("claimcheck.access")

_DEFAULT_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
    # Only the widget may be framed by other sites; it sets its own policy.
    b"content-security-policy": b"frame-ancestors 'self'",
}


# Files a page load fetches by the dozen (Gradio's bundles, styles, icons, its heartbeat): logged only
# when they fail, so the log shows what people asked and what went wrong.
_QUIET_PATHS = ("/assets/", "/static/", "/cc-static/", "/theme.css", "/favicon.ico", "/manifest.json",
                "/gradio_api/heartbeat/")


def log_request(method: str, route: str, status: int, verdict: str | None, milliseconds: float) -> None:
    access_log.info("%s %s %s %d verdict=%s %.0f ms", datetime.now(UTC).isoformat(timespec="seconds"),
                    method, route, status, verdict or "-", milliseconds)


class RequestLog:
    """Time, method, route, status, verdict and latency; never the question text or the client's address."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        state = scope.setdefault("state", {})
        status = {"code": 500}

        async def record_status(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            quiet = (status["code"] < 400 and scope["method"] in ("GET", "HEAD")
                     and scope["path"].startswith(_QUIET_PATHS))
            if not quiet:
                log_request(scope["method"], scope["path"], status["code"], state.get("verdict"),
                            (time.perf_counter() - started) * 1000)


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def add_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in _DEFAULT_HEADERS.items() if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, add_headers)


class BodyLimit:
    """Refuse API request bodies over `limit` bytes with 413 before anything parses them."""

    def __init__(self, app, limit: int, message: str):
        self.app = app
        self.limit = limit
        self.message = message

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.limit:
                return await self._refuse(send)
        body, delivered = b"".join(chunks), False

        async def replay():
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send):
        payload = json.dumps({"error": self.message}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})
