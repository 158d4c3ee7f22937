"""Pages outside the chat: the clinic widget, the script that embeds it, and the claim reviews."""

import json
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from engine.errors import MAX_QUESTION_CHARS
from web.api import RateLimited
from web.claims import review_views
from web.clinics import Clinic
from web.presentation import widget_rules
from web.services import Services, get_services

STATIC_DIR = Path(__file__).parent / "static"
# Not /static: Gradio serves its own files there (iframeResizer), and a mount would shadow them.
STATIC_URL = "/cc-static"
# Keys of prompts/web.yaml the widget's script needs.
_WIDGET_TEXT_KEYS = ("thinking", "network_error", "sources_heading", "section_word", "rests_on",
                     "feedback_question", "feedback_up", "feedback_down", "feedback_thanks", "comment_label",
                     "comment_button", "comment_saved", "verdict_icons", "safety_labels", "urgent", "share_label")

router = APIRouter(include_in_schema=False)


@router.get("/widget", response_class=HTMLResponse)
def widget(request: Request, clinic: str = Query(default="", max_length=100),
           origin: str = Query(default="", max_length=300)) -> HTMLResponse:
    """`origin` is the embedding page's origin, as /embed.js reports it; the widget talks to that page
    (closing itself, taking focus) only when it is one of the clinic's allowed origins."""
    services = get_services(request)
    known = services.clinics.get(clinic)
    if known is None:
        # Any page may frame this notice, so a clinic with a typo sees why instead of a blank box.
        page = services.templates.message_page("unknown_clinic", clinic=clinic)
        return HTMLResponse(page, status_code=404, headers={"Content-Security-Policy": _policy("*")})
    parent = origin if origin in known.allowed_origins else None
    page = services.templates.render("widget.html", clinic=known, config=_widget_config(services, known, parent),
                                     max_chars=MAX_QUESTION_CHARS)
    return HTMLResponse(page, headers={"Content-Security-Policy": _policy(" ".join(known.allowed_origins)),
                                       "Cache-Control": "no-store"})


@router.get("/widget/clinic", dependencies=RateLimited)
def widget_clinic(request: Request, clinic: str = Query(default="", max_length=100)) -> JSONResponse:
    """What /embed.js needs before the widget opens: the launcher's colour and the dialog's name.
    Read cross-origin by the clinics' pages (CORS allows their origins)."""
    services = get_services(request)
    known = services.clinics.get(clinic)
    if known is None:
        return JSONResponse({"error": services.text["api_errors"]["unknown_clinic"].format(clinic=clinic)},
                            status_code=404)
    return JSONResponse({"name": known.name, "accent": known.accent,
                         "dialog_label": services.text["widget"]["dialog_label"].format(clinic=known.name)},
                        headers={"Cache-Control": "public, max-age=300"})


@router.get("/embed.js")
def embed_script(request: Request) -> Response:
    texts = json.dumps(get_services(request).text["widget"], ensure_ascii=True)
    script = _embed_source().replace("/*TEXT*/null", texts)
    return Response(script, media_type="text/javascript", headers={
        "Cache-Control": "public, max-age=300",
        "Cross-Origin-Resource-Policy": "cross-origin",
    })


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    services = get_services(request)
    reviews = review_views(services.engine.knowledge, services.engine.prompts)
    return HTMLResponse(services.templates.render("claims.html", reviews=reviews))


def _widget_config(services: Services, clinic: Clinic, parent_origin: str | None) -> dict:
    return {
        "clinic": clinic.id,
        "clinic_name": clinic.name,
        "contact": clinic.contact,
        "accent": clinic.accent,
        "parent_origin": parent_origin,
        "text": {key: services.text[key] for key in _WIDGET_TEXT_KEYS},
        "rules": widget_rules(services.engine.prompts),
    }


def _policy(frame_ancestors: str) -> str:
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
            f"frame-ancestors {frame_ancestors}")


@lru_cache(maxsize=1)
def _embed_source() -> str:
    return (STATIC_DIR / "embed.js").read_text(encoding="utf-8")
