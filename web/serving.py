"""How uvicorn serves the app: bounded connections, and a deadline for each request to arrive whole.

uvicorn's own timeouts cover only the idle time between requests: a client that sends half a request
line, or headers without their body, is otherwise held open for as long as it likes."""

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from web.config import WebSettings


class RequestDeadlineProtocol(HttpToolsProtocol):
    """Closes a connection whose request (line, headers and body) has not arrived within the timeout.
    The deadline starts with the connection or with each new request on it, and ends once the request
    is complete, so answers that take long, and streamed answers, are never cut."""

    request_timeout = 10.0

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._deadline = self.loop.call_later(self.request_timeout, self._too_slow)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.request_timeout, self._too_slow)

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._cancel_deadline()

    def handle_websocket_upgrade(self) -> None:
        self._cancel_deadline()
        super().handle_websocket_upgrade()

    def connection_lost(self, exc) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def _cancel_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def uvicorn_options(web: WebSettings) -> dict:
    """Keyword arguments for uvicorn.run or uvicorn.Config, as `python app.py` serves."""
    protocol = type("ConfiguredRequestDeadlineProtocol", (RequestDeadlineProtocol,),
                    {"request_timeout": web.request_timeout})
    return {"host": web.host, "port": web.port, "http": protocol, "limit_concurrency": web.max_connections,
            "timeout_keep_alive": 5, "access_log": False, "log_level": "warning", "proxy_headers": True}
