"""bench/conflict/build_gold.py keeps checked points unless a hint fixed a new one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "conflict" / "build_gold.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gold", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _doc(lat: float, pid: str | None, fixed: bool | None) -> dict[str, Any]:
    top: dict[str, Any] = {"start": 0, "end": 5, "text": "Aktau", "lat": lat, "lon": 51.0}
    top["geonameid"] = pid
    if fixed is not None:
        top["_fixed"] = fixed
    return {"id": "d", "text": "Aktau is a port.", "toponyms": [top]}


def test_a_point_a_hint_fixes_anew_replaces_the_checked_one() -> None:
    gold = _module()
    old = _doc(48.0, "1526601", None)
    # the hint now names another entry: the text is the same, the gold is not
    out = gold.keep_checked([_doc(43.66, "610612", True)], {"d": old})
    assert out[0]["toponyms"][0]["geonameid"] == "610612"
    assert "_fixed" not in out[0]["toponyms"][0]
    # a country-code hint looked up again (a rebuilt gazetteer) keeps the checked point
    out = gold.keep_checked([_doc(43.66, "610612", False)], {"d": old})
    assert out == [old]
    # the same fixed point keeps the checked document as it was
    same = _doc(48.0, "1526601", None)
    assert gold.keep_checked([_doc(48.0, "1526601", True)], {"d": same}) == [same]
