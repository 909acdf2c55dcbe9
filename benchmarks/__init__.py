"""Generators of large sessions and the measurement scripts (`python -m benchmarks.run_all`)."""
