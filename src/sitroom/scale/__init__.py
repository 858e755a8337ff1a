"""Batch mode for corpora larger than one machine: the same per-article code in a Spark job."""
