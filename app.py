"""Entry point: `python app.py ask "QUESTION" [--json]`, or `python app.py` to build the index and report it."""

import argparse
import sys

from index.settings import Settings
from index.store import IndexUnavailable
from ingest.errors import CorpusError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python app.py", description="Exosome claim-checker.")
    commands = parser.add_subparsers(dest="command")
    ask = commands.add_parser("ask", help="answer one question or check one claim")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    try:
        if args.command == "ask":
            return _ask(settings, args.question, as_json=args.json)
        return _build(settings)
    except (CorpusError, IndexUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _build(settings: Settings) -> int:
    from ingest.pipeline import run_ingest

    print(run_ingest(settings).summary())
    return 0


def _ask(settings: Settings, question: str, as_json: bool) -> int:
    from engine import Engine
    from engine.errors import QuestionError
    from engine.render import render_text
    from ingest.pipeline import run_ingest

    try:
        engine = Engine(settings)
    except IndexUnavailable:
        print(run_ingest(settings).summary(), file=sys.stderr)
        engine = Engine(settings)
    try:
        answer = engine.ask(question)
    except QuestionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(answer.model_dump_json(indent=2) if as_json else render_text(answer, engine.prompts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
