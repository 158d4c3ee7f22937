"""The web app: FastAPI for the JSON API and the widget, with the Gradio patient page mounted at /."""

import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.routing import Mount

from engine import Engine
from index.settings import Settings
from web import api, docs, pages
from web.clinics import load_clinics
from web.config import WebSettings
from web.feedback import FeedbackStore
from web.middleware import AllowedHosts, BodyLimit, GradioGate, RequestLog, SecurityHeaders, printable
from web.patient import build_patient_page
from web.preview import LinkPreview
from web.ratelimit import RateLimiter
from web.services import Services
from web.templates import Templates

MAX_BODY_BYTES = 64 * 1024
log = logging.getLogger("claimcheck")


def create_app(settings: Settings, web: WebSettings, engine: Engine | None = None) -> FastAPI:
    engine = engine or Engine(settings)
    services = Services(
        engine=engine,
        templates=Templates(engine.prompts),
        clinics=load_clinics(web.clinics_file),
        feedback=FeedbackStore(web.database_url),
        limiter=RateLimiter(web.requests_per_minute),
        qa_token=web.qa_token,
        public_url=web.public_url,
    )
    _report_start_problems(services, web)
    errors = services.text["api_errors"]
    app = FastAPI(title=services.text["app_title"], summary=services.text["intro"], version="1",
                  docs_url=None, redoc_url=None)
    app.state.services = services
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(docs.router)
    app.mount(pages.STATIC_URL, StaticFiles(directory=pages.STATIC_DIR), name="static")
    app.mount(docs.ASSETS_PATH, StaticFiles(directory=docs.ASSETS_DIR), name="docs-assets")
    _install_error_handlers(app, errors)
    app.add_middleware(CORSMiddleware, allow_origins=sorted(services.clinics.all_origins),
                       allow_methods=["POST"], allow_headers=["Content-Type"], max_age=600)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES,
                       message=errors["body_too_large"].format(limit=MAX_BODY_BYTES))
    app.add_middleware(AllowedHosts, hosts=web.allowed_hosts, message=errors["host_not_allowed"])
    app.add_middleware(SecurityHeaders)
    app.add_middleware(LinkPreview, tags=services.templates.render("preview.html"))
    app.add_middleware(RequestLog)
    app = gr.mount_gradio_app(
        app, build_patient_page(services), path="/", footer_links=[], show_error=False,
        # A full URL as root_path: Gradio builds its links from it, never from the request's Host.
        root_path=web.public_url,
        theme=gr.themes.Soft(primary_hue="blue", neutral_hue="slate",
                             font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
                             font_mono=["ui-monospace", "monospace"]),
        css_paths=[pages.STATIC_DIR / "answer.css", pages.STATIC_DIR / "patient.css"],
        head=f'<script src="{pages.STATIC_URL}/patient.js" defer></script>',
    )
    patient_page = next(route for route in app.router.routes if isinstance(route, Mount) and route.path == "")
    patient_page.app = GradioGate(patient_page.app, not_found=errors["not_found"], only_text=errors["only_text"])
    return app


def _report_start_problems(services: Services, web: WebSettings) -> None:
    if not web.clinics_file.is_file():
        log.warning("No clinics file at %s (CLINICS_FILE): no clinic can embed the widget until it exists.",
                    web.clinics_file)
    if services.feedback.problem is not None:
        log.warning("The feedback database %s cannot be used (%s). Answers keep working; feedback is refused "
                    "with 503 until the database is repaired or DATABASE_URL names another.",
                    services.feedback.location, services.feedback.problem)


def _install_error_handlers(app: FastAPI, errors: dict) -> None:
    @app.exception_handler(api.ApiError)
    async def api_error(_request: Request, error: api.ApiError) -> JSONResponse:
        return error.response()

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _describe(error, errors)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        if error.status_code == 400:
            # FastAPI's only 400 is a body it cannot decode (bytes that are not UTF-8): invalid JSON.
            return JSONResponse({"error": errors["invalid_json"]}, status_code=422)
        message = errors["not_found"] if error.status_code == 404 else str(error.detail)
        return JSONResponse({"error": message}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, _error: Exception) -> JSONResponse:
        log.exception("unexpected error while answering a request")
        return JSONResponse({"error": errors["internal"]}, status_code=500)


def _describe(error: RequestValidationError, errors: dict) -> str:
    problems = error.errors()
    if any(problem["type"] == "json_invalid" for problem in problems):
        return errors["invalid_json"]
    first = problems[0]
    # Field names can come from the client (unknown keys): escaped (lone surrogates included) and short.
    field = printable(".".join(str(part) for part in first["loc"] if part != "body") or "body")[:80]
    if first["type"] == "unreadable_text":
        return errors["unreadable_text"].format(field=field)
    return errors["invalid_request"].format(problem=f"{field}: {first['msg']}")
