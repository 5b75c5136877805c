"""Headless Debian Chromium through Playwright, set up for a machine without internet access."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["CHROMIUM_FLAGS", "chromium_path", "launch_chromium"]

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
    "--disable-dev-shm-usage",
)  # fmt: skip


def chromium_path() -> str | None:
    """The system Chromium (VIGIE_CHROMIUM, else /usr/bin/chromium or chromium on PATH), or None."""
    for candidate in (os.environ.get("VIGIE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@contextmanager
def launch_chromium() -> Iterator[Any]:
    """A Playwright browser running the system Chromium (never a downloaded build)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError("no Chromium found: install Debian's chromium package (make test does)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=list(CHROMIUM_FLAGS), headless=True)
        try:
            yield browser
        finally:
            browser.close()
