"""Nearest-rank percentiles for the benchmark scripts (imported from their own directory)."""


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]
