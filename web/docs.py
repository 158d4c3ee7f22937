"""The API's documentation page: Swagger UI served from the app itself, so it works offline and under
the pages' Content-Security-Policy (no CDN, no inline script)."""

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from swagger_ui_bundle import swagger_ui_path

from web.services import get_services

ASSETS_PATH = "/docs-assets"
ASSETS_DIR = Path(swagger_ui_path)

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return HTMLResponse(get_services(request).templates.render("docs.html", assets=ASSETS_PATH))
