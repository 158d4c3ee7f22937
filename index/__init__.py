"""The index: what ingest writes and the engine reads (schemas, embedder, Chroma store)."""
