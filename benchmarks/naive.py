"""The naive LangChain RAG every figure is compared with: sentence-transformers through LangChain's
HuggingFaceEmbeddings and `Chroma.similarity_search` top 4 over the live index's passages, nothing else.

`python -m benchmarks.naive ask QUESTION` is its command line, `python -m benchmarks.naive --port PORT`
its server (POST /api/ask, GET /healthz), so that the command and the server are measured alike."""

# PyTorch before Chroma, which loads ONNX Runtime: in the other order PyTorch's threads run up to ten
# times slower on this machine, and the baseline would look worse than it is.
import torch  # noqa: F401

# isort: split
import argparse
import sys

from langchain_chroma import Chroma

from index import store
from index.settings import Settings
from ingest.model import document_embedder


def naive_store(settings: Settings) -> Chroma:
    client = store.connect(settings)
    version = store.read_manifest(client, settings).version
    return Chroma(client=client, embedding_function=document_embedder(), create_collection_if_not_exists=False,
                  collection_name=store.collection_name(settings, "passages", version))


def retrieve(vectors: Chroma, question: str) -> list[dict]:
    return [{"id": doc.id, "text": doc.page_content, **doc.metadata}
            for doc in vectors.similarity_search(question, k=4)]


def serve(settings: Settings, port: int) -> None:
    import uvicorn
    from fastapi import FastAPI
    from pydantic import BaseModel

    class Question(BaseModel):
        question: str

    vectors = naive_store(settings)
    app = FastAPI()

    @app.post("/api/ask")
    def ask(body: Question) -> list[dict]:
        return retrieve(vectors, body.question)

    @app.get("/healthz")
    def health() -> dict:
        return {"status": "ready"}

    uvicorn.run(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.naive", description=__doc__)
    parser.add_argument("--port", type=int)
    parser.add_argument("command", nargs="*", metavar="ask QUESTION")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    if args.command[:1] == ["ask"]:
        for passage in retrieve(naive_store(settings), " ".join(args.command[1:])):
            print(passage["id"], passage["text"][:100])
        return 0
    serve(settings, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
