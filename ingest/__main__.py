"""python -m ingest [--check]: build the index from the corpus, or only validate the corpus."""

import argparse
import sys
from pathlib import Path

from index.settings import Settings
from index.store import IndexUnavailable
from ingest.errors import CorpusError
from ingest.pipeline import load_corpus, run_ingest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    parser.add_argument("--check", action="store_true", help="validate the corpus and write nothing")
    parser.add_argument("--corpus", help="corpus folder (default: ./corpus or $CORPUS_DIR)")
    args = parser.parse_args(argv)
    settings = Settings.from_env(**({"corpus_dir": Path(args.corpus)} if args.corpus else {}))
    try:
        if args.check:
            print(f"Corpus is valid: {load_corpus(settings).summary()}. Nothing was written.")
        else:
            print(run_ingest(settings).summary())
    except (CorpusError, IndexUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
