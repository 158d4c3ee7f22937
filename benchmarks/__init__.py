"""Measured, not assumed: `python -m benchmarks` writes benchmarks/RESULTS.md and benchmarks/results.json."""
