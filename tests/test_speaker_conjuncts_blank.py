"""Saying that only goes on from another act, gerunds of means, closing evidence (issue 17).

"Google has learned … in Kyiv, and has announced … in Lviv" (only Lviv is Google's claim);
"It starts by telling people that …" (the gerund's subject is that of "starts"); "…,
shows the result of the survey." (the parser made the survey's result an object);
"published a message … about a threat in Kyiv" (what the message is about, hung on the
verb, is said).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _speakers(rows: list[Row], places: tuple[str, ...], starts: tuple[int, ...] = (0,)) -> list:
    doc = parsed(rows, sent_starts=starts)
    spans = mark(doc, *places)
    Attribution()(doc)
    return [None if s._.source is None else s._.source.name for s in spans]


def _conjunct(lemma: str, verb: str) -> list[Row]:
    """ "Google has <verb> about sales in Kyiv , and has announced sales in Lviv ." """
    return [
        ("Google", "Google", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        (verb, lemma, "VERB", "ROOT", 2),
        ("about", "about", "ADP", "prep", 2),
        ("sales", "sale", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 4),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 2),
        ("and", "and", "CCONJ", "cc", 2),
        ("has", "have", "AUX", "aux", 10),
        ("announced", "announce", "VERB", "conj", 2),
        ("sales", "sale", "NOUN", "dobj", 10),
        ("in", "in", "ADP", "prep", 11),
        ("Lviv", "Lviv", "PROPN", "pobj", 12),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_saying_that_goes_on_from_another_act_speaks_for_its_own_clause_only() -> None:
    assert _speakers(_conjunct("learn", "learned"), ("Kyiv", "Lviv")) == [None, "Google"]


def test_a_saying_that_goes_on_from_a_saying_shares_the_whole_sentence() -> None:
    assert _speakers(_conjunct("warn", "warned"), ("Kyiv", "Lviv")) == ["Google", "Google"]


def _by(lemma: str, verb: str) -> list[Row]:
    """ "The ministry reacted by <verb> that Kyiv is safe ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("ministry", "ministry", "NOUN", "nsubj", 2),
        ("reacted", "react", "VERB", "ROOT", 2),
        ("by", "by", "ADP", "prep", 2),
        (verb, lemma, "VERB", "pcomp", 3),
        ("that", "that", "SCONJ", "mark", 7),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 7),
        ("is", "be", "AUX", "ccomp", 4),
        ("safe", "safe", "ADJ", "acomp", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_gerund_of_saying_after_by_takes_the_subject_of_the_verb_above() -> None:
    assert _speakers(_by("say", "saying"), ("Kyiv",)) == ["The ministry"]
    assert _speakers(_by("hope", "hoping"), ("Kyiv",)) == [None]  # no saying


def _closing(noun: str) -> list[Row]:
    """ "People live in Kyiv , shows the <noun> ." """
    return [
        ("People", "people", "NOUN", "nsubj", 1),
        ("live", "live", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 1),
        ("shows", "show", "VERB", "conj", 1),
        ("the", "the", "DET", "det", 7),
        (noun, noun, "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_evidence_closing_a_sentence_after_a_comma_speaks_for_the_clause_before() -> None:
    assert _speakers(_closing("survey"), ("Kyiv",)) == ["the survey"]


def test_a_closing_show_with_no_document_after_it_reports_nothing() -> None:
    assert _speakers(_closing("man"), ("Kyiv",)) == [None]


def _published(noun: str, lemma: str) -> list[Row]:
    """ "The embassy published a <noun> on its website about a threat in Kyiv ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("embassy", "embassy", "NOUN", "nsubj", 2),
        ("published", "publish", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        (noun, lemma, "NOUN", "dobj", 2),
        ("on", "on", "ADP", "prep", 2),
        ("its", "its", "PRON", "poss", 7),
        ("website", "website", "NOUN", "pobj", 5),
        ("about", "about", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 10),
        ("threat", "threat", "NOUN", "pobj", 8),
        ("in", "in", "ADP", "prep", 10),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_what_an_issued_message_is_about_is_said_where_the_parser_hung_it_on_the_verb() -> None:
    assert _speakers(_published("message", "message"), ("Kyiv",)) == ["The embassy"]


def test_what_a_published_photo_is_about_is_no_claim() -> None:
    assert _speakers(_published("photo", "photo"), ("Kyiv",)) == [None]


def _call(subject: str, lemma: str) -> list[Row]:
    """ "<subject> call this the largest expo in Lviv ." """
    return [
        (subject, lemma, "NOUN", "nsubj", 1),
        ("call", "call", "VERB", "ROOT", 1),
        ("this", "this", "PRON", "dobj", 1),
        ("the", "the", "DET", "det", 5),
        ("largest", "large", "ADJ", "amod", 5),
        ("expo", "expo", "NOUN", "oprd", 1),
        ("in", "in", "ADP", "prep", 5),
        ("Lviv", "Lviv", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_what_is_called_of_a_word_pointing_back_is_said() -> None:
    assert _speakers(_call("Officials", "official"), ("Lviv",)) == ["Officials"]


def _they_after(first: list[Row], ents: list[str]) -> str | None:
    """``first`` then "They said Lviv is safe .": the speaker of Lviv."""
    n = len(first)
    second: list[Row] = [
        ("They", "they", "PRON", "nsubj", n + 1),
        ("said", "say", "VERB", "ROOT", n + 1),
        ("Lviv", "Lviv", "PROPN", "nsubj", n + 3),
        ("is", "be", "AUX", "ccomp", n + 1),
        ("safe", "safe", "ADJ", "acomp", n + 3),
        (".", ".", "PUNCT", "punct", n + 1),
    ]
    doc = parsed(first + second, sent_starts=(0, n), ents=ents + ["O"] * len(second))
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    return None if span._.source is None else span._.source.name


def test_they_never_takes_one_city_named_before() -> None:
    # "Tourists come from Chicago ." : "They" is no one named, not Chicago
    first: list[Row] = [
        ("Tourists", "tourist", "NOUN", "nsubj", 1),
        ("come", "come", "VERB", "ROOT", 1),
        ("from", "from", "ADP", "prep", 1),
        ("Chicago", "Chicago", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert _they_after(first, ["O", "O", "O", "B-GPE", "O"]) == "They"


def test_they_takes_cities_named_together() -> None:
    # "Kyiv and Warsaw met ." : "They" are the two
    first: list[Row] = [
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Warsaw", "Warsaw", "PROPN", "conj", 0),
        ("met", "meet", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert _they_after(first, ["B-GPE", "O", "B-GPE", "O", "O"]) in ("Kyiv", "Warsaw")


def _colon(after: list[tuple[str, str, str]]) -> list[Row]:
    """ "Miles from Chicago : <after> Lviv hosts a fair ." (one sentence, the model's)"""
    rows: list[Row] = [
        ("Miles", "mile", "NOUN", "ROOT", 0),
        ("from", "from", "ADP", "prep", 0),
        ("Chicago", "Chicago", "PROPN", "pobj", 1),
        (":", ":", "PUNCT", "punct", 0),
    ]
    rows += [(w, w, pos, "dep", 0) for w, _, pos in after]
    n = len(rows)
    rows += [
        ("Lviv", "Lviv", "PROPN", "nsubj", n + 1),
        ("hosts", "host", "VERB", "appos", 0),
        ("a", "a", "DET", "det", n + 3),
        ("fair", "fair", "NOUN", "dobj", n + 1),
        (".", ".", "PUNCT", "punct", 0),
    ]
    return rows


def _colon_speaker(after: list[tuple[str, str, str]]) -> str | None:
    rows = _colon(after)
    ents = ["B-PERSON", "O", "B-GPE"] + ["O"] * (len(rows) - 3)
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    return None if span._.source is None else span._.source.name


def test_a_figure_alone_on_its_line_after_a_colon_is_a_value_not_a_quotation() -> None:
    assert _colon_speaker([("410", "410", "NUM"), ("\n", "\n", "SPACE")]) is None


def test_a_headline_naming_a_source_before_a_colon_still_quotes_it() -> None:
    said = [("410", "410", "NUM"), ("rallied", "rally", "VERB"), ("as", "as", "ADP")]
    assert _colon_speaker(said) == "Miles"


def _is_and_called(obj: bool) -> list[Row]:
    """ "Lviv is a city , and called the Queen of Galicia ." (or "called it the Queen")"""
    rows: list[Row] = [
        ("Lviv", "Lviv", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("city", "city", "NOUN", "attr", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("called", "call", "VERB", "conj", 1),
    ]
    if obj:
        rows.append(("it", "it", "PRON", "dobj", 6))
    n = len(rows)
    rows += [
        ("the", "the", "DET", "det", n + 1),
        ("Queen", "queen", "NOUN", "oprd", 6),
        ("of", "of", "ADP", "prep", n + 1),
        ("Galicia", "Galicia", "PROPN", "pobj", n + 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows


def test_called_after_is_without_subject_or_object_is_a_passive_no_one_says() -> None:
    assert _speakers(_is_and_called(False), ("Lviv", "Galicia")) == [None, None]


def _magazine(oprd: tuple[str, str, str]) -> list[Row]:
    """ "Vogue magazine called Kyiv <oprd …> ." parsed as a noun phrase (the verb an acl)."""
    word, lemma, pos = oprd
    return [
        ("Vogue", "Vogue", "PROPN", "compound", 1),
        ("magazine", "magazine", "NOUN", "ROOT", 1),
        ("called", "call", "VERB", "acl", 1),
        ("Kyiv", "Kyiv", "PROPN", "compound", 4),
        (word, lemma, pos, "oprd", 2),
        ("of", "of", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 8),
        ("best", "good", "ADJ", "amod", 8),
        ("cities", "city", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_root_noun_that_called_something_a_predicate_is_its_speaker() -> None:
    doc = parsed(_magazine(("one", "one", "NUM")))
    doc[2].tag_ = "VBD"
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert span._.source is not None and span._.source.name == "Vogue magazine"


def test_a_noun_called_by_a_name_is_named_not_said() -> None:
    doc = parsed(_magazine(("Kyiv2", "Kyiv2", "PROPN")))
    doc[2].tag_ = "VBN"
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert span._.source is None


def _quoted(lemma: str, verb: str) -> list[Row]:
    """ "A friend <verb> a figure of 10,000 deaths in Kyiv ." """
    return [
        ("A", "a", "DET", "det", 1),
        ("friend", "friend", "NOUN", "nsubj", 2),
        (verb, lemma, "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("figure", "figure", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("10,000", "10,000", "NUM", "nummod", 7),
        ("deaths", "death", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 7),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_figure_quoted_is_the_quoters_claim_as_one_cited() -> None:
    assert _speakers(_quoted("quote", "quoted"), ("Kyiv",)) == ["A friend"]
    assert _speakers(_quoted("cite", "cited"), ("Kyiv",)) == ["A friend"]
    assert _speakers(_quoted("circle", "circled"), ("Kyiv",)) == [None]


def test_a_saying_at_the_end_of_a_chain_of_acts_speaks_for_its_own_clause_only() -> None:
    # "The mayor visited Kyiv , met officials and warned that Lviv floods ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("mayor", "mayor", "NOUN", "nsubj", 2),
        ("visited", "visit", "VERB", "ROOT", 2),
        ("Kyiv", "Kyiv", "PROPN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("met", "meet", "VERB", "conj", 2),
        ("officials", "official", "NOUN", "dobj", 5),
        ("and", "and", "CCONJ", "cc", 5),
        ("warned", "warn", "VERB", "conj", 5),
        ("that", "that", "SCONJ", "mark", 11),
        ("Lviv", "Lviv", "PROPN", "nsubj", 11),
        ("floods", "flood", "VERB", "ccomp", 8),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert _speakers(rows, ("Kyiv", "Lviv")) == [None, "The mayor"]


def test_who_a_message_is_sent_to_is_not_what_it_says() -> None:
    # "The army sent a message to Moscow about Crimea ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("army", "army", "NOUN", "nsubj", 2),
        ("sent", "send", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("message", "message", "NOUN", "dobj", 2),
        ("to", "to", "ADP", "prep", 2),
        ("Moscow", "Moscow", "PROPN", "pobj", 5),
        ("about", "about", "ADP", "prep", 2),
        ("Crimea", "Crimea", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert _speakers(rows, ("Moscow", "Crimea")) == [None, "The army"]
