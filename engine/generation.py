"""Optional free-form answers from an OpenAI-compatible chat model, kept only where the sources back them.

Every generated sentence must cite a passage by [n] and be close in meaning to a sentence of that
passage; anything else is dropped. If nothing survives, or the server fails, the caller falls back to
the extractive answer."""

import logging
import os

import numpy as np
from langchain_core.documents import Document
from langchain_core.prompts import ChatPromptTemplate

from engine import compose
from engine.knowledge import Knowledge
from engine.models import Citation
from engine.prompts import Prompts
from index.embedder import get_embedder
from index.sentences import CITATION_MARKER

log = logging.getLogger(__name__)

SUPPORT_THRESHOLD = 0.55


class Generator:
    def __init__(self, prompts: Prompts, base_url: str, model: str, api_key: str, timeout: float):
        from langchain_openai import ChatOpenAI

        self.prompts = prompts
        self.chat = ChatOpenAI(base_url=base_url, model=model, api_key=api_key, timeout=timeout,
                               max_retries=0, temperature=0)
        self.template = ChatPromptTemplate.from_messages(
            [("system", prompts.text("llm_system")), ("human", prompts.text("llm_user"))]
        )

    @classmethod
    def from_env(cls, prompts: Prompts) -> "Generator | None":
        base_url = os.environ.get("LLM_BASE_URL")
        if not base_url:
            return None
        return cls(prompts, base_url, os.environ.get("LLM_MODEL", "local-model"),
                   os.environ.get("LLM_API_KEY", "not-needed"), float(os.environ.get("LLM_TIMEOUT", "20")))

    def answer(self, question: str, passages: list[Document], knowledge: Knowledge) -> compose.Body | None:
        context = "\n\n".join(f"[{n}] {p.page_content}" for n, p in enumerate(passages, start=1))
        try:
            reply = self.chat.invoke(self.template.format_messages(question=question, passages=context))
        except Exception as error:  # any failure of an optional server means: answer extractively
            log.warning("LLM request failed (%s); answering extractively", type(error).__name__)
            return None
        return self._checked(str(reply.content), passages, knowledge)

    def _checked(self, reply: str, passages: list[Document], knowledge: Knowledge) -> compose.Body | None:
        kept, quotes = [], {}
        for sentence in compose.split_sentences(reply):
            cited = sorted({int(n) for n in CITATION_MARKER.findall(sentence) if 1 <= int(n) <= len(passages)})
            claim = " ".join(CITATION_MARKER.sub("", sentence).split()).rstrip(" .")
            vector = np.asarray(get_embedder().embed_query(claim), dtype=np.float32) if cited and claim else None
            supported = [n for n in cited if self._support(vector, passages[n - 1], knowledge, quotes, n)]
            if claim and supported:
                kept.append(f"{claim} " + "".join(f"[{n}]" for n in supported) + ".")
        if not kept:
            return None
        citations = tuple(_citation(knowledge, passages[n - 1], n, quotes[n]) for n in sorted(quotes)
                          if any(f"[{n}]" in sentence for sentence in kept))
        return compose.Body("informational", tuple(kept[: compose.MAX_SENTENCES]), citations, mode="llm")

    def _support(self, claim_vector, passage: Document, knowledge: Knowledge, quotes: dict, n: int) -> bool:
        """Whether a sentence of the passage says what the claim says; remembers that sentence to quote."""
        positions = knowledge.sentences_by_passage.get(passage.id, ())
        if not positions:
            return False
        similarities = knowledge.sentence_vectors[list(positions)] @ claim_vector
        best = int(np.argmax(similarities))
        if similarities[best] < SUPPORT_THRESHOLD:
            return False
        quotes.setdefault(n, knowledge.sentences[positions[best]])
        return True


def _citation(knowledge: Knowledge, passage: Document, n: int, sentence) -> Citation:
    return Citation(n=n, **knowledge.sources[passage.metadata["source_id"]], section=passage.metadata["section"],
                    quote=sentence.text, start=sentence.start, end=sentence.end)
