"""The attribution component without a statistical model: hand-built parses and blank pipelines."""

from __future__ import annotations

import pickle
from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Doc, Span

from geomap.claims.attribution import Attribution
from geomap.claims.lexicon import verb_table
from geomap.claims.roles import mention_role
from geomap.extensions import register_extensions
from geomap.quotations import quote_regions, region_at
from geomap.records import Speaker

Row = tuple[str, str, str, str, int]  # word, lemma, pos, dep, head index


def parsed(rows: Sequence[Row], sent_starts: Sequence[int] = (0,), ents: Sequence[str] = ()) -> Doc:
    """A doc with the given parse; ``ents`` are IOB tags (defaults to none)."""
    nlp = spacy.blank("en")
    words = [r[0] for r in rows]
    return Doc(
        nlp.vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i in sent_starts for i in range(len(rows))],
        ents=list(ents) or None,
    )


def mark(doc: Doc, *words: str, label: str = "GPE") -> list[Span]:
    spans = [doc[t.i : t.i + 1] for t in doc if t.text in words]
    for span in spans:
        span.label_ = label
    doc.spans["toponyms"] = spans
    return spans


# "Officials said Kherson fell ."
OFFICIALS_SAID = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("Kherson", "Kherson", "PROPN", "nsubj", 3),
    ("fell", "fall", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]

# "Dr. Anna Ivanova spoke . She said Moscow attacked Kherson ."
PRONOUN = [
    ("Dr.", "Dr.", "PROPN", "compound", 2),
    ("Anna", "Anna", "PROPN", "compound", 2),
    ("Ivanova", "Ivanova", "PROPN", "nsubj", 3),
    ("spoke", "speak", "VERB", "ROOT", 3),
    (".", ".", "PUNCT", "punct", 3),
    ("She", "she", "PRON", "nsubj", 6),
    ("said", "say", "VERB", "ROOT", 6),
    ("Moscow", "Moscow", "PROPN", "nsubj", 8),
    ("attacked", "attack", "VERB", "ccomp", 6),
    ("Kherson", "Kherson", "PROPN", "dobj", 8),
    (".", ".", "PUNCT", "punct", 6),
]
PRONOUN_ENTS = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]


def test_reported_speech_speaker_and_literal_role() -> None:
    doc = parsed(OFFICIALS_SAID)
    (kherson,) = mark(doc, "Kherson")
    Attribution()(doc)
    assert kherson._.speaker.text == "Officials"
    assert (kherson._.speaker.start_char, kherson._.speaker.end_char) == (0, 9)
    # "fell" is something that happens to a place, not an action of it
    assert kherson._.role == "literal"


def test_pronoun_carried_to_previous_person_with_title() -> None:
    doc = parsed(PRONOUN, sent_starts=(0, 5), ents=PRONOUN_ENTS)
    moscow, kherson = mark(doc, "Moscow", "Kherson")
    Attribution()(doc)
    for span in (moscow, kherson):
        assert span._.speaker.text == "Dr. Anna Ivanova"
        assert span._.speaker_mention.text == "She"
    assert moscow._.role == "metonymy"
    assert kherson._.role == "literal"


def test_records_instead_of_spans_make_the_doc_picklable() -> None:
    doc = parsed(PRONOUN, sent_starts=(0, 5), ents=PRONOUN_ENTS)
    mark(doc, "Moscow", "Kherson")
    Attribution(as_records=True)(doc)
    again = pickle.loads(pickle.dumps(doc))
    kherson = again.spans["toponyms"][1]
    assert kherson._.speaker == Speaker("Dr. Anna Ivanova", 0, 16)
    assert kherson._.speaker_mention == Speaker("She", 25, 28)
    assert kherson._.role == "literal"


def test_configured_verb_list_is_used() -> None:
    doc = parsed(OFFICIALS_SAID)
    (kherson,) = mark(doc, "Kherson")
    Attribution(reporting_verbs=["warn"])(doc)
    assert kherson._.speaker is None
    assert kherson._.speaker_mention is None


def test_factory_config_reaches_component() -> None:
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("geomap_attribution", config={"reporting_verbs": ["warn", "call for"]})
    assert isinstance(pipe, Attribution)
    assert dict(pipe.lexicon.verbs) == {"warn": frozenset(), "call": frozenset({"for"})}
    assert nlp.get_pipe_config("geomap_attribution")["antecedent_window"] == 3


def test_verb_table_particles() -> None:
    table = verb_table(["say", "call for", "call on", "point out"])
    assert table == {
        "say": frozenset(),
        "call": frozenset({"for", "on"}),
        "point": frozenset({"out"}),
    }
    assert verb_table(["call for", "call"])["call"] == frozenset()


def test_blank_pipeline_sets_no_speaker_and_demonym_by_label() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("geomap_attribution")
    doc = nlp.make_doc("Russian officials said Kyiv was calm.")
    doc.spans["toponyms"] = [Span(doc, 0, 1, label="NORP"), Span(doc, 3, 4, label="GPE")]
    doc = nlp(doc)
    russian, kyiv = doc.spans["toponyms"]
    assert russian._.role == "demonym"
    assert kyiv._.role == "literal"
    assert russian._.speaker is None and kyiv._.speaker is None


def test_doc_without_toponyms_is_returned_untouched() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("geomap_attribution")
    doc = nlp("Officials said nothing.")
    assert "toponyms" not in doc.spans
    doc.spans["toponyms"] = []
    assert nlp(doc) is doc


def test_register_extensions_keeps_existing_defaults() -> None:
    register_extensions()
    for name in ("place", "role", "speaker", "speaker_mention"):
        assert Span.has_extension(name)
    default, *_ = Span.get_extension("speaker_mention")
    assert default is None
    register_extensions()  # harmless when repeated


def test_mention_role_without_parse_is_literal() -> None:
    doc = spacy.blank("en")("Moscow said no.")
    assert mention_role(doc[0:1]) == "literal"


@pytest.mark.parametrize(
    ("rows", "word", "role"),
    [
        # "U.S. officials said" : compound of a noun
        (
            [
                ("U.S.", "U.S.", "PROPN", "compound", 1),
                ("officials", "official", "NOUN", "nsubj", 2),
                ("said", "say", "VERB", "ROOT", 2),
            ],
            "U.S.",
            "modifier",
        ),
        # "the Kaliningrad region" : a geographic head keeps the name literal
        (
            [
                ("the", "the", "DET", "det", 2),
                ("Kaliningrad", "Kaliningrad", "PROPN", "compound", 2),
                ("region", "region", "NOUN", "ROOT", 2),
            ],
            "Kaliningrad",
            "literal",
        ),
        # "the Moscow - based institute"
        (
            [
                ("the", "the", "DET", "det", 4),
                ("Moscow", "Moscow", "PROPN", "npadvmod", 3),
                ("-", "-", "PUNCT", "punct", 3),
                ("based", "base", "VERB", "amod", 4),
                ("institute", "institute", "NOUN", "ROOT", 4),
            ],
            "Moscow",
            "modifier",
        ),
        # "Kaliningrad is home" : copula, not an agent
        (
            [
                ("Kaliningrad", "Kaliningrad", "PROPN", "nsubj", 1),
                ("is", "be", "AUX", "ROOT", 1),
                ("home", "home", "NOUN", "attr", 1),
            ],
            "Kaliningrad",
            "literal",
        ),
        # "Russia viewed it" : agent of an action
        (
            [
                ("Russia", "Russia", "PROPN", "nsubj", 1),
                ("viewed", "view", "VERB", "ROOT", 1),
                ("it", "it", "PRON", "dobj", 1),
            ],
            "Russia",
            "metonymy",
        ),
    ],
)
def test_roles_from_parse(rows: list[Row], word: str, role: str) -> None:
    doc = parsed(rows)
    (span,) = mark(doc, word)
    Attribution()(doc)
    assert span._.role == role


def test_quote_regions() -> None:
    text = 'He said: “We hold. We stay.” Then "no" and “open'
    assert quote_regions(text) == [(9, 28), (34, 38), (43, len(text))]
    assert region_at(quote_regions(text), 12, 14) == (9, 28)
    assert region_at(quote_regions(text), 0, 2) is None
    # single curly quotes pair, but an apostrophe is not one
    assert quote_regions("Russia’s ‘warning’ was clear.") == [(9, 18)]
    assert quote_regions("Russia’s and the Russians’ view") == []


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("«Nous restons», dit-il.", [(0, 14)]),
        ("„Wir bleiben“, sagte er.", [(0, 13)]),
        ('He said: "We sent a crew. "We treated him." Done.', [(9, 43)]),  # paragraphs
        ("She said: “We hold Kyiv.\n\nOdesa is calm.", [(10, 24)]),  # ends with its paragraph
        ("She said: “We hold.\n\n“Odesa is calm.” Then", [(10, 37)]),  # reopened: continues
        ('“We hold Kherson." he said', [(0, 18)]),  # curly opened, straight closed
    ],
)
def test_quote_styles(text: str, regions: list[tuple[int, int]]) -> None:
    assert quote_regions(text) == regions


def test_a_frame_shared_by_mentions_gives_its_record_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.claims.attribution as attribution

    doc = parsed(PRONOUN, sent_starts=(0, 5), ents=PRONOUN_ENTS)
    moscow, kherson = mark(doc, "Moscow", "Kherson")
    made: list[str] = []
    real = attribution.speaker_record

    def counted(frame: object) -> Speaker:
        record = real(frame)  # type: ignore[arg-type]
        made.append(record.name)
        return record

    monkeypatch.setattr(attribution, "speaker_record", counted)
    Attribution()(doc)
    assert made == ["Dr. Anna Ivanova"]  # one sentence's frame, read once for both
    assert moscow._.source == kherson._.source
    assert kherson._.source.name == "Dr. Anna Ivanova"
