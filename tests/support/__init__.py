"""Helpers shared by the suite and the benchmarks (bench/). Nothing here imports Django."""
