"""Across articles: wire copies, situations, timelines, alerts and briefs.

Each module is plain functions over plain data; `store/corpus.py` keeps their state in SQLite.
"""
