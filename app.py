"""Entry point: `python app.py` serves the web app; `ask` answers one question; `eval`, `feedback export` are for QA.

Each command imports only what it uses, inside its own function: `ask` and `eval` never load the web
stack, `feedback export` no model, and none of them PyTorch unless the index must be built first."""

import argparse
import logging
import sys
from pathlib import Path

from index.errors import IndexUnavailable
from index.settings import Settings
from ingest.errors import CorpusError


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    try:
        if args.command == "ask":
            return _ask(settings, args.question, as_json=args.json, explain=args.explain)
        if args.command == "feedback":
            return _export_feedback(settings, csv_path=args.csv, cases_path=args.cases)
        if args.command == "eval":
            return _evaluate(settings, args)
        return _serve(settings, host=args.host, port=args.port)
    except (CorpusError, IndexUnavailable, OSError) as error:
        return _failed(error)


def _failed(error: Exception) -> int:
    print(f"error: {error}", file=sys.stderr)
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python app.py", description="Exosome claim-checker. With no "
                                     "command, serves the patient page, the API and the clinic widget.")
    parser.add_argument("--host", help="address to listen on (env HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (env PORT, default 7860)")
    commands = parser.add_subparsers(dest="command")
    ask = commands.add_parser("ask", help="answer one question or check one claim")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    ask.add_argument("--explain", action="store_true", help="also print how the verdict was reached (the trace)")
    feedback = commands.add_parser("feedback", help="patients' feedback on answers")
    feedback_commands = feedback.add_subparsers(dest="action", required=True)
    export = feedback_commands.add_parser("export", help="write the feedback out, as CSV or as draft cases")
    destination = export.add_mutually_exclusive_group(required=True)
    destination.add_argument("--csv", type=Path, metavar="FILE", help="every feedback row")
    destination.add_argument("--cases", type=Path, metavar="FILE",
                             help="each disliked or commented answer as a draft regression case, for QA to label")
    evaluate = commands.add_parser("eval", help="run the QA regression set and report what changed")
    evaluate.add_argument("set_path", nargs="?", type=Path, metavar="SET",
                          help="regression set (default tests/regression/questions.yaml)")
    evaluate.add_argument("--url", help="ask a deployed server's /api/ask instead of this process (with env "
                          "QA_TOKEN set to the server's QA token, its rate limit does not apply)")
    evaluate.add_argument("--repeat", type=int, default=1, metavar="N", help="ask each question N times")
    evaluate.add_argument("--baseline", type=Path, metavar="FILE", help="an earlier --json result to compare with "
                          "(default: the last stored run of the same set and target)")
    evaluate.add_argument("--history", type=_positive, metavar="N",
                          help="list each case's last N outcomes from the stored runs, flagging flips (the "
                          "default lists only the cases that flipped in their last 5)")
    for name, what in (("json", "the full result, usable as a baseline"), ("junit", "JUnit XML for CI"),
                       ("report", "an HTML report: failing, changed or all cases"),
                       ("markdown", "a short summary")):
        evaluate.add_argument(f"--{name}", type=Path, metavar="FILE", help=what)
    return parser


def _ready_engine(settings: Settings):
    """The engine over the live index; on a first run, build the index first, showing progress."""
    from engine import Engine

    try:
        return Engine(settings)
    except IndexUnavailable as error:
        from ingest.pipeline import run_ingest

        print(f"The index cannot be used ({error}); building it from corpus/.", file=sys.stderr)
        print(run_ingest(settings, log=_to_stderr).summary(), file=sys.stderr)
        return Engine(settings)


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr)


def _serve(settings: Settings, host: str | None, port: int | None) -> int:
    import uvicorn

    from web.clinics import ClinicsFileError
    from web.config import WebSettings
    from web.server import create_app
    from web.serving import uvicorn_options

    overrides = {key: value for key, value in (("host", host), ("port", port)) if value is not None}
    web = WebSettings.from_env(settings, **overrides)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    engine = _ready_engine(settings)
    try:
        app = create_app(settings, web, engine)
    except ClinicsFileError as error:
        return _failed(error)
    # Ready means warm: /healthz answers only once the first questions need nothing loaded any more.
    engine.warm_up()
    print(f"Serving the claim-checker on http://{web.host}:{web.port}/ (Ctrl+C to stop)", file=sys.stderr)
    uvicorn.run(app, **uvicorn_options(web))
    return 0


def _ask(settings: Settings, question: str, as_json: bool, explain: bool) -> int:
    from engine.errors import QuestionError
    from engine.render import render_text

    engine = _ready_engine(settings)
    try:
        answer = engine.ask(question)
    except QuestionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(answer.model_dump_json(indent=2) if as_json else render_text(answer, engine.prompts, explain=explain))
    return 0


def _evaluate(settings: Settings, args: argparse.Namespace) -> int:
    from functools import partial

    from qa.baseline import BaselineError
    from qa.cases import RegressionSetError
    from qa.command import DEFAULT_SET, EvalOptions, evaluate

    options = EvalOptions(set_path=args.set_path or DEFAULT_SET, url=args.url, repeat=args.repeat,
                          baseline=args.baseline, history=args.history, json=args.json, junit=args.junit,
                          report=args.report, markdown=args.markdown)
    try:
        return evaluate(settings, options, lambda: partial(_ready_engine(settings).ask, fresh=True))[1]
    except (RegressionSetError, BaselineError) as error:
        return _failed(error)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of runs, 1 or more")
    return int(text)


def _export_feedback(settings: Settings, csv_path: Path | None, cases_path: Path | None) -> int:
    from web.config import WebSettings
    from web.feedback import FeedbackStore, FeedbackUnavailable

    store = FeedbackStore(WebSettings.from_env(settings).database_url)
    try:
        if csv_path is not None:
            count = store.export_csv(csv_path)
            print(f"Wrote {count} feedback rows to {csv_path}", file=sys.stderr)
            return 0
        rows = store.rows()
    except FeedbackUnavailable as error:
        print(f"error: the feedback database {store.location} cannot be read ({error})", file=sys.stderr)
        return 2
    from qa.drafts import draft_cases, write_drafts

    drafts = draft_cases(rows)
    write_drafts(drafts, cases_path)
    print(f"Wrote {len(drafts)} draft cases to {cases_path}; label them, then move them into the set",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

