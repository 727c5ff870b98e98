"""Claims from mentions, claims.csv, the terminal view and the ``geomap claims`` command."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from geomap.claims import (
    claims_from_mentions,
    places_from_mentions,
    render_claims,
    speaker_from_span,
)
from geomap.io.claims_csv import CLAIM_COLUMNS, write_claims_csv
from geomap.records import Mention, Place, Speaker
from geomap.result import Result
from geomap.settings import Settings

KYIV = Place("703448", "Kyiv", "city", "UA", None, 2_797_553, 30.52, 50.45, "test")
POLAND = Place("798544", "Poland", "country", "PL", None, 38_000_000, 19.0, 52.0, "test")

S1 = 'Officials said Kyiv, "the capital", was calm; Kyiv slept.'
S2 = "Poland sent aid to Kyiv."


def mention(
    article: str,
    sentence: str,
    sentence_start: int,
    text: str,
    place: Place | None,
    *,
    nth: int = 0,
    speaker: Speaker | None = None,
    role: str = "literal",
) -> Mention:
    i = -1
    for _ in range(nth + 1):
        i = sentence.index(text, i + 1)
    start = sentence_start + i
    return Mention(
        article, start, start + len(text), text, sentence, sentence_start, place, 0.9,
        role=role, speaker=speaker,
    )  # fmt: skip


OFFICIALS = Speaker("Officials", 0, 9)
MENTIONS = [
    mention("a", S1, 0, "Kyiv", KYIV, speaker=OFFICIALS),
    mention("a", S1, 0, "Kyiv", KYIV, nth=1, speaker=OFFICIALS, role="metonymy"),
    mention("a", S2, 60, "Poland", POLAND, role="metonymy"),
    mention("a", S2, 60, "Kyiv", KYIV),
    mention("b", S2, 0, "Kyiv", KYIV),
    mention("b", S2, 0, "Poland", None),
]


def test_one_claim_per_place_article_sentence() -> None:
    claims = claims_from_mentions(MENTIONS)
    keys = [(c.place_id, c.article_id, c.start) for c in claims]
    assert keys == [
        ("703448", "a", 0),
        ("798544", "a", 60),
        ("703448", "a", 60),
        ("703448", "b", 0),
    ]
    first = claims[0]
    assert first.sentence == S1
    assert (first.start, first.end) == (0, len(S1))
    assert (first.mention_start, first.mention_end) == (S1.index("Kyiv"), S1.index("Kyiv") + 4)
    assert first.speaker == OFFICIALS
    assert first.role == "literal"  # the first mention's role
    assert claims[1].role == "metonymy"
    assert claims[2].speaker is None


def _csv(mentions: list[Mention], path: Path) -> Path:
    claims = claims_from_mentions(mentions)
    return write_claims_csv(claims, path, places=places_from_mentions(mentions))


def test_claims_name_what_the_articles_focus_placed(tmp_path: Path) -> None:
    sentence = "Water mains burst on Royal Street in Kyiv."
    street = mention("c", sentence, 0, "Royal Street", KYIV)
    street = dataclasses.replace(street, located_by="focus")
    both = [street, mention("c", sentence, 0, "Kyiv", KYIV)]
    (claim,) = claims_from_mentions(both)
    assert claim.context_names == ("Royal Street",)
    marked = sentence[claim.mention_start - claim.start : claim.mention_end - claim.start]
    assert marked == "Kyiv"  # the mention that names the place marks the claim
    assert claims_from_mentions(both[1:])[0].context_names == ()
    path = _csv(both, tmp_path / "claims.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["context_names"] == "Royal Street"
    shown = render_claims(both).splitlines()
    assert "      (placed here as the article's focus: Royal Street)" in shown
    assert not any("focus" in line for line in render_claims(both[1:]).splitlines())


def test_speaker_from_span() -> None:
    import spacy

    doc = spacy.blank("en")("Officials said Kyiv was calm.")
    assert speaker_from_span(doc[0:1]) == Speaker("Officials", 0, 9)
    assert speaker_from_span(None) is None


def test_claims_csv_round_trips(tmp_path: Path) -> None:
    path = _csv(MENTIONS, tmp_path / "claims.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == CLAIM_COLUMNS
    assert len(rows) == 4
    row = rows[0]
    assert row["sentence"] == S1  # commas, quotes and semicolons survive
    assert row["name"] == "Kyiv" and row["feature_type"] == "city" and row["country_code"] == "UA"
    assert row["mention"] == "Kyiv"
    assert (row["speaker"], row["speaker_start"], row["speaker_end"]) == ("Officials", "0", "9")
    assert int(row["sentence_end"]) - int(row["sentence_start"]) == len(S1)
    assert rows[1]["speaker"] == "" and rows[1]["role"] == "metonymy"
    assert rows[1]["mention"] == "Poland"


def test_claims_csv_from_claims_without_places(tmp_path: Path) -> None:
    claims = claims_from_mentions(MENTIONS)
    path = write_claims_csv(claims, tmp_path / "claims.csv", places={KYIV.place_id: KYIV})
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert [r["name"] for r in rows] == ["Kyiv", "", "Kyiv", "Kyiv"]


def test_claims_csv_keeps_non_ascii_and_newlines(tmp_path: Path) -> None:
    sentence = "Київ said:\n“Kyiv stands.”"
    m = mention("ü", sentence, 5, "Kyiv", KYIV, speaker=Speaker("Київ", 5, 9))
    path = _csv([m], tmp_path / "claims.csv")
    (row,) = csv.DictReader(path.open(encoding="utf-8-sig", newline=""))
    assert row["sentence"] == sentence
    assert row["speaker"] == "Київ" and row["article"] == "ü"


def test_a_claim_without_speaker_in_a_language_without_speakers_is_no_journalists() -> None:
    """As in claims.csv (speaker_kind empty): 'b' is Italian, where speakers are not looked for.

    (German was that language until round 72, branch spkl72.)
    """
    from geomap.claims.select import select_claims

    info = {"a": {"language": "en"}, "b": {"language": "it"}}
    kyiv = render_claims(MENTIONS, article_info=info).split("\n\n")[0].splitlines()
    assert kyiv[4] == "    - (no speaker) [journalist]: confidence 0.90"
    assert kyiv[6:8] == [
        "  b",
        "    - (no speaker: not looked for in this language): confidence 0.90",
    ]
    chosen = select_claims(
        MENTIONS, claims_from_mentions(MENTIONS), speaker="journalist", article_info=info
    )
    assert chosen and {c.article_id for c in chosen} == {"a"}


def test_render_groups_place_article_claims() -> None:
    out = render_claims(MENTIONS)
    kyiv, poland, footer = out.rstrip("\n").split("\n\n")
    lines = kyiv.splitlines()
    assert lines[:4] == [
        "Kyiv [city, UA] 703448",
        "  a",
        "    - Officials: confidence 0.90",
        f"        {S1}",
    ]
    assert lines[4:] == [
        "    - (no speaker) [journalist]: confidence 0.90",
        f"        {S2}",
        "  b",
        "    - (no speaker) [journalist]: confidence 0.90",
        f"        {S2}",
    ]
    assert poland.splitlines() == [
        "Poland [country, PL] 798544",
        "  a",
        "    - (no speaker) [journalist] (metonymy): confidence 0.90",
        f"        {S2}",
    ]
    assert footer == "(1 unresolved mention(s) not shown)"


def test_render_filters_by_place_name_id_or_surface() -> None:
    for query in ("poland", "798544", "Poland"):
        out = render_claims(MENTIONS, place=query)
        assert out.startswith("Poland [country, PL] 798544")
        assert "Kyiv [city" not in out
    assert render_claims(MENTIONS, place="Atlantis").startswith("No claims about 'Atlantis'.")
    # a place with claims, none left by another filter: the filter is named, not the place
    # alone ("No claims about 'Kharkiv'." read as if Kharkiv had none)
    shown = render_claims(MENTIONS, [], place="Atlantis", filters=["--speaker 'anonymous'"])
    assert shown.startswith("No claims about 'Atlantis' matching --speaker 'anonymous'.")


def test_a_name_placed_at_the_focus_selects_only_its_own_claims() -> None:
    """``--place Robotyne``, placed at a town as the focus, gave every claim of the town."""
    from geomap.claims.select import select_claims

    s3 = "Fighting went on in Robotyne, the staff said."
    focus = dataclasses.replace(mention("c", s3, 0, "Robotyne", KYIV), located_by="focus")
    mentions = [*MENTIONS, focus]
    claims = claims_from_mentions(mentions)
    chosen = select_claims(mentions, claims, place="robotyne")
    assert [(c.article_id, c.sentence) for c in chosen] == [("c", s3)]
    assert len(select_claims(mentions, claims, place="Kyiv")) == 4  # the town's, with it


def test_claims_command_wraps_geoparse_and_render(monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.run
    from geomap.cli import _register, app

    calls: dict[str, object] = {}

    def fake_geoparse_inputs(inputs: list[Path], *, settings: object) -> SimpleNamespace:
        calls["inputs"] = inputs
        calls["settings"] = settings
        records = SimpleNamespace(
            mentions=tuple(MENTIONS), claims=tuple(claims_from_mentions(MENTIONS))
        )
        return SimpleNamespace(
            records=records, failed=(), statuses=(), processed=("x.txt",), article_info={}
        )

    monkeypatch.setattr(geomap.run, "geoparse_inputs", fake_geoparse_inputs)
    _register()
    result = CliRunner().invoke(app, ["claims", "x.txt", "--place", "Poland", "--demonyms"])
    assert result.exit_code == 0, result.output
    assert result.output == render_claims(MENTIONS, place="Poland")
    assert calls["inputs"] == [Path("x.txt")]
    settings = calls["settings"]
    assert isinstance(settings, Settings)
    assert settings.demonyms is True and settings.focus is True
    assert settings.facilities is False
    # a filter that names no article says so (README's '--article Reuters' printed
    # '[]' for the seeds, which have no outlet)
    result = CliRunner().invoke(app, ["claims", "x.txt", "--article", "Reuters", "--json"])
    assert result.exit_code == 0 and "no article matches --article 'Reuters'" in result.output
    some = {m.article_id for m in MENTIONS}.pop()
    result = CliRunner().invoke(app, ["claims", "x.txt", "--article", some])
    assert "no article matches" not in result.output
    # so does a speaker filter that matches no claim ("No claims." said nothing of why)
    result = CliRunner().invoke(app, ["claims", "x.txt", "--speaker", "nobodyxyz"])
    assert "no claim's speaker matches --speaker 'nobodyxyz'" in result.output
    assert "a kind: person, organisation, government" in result.output
    # said once: the terminal view's "No claims matching ..." repeated it on stdout
    assert "No claims" not in result.output
    result = CliRunner().invoke(app, ["claims", "x.txt", "--speaker", "journalists"])
    assert "no claim's speaker matches" not in result.output
    result = CliRunner().invoke(app, ["claims", "x.txt", "--no-focus", "--facilities"])
    assert result.exit_code == 0, result.output
    settings = calls["settings"]
    assert isinstance(settings, Settings) and settings.focus is False
    assert settings.facilities is True


@pytest.mark.model
def test_seed_claims_about_poland(seed_result: Result) -> None:
    """The whole pipeline (model + gazetteer) on the seeds, seen through render_claims."""
    mentions = list(seed_result.records.mentions)
    out = render_claims(mentions, place="Poland")
    assert out.startswith("Poland [country, PL]")
    assert "    - cited — The expert, a retired U.S. Air Force general [anonymous]:" in out
    assert "    - according to — the source [anonymous]:" in out
    claims = [c for c in claims_from_mentions(mentions) if c.speaker is not None]
    by_text = {(c.article_id[:3], c.speaker.name) for c in claims if c.speaker}
    assert ("001", "Dr. Elena Petrova") in by_text
    assert ("001", "the Russian Ministry of Defense") in by_text
    spokes = next(c.speaker for c in claims if c.speaker and c.speaker.role == "a spokesperson")
    assert (spokes.name, spokes.kind, spokes.lemma) == (
        "the Russian Ministry of Defense", "government", "state"
    )  # fmt: skip


@pytest.mark.model
def test_claims_command_filters_by_speaker_and_article_and_prints_json_or_csv() -> None:
    import csv as csv_module
    import io
    import json as json_module

    from typer.testing import CliRunner

    from geomap.cli import _register, app

    _register()
    seeds = str(Path(__file__).resolve().parents[1] / "seeds")
    out = CliRunner().invoke(
        app, ["claims", seeds, "--place", "Poland", "--speaker", "expert", "--json"]
    )
    assert out.exit_code == 0, out.output
    rows = json_module.loads(out.output)
    assert rows and all("expert" in r["speaker"].lower() and r["name"] == "Poland" for r in rows)
    one = CliRunner().invoke(app, ["claims", seeds, "--article", "000_d9f3dbef9bd81b5d", "--csv"])
    table = list(csv_module.DictReader(io.StringIO(one.output)))
    assert table and {r["article"] for r in table} == {"000_d9f3dbef9bd81b5d"}
    assert "lon" in table[0] and "confidence" in table[0]
    # rows end with a plain line break: a CR would be printed as the escape '\u000d'
    assert list(table[0])[-2:] == ["language", "copy_of"] and "\\u000d" not in one.output


def test_article_filter_prefers_text_where_a_word_starts() -> None:
    """`--article RT` is RT's article, not one whose title says "port" (new user)."""
    from geomap.claims.select import select_claims

    info = {"a": {"title": "Strikes on Odesa port", "outlet": "Reuters"}, "b": {"outlet": "RT"}}
    claims = claims_from_mentions(MENTIONS)
    chosen = select_claims(MENTIONS, claims, article="RT", article_info=info)
    assert chosen and {c.article_id for c in chosen} == {"b"}
    chosen = select_claims(MENTIONS, claims, article="odesa port", article_info=info)
    assert {c.article_id for c in chosen} == {"a"}


def test_the_unresolved_count_is_the_shown_articles_and_none_for_a_place() -> None:
    """An unplaced name of another article, or under a place asked for, is not counted."""
    claims = claims_from_mentions(MENTIONS)
    only_a = [c for c in claims if c.article_id == "a"]
    assert "unresolved" not in render_claims(MENTIONS, only_a)
    assert render_claims(MENTIONS, claims).rstrip().endswith("(1 unresolved mention(s) not shown)")
    assert "unresolved" not in render_claims(MENTIONS, claims, place="Kyiv")


@pytest.mark.model
def test_claims_on_a_runs_output_folder_read_its_saved_records(
    seed_outputs: dict[str, Path], seed_result: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`geomap claims out/` answers from the GeoPackage, without parsing anything again.

    A new user's `claims out --place Moscow` loaded the model and read the folder's own
    files as 49 inputs; and `--place Kiev` or `--place Москва` found nothing, the
    claims naming the places Kyiv and Moscow.
    """
    import json as json_module

    import geomap.run
    from geomap.cli import _register, app

    folder = str(next(iter(seed_outputs.values())).parent)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a saved run was parsed again")

    monkeypatch.setattr(geomap.run, "geoparse_inputs", refuse)
    _register()
    out = CliRunner().invoke(app, ["claims", folder, "--json"])
    assert out.exit_code == 0, out.output
    rows = json_module.loads(out.output)
    key = [(r["article"], r["place_id"], r["sentence_start"], r["speaker"]) for r in rows]
    claims = seed_result.records.claims
    assert key == [
        (c.article_id, c.place_id, c.start, c.speaker.name if c.speaker else None) for c in claims
    ]
    # the gazetteer's other names of a place find its claims: Poland as Polish writes it
    polska = CliRunner().invoke(app, ["claims", folder, "--place", "Polska"])
    assert polska.output.startswith("Poland [country, PL]"), polska.output
    assert CliRunner().invoke(app, ["claims", folder, "--place", "Qwxyzland"]).output == (
        "No place called 'Qwxyzland' in the gazetteer, nor in the articles read.\n"
    )


def test_render_says_a_low_confidence_and_why() -> None:
    from dataclasses import replace

    unsure = [replace(m, confidence=0.05, reason="one of 7 places named Kyiv") for m in MENTIONS]
    lines = render_claims(unsure).splitlines()
    assert lines[2:4] == [
        "    - Officials: confidence 0.05 (low)",
        "      (one of 7 places named Kyiv)",
    ]


def test_a_copys_block_says_whose_text_it_repeats() -> None:
    # user70a B13: the same "Câbles sectionnés · Le Monde · 2026-11-12" block twice, no marker
    info = {
        "a": {"title": "Cables cut", "outlet": "Le Monde", "published": "2026-11-12"},
        "b": {"title": "Cables cut", "outlet": "Le Monde", "published": "2026-11-12",
              "copy_of": "a"},
    }  # fmt: skip
    lines = render_claims(MENTIONS, article_info=info).split("\n\n")[0].splitlines()
    heads = [line for line in lines if line.startswith("  ") and not line.startswith("   ")]
    assert heads == [
        "  Cables cut · Le Monde · 2026-11-12",
        "  Cables cut · Le Monde · 2026-11-12 · copy of a",
    ]
