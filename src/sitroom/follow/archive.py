"""The archive of what was read: every response fetched, feeds and pages, as WARC records (warcio).

Each follower run writes files of its own in the store's archive folder (`STORE.archive/`),
starting a new one past `max_bytes`, so a run killed mid-record damages no file another run
appends to. A record is found again by its file and offset, which the store keeps beside the page.
The payload is kept as it was decoded (the transfer and content encodings undone), with the
response's other headers as they came.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .fetch import Fetched

_DROPPED = {"content-encoding", "content-length", "transfer-encoding"}  # of the bytes on the wire, not of the payload


@dataclass(frozen=True)
class Record:
    """Where an archived response is: a file of the archive folder and its byte range."""

    file: str
    offset: int
    length: int


def archive_folder(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".archive")


class Archive:
    def __init__(self, folder: Path, max_bytes: int = 100_000_000) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._handle = None
        self._name = ""
        self._files = 0

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._files += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._name = f"sitroom-{stamp}-{os.getpid()}-{self._files:03d}.warc.gz"
        self._handle = (self.folder / self._name).open("ab")

    def write(self, fetched: Fetched) -> Record:
        """Archive the request and its response; the response's place. Flushed before it returns,
        so a record the store points to is on disk."""
        if self._handle is None or self._handle.tell() > self.max_bytes:
            self.close()
            self._open()
        assert self._handle is not None
        writer = WARCWriter(self._handle, gzip=True)
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        status = f"{fetched.status} {_reason(fetched.status)}"
        headers = [(k, v) for k, v in fetched.headers if k.lower() not in _DROPPED]
        response = writer.create_warc_record(
            fetched.final_url,
            "response",
            payload=BytesIO(fetched.body),
            length=len(fetched.body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date},
        )
        asked = urlsplit(fetched.url)
        target = (asked.path or "/") + (f"?{asked.query}" if asked.query else "")
        request = writer.create_warc_record(
            fetched.url,
            "request",
            payload=BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                f"GET {target} HTTP/1.1", list(fetched.request_headers), is_http_request=True
            ),
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        offset = self._handle.tell()
        writer.write_record(response)
        length = self._handle.tell() - offset
        writer.write_record(request)
        self._handle.flush()
        return Record(self._name, offset, length)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@dataclass(frozen=True)
class Archived:
    url: str
    date: str
    status: str
    headers: tuple[tuple[str, str], ...]
    body: bytes


def read_record(folder: Path, record: Record) -> Archived:
    """The response archived at `record`: OSError or ValueError when it is not there."""
    with (folder / Path(record.file).name).open("rb") as handle:
        handle.seek(record.offset)
        for found in ArchiveIterator(BytesIO(handle.read(record.length))):
            http = found.http_headers
            return Archived(
                url=found.rec_headers.get_header("WARC-Target-URI") or "",
                date=found.rec_headers.get_header("WARC-Date") or "",
                status=http.get_statuscode() if http else "",
                headers=tuple(http.headers) if http else (),
                body=found.content_stream().read(),
            )
    raise ValueError(f"no WARC record at {record.file}:{record.offset}")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
