"""French and Russian speakers after the verb, days kept out of names, pronouns' antecedents.

Parses are given as :class:`Word` lists (what the French model's parser or natasha's
return, misparses included), so each mechanism is tested without a model; the last
two tests are English (a day word before a speaker on ``spacy.blank("en")``).
"""

from __future__ import annotations

from dataclasses import replace

from geomap.claims.local_cues import cues, inverted, subject
from geomap.claims.local_lexicon import FRENCH, RUSSIAN
from geomap.claims.local_sources import speaker
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import parsed
from tests.test_local_speakers import CannedParse, Row, _doc, first_speaker, words

# "Belgorod tient , a annoncé le ministère ." (the parser reads the ministry as an object)
ANNOUNCED: list[Row] = [
    ("Belgorod", "belgorod", "PROPN", "nsubj", 1, "LOC"),
    ("tient", "tenir", "VERB", "root", 1, ""),
    (",", ",", "PUNCT", "punct", 4, ""),
    ("a", "avoir", "AUX", "aux:tense", 4, ""),
    ("annoncé", "annoncer", "VERB", "parataxis", 1, ""),
    ("le", "le", "DET", "det", 6, ""),
    ("ministère", "ministère", "NOUN", "obj", 4, ""),
    (".", ".", "PUNCT", "punct", 1, ""),
]


def test_the_subject_of_an_incise_follows_its_verb() -> None:
    s = first_speaker(ANNOUNCED)
    assert (s.name, s.kind, s.lemma) == ("le ministère", "government", "annoncer")


def test_a_day_after_the_verb_of_an_incise_is_no_subject() -> None:
    rows: list[Row] = [
        ("Lille", "lille", "PROPN", "nsubj", 1, "LOC"),
        ("rouvre", "rouvrir", "VERB", "root", 1, ""),
        (",", ",", "PUNCT", "punct", 4, ""),
        ("a", "avoir", "AUX", "aux:tense", 4, ""),
        ("précisé", "préciser", "VERB", "conj", 1, ""),  # shares "Lille" as a conjunct would
        ("dimanche", "dimanche", "NOUN", "obl:mod", 4, ""),
        ("la", "le", "DET", "det", 7, ""),
        ("SNCF", "sncf", "PROPN", "nmod", 5, "ORG"),  # hung on the day
    ]
    s = first_speaker(rows)
    assert (s.name, s.kind) == ("la SNCF", "organisation")


def test_a_subject_that_cannot_head_a_source_gives_way_to_the_incises() -> None:
    rows: list[Row] = [
        ("Lyon", "lyon", "PROPN", "expl:subj", 2, "LOC"),
        ("est", "être", "AUX", "cop", 2, ""),
        ("calme", "calme", "ADJ", "nsubj", 5, ""),  # a misparse
        (",", ",", "PUNCT", "punct", 5, ""),
        ("ont", "avoir", "AUX", "aux:tense", 5, ""),
        ("affirmé", "affirmer", "VERB", "root", 5, ""),
        ("lundi", "lundi", "NOUN", "obl:mod", 5, ""),
        ("les", "le", "DET", "det", 8, ""),
        ("autorités", "autorité", "NOUN", "obj", 5, ""),
    ]
    assert first_speaker(rows).name == "les autorités"


def test_an_object_that_cannot_speak_is_no_incise_subject() -> None:
    rows: list[Row] = [
        ("Le", "le", "DET", "det", 1, ""),
        ("maire", "maire", "NOUN", "nsubj", 2, ""),
        ("visite", "visiter", "VERB", "root", 2, ""),
        ("Lyon", "lyon", "PROPN", "obj", 2, "LOC"),
        (",", ",", "PUNCT", "punct", 6, ""),
        ("a", "avoir", "AUX", "aux:tense", 6, ""),
        ("annoncé", "annoncer", "VERB", "conj", 2, ""),
        ("la", "le", "DET", "det", 8, ""),
        ("fermeture", "fermeture", "NOUN", "obj", 6, ""),
    ]
    # not "la fermeture": the conjoined verb shares the first one's subject
    assert first_speaker(rows).name == "Le maire"


def test_nouns_after_a_preposition_in_an_incise_are_passed_over() -> None:
    rows: list[Row] = [
        ("Kharkiv", "kharkiv", "PROPN", "nsubj", 1, "LOC"),
        ("tient", "tenir", "VERB", "root", 1, ""),
        (",", ",", "PUNCT", "punct", 4, ""),
        ("a", "avoir", "AUX", "aux:tense", 4, ""),
        ("déclaré", "déclarer", "VERB", "dep", 5, ""),
        ("dimanche", "dimanche", "NOUN", "ccomp", 1, ""),  # the parse hangs it all wrong
        ("à", "à", "ADP", "case", 8, ""),
        ("la", "le", "DET", "det", 8, ""),
        ("télévision", "télévision", "NOUN", "obl:mod", 5, ""),
        ("un", "un", "DET", "det", 10, ""),
        ("officier", "officier", "NOUN", "appos", 8, ""),
    ]
    assert first_speaker(rows).name == "un officier"
    russian: list[Row] = [
        ("Трасса", "трасса", "NOUN", "nsubj", 1, ""),
        ("закрыта", "закрыть", "VERB", "root", 1, ""),
        (",", ",", "PUNCT", "punct", 3, ""),
        ("сообщили", "сообщить", "VERB", "parataxis", 1, ""),
        ("в", "в", "ADP", "case", 5, ""),
        ("штабе", "штаб", "NOUN", "obl", 3, ""),
        ("Крыма", "крым", "PROPN", "nmod", 5, "LOC"),
    ]
    assert inverted(words(russian), 3, RUSSIAN) == []  # not "Крыма": it names which staff


def test_an_inverted_pronoun_read_as_an_expletive_is_the_subject() -> None:
    rows: list[Row] = [
        ("»", "»", "PUNCT", "punct", 5, ""),
        (",", ",", "PUNCT", "punct", 5, ""),
        ("a", "avoir", "AUX", "aux:tense", 5, ""),
        ("-t", "-t", "PRON", "dep", 2, ""),
        ("-il", "il", "PRON", "expl:subj", 5, ""),
        ("ajouté", "ajouter", "VERB", "root", 5, ""),
    ]
    assert subject(words(rows), 5, FRENCH) == 4


def test_faire_savoir_is_one_verb_of_saying_whichever_word_heads() -> None:
    made: list[Row] = [
        ("L'", "le", "DET", "det", 1, ""),
        ("Élysée", "élysée", "PROPN", "nsubj", 3, "LOC"),
        ("a", "avoir", "AUX", "aux:tense", 3, ""),
        ("fait", "faire", "VERB", "root", 3, ""),
        ("savoir", "savoir", "VERB", "xcomp", 3, ""),
    ]
    s = first_speaker(made)
    assert (s.name, s.verb, s.lemma) == ("L' Élysée", "fait savoir", "faire savoir")
    incise: list[Row] = [
        ("Genève", "genève", "PROPN", "nsubj", 1, "LOC"),
        ("accueille", "accueillir", "VERB", "root", 1, ""),
        (",", ",", "PUNCT", "punct", 5, ""),
        ("a", "avoir", "AUX", "aux:tense", 5, ""),
        ("fait", "faire", "VERB", "dep", 5, ""),
        ("savoir", "savoir", "VERB", "advcl", 1, ""),
        ("la", "le", "DET", "det", 7, ""),
        ("diplomatie", "diplomatie", "NOUN", "obj", 5, ""),
    ]
    s = first_speaker(incise)
    assert (s.name, s.kind, s.lemma) == ("la diplomatie", "government", "faire savoir")
    savoir: list[Row] = [
        ("Il", "il", "PRON", "nsubj", 1, ""),
        ("sait", "savoir", "VERB", "root", 1, ""),
    ]
    assert cues(words(savoir), FRENCH) == []  # "savoir" alone says nothing


def test_a_day_is_no_part_of_a_source_name() -> None:
    rows: list[Row] = [
        ("Selon", "selon", "ADP", "case", 2, ""),
        ("le", "le", "DET", "det", 2, ""),
        ("ministère", "ministère", "NOUN", "obl", 6, ""),
        ("lundi", "lundi", "NOUN", "nmod", 2, ""),
        (",", ",", "PUNCT", "punct", 2, ""),
        ("Lyon", "lyon", "PROPN", "nsubj", 6, "LOC"),
        ("tient", "tenir", "VERB", "root", 6, ""),
    ]
    assert first_speaker(rows).name == "le ministère"


def test_a_role_is_cut_from_the_text_with_its_elisions() -> None:
    rows: list[Row] = [
        ("le", "le", "DET", "det", 1, ""),
        ("ministre", "ministre", "NOUN", "nsubj", 6, ""),
        ("de", "de", "ADP", "case", 3, ""),
        ("l'", "le", "DET", "det", 3, ""),
        ("Intérieur", "intérieur", "NOUN", "nmod", 1, ""),
        ("Paul", "paul", "PROPN", "appos", 1, "PER"),
        ("annonce", "annoncer", "VERB", "root", 6, ""),
    ]
    text = "le ministre de l'Intérieur Paul annonce"  # as written: no space after "l'"
    ws, at = [], 0
    for w in words(rows):
        at = text.index(w.text, at)
        ws.append(replace(w, start=at, end=at + len(w.text)))
        at += len(w.text)
    (cue,) = cues(ws, FRENCH)
    assert cue.source is not None
    s = speaker(ws, cue.source, cue, text, FRENCH)
    assert s is not None and (s.name, s.role) == ("Paul", "ministre de l'Intérieur")


def test_a_pronoun_takes_the_person_named_as_subject_not_the_object() -> None:
    first = "Le préfet Marc Roux reçoit le maire Jean Blanc ."
    text = first + " Il annonce Calais ."
    doc = _doc(text, [0, len(first) + 1], ["Marc Roux", "Jean Blanc"], ["Calais"])
    prefect: list[Row] = [
        ("Le", "le", "DET", "det", 1, ""),
        ("préfet", "préfet", "NOUN", "nsubj", 4, ""),
        ("Marc", "marc", "PROPN", "appos", 1, "PER"),
        ("Roux", "roux", "PROPN", "flat:name", 2, "PER"),
        ("reçoit", "recevoir", "VERB", "root", 4, ""),
        ("le", "le", "DET", "det", 6, ""),
        ("maire", "maire", "NOUN", "obj", 4, ""),
        ("Jean", "jean", "PROPN", "appos", 6, "PER"),
        ("Blanc", "blanc", "PROPN", "flat:name", 7, "PER"),
        (".", ".", "PUNCT", "punct", 4, ""),
    ]
    said: list[Row] = [
        ("Il", "il", "PRON", "nsubj", 1, ""),
        ("annonce", "annoncer", "VERB", "root", 1, ""),
        ("Calais", "calais", "PROPN", "obj", 1, "LOC"),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    CannedParse({0: prefect, len(first) + 1: said})(doc)
    place = doc.spans["toponyms"][0]
    assert place._.source.name == "Marc Roux" and place._.speaker_mention.text == "Il"


def test_a_pronoun_takes_an_office_holder_who_spoke_in_the_sentence_before() -> None:
    first = "Губернатор области заявил ."
    text = first + " Суджа пуста , добавил он ."
    doc = _doc(text, [0, len(first) + 1], [], ["Суджа"])
    governor: list[Row] = [
        ("Губернатор", "губернатор", "NOUN", "nsubj", 2, ""),
        ("области", "область", "NOUN", "nmod", 0, ""),
        ("заявил", "заявить", "VERB", "root", 2, ""),
        (".", ".", "PUNCT", "punct", 2, ""),
    ]
    added: list[Row] = [
        ("Суджа", "суджа", "PROPN", "nsubj", 1, "LOC"),
        ("пуста", "пустой", "ADJ", "root", 1, ""),
        (",", ",", "PUNCT", "punct", 3, ""),
        ("добавил", "добавить", "VERB", "parataxis", 1, ""),
        ("он", "он", "PRON", "nsubj", 3, ""),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    attribution = CannedParse({0: governor, len(first) + 1: added})
    attribution.lex = RUSSIAN
    attribution(doc)
    source = doc.spans["toponyms"][0]._.source
    assert (source.name, source.kind, source.lemma) == ("Губернатор области", "person", "добавить")


def test_a_document_named_as_where_it_is_said_is_the_source() -> None:
    rows: list[Row] = [
        ("Омск", "омск", "PROPN", "nsubj", 1, "LOC"),
        ("замёрз", "замёрзнуть", "VERB", "root", 1, ""),
        (",", ",", "PUNCT", "punct", 3, ""),
        ("говорится", "говориться", "VERB", "root", 3, ""),
        ("в", "в", "ADP", "case", 5, ""),
        ("сообщении", "сообщение", "NOUN", "obl", 3, ""),
        ("мэрии", "мэрия", "NOUN", "nmod", 5, ""),
    ]
    s = first_speaker(rows, RUSSIAN)
    assert (s.name, s.kind, s.lemma) == ("сообщении мэрии", "document", "говориться")


def test_a_pronoun_with_no_person_before_it_takes_a_body_that_spoke() -> None:
    first = "Министерство сообщило ."
    text = first + " Оно уточнило Херсон ."
    doc = _doc(text, [0, len(first) + 1], [], ["Херсон"])
    ministry: list[Row] = [
        ("Министерство", "министерство", "NOUN", "nsubj", 1, ""),
        ("сообщило", "сообщить", "VERB", "root", 1, ""),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    specified: list[Row] = [
        ("Оно", "оно", "PRON", "nsubj", 1, ""),
        ("уточнило", "уточнить", "VERB", "root", 1, ""),
        ("Херсон", "херсон", "PROPN", "obj", 1, "LOC"),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    attribution = CannedParse({0: ministry, len(first) + 1: specified})
    attribution.lex = RUSSIAN
    attribution(doc)
    place = doc.spans["toponyms"][0]
    assert (place._.source.name, place._.source.kind) == ("Министерство", "government")
    assert place._.speaker_mention.text == "Оно"


# "Monday Mayor Ivan Petrov said Kharkiv fell ." (the day parsed into the subject)
MONDAY_MAYOR = [
    ("Monday", "Monday", "PROPN", "compound", 3),
    ("Mayor", "Mayor", "PROPN", "compound", 3),
    ("Ivan", "Ivan", "PROPN", "compound", 3),
    ("Petrov", "Petrov", "PROPN", "nsubj", 4),
    ("said", "say", "VERB", "ROOT", 4),
    ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 6),
    ("fell", "fall", "VERB", "ccomp", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_day_before_a_speakers_title_is_no_part_of_the_role() -> None:
    from geomap.claims.attribution import Attribution
    from tests.test_attribution_blank import mark

    doc = parsed(MONDAY_MAYOR, ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    (span,) = mark(doc, "Kharkiv")
    Attribution()(doc)
    assert (span._.source.name, span._.source.role) == ("Ivan Petrov", "Mayor")


def test_a_name_the_parse_hung_on_a_day_before_the_verb_speaks() -> None:
    rows = [
        ("Ivan", "Ivan", "PROPN", "compound", 1),
        ("Petrov", "Petrov", "PROPN", "compound", 2),
        ("Monday", "Monday", "PROPN", "npadvmod", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 5),
        ("fell", "fall", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    ents = ["B-PERSON", "I-PERSON", "B-DATE", "O", "O", "O", "O"]
    assert speaker_of(rows, "Kharkiv", ents=ents) == "Ivan Petrov"
