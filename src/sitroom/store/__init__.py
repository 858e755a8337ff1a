"""SQLite storage and exports; no SQL outside this package."""

from .store import ArticleSummary, Store

__all__ = ["ArticleSummary", "Store"]
