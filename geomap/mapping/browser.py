"""Open a written ``map.html`` in headless Chromium with the network cut.

Used by :func:`geomap.mapping.screenshot`, the browser tests and the map
benchmark.  Needs the ``playwright`` Python package (a dev dependency) and a
Chromium binary (Debian's ``/usr/bin/chromium`` by default; ``GEOMAP_CHROMIUM``
overrides it).  Every request that is not the map file itself is aborted and
recorded.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


def chromium_path() -> str | None:
    """Return the Chromium executable to use, or ``None`` if there is none."""
    env = os.environ.get("GEOMAP_CHROMIUM")
    candidates = (
        env,
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    )
    for cand in candidates:
        if cand and Path(cand).exists():
            return cand
    return None


def browser_missing_reason() -> str | None:
    """Return why the browser cannot run (``None`` when it can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install playwright)"
    if chromium_path() is None:
        return "no Chromium found at /usr/bin/chromium (set GEOMAP_CHROMIUM)"
    return None


@dataclass
class OfflinePage:
    """A loaded page plus what happened while loading it.

    Attributes
    ----------
    page
        The Playwright ``Page``.
    url
        ``file://`` URL of the map.
    blocked
        URLs of requests that were aborted (anything but the map file).
    console_errors
        Console messages of type ``error`` and uncaught page errors.
    dialogs
        Messages of any ``alert``/``confirm``/``prompt`` dialogs (dismissed).
    """

    page: Any
    url: str
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def launch_browser() -> Iterator[Any]:
    """Start headless Chromium once; pass it to :func:`offline_page` as ``browser=``.

    Raises
    ------
    RuntimeError
        If Playwright or Chromium is missing.
    """
    reason = browser_missing_reason()
    if reason is not None:
        raise RuntimeError(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_page(
    html_path: str | Path,
    *,
    width: int = 1400,
    height: int = 900,
    timeout_ms: int = 30000,
    browser: Any = None,
) -> Iterator[OfflinePage]:
    """Open ``html_path`` from ``file://`` in headless Chromium with all network blocked.

    Parameters
    ----------
    html_path
        The map file.
    width, height
        Viewport size in CSS pixels.
    timeout_ms
        Navigation timeout.
    browser
        A browser from :func:`launch_browser` (a new, isolated context is
        opened in it); ``None`` starts one for this page only.

    Yields
    ------
    OfflinePage
        The page once ``load`` fired and the map's runtime has run.

    Raises
    ------
    RuntimeError
        If Playwright or Chromium is missing.
    """
    if browser is None:
        with (
            launch_browser() as own,
            offline_page(
                html_path, width=width, height=height, timeout_ms=timeout_ms, browser=own
            ) as state,
        ):
            yield state
        return
    path = Path(html_path).resolve()
    url = path.as_uri()
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        state = OfflinePage(page=None, url=url)

        def route(r: Any) -> None:
            if r.request.url == url:
                r.continue_()
            else:
                state.blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        state.page = page
        page.on(
            "console",
            lambda m: state.console_errors.append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: state.console_errors.append(str(e)))

        def on_dialog(d: Any) -> None:
            state.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(url, wait_until="load", timeout=timeout_ms)
        page.wait_for_function("() => (window.geomapApps || []).length > 0", timeout=timeout_ms)
        yield state
    finally:
        context.close()
