"""Polite feed downloads: timeouts, retries with backoff, a named user agent and conditional requests."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Literal

import httpx

from .. import __version__
from ..config import Settings
from ..types import Failure, RawItem
from .decode import format_size
from .feeds import iter_feed

__all__ = ["FetchResult", "Fetcher", "user_agent"]

log = logging.getLogger("vigie.fetch")

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_WAIT = 60.0  # never sleep longer than this between attempts, whatever Retry-After says


def user_agent(settings: Settings) -> str:
    """'vigie/VERSION (+CONTACT)': names the software and where its operator can be reached."""
    return f"vigie/{__version__} (+{settings.contact_url})"


@dataclass(slots=True)
class FetchResult:
    """One URL's outcome: 'ok' with the body, 'unchanged' (304, nothing downloaded) or 'failed' with why."""

    url: str
    status: Literal["ok", "unchanged", "failed"]
    content: bytes | None = None
    http_status: int | None = None
    error: str | None = None
    attempts: int = 1


class Fetcher:
    """An httpx client with retries and an ETag / Last-Modified cache file; `transport` is the test seam."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        cache_path: str | Path | None = None,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.retries = max(0, settings.fetch_retries)
        self.backoff = backoff
        self.sleep = sleep
        self.cache_path = Path(cache_path or settings.fetch_cache).expanduser()
        self.cache = self._load_cache()
        self.client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=True,
            headers={"User-Agent": user_agent(settings), "Accept": _ACCEPT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- cache ---------------------------------------------------------------------------------------

    def _load_cache(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            log.warning("%s: ignoring unreadable fetch cache (%s)", self.cache_path, e)
            return {}
        return data if isinstance(data, dict) else {}

    def _save_cache(self) -> None:
        """Write the cache atomically, so an interrupted run never leaves half a file."""
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, prefix=".fetch-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self.cache, f, indent=1, sort_keys=True)
            os.replace(tmp, self.cache_path)
        except OSError as e:
            log.warning("%s: cannot save the fetch cache (%s)", self.cache_path, e)

    # -- requests ------------------------------------------------------------------------------------

    def _conditional_headers(self, url: str) -> dict[str, str]:
        known = self.cache.get(url) or {}
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        return headers

    def _wait(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds before the next attempt: Retry-After when the server gives it, else exponential backoff."""
        retry_after = response.headers.get("Retry-After") if response is not None else None
        if retry_after:
            try:
                return min(MAX_WAIT, max(0.0, float(retry_after)))
            except ValueError:
                try:
                    when = parsedate_to_datetime(retry_after)
                    return min(MAX_WAIT, max(0.0, (when - datetime.now(UTC)).total_seconds()))
                except (TypeError, ValueError):
                    pass
        return min(MAX_WAIT, self.backoff * 2**attempt)

    def fetch(self, url: str) -> FetchResult:
        """GET `url` conditionally; retry connection errors, timeouts, 5xx and 429 up to `fetch_retries` times."""
        attempt = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = self.client.get(url, headers=self._conditional_headers(url))
            except httpx.TransportError as e:
                error = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
            except httpx.HTTPError as e:  # invalid URL and the like: retrying cannot help
                return FetchResult(url, "failed", error=str(e), attempts=attempt + 1)
            else:
                if response.status_code not in RETRY_STATUS:
                    return self._result(url, response, attempt + 1)
                error = f"HTTP {response.status_code}"
            if attempt >= self.retries:
                return FetchResult(
                    url,
                    "failed",
                    http_status=response.status_code if response is not None else None,
                    error=f"{error} after {attempt + 1} attempts",
                    attempts=attempt + 1,
                )
            wait = self._wait(attempt, response)
            log.info("%s: %s; retrying in %.1f s", url, error, wait)
            self.sleep(wait)
            attempt += 1

    def _result(self, url: str, response: httpx.Response, attempts: int) -> FetchResult:
        if response.status_code == 304:
            return FetchResult(url, "unchanged", http_status=304, attempts=attempts)
        if response.status_code != 200:
            return FetchResult(
                url, "failed", http_status=response.status_code, error=f"HTTP {response.status_code}"
            )
        content = response.content
        if len(content) > self.settings.max_bytes:
            limit = format_size(self.settings.max_bytes)
            return FetchResult(
                url, "failed", None, 200, f"feed is {format_size(len(content))}, over the {limit} limit"
            )
        validators = {
            k: v
            for k, v in (
                ("etag", response.headers.get("ETag")),
                ("last_modified", response.headers.get("Last-Modified")),
            )
            if v
        }
        if validators:
            self.cache[url] = validators
        else:
            self.cache.pop(url, None)
        self._save_cache()
        return FetchResult(url, "ok", content, 200, attempts=attempts)

    def items(self, urls: list[str]) -> Iterator[RawItem | Failure | FetchResult]:
        """Each URL's FetchResult, then (when downloaded) its feed entries as RawItems or Failures."""
        for url in urls:
            result = self.fetch(url)
            yield result
            if result.status == "ok" and result.content is not None:
                yield from iter_feed(url, result.content)


_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
