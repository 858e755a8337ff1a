"""The web situation room: a FastAPI app with server-rendered pages and a JSON API."""

from .app import create_app

__all__ = ["create_app"]
