"""The JSON API: ask, feedback, health and the claim reviews as JSON-LD."""

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from engine.errors import MAX_QUESTION_CHARS, QuestionError, QuestionTooLong
from engine.models import Answer
from index.embedder import MODEL_NAME
from index.records import SOURCE_ID_PATTERN
from index.store import IndexUnavailable
from web.claims import claims_jsonld
from web.feedback import Comment, Feedback, FeedbackUnavailable, UnknownAnswer
from web.services import Services, client_key, get_services, is_qa_client

router = APIRouter()
log = logging.getLogger("claimcheck")
ServicesDependency = Annotated[Services, Depends(get_services)]


class AskRequest(BaseModel):
    question: str = Field(description=f"The question or claim as the patient typed it, at most "
                          f"{MAX_QUESTION_CHARS} characters.")
    clinic: str | None = Field(default=None, max_length=80, pattern=SOURCE_ID_PATTERN,
                               description="Id of the clinic whose page sent the question, if any.")


class IssuedAnswer(Answer):
    id: str | None = Field(description="Names this answer in feedback (POST /api/feedback); null when feedback "
                           "cannot be stored right now.")


class ErrorBody(BaseModel):
    error: str = Field(description="What was wrong with the request, in plain words.")


class Health(BaseModel):
    status: Literal["ready"] = Field(description="The app is answering.")
    index_live: bool = Field(description="A complete index version is loaded.")
    passages: int = Field(description="Passages in the live index version.")
    model: str = Field(description="Embedding model of the live index.")
    index_version: str = Field(description="The live index version.")


class FeedbackReceipt(BaseModel):
    id: str = Field(description="Id of the stored feedback; send a comment to it later if the patient wants to.")


class CommentRequest(BaseModel):
    comment: Comment = Field(description="The patient's comment.")


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        return JSONResponse({"error": self.message}, status_code=self.status, headers=self.headers)


def _errors(*statuses: int) -> dict:
    return {status: {"model": ErrorBody} for status in statuses}


def _within_rate_limit(request: Request, services: ServicesDependency) -> None:
    """Before anything looks at the body, so no kind of request escapes the budget; a QA run with the
    server's token has none."""
    if is_qa_client(request, services.qa_token):
        return
    wait = services.limiter.retry_after(client_key(request))
    if wait is not None:
        raise ApiError(429, services.wait_message(wait), {"Retry-After": str(wait)})


RateLimited = [Depends(_within_rate_limit)]


@router.post("/api/ask", response_model=IssuedAnswer, tags=["answers"], dependencies=RateLimited,
             responses=_errors(403, 413, 422, 429, 503),
             summary="Answer a question or check a claim against the sources")
def ask(body: AskRequest, request: Request, services: ServicesDependency) -> IssuedAnswer:
    _admit(request, services, body.clinic)
    try:
        answer = services.engine.ask(body.question)
    except QuestionError as error:
        raise ApiError(413 if isinstance(error, QuestionTooLong) else 422, str(error)) from None
    except IndexUnavailable:
        raise ApiError(503, services.text["unavailable"], {"Retry-After": "30"}) from None
    except Exception:
        # Answered here rather than by the server's last-resort handler, which drops the connection.
        log.exception("the engine failed on a question")
        raise ApiError(500, services.text["api_errors"]["internal"]) from None
    request.state.verdict = answer.verdict
    return IssuedAnswer(**answer.model_dump(), id=services.feedback.issue(answer, body.clinic))


@router.post("/api/feedback", response_model=FeedbackReceipt, status_code=201, tags=["feedback"],
             dependencies=RateLimited, responses=_errors(403, 404, 413, 422, 429, 503),
             summary="Store a thumbs up or down on an answer this server gave")
def give_feedback(body: Feedback, request: Request, services: ServicesDependency) -> FeedbackReceipt:
    errors = services.text["api_errors"]
    try:
        _admit(request, services, services.feedback.issued_clinic(body.answer_id))
        return FeedbackReceipt(id=services.feedback.record(body))
    except UnknownAnswer:
        raise ApiError(404, errors["unknown_answer"]) from None
    except FeedbackUnavailable:
        raise ApiError(503, errors["feedback_unavailable"], {"Retry-After": "60"}) from None


@router.post("/api/feedback/{feedback_id}/comment", status_code=204, tags=["feedback"], dependencies=RateLimited,
             responses=_errors(403, 404, 413, 422, 429, 503), summary="Add the patient's comment to their feedback")
def add_comment(feedback_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")], body: CommentRequest,
                request: Request, services: ServicesDependency) -> None:
    errors = services.text["api_errors"]
    _admit(request, services, clinic_id=None, any_clinic=True)
    try:
        added = services.feedback.add_comment(feedback_id, body.comment)
    except FeedbackUnavailable:
        raise ApiError(503, errors["feedback_unavailable"], {"Retry-After": "60"}) from None
    if not added:
        raise ApiError(404, errors["unknown_feedback"])


@router.get("/healthz", response_model=Health, tags=["operations"], summary="Is the app ready to answer?")
def health(services: ServicesDependency) -> Health:
    manifest = services.engine.knowledge.manifest
    return Health(status="ready", index_live=True, passages=manifest.passage_count, model=MODEL_NAME,
                  index_version=manifest.version)


@router.get("/api/claims.jsonld", tags=["open data"], summary="Every editorial claim review as schema.org ClaimReview")
def claim_reviews(request: Request, services: ServicesDependency) -> JSONResponse:
    document = claims_jsonld(services.engine.knowledge, services.engine.prompts, _own_origin(request, services))
    return JSONResponse(document, media_type="application/ld+json")


@router.api_route("/api/{unknown:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
                  include_in_schema=False)
def no_such_route(request: Request, services: ServicesDependency) -> None:
    """Last of the API's routes: what no route takes is the API's 404 or 405, not the patient page's."""
    errors = services.text["api_errors"]
    allowed = sorted({method for route in router.routes
                      if isinstance(route, APIRoute) and route.endpoint is not no_such_route
                      and route.path_regex.match(request.scope["path"]) for method in route.methods})
    if allowed:
        raise ApiError(405, errors["method_not_allowed"], {"Allow": ", ".join(allowed)})
    raise ApiError(404, errors["not_found"])


def _admit(request: Request, services: Services, clinic_id: str | None, any_clinic: bool = False) -> None:
    """Refuse unknown clinics and pages of origins not allowed for the clinic."""
    errors = services.text["api_errors"]
    clinic = services.clinics.get(clinic_id)
    if clinic_id is not None and clinic is None:
        raise ApiError(422, errors["unknown_clinic"].format(clinic=clinic_id))
    origin = request.headers.get("origin")
    if clinic is not None:
        allowed = set(clinic.allowed_origins)
    else:
        allowed = services.clinics.all_origins if any_clinic else set()
    if origin is not None and origin != _own_origin(request, services) and origin not in allowed:
        raise ApiError(403, errors["origin_not_allowed"].format(origin=origin))


def _own_origin(request: Request, services: Services) -> str:
    """The configured public address; without one, the loopback address asked (its Host was checked)."""
    return services.public_url or f"{request.url.scheme}://{request.headers.get('host', '')}"
