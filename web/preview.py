"""The patient page's link preview. Gradio's page carries its own og: and twitter: tags ("Click to try
out the app!", an image from outside); they are replaced by ours, rendered from prompts/web/."""

import re

_GRADIO_PREVIEW = re.compile(rb'\s*<meta\s+(?:property="og:|name="twitter:)[^>]*>')
# After the charset declaration, which must come first.
_ANCHOR = re.compile(rb"<meta charset=[^>]*>|<head[^>]*>")


class LinkPreview:
    """Plain ASGI: rewrites the HTML of GET `path` and passes everything else through untouched."""

    def __init__(self, app, tags: str, path: str = "/"):
        self.app = app
        self.tags = tags.encode()
        self.path = path

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != self.path:
            return await self.app(scope, receive, send)
        start: dict = {}
        chunks: list[bytes] = []

        async def rewrite(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                return await send(message)
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            headers = [(name, value) for name, value in start.get("headers", []) if name.lower() != b"content-length"]
            body = b"".join(chunks)
            if any(name.lower() == b"content-type" and value.startswith(b"text/html") for name, value in headers):
                body = self._with_our_tags(body)
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, rewrite)

    def _with_our_tags(self, html: bytes) -> bytes:
        html = _GRADIO_PREVIEW.sub(b"", html)
        anchor = _ANCHOR.search(html)
        if anchor is None:
            return html
        return html[:anchor.end()] + self.tags + html[anchor.end():]
