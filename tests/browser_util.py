"""Skip or fail browser tests when Chromium/Playwright are missing."""

from __future__ import annotations

import os

import pytest

from geomap.mapping.browser import browser_missing_reason


def require_browser() -> None:
    """Skip the test without a browser, unless GEOMAP_REQUIRE_BROWSER=1 (CI): then fail."""
    reason = browser_missing_reason()
    if reason is None:
        return
    if os.environ.get("GEOMAP_REQUIRE_BROWSER") == "1":
        pytest.fail(f"GEOMAP_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(f"browser tests need Playwright + Chromium: {reason}")
