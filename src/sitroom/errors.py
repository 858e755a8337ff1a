"""Errors with stable codes, so a message can be searched for and documented."""

from __future__ import annotations

from dataclasses import dataclass

# Input problems: each names what is wrong with one file (or one line of it).
E101 = "binary file (found NUL bytes)"
E102 = "not UTF-8 text: cannot decode byte 0x{byte:02x} at offset {offset}"
E103 = "empty file"
E104 = "file is {size} bytes, over the limit of {limit} bytes (setting max_input_bytes)"
E105 = "no `date YYYY-MM-DD` first line and no date in the file name"
E106 = "malformed date {value!r}: expected YYYY-MM-DD"
E107 = "no article text after the date line"
E108 = "bad JSON: {reason}"
E109 = "JSON line is not an object with a text field"
E110 = "no main text found in the HTML page"
E111 = "cannot read: {reason}"
E112 = "unsupported file type {suffix!r}: expected .txt, .jsonl, .json, .html, .htm, .warc or .warc.gz"
E113 = "no publication date in the page or the file name"
E114 = "a WARC record or line of more than {limit} bytes (setting max_input_bytes)"
E115 = "text holds {char!r} at character {offset}, half of a UTF-16 pair and no character of its own"
E116 = "date {value} is outside the years {first} to {last}"
E117 = "not a regular file (a pipe, device or socket is not read)"
E118 = "bad JSON: nested more than {limit} deep"

# Store and lookup problems.
E201 = "no article matches {key!r}"
E202 = "{key!r} matches {count} articles; give more of the id"
E203 = "store {path} was made by a newer sitroom (migration {name!r} unknown)"
E204 = "no situation {situation}"
E205 = "a split of situation {situation} must move some of its articles, not none or all"
E206 = "alert rules {path}: {reason}"
E207 = "no alert rule named {name!r}"
E208 = "the store cannot be read ({reason}): it is damaged or not a sitroom store; `sitroom doctor` says more"
E209 = "cannot back up to {path}: {reason}"
E210 = "no outlet named {source!r} in the store"
E211 = "{path} has no _SUCCESS: the batch that wrote it did not finish (run it again) or it is no batch output"

# Following sources (E4xx): what a source or one of its pages answered (the status `sitroom sources` shows).
E401 = "HTTP {status} from {url}"
E402 = "no whole answer within {seconds:g} s from {url}"
E403 = "more than {limit} redirects from {url}"
E404 = "{url} is over {limit} bytes (setting max_input_bytes)"
E405 = "not a feed, news sitemap or list of URLs: {reason}"
E406 = "robots.txt of {host} disallows {url}"
E407 = "cannot connect to {url}: {reason}"
E408 = "no followed source {key!r} (give its id, URL or name; `sitroom sources` lists them)"
E409 = "OPML {path}: {reason}"
E410 = "not an http or https URL: {url!r}"
E411 = "{key!r} names {count} followed sources; give the id"
E412 = "the page held no article: {reason}"


class SitroomError(Exception):
    """Base error; `code` is stable across releases (E1xx input, E2xx store, E3xx models, E4xx followed sources)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class InputError:
    """A problem with one input, reported as a value so that a batch goes on."""

    origin: str  # "path" or "path:line"
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.code} {self.reason}"


def input_error(origin: str, code: str, **values: object) -> InputError:
    template = globals()[code]
    return InputError(origin=printable(origin), code=code, reason=template.format(**values))


def printable(name: str) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8
    (Python keeps them as lone surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def coded(code: str, **values: object) -> str:
    """`CODE words`: a status line for what a followed source or page answered."""
    return f"{code} {globals()[code].format(**values)}"


def store_error(code: str, **values: object) -> SitroomError:
    return SitroomError(code, globals()[code].format(**values))
