"""Speaker errors found on the dev half of ``bench/speakers_fresh58.jsonl`` (issue 17, spk58).

* "MADRID (Reuters) — Atletico … , the club said": the agency in the dateline files the
  story; it is no body "the club" refers back to.
* "Council President Kovac said … . The firefighters' union said …": a body noun owned by
  a plural noun for people names its own body, not the last organisation named.
* "Authorities installed by Moscow in Kherson said …": a passive participle with its agent
  right after the speakers' noun tells who they are; its places are the speakers'.
* "state nuclear company Energoatom reported" (the name tagged as a state): the firm's
  name is the name, the description its role (the issue's example).
* "carmaker Volkswagen said", "the carmaker said": a closed compound of a firm's trade is a
  body noun (not "filmmaker"); "…, the company said" after a name the model tagged PERSON
  is a company.
* "Liga said it would decide in Rozas", "Transfer, which runs Lviv, said": a name the article
  takes up as "it", "its" or "which" is a body, whatever the model tagged (not an impersonal
  "it would take weeks"), also after a description of a person ("salmon farmer Fjordlaks
  said it would halt …") or in apposition to a noun for one ("The owner, Fiat, said it …").

* "Orlando was voted the destination of the year by the Association": a passive verdict
  with a predicative complement is its agent's judgement, the "by" phrase hung on the
  complement or not (fresh37's tuned half); "Parliament voted to ban rallies in Kyiv" is an
  act.

* "Judge Lee Rosenthal ruled … . “…,” the judge wrote.": a description refers back to a
  name its title word precedes, though the person did not speak before;
* "The Dodgers said … Ravine …; manager Dave Roberts told KTLA that …": a saying the parser
  hung as the content of a later one across a semicolon, that one with its own content,
  stands beside it;
* "His agent said he was disappointed and would take time off in Northern Ireland": a
  conjunct with a backshifted modal after a past saying's clause is its reported future,
  not an act (sentences written for this round's dev probes).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed

# "MADRID ( Reuters ) — Atletico played in Sevilla , the club said ."
_DATELINE: list[Row] = [
    ("MADRID", "MADRID", "PROPN", "nmod", 2),
    ("(", "(", "PUNCT", "punct", 2),
    ("Reuters", "Reuters", "PROPN", "nsubj", 12),
    (")", ")", "PUNCT", "punct", 2),
    ("—", "—", "PUNCT", "punct", 2),
    ("Atletico", "Atletico", "PROPN", "nsubj", 6),
    ("played", "play", "VERB", "ccomp", 12),
    ("in", "in", "ADP", "prep", 6),
    ("Sevilla", "Sevilla", "PROPN", "pobj", 7),
    (",", ",", "PUNCT", "punct", 12),
    ("the", "the", "DET", "det", 11),
    ("club", "club", "NOUN", "nsubj", 12),
    ("said", "say", "VERB", "ROOT", 12),
    (".", ".", "PUNCT", "punct", 12),
]
_DATELINE_ENTS = ["B-GPE", "O", "B-ORG", "O", "O", "B-PERSON", "O", "O", "B-GPE", *["O"] * 5]


def test_the_agency_of_a_dateline_is_no_body_a_description_refers_to() -> None:
    assert speaker_of(_DATELINE, "Sevilla", ents=_DATELINE_ENTS) == "the club"


def test_an_organisation_subject_after_the_dateline_still_is() -> None:
    ents = [*_DATELINE_ENTS[:5], "B-ORG", *_DATELINE_ENTS[6:]]
    assert speaker_of(_DATELINE, "Sevilla", ents=ents) == "Atletico"


def _union(owner: str, tag: str) -> tuple[list[Row], dict[int, str]]:
    """ "Council President Kovac said Hough grew . The <owner> 's union said Slavic grew ." """
    rows: list[Row] = [
        ("Council", "Council", "PROPN", "compound", 2),
        ("President", "President", "PROPN", "compound", 2),
        ("Kovac", "Kovac", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("Hough", "Hough", "PROPN", "nsubj", 5),
        ("grew", "grow", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("The", "the", "DET", "det", 8),
        (owner, owner, "NOUN", "poss", 10),
        ("'s", "'s", "PART", "case", 8),
        ("union", "union", "NOUN", "nsubj", 11),
        ("said", "say", "VERB", "ROOT", 11),
        ("Slavic", "Slavic", "PROPN", "nsubj", 13),
        ("grew", "grow", "VERB", "ccomp", 11),
        (".", ".", "PUNCT", "punct", 11),
    ]
    return rows, {8: tag, 10: "NN"}


_UNION_ENTS = ["B-ORG", "O", "B-PERSON", "O", "B-GPE", *["O"] * 7, "B-GPE", "O", "O"]


def test_a_body_owned_by_people_names_its_own_body() -> None:
    rows, tags = _union("firefighters", "NNS")
    found = speaker_of(rows, "Slavic", starts=(0, 7), ents=_UNION_ENTS, tags=tags)
    assert found is not None and "union" in found and "Council" not in found


def test_a_body_owned_by_one_thing_still_refers_back() -> None:
    rows, tags = _union("city", "NN")  # "The city's union": still the body named before
    assert speaker_of(rows, "Slavic", starts=(0, 7), ents=_UNION_ENTS, tags=tags) == "Council"


def _installed(comma: bool) -> tuple[list[Row], dict[int, str]]:
    """ "Authorities [,] installed by Moscow in Kherson [,] said Oleshky fell ." """
    c = int(comma)
    said = 6 + 2 * c
    rows: list[Row] = [("Authorities", "authority", "NOUN", "nsubj", said)]
    if comma:
        rows.append((",", ",", "PUNCT", "punct", 0))
    rows += [
        ("installed", "install", "VERB", "acl", 0),
        ("by", "by", "ADP", "agent", 1 + c),
        ("Moscow", "Moscow", "PROPN", "pobj", 2 + c),
        ("in", "in", "ADP", "prep", 1 + c),
        ("Kherson", "Kherson", "PROPN", "pobj", 4 + c),
    ]
    if comma:
        rows.append((",", ",", "PUNCT", "punct", 0))
    rows += [
        ("said", "say", "VERB", "ROOT", said),
        ("Oleshky", "Oleshky", "PROPN", "nsubj", said + 2),
        ("fell", "fall", "VERB", "ccomp", said),
        (".", ".", "PUNCT", "punct", said),
    ]
    return rows, {0: "NNS", 1 + c: "VBN"}


def test_a_participle_with_its_agent_tells_who_speaks() -> None:
    rows, tags = _installed(comma=False)
    for place in ("Moscow", "Kherson", "Oleshky"):
        found = speaker_of(rows, place, tags=tags)
        assert found is not None and found.startswith("Authorities"), place


def test_a_participle_set_off_by_commas_is_a_clause_about_them() -> None:
    rows, tags = _installed(comma=True)
    assert speaker_of(rows, "Kherson", tags=tags) is None
    assert speaker_of(rows, "Oleshky", tags=tags) is not None


def _kind(rows: Sequence[Row], place: str, ents: Sequence[str]) -> tuple[str, str] | None:
    """(name, kind) of the speaker of the one mention ``place``, or ``None``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.kind)


def _said_it(subject: str, verb: str, lemma: str) -> list[Row]:
    """ "<subject> said <subject-pronoun> would <verb> talks in Rozas ." """
    return [
        ("Liga", "Liga", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        (subject, subject.lower(), "PRON", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        (verb, lemma, "VERB", "ccomp", 1),
        ("talks", "talk", "NOUN", "dobj", 4),
        ("in", "in", "ADP", "prep", 4),
        ("Rozas", "Rozas", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


_LIGA_ENTS = ["B-PERSON", *["O"] * 6, "B-GPE", "O"]


def test_a_name_its_saying_calls_it_is_a_body() -> None:
    assert _kind(_said_it("it", "hold", "hold"), "Rozas", _LIGA_ENTS) == ("Liga", "organisation")
    untagged = ["O", *_LIGA_ENTS[1:]]  # "Great Plains Gas said it would …", no entity
    assert _kind(_said_it("it", "hold", "hold"), "Rozas", untagged) == ("Liga", "organisation")


def test_a_person_stays_one() -> None:
    assert _kind(_said_it("he", "hold", "hold"), "Rozas", _LIGA_ENTS) == ("Liga", "person")
    # an impersonal "it": "said it would take talks in Rozas"
    assert _kind(_said_it("it", "take", "take"), "Rozas", _LIGA_ENTS) == ("Liga", "person")


def _company() -> list[Row]:
    """ "state nuclear company Energoatom reported Lviv fell ." """
    return [
        ("state", "state", "NOUN", "nmod", 2),
        ("nuclear", "nuclear", "ADJ", "amod", 2),
        ("company", "company", "NOUN", "nsubj", 4),
        ("Energoatom", "Energoatom", "PROPN", "appos", 2),
        ("reported", "report", "VERB", "ROOT", 4),
        ("Lviv", "Lviv", "PROPN", "nsubj", 6),
        ("fell", "fall", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_a_firm_tagged_as_a_state_after_its_description_is_the_name() -> None:
    ents = ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"]
    assert _kind(_company(), "Lviv", ents) == ("Energoatom", "organisation")
    doc = parsed(_company(), ents=ents)
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is not None and span._.source.role == "state nuclear company"


def test_a_name_taken_up_as_its_or_which_is_a_body() -> None:
    its: list[Row] = [
        ("Liga", "Liga", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("crews", "crew", "NOUN", "nsubj", 4),
        ("reached", "reach", "VERB", "ccomp", 1),
        ("Rozas", "Rozas", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"]
    assert _kind(its, "Rozas", ents) == ("Liga", "organisation")
    passive = [*its[:3], ("crews", "crew", "NOUN", "nsubjpass", 4), *its[4:]]  # "its … were hit"
    assert _kind(passive, "Rozas", ents) == ("Liga", "organisation")
    which: list[Row] = [
        ("Transfer", "Transfer", "PROPN", "nsubj", 6),
        (",", ",", "PUNCT", "punct", 0),
        ("which", "which", "PRON", "nsubj", 3),
        ("runs", "run", "VERB", "relcl", 0),
        ("pipelines", "pipeline", "NOUN", "dobj", 3),
        (",", ",", "PUNCT", "punct", 0),
        ("said", "say", "VERB", "ROOT", 6),
        ("Rozas", "Rozas", "PROPN", "nsubj", 8),
        ("grew", "grow", "VERB", "ccomp", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    ents = ["B-PERSON", *["O"] * 6, "B-GPE", "O", "O"]
    assert _kind(which, "Rozas", ents) == ("Transfer", "organisation")
    who: list[Row] = [("who", "who", *r[2:]) if r[0] == "which" else r for r in which]
    assert _kind(who, "Rozas", ents) == ("Transfer", "person")  # "X, who runs …": a person


def _carmaker(noun: str) -> list[Row]:
    """ "<noun> Fiat said Turin grew ." (the name tagged PERSON)."""
    return [
        (noun, noun, "NOUN", "compound", 1),
        ("Fiat", "Fiat", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Turin", "Turin", "PROPN", "nsubj", 4),
        ("grew", "grow", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]


_FIAT_ENTS = ["O", "B-PERSON", "O", "B-GPE", "O", "O"]


def test_a_closed_compound_of_a_trade_makes_a_firm() -> None:
    assert _kind(_carmaker("carmaker"), "Turin", _FIAT_ENTS) == ("Fiat", "organisation")
    assert _kind(_carmaker("filmmaker"), "Turin", _FIAT_ENTS) == ("Fiat", "person")


def _owner(pronoun: str) -> list[Row]:
    """ "The owner , Fiat , said <pronoun> expanded in Turin ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("owner", "owner", "NOUN", "nsubj", 5),
        (",", ",", "PUNCT", "punct", 1),
        ("Fiat", "Fiat", "PROPN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "say", "VERB", "ROOT", 5),
        (pronoun, pronoun, "PRON", "nsubj", 7),
        ("expanded", "expand", "VERB", "ccomp", 5),
        ("in", "in", "ADP", "prep", 7),
        ("Turin", "Turin", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 5),
    ]


def test_it_after_a_noun_for_a_person_still_makes_a_body() -> None:
    ents = ["O", "O", "O", "B-ORG", *["O"] * 5, "B-GPE", "O"]
    assert _kind(_owner("it"), "Turin", ents) == ("Fiat", "organisation")
    assert _kind(_owner("he"), "Turin", ents) == ("Fiat", "person")


def _farmer(pronoun: str) -> list[Row]:
    """ "salmon farmer Fiat said <pronoun> would halt farms in Turin ." """
    return [
        ("salmon", "salmon", "NOUN", "compound", 1),
        ("farmer", "farmer", "NOUN", "compound", 2),
        ("Fiat", "Fiat", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        (pronoun, pronoun, "PRON", "nsubj", 6),
        ("would", "would", "AUX", "aux", 6),
        ("halt", "halt", "VERB", "ccomp", 3),
        ("farms", "farm", "NOUN", "dobj", 6),
        ("in", "in", "ADP", "prep", 7),
        ("Turin", "Turin", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_it_outweighs_a_description_of_a_person() -> None:
    ents = [*["O"] * 9, "B-GPE", "O"]
    assert _kind(_farmer("it"), "Turin", ents) == ("Fiat", "organisation")
    assert _kind(_farmer("he"), "Turin", ents) == ("Fiat", "person")


def test_a_passive_verdict_is_its_agent_s_judgement() -> None:
    rows: list[Row] = [
        ("Orlando", "Orlando", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("voted", "vote", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("destination", "destination", "NOUN", "oprd", 2),
        ("by", "by", "ADP", "prep", 4),  # the parser's: on the complement
        ("the", "the", "DET", "det", 7),
        ("Association", "Association", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    ents = ["B-GPE", *["O"] * 5, "B-ORG", "I-ORG", "O"]
    found = speaker_of(rows, "Orlando", ents=ents)
    assert found is not None and found.endswith("Association")


def test_a_vote_to_act_is_no_verdict() -> None:
    rows: list[Row] = [
        ("Parliament", "Parliament", "PROPN", "nsubj", 1),
        ("voted", "vote", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("ban", "ban", "VERB", "xcomp", 1),
        ("rallies", "rally", "NOUN", "dobj", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ["B-ORG", *["O"] * 5, "B-GPE", "O"]
    assert speaker_of(rows, "Kyiv", ents=ents) is None


def _judge(title: str) -> list[Row]:
    """ "<title> Lee Rosenthal ruled . The judge wrote Porto fell ." """
    return [
        (title, title, "PROPN", "compound", 2),
        ("Lee", "Lee", "PROPN", "compound", 2),
        ("Rosenthal", "Rosenthal", "PROPN", "nsubj", 3),
        ("ruled", "rule", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("The", "the", "DET", "det", 6),
        ("judge", "judge", "NOUN", "nsubj", 7),
        ("wrote", "write", "VERB", "ROOT", 7),
        ("Porto", "Porto", "PROPN", "nsubj", 9),
        ("fell", "fall", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]


_JUDGE_ENTS = ["O", "B-PERSON", "I-PERSON", *["O"] * 5, "B-GPE", "O", "O"]


def test_a_description_refers_to_the_name_its_title_precedes() -> None:
    found = speaker_of(_judge("Judge"), "Porto", starts=(0, 5), ents=_JUDGE_ENTS)
    assert found is not None and found.endswith("Lee Rosenthal")
    other = speaker_of(_judge("Mayor"), "Porto", starts=(0, 5), ents=_JUDGE_ENTS)
    assert other == "The judge"


def _side_by_side(mark_: str) -> list[Row]:
    """ "Dodgers said Ravine grew <mark> Roberts told KTLA Pasadena fell ." """
    return [
        ("Dodgers", "Dodgers", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ccomp", 6),
        ("Ravine", "Ravine", "PROPN", "nsubj", 3),
        ("grew", "grow", "VERB", "ccomp", 1),
        (mark_, mark_, "PUNCT", "punct", 6),
        ("Roberts", "Roberts", "PROPN", "nsubj", 6),
        ("told", "tell", "VERB", "ROOT", 6),
        ("KTLA", "KTLA", "PROPN", "dobj", 6),
        ("Pasadena", "Pasadena", "PROPN", "nsubj", 9),
        ("fell", "fall", "VERB", "ccomp", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]


_SIDE_ENTS = ["B-ORG", "O", "B-GPE", "O", "O", "B-PERSON", "O", "B-ORG", "B-GPE", "O", "O"]


def test_sayings_across_a_semicolon_stand_side_by_side() -> None:
    assert speaker_of(_side_by_side(";"), "Ravine", ents=_SIDE_ENTS) == "Dodgers"
    assert speaker_of(_side_by_side(";"), "Pasadena", ents=_SIDE_ENTS) == "Roberts"
    # after a comma too, the second saying having its own content after it (spk59: "Ukraine
    # says it hit an airbase in Crimea, Moscow says attack repelled"); without a content
    # clause of its own the nesting stands (tests/test_speaker_spk59_blank.py)
    assert speaker_of(_side_by_side(","), "Ravine", ents=_SIDE_ENTS) == "Dodgers"
    assert speaker_of(_side_by_side(","), "Pasadena", ents=_SIDE_ENTS) == "Roberts"


def _agent(aux: str) -> list[Row]:
    """ "The agent said he was sad and <aux> rest in Derry ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("agent", "agent", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("he", "he", "PRON", "nsubj", 4),
        ("was", "be", "AUX", "ccomp", 2),
        ("sad", "sad", "ADJ", "acomp", 4),
        ("and", "and", "CCONJ", "cc", 2),
        (aux, aux, "AUX", "aux", 8),
        ("rest", "rest", "VERB", "conj", 2),
        ("in", "in", "ADP", "prep", 8),
        ("Derry", "Derry", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_backshifted_modal_goes_on_with_what_was_said() -> None:
    ents = [*["O"] * 10, "B-GPE", "O"]
    assert speaker_of(_agent("would"), "Derry", ents=ents, tags={2: "VBD"}) == "The agent"
    # "… and has rested in Derry": what the agent did, the journalist's
    assert speaker_of(_agent("has"), "Derry", ents=ents, tags={2: "VBD"}) is None
