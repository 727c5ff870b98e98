"""``geomap claims OUT --csv`` gives ``published_given`` as claims.csv does (user68a B4).

The claims view of a saved run kept each article's title, outlet and date from
``articles.jsonl`` but not the date as the input gave it, so the column was empty.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from geomap.cli import _register, app
from geomap.geoparser import Geoparser
from geomap.records import Article
from geomap.run import geoparse_articles, write_outputs
from geomap.settings import Settings
from tests.test_nlp_blank import _nlp


def test_claims_csv_of_a_saved_run_keeps_the_date_as_given(tmp_path: Path) -> None:
    gp = Geoparser(Settings(), nlp=_nlp(["Kaliningrad"]))
    meta = {"outlet": "Wire", "published": "2026-04-10T11:02:00+02:00"}
    articles = [Article("a", "Troops left Kaliningrad.", "a", meta)]
    out = tmp_path / "out"
    write_outputs(geoparse_articles(articles, geoparser=gp), out)
    written = list(csv.DictReader(io.StringIO((out / "claims.csv").read_text("utf-8-sig"))))
    assert written[0]["published_given"] == "2026-04-10T11:02:00+02:00"
    _register()
    shown = CliRunner().invoke(app, ["claims", str(out), "--csv", "--limit", "0"])
    assert shown.exit_code == 0, shown.output
    rows = list(csv.DictReader(io.StringIO(shown.output)))
    assert [(r["published"], r["published_given"]) for r in rows] == [
        (written[0]["published"], "2026-04-10T11:02:00+02:00")
    ]
