"""German, Polish speakers by word order: objects, offices named after a comma, run-on phrases.

Round 73 (fx73s, issues 17 and 18): a German common noun after a determiner is no
name ("bestreitet jede Beteiligung"), a noun subject before a German verb keeps the
phrase after it from being read as the source, "nach Angaben von Zeugen" names the
witnesses, an office's name after a comma closing the sentence is the source, and a
Polish source phrase stops at "podczas" and before a clause running on.  Fixtures are
made-up sentences read as in ``test_speaker_patterns`` (``spacy.blank``, a
sentencizer, the place mentions given).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.local_attribution import LocalAttribution
from geomap.extensions import register_extensions
from geomap.records import Speaker


def _speakers(
    lang: str, text: str, places: list[str], starts: tuple[str, ...] = ()
) -> dict[str, Speaker | None]:
    """Each place's speaker in ``text`` (its first occurrence), read in ``lang``.

    ``starts``: when given, the sentences start exactly there (as a model may set them).
    """
    register_extensions()
    nlp = spacy.blank(lang)
    if not starts:
        nlp.add_pipe("sentencizer")
    doc: Doc = nlp(text)
    if starts:
        opens = {text.index(s) for s in starts}
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.idx in opens
    spans = []
    for place in places:
        at = text.index(place)
        spans.append(doc.char_span(at, at + len(place)))
    doc.spans["toponyms"] = spans
    LocalAttribution(nlp, parser="patterns")(doc)
    return {s.text: s._.source for s in doc.spans["toponyms"]}


def _said(record: Speaker | None) -> tuple[str, str, str] | None:
    return None if record is None else (record.name, record.kind, record.role)


def test_german_object_after_the_verb_is_no_speaker() -> None:
    found = _speakers(
        "de", "Ungarn bestreitet jede Verantwortung für den Brand bei Szeged.", ["Ungarn", "Szeged"]
    )
    assert found["Szeged"] is None  # was "Verantwortung", person, role "jede"


def test_german_subject_before_the_verb_not_the_noun_after_a_determiner() -> None:
    found = _speakers(
        "de",
        "Ungarns Premier Viktor Maier hatte zuvor eine neue Brücke nach Szeged gefordert.",
        ["Szeged"],
    )
    assert _said(found["Szeged"]) == ("Viktor Maier", "person", "Ungarns Premier")  # was "Brücke"


def test_german_nach_angaben_von_names_the_witnesses() -> None:
    found = _speakers("de", "Nach Angaben von Augenzeugen brannte ein Lager in Linz.", ["Linz"])
    assert _said(found["Linz"]) == ("Augenzeugen", "anonymous", "")  # was no speaker


def test_german_office_named_after_a_comma_is_the_person() -> None:
    found = _speakers(
        "de",
        "„In Passau ist die Lage ernst“, sagt der Landrat von Cham, Bernd Maier.",
        ["Passau", "Cham"],
    )
    assert _said(found["Passau"]) == ("Bernd Maier", "person", "Landrat von Cham")


def test_german_genitive_body_after_nach_angaben_is_an_organisation() -> None:
    found = _speakers(
        "de", "Nach Angaben des Ernährungsprogramms hungern in Tigray Millionen.", ["Tigray"]
    )
    record = found["Tigray"]
    assert record is not None and record.kind == "organisation"


def test_polish_office_stops_at_podczas_and_a_clause_running_on() -> None:
    found = _speakers(
        "pl",
        "„Granica w Białymstoku jest bezpieczna” – powiedział minister podczas wizyty w "
        "Lublinie. Według ekspertów miasto ma kluczowe znaczenie dla obrony Gdańska.",
        ["Białymstoku", "Lublinie", "Gdańska"],
    )
    assert found["Białymstoku"] is not None and found["Białymstoku"].name == "minister"
    assert found["Gdańska"] is not None and found["Gdańska"].name == "ekspertów"


def test_german_quotation_over_two_paragraphs_after_an_attributed_one() -> None:
    text = (
        "„Die Stadt ist ruhig“, sagte Sprecher Omar Hadi am Mittwoch. „Die Lage ist sicher.\n\n"
        "Wir bitten die Helfer, nach Kassala zurückzukehren.“ Die Regierung in Gedaref schwieg."
    )
    starts = ("„Die Lage", "Wir bitten", "Die Regierung")
    found = _speakers("de", text, ["Kassala", "Gedaref"], starts)
    assert _said(found["Kassala"]) == ("Omar Hadi", "person", "Sprecher")  # was no speaker
    assert found["Gedaref"] is None


def test_polish_body_in_the_genitive_is_named_in_the_nominative() -> None:
    found = _speakers(
        "pl",
        "Rzecznik Kremla zaprzeczył, jakoby Rosja planowała atak na Narwę.",
        ["Rosja", "Narwę"],
    )
    record = found["Narwę"]
    assert record is not None and (record.name, record.kind) == ("Kreml", "government")
    assert record.start == 9  # offsets of the name as written ("Kremla")


def test_bare_office_is_the_person_named_with_it_before() -> None:
    text = (
        "Minister obrony Jan Nowak poinformował, że Polska wzmocni granicę. „Przesmyk "
        "jest bezpieczny” – powiedział minister podczas wizyty w Suwałkach."
    )
    found = _speakers("pl", text, ["Polska", "Suwałkach"])
    assert _said(found["Suwałkach"]) == ("Jan Nowak", "person", "Minister obrony")


def test_german_definite_description_after_a_quote_is_the_person_named_before() -> None:
    text = (
        "Außenminister Hans Weber zeigte sich in Berlin besorgt. „Die Lage in Darfur ist "
        "schlimm“, sagte der CDU-Politiker."
    )
    found = _speakers("de", text, ["Berlin", "Darfur"])
    assert _said(found["Darfur"]) == ("Hans Weber", "person", "Außenminister")
