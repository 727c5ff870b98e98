"""Speakers in French and Russian (geomap.claims.local_attribution), one test per mechanism.

Parses are given as :class:`Word` lists (what the French model's parser or
natasha's return), so the mechanisms are tested without a model; the last
test runs the real pipelines through ``geomap map``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from geomap.claims.local_attribution import LocalAttribution
from geomap.claims.local_cues import cues
from geomap.claims.local_lexicon import FRENCH, RUSSIAN, verb_lemma
from geomap.claims.local_sources import speaker
from geomap.claims.local_syntax import Word
from geomap.extensions import register_extensions

# (text, lemma, pos, dep, head, ent) per word; offsets are made from the texts.
Row = tuple[str, str, str, str, int, str]


def words(rows: list[Row], base: int = 0) -> list[Word]:
    out, at = [], base
    for text, lemma, pos, dep, head, ent in rows:
        out.append(Word(text, lemma, pos, dep, head, at, at + len(text), ent))
        at += len(text) + 1
    return out


def text_of(rows: list[Row]) -> str:
    return " ".join(r[0] for r in rows)


def first_speaker(rows: list[Row], lex=FRENCH):  # type: ignore[no-untyped-def]
    ws = words(rows)
    found = [c for c in cues(ws, lex) if c.source is not None]
    assert found
    return speaker(ws, found[0].source, found[0], text_of(rows), lex)


KREMLIN: list[Row] = [
    ("Le", "le", "DET", "det", 1, ""),
    ("Kremlin", "kremlin", "PROPN", "nsubj", 3, "LOC"),
    ("a", "avoir", "AUX", "aux:tense", 3, ""),
    ("démenti", "démentir", "VERB", "root", 3, ""),
    ("à", "à", "ADP", "case", 5, ""),
    ("Moscou", "moscou", "PROPN", "obl", 3, "LOC"),
]


def test_the_subject_of_a_verb_of_saying_speaks_and_its_head_noun_tells_the_kind() -> None:
    s = first_speaker(KREMLIN)
    assert (s.name, s.kind, s.verb, s.lemma) == ("Le Kremlin", "government", "démenti", "démentir")


def test_selon_names_the_source_and_a_located_dependent_is_left_out() -> None:
    rows: list[Row] = [
        ("Selon", "selon", "ADP", "case", 1, ""),
        ("source", "source", "NOUN", "obl", 6, ""),
        ("à", "à", "ADP", "case", 3, ""),
        ("Kiev", "kiev", "PROPN", "nmod", 1, "LOC"),
        (",", ",", "PUNCT", "punct", 1, ""),
        ("Kharkiv", "kharkiv", "PROPN", "nsubj", 6, "LOC"),
        ("tient", "tenir", "VERB", "root", 6, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.kind, s.verb) == ("source", "anonymous", "Selon")


def test_po_slovam_names_the_genitive_after_it() -> None:
    rows: list[Row] = [
        ("По", "по", "ADP", "case", 1, ""),
        ("данным", "данные", "NOUN", "parataxis", 4, ""),
        ("МЧС", "мчс", "PROPN", "nmod", 1, "ORG"),
        ("Казань", "казань", "PROPN", "nsubj", 4, "LOC"),
        ("горит", "гореть", "VERB", "root", 4, ""),
    ]
    s = first_speaker(rows, RUSSIAN)
    assert (s.name, s.kind, s.lemma) == ("МЧС", "government", "по данным")


def test_a_name_between_commas_is_the_person_and_the_rest_the_role() -> None:
    rows: list[Row] = [
        ("Le", "le", "DET", "det", 1, ""),
        ("maire", "maire", "NOUN", "nsubj", 7, ""),
        ("de", "de", "ADP", "case", 3, ""),
        ("Lyon", "lyon", "PROPN", "nmod", 1, "LOC"),
        (",", ",", "PUNCT", "punct", 5, ""),
        ("Grégory", "grégory", "PROPN", "conj", 1, "PER"),
        ("Doucet", "doucet", "PROPN", "flat:name", 5, "PER"),
        ("annonce", "annoncer", "VERB", "root", 7, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.role, s.kind) == ("Grégory Doucet", "maire de Lyon", "person")


def test_a_regular_verb_the_lemmatiser_missed_is_read_by_its_ending() -> None:
    assert verb_lemma("indique", "indique", FRENCH) == "indiquer"
    assert verb_lemma("fabrique", "fabrique", FRENCH) is None
    assert verb_lemma("заявил", "заявить", RUSSIAN) == "заявить"


def test_after_a_quotation_the_word_after_the_verb_is_its_subject() -> None:
    rows: list[Row] = [
        ("«", "«", "PUNCT", "punct", 2, ""),
        ("Pokrovsk", "pokrovsk", "PROPN", "nsubj", 2, "LOC"),
        ("tient", "tenir", "VERB", "advcl", 5, ""),
        ("»", "»", "PUNCT", "punct", 2, ""),
        (",", ",", "PUNCT", "punct", 5, ""),
        ("assure", "assurer", "VERB", "root", 5, ""),
        ("un", "un", "DET", "det", 7, ""),
        ("officier", "officier", "NOUN", "obj", 5, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.kind) == ("un officier", "anonymous")


class CannedParse(LocalAttribution):
    """The attribution with each sentence's parse given."""

    def __init__(self, parses: dict[int, list[Row]]) -> None:
        super().__init__(spacy.blank("fr"), parser="natasha")
        self.canned = parses

    def words(self, sents: list[Span], text: str) -> list[list[Word]]:
        return [words(self.canned[s.start_char], s.start_char) for s in sents]


def _doc(text: str, sentence_starts: list[int], people: list[str], places: list[str]) -> Doc:
    register_extensions()
    doc = spacy.blank("fr")(text)
    for t in doc:
        t.is_sent_start = t.idx in sentence_starts
    ents = []
    for name, label in [(p, "PER") for p in people]:
        i = text.index(name)
        ents.append(doc.char_span(i, i + len(name), label=label))
    doc.ents = ents
    doc.spans["toponyms"] = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in places]
    return doc


def test_il_is_the_last_person_named_in_the_sentences_before() -> None:
    first = "Le procureur Nicolas Bessone parle ."
    text = first + " Il a ajouté à Marseille ."
    doc = _doc(text, [0, len(first) + 1], ["Nicolas Bessone"], ["Marseille"])
    second: list[Row] = [
        ("Il", "il", "PRON", "nsubj", 2, ""),
        ("a", "avoir", "AUX", "aux", 2, ""),
        ("ajouté", "ajouter", "VERB", "root", 2, ""),
        ("à", "à", "ADP", "case", 4, ""),
        ("Marseille", "marseille", "PROPN", "obl", 2, "LOC"),
        (".", ".", "PUNCT", "punct", 2, ""),
    ]
    CannedParse({len(first) + 1: second})(doc)
    place = doc.spans["toponyms"][0]
    assert place._.source.name == "Nicolas Bessone" and place._.source.kind == "person"
    assert place._.speaker_mention.text == "Il"


def test_a_quotation_over_two_sentences_takes_the_speaker_of_its_other_sentence() -> None:
    first = "« Kherson tiendra ."
    text = first + " Nous restons » , dit Zelensky ."
    doc = _doc(text, [0, len(first) + 1], ["Zelensky"], ["Kherson"])
    second: list[Row] = [
        ("Nous", "nous", "PRON", "nsubj", 1, ""),
        ("restons", "rester", "VERB", "root", 1, ""),
        ("»", "»", "PUNCT", "punct", 1, ""),
        (",", ",", "PUNCT", "punct", 4, ""),
        ("dit", "dire", "VERB", "parataxis", 1, ""),
        ("Zelensky", "zelensky", "PROPN", "nsubj", 4, "PER"),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    CannedParse({len(first) + 1: second})(doc)
    source = doc.spans["toponyms"][0]._.source
    assert source.name == "Zelensky" and source.lemma == "dire"


@pytest.mark.model
def test_french_and_russian_claims_carry_speaker_kind_and_verb(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geomap.cli import _register, app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(
        "Le ministère russe de la Défense a affirmé mercredi que ses troupes avaient pris "
        "un village près de Koupiansk. Des pluies sont tombées sur Nîmes lundi soir.",
        encoding="utf-8",
    )
    (folder / "ru.txt").write_text(
        "«Мы не отдадим Херсон», — заявил президент Украины Владимир Зеленский. "
        "В Москве открылась выставка современного искусства. "
        "По словам губернатора Вячеслава Гладкова, беспилотник атаковал Белгород.",
        encoding="utf-8",
    )
    _register()
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["map", str(folder), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    with (out / "claims.csv").open(encoding="utf-8-sig") as f:
        rows = {r["mention"]: r for r in csv.DictReader(f)}
    fr, ru = rows["Koupiansk"], rows["Херсон"]
    assert (fr["speaker"], fr["speaker_kind"]) == ("Le ministère russe de la Défense", "government")
    assert (fr["verb"], fr["verb_lemma"]) == ("affirmé", "affirmer")
    assert (ru["speaker"], ru["speaker_kind"], ru["verb_lemma"]) == (
        "Владимир Зеленский",
        "person",
        "заявить",
    )
    assert rows["Москве"]["speaker"] == "" and rows["Москве"]["speaker_kind"] == "journalist"
    # the name as written, its entity in the nominative (geomap.claims.name_cases)
    governor = rows["Белгород"]
    assert (governor["speaker"], governor["speaker_entity"]) == (
        "Вячеслава Гладкова",
        "Вячеслав Гладков",
    )


def test_hyphen_joined_words_are_one_noun_for_the_name_and_the_kind() -> None:
    rows: list[Row] = [
        ("Selon", "selon", "ADP", "case", 2, ""),
        ("l’", "l’", "DET", "det", 2, ""),
        ("état", "état", "NOUN", "obl:mod", 7, ""),
        ("-", "-", "NOUN", "punct", 4, ""),
        ("major", "major", "NOUN", "obl:mod", 7, ""),
        ("ukrainien", "ukrainien", "ADJ", "amod", 4, ""),
        ("Kiev", "kiev", "PROPN", "nsubj", 7, "LOC"),
        ("tient", "tenir", "VERB", "root", 7, ""),
    ]
    ws = words(rows)
    # "état-major" is written without spaces: join the offsets as the text has them
    ws[3] = Word("-", "-", "NOUN", "punct", 4, ws[2].end, ws[2].end + 1)
    ws[4] = Word("major", "major", "NOUN", "obl:mod", 7, ws[2].end + 1, ws[2].end + 6)
    ws[5] = Word("ukrainien", "ukrainien", "ADJ", "amod", 4, ws[4].end + 1, ws[4].end + 10)
    text = "Selon l’ état-major ukrainien"
    cue = cues(ws, FRENCH)[0]
    s = speaker(ws, cue.source, cue, text, FRENCH)  # type: ignore[arg-type]
    assert s.name.endswith("état-major ukrainien") and s.kind == "government"


def test_a_name_with_inner_capitals_is_a_body() -> None:
    rows: list[Row] = [
        ("TotalEnergies", "totalenergie", "NOUN", "nsubj", 1, ""),
        ("estime", "estime", "VERB", "root", 1, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.kind, s.lemma) == ("TotalEnergies", "organisation", "estimer")


def test_the_outermost_saying_holds_a_nested_one() -> None:
    text = "Barrot a averti que la France reconnaîtrait la Crimée ."
    doc = _doc(text, [0], ["Barrot"], ["Crimée"])
    rows: list[Row] = [
        ("Barrot", "barrot", "PROPN", "nsubj", 2, "PER"),
        ("a", "avoir", "AUX", "aux", 2, ""),
        ("averti", "avertir", "VERB", "root", 2, ""),
        ("que", "que", "SCONJ", "mark", 6, ""),
        ("la", "le", "DET", "det", 5, ""),
        ("France", "france", "PROPN", "nsubj", 6, "LOC"),
        ("reconnaîtrait", "reconnaître", "VERB", "ccomp", 2, ""),
        ("la", "le", "DET", "det", 8, ""),
        ("Crimée", "crimée", "PROPN", "obj", 6, "LOC"),
        (".", ".", "PUNCT", "punct", 2, ""),
    ]
    CannedParse({0: rows})(doc)
    assert doc.spans["toponyms"][0]._.source.name == "Barrot"


def test_a_dateline_is_no_source() -> None:
    text = "МОСКВА , 27 января — Газпром сообщил о поставках в Турцию ."
    register_extensions()
    doc = spacy.blank("ru")(text)
    for t in doc:
        t.is_sent_start = t.i == 0
    doc.spans["toponyms"] = [doc.char_span(text.index("Турцию"), text.index("Турцию") + 6)]
    rows: list[Row] = [
        ("МОСКВА", "москва", "PROPN", "nsubj", 6, "LOC"),
        (",", ",", "PUNCT", "punct", 0, ""),
        ("27", "27", "NUM", "nummod", 3, ""),
        ("января", "январь", "NOUN", "nmod", 0, ""),
        ("—", "—", "PUNCT", "punct", 6, ""),
        ("Газпром", "газпром", "PROPN", "obl", 6, "ORG"),
        ("сообщил", "сообщить", "VERB", "root", 6, ""),
        ("о", "о", "ADP", "case", 8, ""),
        ("поставках", "поставка", "NOUN", "obl", 6, ""),
        ("в", "в", "ADP", "case", 10, ""),
        ("Турцию", "турция", "PROPN", "nmod", 8, "LOC"),
        (".", ".", "PUNCT", "punct", 6, ""),
    ]
    attribution = CannedParse({0: rows})
    attribution.lex = RUSSIAN
    attribution(doc)
    assert doc.spans["toponyms"][0]._.source is None


def test_only_verbs_of_saying_take_any_subject_as_a_speaker() -> None:
    def said_by(subject: str, lemma: str, verb: str) -> object:
        text = f"La {subject} {verb} Wrocław ."
        doc = _doc(text, [0], [], ["Wrocław"])
        rows: list[Row] = [
            ("La", "le", "DET", "det", 1, ""),
            (subject, subject, "NOUN", "nsubj", 2, ""),
            (verb, lemma, "VERB", "root", 2, ""),
            ("Wrocław", "wrocław", "PROPN", "obj", 2, "LOC"),
            (".", ".", "PUNCT", "punct", 2, ""),
        ]
        CannedParse({0: rows})(doc)
        source = doc.spans["toponyms"][0]._.source
        return None if source is None else source.name

    assert said_by("crue", "menacer", "menace") is None
    assert said_by("police", "menacer", "menace") == "La police"
    assert said_by("crue", "dire", "dit") == "La crue"


def test_a_saying_in_a_relative_clause_reports_only_that_clause() -> None:
    text = "Coquerel , qui a dénoncé Paris , est allé à Strasbourg ."
    doc = _doc(text, [0], ["Coquerel"], ["Paris", "Strasbourg"])
    rows: list[Row] = [
        ("Coquerel", "coquerel", "PROPN", "nsubj", 8, "PER"),
        (",", ",", "PUNCT", "punct", 4, ""),
        ("qui", "qui", "PRON", "nsubj", 4, ""),
        ("a", "avoir", "AUX", "aux", 4, ""),
        ("dénoncé", "dénoncer", "VERB", "acl:relcl", 0, ""),
        ("Paris", "paris", "PROPN", "obj", 4, "LOC"),
        (",", ",", "PUNCT", "punct", 4, ""),
        ("est", "être", "AUX", "aux", 8, ""),
        ("allé", "aller", "VERB", "root", 8, ""),
        ("à", "à", "ADP", "case", 10, ""),
        ("Strasbourg", "strasbourg", "PROPN", "obl", 8, "LOC"),
        (".", ".", "PUNCT", "punct", 8, ""),
    ]
    CannedParse({0: rows})(doc)
    paris, strasbourg = doc.spans["toponyms"]
    assert paris._.source.name == "Coquerel"
    assert strasbourg._.source is None


def test_a_sentence_that_points_back_gives_the_one_before_its_source() -> None:
    first = "В Белгороде прошли взрывы ."
    text = first + " Об этом сообщил губернатор ."
    register_extensions()
    doc = spacy.blank("ru")(text)
    for t in doc:
        t.is_sent_start = t.idx in (0, len(first) + 1)
    start = text.index("Белгороде")
    doc.spans["toponyms"] = [doc.char_span(start, start + len("Белгороде"))]
    second: list[Row] = [
        ("Об", "о", "ADP", "case", 1, ""),
        ("этом", "это", "PRON", "obl", 2, ""),
        ("сообщил", "сообщить", "VERB", "root", 2, ""),
        ("губернатор", "губернатор", "NOUN", "nsubj", 2, ""),
        (".", ".", "PUNCT", "punct", 2, ""),
    ]
    attribution = CannedParse({len(first) + 1: second})
    attribution.lex = RUSSIAN
    attribution(doc)
    source = doc.spans["toponyms"][0]._.source
    assert (source.name, source.kind, source.lemma) == ("губернатор", "anonymous", "сообщить")


def _russian(text: str, places: list[str], rows: list[Row]) -> Doc:
    register_extensions()
    doc = spacy.blank("ru")(text)
    for t in doc:
        t.is_sent_start = t.i == 0
    doc.spans["toponyms"] = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in places]
    attribution = CannedParse({0: rows})
    attribution.lex = RUSSIAN
    attribution(doc)
    return doc


def test_the_subject_after_a_dateline_the_parser_also_made_a_subject_speaks() -> None:
    text = "МОСКВА , 28 ноября — Министерство обороны сообщило об учениях в Калининграде ."
    rows: list[Row] = [
        ("МОСКВА", "москва", "NOUN", "nsubj", 7, "LOC"),
        (",", ",", "PUNCT", "punct", 2, ""),
        ("28", "28", "NUM", "conj", 0, ""),
        ("ноября", "ноябрь", "NOUN", "flat", 2, ""),
        ("—", "—", "PUNCT", "punct", 2, ""),
        ("Министерство", "министерство", "NOUN", "nsubj", 7, "ORG"),
        ("обороны", "оборона", "NOUN", "nmod", 5, ""),
        ("сообщило", "сообщить", "VERB", "root", 7, ""),
        ("об", "о", "ADP", "case", 9, ""),
        ("учениях", "учение", "NOUN", "obl", 7, ""),
        ("в", "в", "ADP", "case", 11, ""),
        ("Калининграде", "калининград", "PROPN", "nmod", 9, "LOC"),
        (".", ".", "PUNCT", "punct", 7, ""),
    ]
    moscow, kaliningrad = _russian(text, ["МОСКВА", "Калининграде"], rows).spans["toponyms"]
    source = kaliningrad._.source
    assert (source.name, source.kind, source.verb) == (
        "Министерство обороны",
        "government",
        "сообщило",
    )
    assert moscow._.source is None  # where the story was filed, nobody's claim


def test_a_body_named_as_where_it_is_said_speaks_when_the_verb_has_no_subject() -> None:
    text = "В ведомстве заявили , что учения проходят в Польше ."
    rows: list[Row] = [
        ("В", "в", "ADP", "case", 1, ""),
        ("ведомстве", "ведомство", "NOUN", "obl", 2, ""),
        ("заявили", "заявить", "VERB", "root", 2, ""),
        (",", ",", "PUNCT", "punct", 6, ""),
        ("что", "что", "SCONJ", "mark", 6, ""),
        ("учения", "учение", "NOUN", "nsubj", 6, ""),
        ("проходят", "проходить", "VERB", "ccomp", 2, ""),
        ("в", "в", "ADP", "case", 8, ""),
        ("Польше", "польша", "PROPN", "obl", 6, "LOC"),
        (".", ".", "PUNCT", "punct", 2, ""),
    ]
    source = _russian(text, ["Польше"], rows).spans["toponyms"][0]._.source
    assert (source.kind, source.verb, source.lemma) == ("government", "заявили", "заявить")
    assert source.name.startswith("ведомств")


def test_experts_who_believe_are_a_source() -> None:
    rows: list[Row] = [
        ("Эксперты", "эксперт", "NOUN", "nsubj", 1, ""),
        ("считают", "считать", "VERB", "root", 1, ""),
    ]
    s = first_speaker(rows, RUSSIAN)
    assert (s.name, s.kind, s.lemma) == ("Эксперты", "anonymous", "считать")


def test_a_verb_after_a_quotation_the_parser_joined_to_the_quoted_verb() -> None:
    # "« Nous tiendrons Koupiansk », a dit un officier à Reuters.": "dit" is parsed a
    # conjunct of "tiendrons", whose subject "Nous" is the quotation's, not the speaker
    rows: list[Row] = [
        ("«", "«", "PUNCT", "root", 0, ""),
        ("Nous", "nous", "PRON", "nsubj", 2, ""),
        ("tiendrons", "tenir", "VERB", "root", 2, ""),
        ("Koupiansk", "koupiansk", "PROPN", "xcomp", 2, "LOC"),
        ("»", "»", "PUNCT", "punct", 2, ""),
        (",", ",", "PUNCT", "punct", 7, ""),
        ("a", "avoir", "AUX", "aux:tense", 7, ""),
        ("dit", "dire", "VERB", "conj", 2, ""),
        ("un", "un", "DET", "det", 9, ""),
        ("officier", "officier", "NOUN", "obj", 7, ""),
        ("à", "à", "ADP", "case", 11, ""),
        ("Reuters", "reuters", "PROPN", "obl:mod", 7, "ORG"),
    ]
    s = first_speaker(rows)
    assert (s.name, s.kind) == ("un officier", "anonymous")


def test_the_models_entity_holds_the_name_the_parser_tore_apart() -> None:
    # "Gabriel Attal a assuré ...", the last name parsed as an adverb of the verb
    rows: list[Row] = [
        ("Gabriel", "gabriel", "PROPN", "nsubj", 3, "PER"),
        ("Attal", "attal", "ADV", "advmod", 3, "PER"),
        ("a", "avoir", "AUX", "aux:tense", 3, ""),
        ("assuré", "assurer", "VERB", "root", 3, ""),
        ("que", "que", "SCONJ", "mark", 6, ""),
        ("Paris", "paris", "PROPN", "nsubj", 6, "LOC"),
        ("aidera", "aider", "VERB", "ccomp", 3, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.kind) == ("Gabriel Attal", "person")
    # "Selon Reporters sans frontières, ...": "sans" is no genitive, yet inside the name
    rows = [
        ("Selon", "selon", "ADP", "case", 1, ""),
        ("Reporters", "reporter", "NOUN", "obl:mod", 6, "ORG"),
        ("sans", "sans", "ADP", "case", 3, "ORG"),
        ("frontières", "frontière", "NOUN", "nmod", 1, "ORG"),
        (",", ",", "PUNCT", "punct", 6, ""),
        ("deux", "deux", "NUM", "nummod", 6, ""),
        ("journalistes", "journaliste", "NOUN", "nsubj:pass", 6, ""),
    ]
    s = first_speaker(rows)
    assert s.name == "Reporters sans frontières"


def test_a_spokesperson_of_a_body_gives_the_body_as_source_and_itself_as_role() -> None:
    rows: list[Row] = [
        ("Le", "le", "DET", "det", 1, ""),
        ("porte-parole", "porte-parole", "NOUN", "nsubj", 6, ""),
        ("de", "de", "ADP", "case", 4, ""),
        ("la", "le", "DET", "det", 4, ""),
        ("police", "police", "NOUN", "nmod", 1, ""),
        ("a", "avoir", "AUX", "aux:tense", 6, ""),
        ("déclaré", "déclarer", "VERB", "root", 6, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.role, s.kind) == ("la police", "Le porte-parole", "government")
    rows = [
        ("Представитель", "представитель", "NOUN", "nsubj", 2, ""),
        ("МЧС", "мчс", "PROPN", "nmod", 0, "ORG"),
        ("заявил", "заявить", "VERB", "root", 2, ""),
    ]
    s = first_speaker(rows, RUSSIAN)
    assert (s.name, s.role, s.kind) == ("МЧС", "Представитель", "government")


def test_a_spokesperson_with_a_place_only_stays_the_source() -> None:
    rows: list[Row] = [
        ("Le", "le", "DET", "det", 1, ""),
        ("porte-parole", "porte-parole", "NOUN", "nsubj", 5, ""),
        ("à", "à", "ADP", "case", 3, ""),
        ("Kiev", "kiev", "PROPN", "nmod", 1, "LOC"),
        ("a", "avoir", "AUX", "aux:tense", 5, ""),
        ("déclaré", "déclarer", "VERB", "root", 5, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.role, s.kind) == ("Le porte-parole", "", "anonymous")
