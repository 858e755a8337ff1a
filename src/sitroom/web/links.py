"""What the room trusts: which stored URLs may become links (only web addresses, so stored data never
runs script), and which Host names a server bound to this machine answers."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})
# Browsers drop these before reading a scheme, so `java\tscript:` and ` javascript:` still run.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]")

# Pages load only their own script and style; a `javascript:` URL that slipped through would not run.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def web_link(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) address, else None (`javascript:`, `data:`, relative)."""
    if not url:
        return None
    seen = _IGNORED_BY_BROWSERS.sub("", url)
    try:
        parts = urlsplit(seen)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return url.strip()


LOOPBACK_NAMES = ("127.0.0.1", "localhost")


def allowed_hosts(bound: str) -> list[str] | None:
    """The Host names to answer when serving on `bound`: a server on the IPv4 loopback answers
    only to loopback names, so a page on another site cannot reach it through a name that resolves
    to 127.0.0.1 (DNS rebinding); a server bound elsewhere is reachable by its names, so none is
    checked (None). `::1` is not checked: Starlette's host check cannot read `[::1]:port`."""
    return list(LOOPBACK_NAMES) if bound in LOOPBACK_NAMES else None
