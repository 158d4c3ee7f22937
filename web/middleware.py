"""ASGI middleware: one log line per request, the allowed Host names, one body cap for every route,
security headers, and the gate in front of the patient page's Gradio routes.

Written as plain ASGI so Gradio's streamed responses pass through untouched."""

import base64
import hashlib
import json
import logging
import re
import time
from datetime import UTC, datetime

access_log = logging.getLogger("claimcheck.access")

# Every page works under this policy; Gradio's page adds the hashes of its inline scripts, the widget
# names the clinic origins that may frame it.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; "
    "manifest-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'"
)
_DEFAULT_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
    b"content-security-policy": CONTENT_SECURITY_POLICY.encode(),
}


# Files a page load fetches by the dozen (Gradio's bundles, styles, icons, its heartbeat): logged only
# when they fail, so the log shows what people asked and what went wrong.
_QUIET_PATHS = ("/assets/", "/static/", "/cc-static/", "/theme.css", "/favicon.ico", "/manifest.json",
                "/gradio_api/heartbeat/")


def log_request(method: str, route: str, status: int | str, verdict: str | None, milliseconds: float) -> None:
    access_log.info("%s %s %s %s verdict=%s %.0f ms", datetime.now(UTC).isoformat(timespec="seconds"),
                    method, printable(route), status, verdict or "-", milliseconds)


def printable(text: str) -> str:
    """Control and other unprintable characters written as escapes, so no input can forge a log line or
    send a terminal escape."""
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)


class RequestLog:
    """Time, method, route, status, verdict and latency; never the question text or the client's address.
    A client that goes away before it is answered is logged as `disconnected`, not as an error; static
    files are logged only when they fail."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        state = scope.setdefault("state", {})
        outcome = {"status": None, "disconnected": False}

        async def watch_receive():
            message = await receive()
            if message["type"] == "http.disconnect":
                outcome["disconnected"] = True
            return message

        async def record_status(message):
            if message["type"] == "http.response.start":
                outcome["status"] = message["status"]
            await send(message)

        try:
            await self.app(scope, watch_receive, record_status)
        finally:
            status = outcome["status"] or ("disconnected" if outcome["disconnected"] else 500)
            quiet = (isinstance(status, int) and status < 400 and scope["method"] in ("GET", "HEAD")
                     and scope["path"].startswith(_QUIET_PATHS))
            if not quiet:
                log_request(scope["method"], scope["path"], status, state.get("verdict"),
                            (time.perf_counter() - started) * 1000)


async def send_json(send, status: int, body: dict) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})


class AllowedHosts:
    """Refuse a Host header that names none of the configured hosts: URLs and the origin check never
    rest on a name the client made up."""

    def __init__(self, app, hosts: tuple[str, ...], message: str):
        self.app = app
        self.any_host = "*" in hosts
        self.hosts = {host.lower().strip("[]") for host in hosts}
        self.message = message

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket") or self.any_host:
            return await self.app(scope, receive, send)
        host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1").lower()
        if _host_name(host) in self.hosts:
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        await send_json(send, 400, {"error": self.message})


def _host_name(host: str) -> str:
    """The name in a Host header, without its port: "[::1]:7860" is "::1", "127.0.0.1:7860" is "127.0.0.1"."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if ":" in host else host


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
    """Refuse request bodies over `limit` bytes with 413 before anything parses them, on every route."""

    def __init__(self, app, limit: int, message: str):
        self.app = app
        self.limit = limit
        self.message = message

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            return await send_json(send, 413, {"error": self.message})
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away; the request log says so
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.limit:
                return await send_json(send, 413, {"error": self.message})
        body = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replay(body, receive), send)


def _replay(first: dict, receive):
    delivered = False

    async def replay():
        nonlocal delivered
        if delivered:
            return await receive()
        delivered = True
        return first

    return replay


# The only Gradio routes the patient page uses (of Gradio's /static files, only the iframe resizer its page
# loads). Everything else Gradio offers (uploads, file and proxy routes, direct API calls, streams,
# monitoring) answers 404: the page takes no files and serves none.
_GRADIO_ROUTES = {
    "GET": re.compile(r"/(|config/?|theme\.css|manifest\.json|favicon\.ico|(assets|svelte)/[\w./-]+"
                      r"|static/js/iframeResizer\.contentWindow\.min\.js"
                      r"|gradio_api/(queue/data|heartbeat/\w+|startup-events))"),
    "POST": re.compile(r"/gradio_api/(queue/join|cancel)"),
}
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)


class GradioGate:
    """In front of the mounted Gradio app: only the routes the page uses; events that carry only text
    (Gradio copies any file a payload names into its cache, wherever it nests); and a
    Content-Security-Policy for the page that allows its inline scripts by hash, and nothing else inline."""

    def __init__(self, app, not_found: str, only_text: str):
        self.app = app
        self.not_found = not_found
        self.only_text = only_text

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                return await send({"type": "websocket.close", "code": 1008})
            return await self.app(scope, receive, send)
        allowed = _GRADIO_ROUTES.get("GET" if scope["method"] == "HEAD" else scope["method"])
        if allowed is None or not allowed.fullmatch(scope["path"]):
            return await send_json(send, 404, {"error": self.not_found})
        if scope["path"] == "/gradio_api/queue/join":
            return await self._join_with_text_only(scope, receive, send)
        if scope["path"] != "/":
            return await self.app(scope, receive, send)
        await self.app(scope, receive, _PagePolicy(send))

    async def _join_with_text_only(self, scope, receive, send):
        """The page's inputs are text boxes; its conversation and answers stay on the server (gr.State, sent
        as null). So an event's data is a list of strings and nulls, its event data (which thumb, which
        example) names no file, and anything else is refused."""
        message = await receive()  # BodyLimit has gathered the whole body into one message
        if message["type"] != "http.request":
            return
        try:
            event = json.loads(message.get("body", b""))
        except (ValueError, RecursionError):  # RecursionError: arrays or objects nested thousands deep
            event = None
        data = event.get("data") if isinstance(event, dict) else None
        if (not isinstance(data, list) or not all(value is None or isinstance(value, str) for value in data)
                or _names_a_file(event.get("event_data"))):
            return await send_json(send, 422, {"error": self.only_text})
        await self.app(scope, _replay(message, receive), send)


def _names_a_file(value) -> bool:
    """Whether a dict with a string "path" (what Gradio takes for a file) is anywhere in a JSON value.
    Walked without recursion: JSON under the body cap can nest deeper than Python's stack."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            if isinstance(item.get("path"), str):
                return True
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


class _PagePolicy:
    """Holds the page's response until its body is whole, then sends it with the hashes of its inline scripts."""

    def __init__(self, send):
        self.send = send
        self.start: dict | None = None
        self.chunks: list[bytes] = []

    async def __call__(self, message):
        if message["type"] == "http.response.start":
            self.start = message
            return
        if message["type"] != "http.response.body":
            return await self.send(message)
        self.chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = b"".join(self.chunks)
        hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
                          for script in _INLINE_SCRIPT.findall(body))
        policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", f"script-src 'self' {hashes}".rstrip())
        headers = [(name, value) for name, value in self.start.get("headers", [])
                   if name.lower() != b"content-security-policy"]
        await self.send({**self.start, "headers": [*headers, (b"content-security-policy", policy.encode())]})
        await self.send({"type": "http.response.body", "body": body})
