"""Ingest: corpus files → validated documents → passages and sentences → a new index version."""
