"""Nested sayings, statements' relative clauses, scenes and closing sayings (issue 17, spk44).

"Petrov said an officer told him that lorries from Poland …" (the outer speaker);
"…, the WHO said in a statement on Monday, which also urged Sudan …" (the statement's
maker, not the day); "said on a visit to Chad that …" (the scene); "…, the data showed,
while output fell in Wales" (still what the data show); "The executive of SkyNord, Lars Holm,
wrote that …" (a person speaks, though the parser hung the name on SkyNord); "The insurer
Aviva said" (the body, though the model tagged it a product).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _told(outer: bool) -> list[Row]:
    """ "Petrov said an officer told him that lorries from Poland were turned back ." """
    return [
        ("Petrov", "Petrov", "PROPN", "nsubj", 1),
        ("said" if outer else "saw", "say" if outer else "see", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("officer", "officer", "NOUN", "nsubj", 4),
        ("told", "tell", "VERB", "ccomp", 1),
        ("him", "he", "PRON", "dobj", 4),
        ("that", "that", "SCONJ", "mark", 11),
        ("lorries", "lorry", "NOUN", "nsubjpass", 11),
        ("from", "from", "ADP", "prep", 7),
        ("Poland", "Poland", "PROPN", "pobj", 8),
        ("were", "be", "AUX", "auxpass", 11),
        ("turned", "turn", "VERB", "ccomp", 4),
        ("back", "back", "ADV", "advmod", 11),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_saying_reported_inside_another_is_the_outer_speakers() -> None:
    assert speaker_of(_told(True), "Poland") == "Petrov"


def test_a_saying_with_no_saying_above_keeps_its_own_speaker() -> None:
    # "Petrov saw an officer told him that …": no verb of saying above "told"
    assert speaker_of(_told(False), "Poland") == "an officer"


def test_a_saying_set_beside_another_in_an_adverbial_clause_keeps_its_speaker() -> None:
    # "Brennan said the club had plans , though a source said Celtic asked about Norway ."
    rows: list[Row] = [
        ("Brennan", "Brennan", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("club", "club", "NOUN", "nsubj", 4),
        ("had", "have", "VERB", "ccomp", 1),
        ("plans", "plan", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 4),
        ("though", "though", "SCONJ", "mark", 10),
        ("a", "a", "DET", "det", 9),
        ("source", "source", "NOUN", "nsubj", 10),
        ("said", "say", "VERB", "advcl", 4),
        ("Celtic", "Celtic", "PROPN", "nsubj", 12),
        ("asked", "ask", "VERB", "ccomp", 10),
        ("about", "about", "ADP", "prep", 12),
        ("Norway", "Norway", "PROPN", "pobj", 13),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Norway") == "a source"


def _statement(day: bool) -> list[Row]:
    """ "The WHO said in a statement on Monday , which also urged Sudan to act ." """
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("WHO", "WHO", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5),
        ("statement", "statement", "NOUN", "pobj", 3),
        ("on", "on", "ADP", "prep", 5),
        ("Monday", "Monday", "PROPN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 7),
        ("which", "which", "PRON", "nsubj", 11),
        ("also", "also", "ADV", "advmod", 11),
        ("urged", "urge", "VERB", "relcl", 7 if day else 5),
        ("Sudan", "Sudan", "PROPN", "dobj", 11),
        ("to", "to", "PART", "aux", 14),
        ("act", "act", "VERB", "xcomp", 11),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return rows


def test_which_after_a_day_is_the_statement_so_its_maker() -> None:
    ents = ["O"] * 7 + ["B-DATE"] + ["O"] * 8
    assert speaker_of(_statement(True), "Sudan", ents=ents) == "The WHO"
    assert speaker_of(_statement(False), "Sudan", ents=ents) == "The WHO"


def _on(noun: str) -> list[Row]:
    """ "The director said on a <noun> to Chad that stocks in Abeche would run out ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("director", "director", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5),
        (noun, noun, "NOUN", "pobj", 3),
        ("to", "to", "ADP", "prep", 5),
        ("Chad", "Chad", "PROPN", "pobj", 6),
        ("that", "that", "SCONJ", "mark", 13),
        ("stocks", "stock", "NOUN", "nsubj", 13),
        ("in", "in", "ADP", "prep", 9),
        ("Abeche", "Abeche", "PROPN", "pobj", 10),
        ("would", "would", "AUX", "aux", 13),
        ("run", "run", "VERB", "relcl", 5),
        ("out", "out", "ADP", "prt", 13),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_on_a_visit_is_the_scene_of_the_saying() -> None:
    assert speaker_of(_on("visit"), "Chad") is None
    assert speaker_of(_on("visit"), "Abeche") == "The director"  # the clause is said
    assert speaker_of(_on("threat"), "Chad") == "The director"  # "said on a threat to Chad"


def _while(subject: bool) -> list[Row]:
    """ "Growth rose in London , the data showed , while output fell in Wales ." """
    rows: list[Row] = [
        ("Growth", "growth", "NOUN", "nsubj", 1),
        ("rose", "rise", "VERB", "ccomp", 7),
        ("in", "in", "ADP", "prep", 1),
        ("London", "London", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 7),
        ("the", "the", "DET", "det", 6),
        ("data", "datum", "NOUN", "nsubj", 7),
        ("showed", "show", "VERB", "ROOT", 7),
        (",", ",", "PUNCT", "punct", 7),
        ("while", "while", "SCONJ", "mark", 11),
        ("output", "output", "NOUN", "nsubj", 11),
        ("fell", "fall", "VERB", "advcl", 7),
        ("in", "in", "ADP", "prep", 11),
        ("Wales", "Wales", "PROPN", "pobj", 12),
        (".", ".", "PUNCT", "punct", 7),
    ]
    if not subject:  # "…, the data showed , while visiting Wales ."
        rows[9:] = [
            ("while", "while", "SCONJ", "mark", 10),
            ("visiting", "visit", "VERB", "advcl", 7),
            ("Wales", "Wales", "PROPN", "dobj", 10),
            (".", ".", "PUNCT", "punct", 7),
        ]
    return rows


def test_a_while_clause_after_a_closing_saying_is_still_said() -> None:
    assert speaker_of(_while(True), "Wales") == "the data"
    assert speaker_of(_while(False), "Wales") is None  # "while visiting Wales": the scene


def _source_name(rows: list[Row], place: str, ents: list[str]) -> str | None:
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    return None if span._.source is None else span._.source.name


def test_a_person_apposed_to_the_phrases_last_noun_can_speak() -> None:
    # "The executive of SkyNord , Lars Holm , wrote that it would open a base in Gdansk ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("executive", "executive", "NOUN", "nsubj", 8),
        ("of", "of", "ADP", "prep", 1),
        ("SkyNord", "SkyNord", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 3),
        ("Lars", "Lars", "PROPN", "compound", 6),
        ("Holm", "Holm", "PROPN", "appos", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("wrote", "write", "VERB", "ROOT", 8),
        ("that", "that", "SCONJ", "mark", 12),
        ("it", "it", "PRON", "nsubj", 12),
        ("would", "would", "AUX", "aux", 12),
        ("open", "open", "VERB", "ccomp", 8),
        ("a", "a", "DET", "det", 14),
        ("base", "base", "NOUN", "dobj", 12),
        ("in", "in", "ADP", "prep", 14),
        ("Gdansk", "Gdansk", "PROPN", "pobj", 15),
        (".", ".", "PUNCT", "punct", 8),
    ]
    ents = ["O"] * 3 + ["B-ORG", "O", "B-PERSON", "I-PERSON"] + ["O"] * 11
    said = speaker_of(rows, "Gdansk", ents=ents)
    assert said is not None and said.endswith("Lars Holm")  # who writes: the whole phrase
    # a thing with no person in apposition writes nothing: "The fall of SkyNord wrote"
    thing = [*rows[:1], ("fall", "fall", "NOUN", "nsubj", 8), *rows[2:]]
    assert _source_name(thing, "Gdansk", ["O"] * 3 + ["B-ORG"] + ["O"] * 14) is None


def test_a_body_after_its_noun_is_the_name_though_tagged_a_thing() -> None:
    # "The insurer Aviva said claims in Scotland rose ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("insurer", "insurer", "NOUN", "nsubj", 3),
        ("Aviva", "Aviva", "PROPN", "appos", 1),
        ("said", "say", "VERB", "ROOT", 3),
        ("claims", "claim", "NOUN", "nsubj", 7),
        ("in", "in", "ADP", "prep", 4),
        ("Scotland", "Scotland", "PROPN", "pobj", 5),
        ("rose", "rise", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    ents = ["O", "O", "B-PRODUCT"] + ["O"] * 6
    assert _source_name(rows, "Scotland", ents) == "Aviva"


def test_which_after_the_day_a_statement_was_issued_is_its_issuers() -> None:
    # "The ministry issued a statement on Tuesday , which urged Sudan to act ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("ministry", "ministry", "NOUN", "nsubj", 2),
        ("issued", "issue", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("statement", "statement", "NOUN", "dobj", 2),
        ("on", "on", "ADP", "prep", 2),
        ("Tuesday", "Tuesday", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 6),
        ("which", "which", "PRON", "nsubj", 9),
        ("urged", "urge", "VERB", "relcl", 6),
        ("Sudan", "Sudan", "PROPN", "dobj", 9),
        ("to", "to", "PART", "aux", 12),
        ("act", "act", "VERB", "xcomp", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]
    ents = ["O"] * 6 + ["B-DATE"] + ["O"] * 7
    assert speaker_of(rows, "Sudan", ents=ents) == "The ministry"
    # "The ministry met on Tuesday , which urged …": no document, no one for "which"
    met = [*rows[:2], ("met", "meet", "VERB", "ROOT", 2), *rows[3:]]
    met[4] = ("talks", "talk", "NOUN", "dobj", 2)
    assert speaker_of(met, "Sudan", ents=ents) != "The ministry"


def test_neither_confirming_nor_denying_says_nothing() -> None:
    # "The company neither confirmed nor denied that it would close the plant in Thun ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("company", "company", "NOUN", "nsubj", 3),
        ("neither", "neither", "CCONJ", "preconj", 3),
        ("confirmed", "confirm", "VERB", "ROOT", 3),
        ("nor", "nor", "CCONJ", "cc", 3),
        ("denied", "deny", "VERB", "conj", 3),
        ("that", "that", "SCONJ", "mark", 9),
        ("it", "it", "PRON", "nsubj", 9),
        ("would", "would", "AUX", "aux", 9),
        ("close", "close", "VERB", "ccomp", 5),
        ("the", "the", "DET", "det", 11),
        ("plant", "plant", "NOUN", "dobj", 9),
        ("in", "in", "ADP", "prep", 11),
        ("Thun", "Thun", "PROPN", "pobj", 12),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert speaker_of(rows, "Thun") is None
    both = [r if r[0] != "neither" else ("both", "both", "CCONJ", "preconj", 3) for r in rows]
    both = [r if r[0] != "nor" else ("and", "and", "CCONJ", "cc", 3) for r in both]
    assert speaker_of(both, "Thun") == "The company"  # "both confirmed and denied": said


def test_a_saying_closing_the_sentence_after_its_content_is_the_outer_one() -> None:
    # "Officials said troops downed drones over Belgorod , the agency reported ." with
    # "reported" hung inside what the officials said and "downed" under it (spk55)
    rows: list[Row] = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "nsubj", 3),
        ("downed", "down", "VERB", "ccomp", 10),
        ("drones", "drone", "NOUN", "dobj", 3),
        ("over", "over", "ADP", "prep", 4),
        ("Belgorod", "Belgorod", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 10),
        ("the", "the", "DET", "det", 9),
        ("agency", "agency", "NOUN", "nsubj", 10),
        ("reported", "report", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Belgorod") == "the agency"


def test_a_saying_inside_another_with_its_content_after_it_stays_reported() -> None:
    # "Officials said the agency reported troops downed drones over Belgorod ."
    rows: list[Row] = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("agency", "agency", "NOUN", "nsubj", 4),
        ("reported", "report", "VERB", "ccomp", 1),
        ("troops", "troop", "NOUN", "nsubj", 6),
        ("downed", "down", "VERB", "ccomp", 4),
        ("drones", "drone", "NOUN", "dobj", 6),
        ("over", "over", "ADP", "prep", 7),
        ("Belgorod", "Belgorod", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Belgorod") == "Officials"
