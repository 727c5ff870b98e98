"""Offices and their holders, names closing or opening a phrase, documents and kinds of source.

An office told by its noun ("the minister said") is held by a person, anonymous when
indefinite; a name closing a spokesman's phrase or opening one its body heads speaks;
a role starts after a place the parse put in it; what a document shows is evidence;
agencies, brigades, acronyms and places of the geoparse are kinds of source (issue 17).

Tiny fixtures: :class:`~geomap.claims.local_syntax.Word` lists for French and Russian
(:func:`tests.test_local_speakers.words`), hand-built parses on ``spacy.blank("en")``
(:func:`tests.test_attribution_blank.parsed`) for English.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from geomap.claims.kinds import speaker_kind
from geomap.claims.local_lexicon import FRENCH, RUSSIAN
from geomap.claims.local_sources import kind
from geomap.claims.names import person_in_context
from geomap.claims.source_nouns import descriptor_kind
from tests.test_attribution_blank import mark, parsed
from tests.test_local_speakers import Row, words


def _minister(determiner: str | None, specified: bool) -> tuple[list[Row], int]:
    """ "[Le|Un] ministre [de la Défense] a dit" (French) or "Министр [обороны] заявил"."""
    rows: list[Row] = []
    if determiner is not None:
        rows.append((determiner, determiner.lower(), "DET", "det", 1, ""))
    head = len(rows)
    rows.append(("ministre", "ministre", "NOUN", "nsubj", head + 4, ""))
    if specified:
        rows += [
            ("de", "de", "ADP", "case", head + 2, ""),
            ("Défense", "défense", "NOUN", "nmod", head, ""),
        ]
    else:
        rows += [
            ("donc", "donc", "ADV", "advmod", head + 4, ""),
            ("bien", "bien", "ADV", "advmod", head + 4, ""),
        ]
    rows += [
        ("a", "avoir", "AUX", "aux", head + 4, ""),
        ("dit", "dire", "VERB", "root", head + 4, ""),
    ]
    return rows, head


def test_an_office_told_by_its_noun_is_held_by_a_person() -> None:
    rows: list[Row] = [
        ("Министр", "министр", "NOUN", "nsubj", 2, ""),
        ("обороны", "оборона", "NOUN", "nmod", 0, ""),
        ("заявил", "заявить", "VERB", "root", 2, ""),
    ]
    assert kind(words(rows), 0, 0, 1, RUSSIAN) == "person"
    bare = [rows[0], ("заявил", "заявить", "VERB", "root", 1, "")]
    assert kind(words(bare), 0, 0, 0, RUSSIAN) == "anonymous"  # which minister: not told


def test_an_indefinite_office_holder_stays_anonymous() -> None:
    rows, head = _minister("Le", specified=True)
    assert kind(words(rows), head, 0, head + 2, FRENCH) == "person"
    rows, head = _minister("Un", specified=True)
    assert kind(words(rows), head, 0, head + 2, FRENCH) == "anonymous"


# "A spokesman for the agency , Babar Baloch , said Chad was full ."
_SPOKESMAN: list[tuple[str, str, str, str, int]] = [
    ("A", "a", "DET", "det", 1),
    ("spokesman", "spokesman", "NOUN", "nsubj", 9),
    ("for", "for", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("agency", "agency", "NOUN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 4),
    ("Babar", "Babar", "PROPN", "compound", 7),
    ("Baloch", "Baloch", "PROPN", "appos", 4),
    (",", ",", "PUNCT", "punct", 1),
    ("said", "say", "VERB", "ROOT", 9),
    ("Chad", "Chad", "PROPN", "nsubj", 11),
    ("was", "be", "AUX", "ccomp", 9),
    ("full", "full", "ADJ", "acomp", 11),
    (".", ".", "PUNCT", "punct", 9),
]


def test_a_name_closing_a_spokesmans_phrase_is_the_spokesman() -> None:
    doc = parsed(_SPOKESMAN, ents=["O"] * 6 + ["B-ORG", "I-ORG"] + ["O"] * 6)
    mark(doc, "Chad")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    assert who is not None
    assert (who.name, who.kind) == ("Babar Baloch", "person")
    assert who.role == "A spokesman for the agency"


# "Rain fell in Lviv , spokeswoman Maria Papadaki told reporters ." (the name hung on "in")
_TOLD_REPORTERS: list[tuple[str, str, str, str, int]] = [
    ("Rain", "rain", "NOUN", "nsubj", 1),
    ("fell", "fall", "VERB", "ccomp", 8),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "nmod", 7),
    (",", ",", "PUNCT", "punct", 3),
    ("spokeswoman", "spokeswoman", "NOUN", "compound", 7),
    ("Maria", "Maria", "PROPN", "compound", 7),
    ("Papadaki", "Papadaki", "PROPN", "pobj", 2),
    ("told", "tell", "VERB", "ROOT", 8),
    ("reporters", "reporter", "NOUN", "dobj", 8),
    (".", ".", "PUNCT", "punct", 8),
]


def test_a_closing_verb_of_saying_may_end_with_who_was_told() -> None:
    doc = parsed(_TOLD_REPORTERS, ents=["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 3)
    mark(doc, "Lviv")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    assert who is not None and who.name == "Maria Papadaki"


def test_a_role_starts_after_a_place_and_comma_the_parse_put_in_it() -> None:
    doc = parsed(_TOLD_REPORTERS, ents=["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 3)
    mark(doc, "Lviv")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    assert who is not None and who.role == "spokeswoman"


def _office(det: str, told: bool) -> str:
    """The kind of "<det> [defence] minister" (a possessive when ``det`` ends with 's)."""
    rows: list[tuple[str, str, str, str, int]] = []
    if det.endswith("'s"):
        rows += [(det[:-2], det[:-2], "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0)]
    else:
        rows.append((det, det.lower(), "DET", "det", 1 + told))
    if told:
        rows.append(("defence", "defence", "NOUN", "compound", len(rows) + 1))
    rows.append(("minister", "minister", "NOUN", "ROOT", len(rows)))
    doc = parsed(rows)
    return speaker_kind(doc[:])


def test_an_office_told_whose_or_which_names_its_holder() -> None:
    assert _office("Venezuela's", told=False) == "person"
    assert _office("The", told=True) == "person"
    assert _office("A", told=True) == "anonymous"
    assert _office("The", told=False) == "anonymous"  # which minister: not told


# "Kyiv said Lviv was hit ." (no entity tags: the model left "Kyiv" untagged)
_KYIV_SAID: list[tuple[str, str, str, str, int]] = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("Lviv", "Lviv", "PROPN", "nsubjpass", 4),
    ("was", "be", "AUX", "auxpass", 4),
    ("hit", "hit", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_place_of_the_geoparse_that_speaks_is_a_government() -> None:
    doc = parsed(_KYIV_SAID)
    mark(doc, "Kyiv", "Lviv")
    Attribution()(doc)
    who = doc.spans["toponyms"][1]._.source
    assert who is not None and (who.name, who.kind) == ("Kyiv", "government")
    doc = parsed(_KYIV_SAID)
    mark(doc, "Lviv")  # not read as a place: a name, a person
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    assert who is not None and who.kind == "person"


def _shows(subject: str, lemma: str) -> str | None:
    """The speaker of "<subject> show craters near Saky ."."""
    rows: list[tuple[str, str, str, str, int]] = [
        (subject, lemma, "NOUN", "nsubj", 1),
        ("show", "show", "VERB", "ROOT", 1),
        ("craters", "crater", "NOUN", "dobj", 1),
        ("near", "near", "ADP", "prep", 2),
        ("Saky", "Saky", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = parsed(rows)
    mark(doc, "Saky")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    return None if who is None else f"{who.name}/{who.kind}"


def test_a_document_shows_what_it_is_evidence_of() -> None:
    assert _shows("Images", "image") == "Images/document"
    assert _shows("Officials", "official") is None  # "officials show craters": a tour


def test_what_a_document_shows_inside_a_saying_is_the_sayers() -> None:
    rows: list[tuple[str, str, str, str, int]] = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("say", "say", "VERB", "ROOT", 1),
        ("results", "result", "NOUN", "nsubj", 3),
        ("show", "show", "VERB", "ccomp", 1),
        ("bacteria", "bacteria", "NOUN", "dobj", 3),
        ("in", "in", "ADP", "prep", 4),
        ("Springfield", "Springfield", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = parsed(rows)
    mark(doc, "Springfield")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    assert who is not None and who.name == "Officials"


# "Donna Molinari of Acme School said Lviv fell ." (the school made the subject)
_OF_SCHOOL: list[tuple[str, str, str, str, int]] = [
    ("Donna", "Donna", "PROPN", "compound", 1),
    ("Molinari", "Molinari", "PROPN", "nmod", 4),
    ("of", "of", "ADP", "prep", 1),
    ("Acme", "Acme", "PROPN", "compound", 4),
    ("School", "School", "PROPN", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    ("Lviv", "Lviv", "PROPN", "nsubj", 7),
    ("fell", "fall", "VERB", "ccomp", 5),
    (".", ".", "PUNCT", "punct", 5),
]


def test_a_person_opening_a_phrase_headed_by_their_body_speaks() -> None:
    ents = ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    doc = parsed(_OF_SCHOOL, ents=ents)
    mark(doc, "Lviv")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    assert who is not None
    assert (who.name, who.kind, who.role) == ("Donna Molinari", "person", "of Acme School")


def test_an_untagged_acronym_names_a_body_not_a_person() -> None:
    rows: list[tuple[str, str, str, str, int]] = [
        ("TMZ", "TMZ", "PROPN", "nsubj", 1),
        ("reported", "report", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_kind(parsed(rows)[0:1]) == "organisation"
    rows[0] = ("Hogg", "Hogg", "PROPN", "nsubj", 1)
    assert speaker_kind(parsed(rows)[0:1]) == "person"


def test_a_news_agency_describing_a_name_makes_it_an_outlet() -> None:
    rows: list[tuple[str, str, str, str, int]] = [
        ("the", "the", "DET", "det", 3),
        ("state", "state", "NOUN", "compound", 3),
        ("news", "news", "NOUN", "compound", 3),
        ("agency", "agency", "NOUN", "ROOT", 3),
        ("IRNA", "IRNA", "PROPN", "appos", 3),
    ]
    doc = parsed(rows)
    assert descriptor_kind(doc[3]) == "organisation"
    bare = parsed([("agency", "agency", "NOUN", "ROOT", 0)])
    assert descriptor_kind(bare[0]) == "government"  # a bare agency: a state's


# "Residents of Kherson say Lviv fell ." ("Kherson" tagged PERSON by the model)
_RESIDENTS_OF: list[tuple[str, str, str, str, int]] = [
    ("Residents", "resident", "NOUN", "nsubj", 3),
    ("of", "of", "ADP", "prep", 0),
    ("Kherson", "Kherson", "PROPN", "pobj", 1),
    ("say", "say", "VERB", "ROOT", 3),
    ("Lviv", "Lviv", "PROPN", "nsubj", 5),
    ("fell", "fall", "VERB", "ccomp", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_place_closing_a_phrase_of_people_is_not_their_name() -> None:
    doc = parsed(_RESIDENTS_OF, ents=["O", "O", "B-PERSON", "O", "O", "O", "O"])
    mark(doc, "Kherson", "Lviv")
    Attribution()(doc)
    who = doc.spans["toponyms"][1]._.source
    assert who is not None and (who.name, who.kind) == ("Residents of Kherson", "anonymous")


def test_a_brigade_is_a_public_body() -> None:
    rows: list[tuple[str, str, str, str, int]] = [
        ("the", "the", "DET", "det", 2),
        ("fire", "fire", "NOUN", "compound", 2),
        ("brigade", "brigade", "NOUN", "ROOT", 2),
    ]
    assert speaker_kind(parsed(rows)[:]) == "government"


def _general(ents: list[str]) -> str | None:
    """The speaker of "General Staff said Lviv fell ."."""
    rows: list[tuple[str, str, str, str, int]] = [
        ("General", "General", "PROPN", "compound", 1),
        ("Staff", "Staff", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Lviv", "Lviv", "PROPN", "nsubj", 4),
        ("fell", "fall", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows, ents=ents)
    mark(doc, "Lviv")
    Attribution()(doc)
    who = doc.spans["toponyms"][0]._.source
    return None if who is None else who.name


def test_a_common_noun_after_a_title_word_is_no_name() -> None:
    assert _general(["B-ORG", "I-ORG", "O", "O", "O", "O"]) == "General Staff"


def test_a_name_in_a_script_without_capitals_can_be_a_persons() -> None:
    rows: list[tuple[str, str, str, str, int]] = [
        ("said", "say", "VERB", "ROOT", 0),
        ("أحمد", "أحمد", "PROPN", "compound", 2),
        ("صالح", "صالح", "NOUN", "nsubj", 0),  # the model's part of speech for it
        (",", ",", "PUNCT", "punct", 2),
        ("a", "a", "DET", "det", 5),
        ("nurse", "nurse", "NOUN", "appos", 2),
    ]
    assert person_in_context(parsed(rows)[1:3])  # "…, a nurse": a person
