"""Speaker errors found on the dev half of ``bench/speakers_fresh60.jsonl`` (issue 17, spk60).

* "For the mayor, the new bridge … in Maribor is …", "In the view of local business
  owners, the works will drive shoppers to Graz": a view told without a verb of saying
  (:mod:`geomap.claims.views`) is its holder's; "For years," and "For a travel agent like
  me," hold no one's view, and a sentence with its own saying at the root keeps it.
* "The researchers, from the University of Granada, said": an affiliation set off by
  commas after a common noun is the role, as an apposition is; the name is "The
  researchers", not the aside (:func:`geomap.claims.appositions.affiliation_asides`).
* "said Ciobanu, 71," tagged GPE after "Ion Ciobanu" (PERSON): one name, one entity over
  the article, a person, not a state; "his team, Nordlys Cycling, said" (the name tagged
  PERSON): a name in apposition to a body noun is that body.
* "… after a crash near Aarhus, his team, Nordlys Cycling, said" (a probe varied from a
  dev sentence): the parser made "crash" the subject and hung the team on the place; a
  speaker set off by commas at the end of a subject that cannot speak is the subject.
* "Coach Marino Pusic said", "Manager Pep Ruiz told" (probes after a dev sentence; the
  model tagged the whole ORG): a noun of a person's role opening the sentence, capitalised
  only there, is the role (:func:`geomap.claims.nametails.opening_role`), and the name a
  person's.
* "The court ruled on Monday that the ban in Lyon was unlawful" (a probe of court
  reporting): a ruling with a clause is the court's claim; "ruled the country", "ruled
  out a rise" are none (``rule`` among the verbs that report only with a complement).
* "Rival Digi said" (the model joined "Rival" to the name): a word of relation opening the
  name is its role (:data:`geomap.claims.nametails.DESCRIPTORS`), neither a first name
  nor part of a longer person's name.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.claims.entities import with_entities
from geomap.claims.kinds import speaker_kind
from geomap.claims.name_kinds import name_kind
from geomap.claims.names import split_name
from geomap.records import Speaker
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed

_NLP = spacy.blank("en")


def _for(holder: list[Row]) -> list[Row]:
    """ "For <holder> , the bridge in Maribor <root> safe ." (holder's head last of its rows)."""
    n = len(holder) + 1
    r = n + 5  # the root's index
    return [
        ("For", "for", "ADP", "prep", r),
        *holder,
        (",", ",", "PUNCT", "punct", r),
        ("the", "the", "DET", "det", n + 2),
        ("bridge", "bridge", "NOUN", "nsubj", r),
        ("in", "in", "ADP", "prep", n + 2),
        ("Maribor", "Maribor", "PROPN", "pobj", n + 3),
        ("is", "be", "AUX", "ROOT", r),
        ("safe", "safe", "ADJ", "acomp", r),
        (".", ".", "PUNCT", "punct", r),
    ]


def test_for_a_person_opening_the_sentence_holds_its_view() -> None:
    mayor = [("the", "the", "DET", "det", 2), ("mayor", "mayor", "NOUN", "pobj", 0)]
    assert speaker_of(_for(mayor), "Maribor") == "the mayor"
    campaigners = [("campaigners", "campaigner", "NOUN", "pobj", 0)]
    assert speaker_of(_for(campaigners), "Maribor") == "campaigners"
    # no one's view: a time, or the writer's own ("For a travel agent like me,")
    years = [("years", "year", "NOUN", "pobj", 0)]
    assert speaker_of(_for(years), "Maribor") is None
    agent = [
        ("a", "a", "DET", "det", 2),
        ("agent", "agent", "NOUN", "pobj", 0),
        ("like", "like", "ADP", "prep", 2),
        ("me", "I", "PRON", "pobj", 3),
    ]
    assert speaker_of(_for(agent), "Maribor") is None


def test_a_view_without_the_comma_or_under_a_saying_is_not_one() -> None:
    mayor = [("the", "the", "DET", "det", 2), ("mayor", "mayor", "NOUN", "pobj", 0)]
    rows = _for(mayor)
    no_comma = [r for r in rows if r[0] != ","]
    no_comma = [(w, lem, p, d, h - (h > 3)) for w, lem, p, d, h in no_comma]
    assert speaker_of(no_comma, "Maribor") is None
    # "For the mayor, Jones said Maribor is safe": a saying at the root speaks for itself
    said: list[Row] = [
        ("For", "for", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 2),
        ("mayor", "mayor", "NOUN", "pobj", 0),
        (",", ",", "PUNCT", "punct", 5),
        ("Jones", "Jones", "PROPN", "nsubj", 5),
        ("said", "say", "VERB", "ROOT", 5),
        ("Maribor", "Maribor", "PROPN", "nsubj", 7),
        ("is", "be", "AUX", "ccomp", 5),
        ("safe", "safe", "ADJ", "acomp", 7),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert speaker_of(said, "Maribor", ents=["O"] * 4 + ["B-PERSON"] + ["O"] * 5) == "Jones"


def test_in_the_view_of_a_holder() -> None:
    rows: list[Row] = [
        ("In", "in", "ADP", "prep", 10),
        ("the", "the", "DET", "det", 2),
        ("view", "view", "NOUN", "pobj", 0),
        ("of", "of", "ADP", "prep", 2),
        ("local", "local", "ADJ", "amod", 5),
        ("owners", "owner", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 10),
        ("the", "the", "DET", "det", 8),
        ("works", "work", "NOUN", "nsubj", 10),
        ("will", "will", "AUX", "aux", 10),
        ("drive", "drive", "VERB", "ROOT", 10),
        ("shoppers", "shopper", "NOUN", "dobj", 10),
        ("to", "to", "ADP", "prep", 10),
        ("Graz", "Graz", "PROPN", "pobj", 12),
        (".", ".", "PUNCT", "punct", 10),
    ]
    assert speaker_of(rows, "Graz") == "local owners"
    # "In the centre of town, the works …": a place, no view
    town = list(rows)
    town[2] = ("centre", "centre", "NOUN", "pobj", 0)
    town[5] = ("town", "town", "NOUN", "pobj", 3)
    town[4] = ("old", "old", "ADJ", "amod", 5)
    assert speaker_of(town, "Graz") is None


def _researchers() -> list[Row]:
    """ "The researchers , from the University , said ." (the parser's tree)."""
    return [
        ("The", "the", "DET", "det", 1),
        ("researchers", "researcher", "NOUN", "nsubj", 7),
        (",", ",", "PUNCT", "punct", 1),
        ("from", "from", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("University", "University", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "say", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]


def test_an_affiliation_set_off_by_commas_is_the_role() -> None:
    doc = parsed(_researchers(), ents=["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"])
    name, role = split_name(doc[0:7])
    assert (name.text, role) == ("The researchers", "from the University")


def _ferryman(first: str, second: str) -> Span:
    """ "Ciobanu said . Ion Ciobanu rows ." with the names tagged ``first``, ``second``."""
    words = ["Ciobanu", "said", ".", "Ion", "Ciobanu", "rows", "."]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [1, 1, 1, 4, 5, 5, 5]
    deps = ["nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    ents = [f"B-{first}", "O", "O", f"B-{second}", f"I-{second}", "O", "O"]
    lemmas = [w.lower() for w in words]
    doc = Doc(_NLP.vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    return doc[0:1]


def test_a_name_tagged_gpe_the_article_tags_as_a_person_elsewhere_is_a_person() -> None:
    assert speaker_kind(_ferryman("GPE", "PERSON")) == "person"
    assert speaker_kind(_ferryman("GPE", "GPE")) == "government"  # a state all along


def test_a_name_in_apposition_to_a_body_noun_is_that_body() -> None:
    # "The club , Nordlys Cycling , said ." (the model tagged the name PERSON)
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("club", "club", "NOUN", "nsubj", 6),
        (",", ",", "PUNCT", "punct", 1),
        ("Nordlys", "Nordlys", "PROPN", "compound", 4),
        ("Cycling", "Cycling", "PROPN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "say", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    doc = parsed(rows, ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert name_kind(doc[0:6], doc[3:5]) == "organisation"
    # a person's noun keeps the person: "The coach, Nordlys Cycling, said"
    coach = [("coach", "coach", "NOUN", "nsubj", 6) if r[0] == "club" else r for r in rows]
    doc = parsed(coach, ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert name_kind(doc[0:6], doc[3:5]) == "person"


def test_a_descriptor_opening_the_sentence_is_the_role_not_the_name() -> None:
    # "Rival Digi said ." (the model joined the descriptor to the name, tagged PERSON)
    rows: list[Row] = [
        ("Rival", "Rival", "PROPN", "compound", 1),
        ("Digi", "Digi", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows, ents=["B-PERSON", "I-PERSON", "O", "O"])
    name, role = split_name(doc[0:2])
    assert (name.text, role) == ("Digi", "Rival")
    # nor does the joined entity make "Digi" the surname of a person "Rival Digi"
    firm = Speaker("Digi", 6, 10, kind="organisation")
    assert with_entities([firm], doc)[0] == Speaker(
        "Digi", 6, 10, kind="organisation", entity="Digi"
    )
    # a first name the model split off stays: "Anna | Digi"
    anna = parsed(
        [("Anna", "Anna", "PROPN", "compound", 1), *rows[1:]], ents=["B-ORG", "B-PERSON", "O", "O"]
    )
    assert split_name(anna[0:2])[0].text == "Anna Digi"


def _crash(subject: str, lemma: str) -> list[Row]:
    """ "Eriksen quit after a <subject> near Aarhus , his team , Nordlys , said ." (the
    parser's tree: the subject hung on "after", the team on the place, "said" a conjunct)."""
    return [
        ("Eriksen", "Eriksen", "PROPN", "nsubj", 1),
        ("quit", "quit", "VERB", "ROOT", 1),
        ("after", "after", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        (subject, lemma, "NOUN", "nsubj", 13),
        ("near", "near", "ADP", "prep", 4),
        ("Aarhus", "Aarhus", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 6),
        ("his", "his", "PRON", "poss", 9),
        ("team", "team", "NOUN", "appos", 6),
        (",", ",", "PUNCT", "punct", 9),
        ("Nordlys", "Nordlys", "PROPN", "appos", 9),
        (",", ",", "PUNCT", "punct", 6),
        ("said", "say", "VERB", "conj", 1),
        (".", ".", "PUNCT", "punct", 13),
    ]


def test_a_speaker_set_off_at_the_end_of_a_subject_that_cannot_speak() -> None:
    ents = ["B-PERSON"] + ["O"] * 5 + ["B-GPE"] + ["O"] * 4 + ["B-ORG"] + ["O"] * 3
    found = speaker_of(_crash("crash", "crash"), "Aarhus", ents=ents)
    assert found is not None and "team" in found
    # a subject that can speak keeps its saying: "after a witness near Aarhus, …, said"
    found = speaker_of(_crash("witness", "witness"), "Aarhus", ents=ents)
    assert found is not None and found.startswith("a witness")


def test_a_role_noun_opening_the_sentence_is_the_role() -> None:
    # "Coach Marino Pusic said ." (the model tagged all three words ORG)
    rows: list[Row] = [
        ("Coach", "Coach", "PROPN", "compound", 2),
        ("Marino", "Marino", "PROPN", "compound", 2),
        ("Pusic", "Pusic", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = parsed(rows, ents=["B-ORG", "I-ORG", "I-ORG", "O", "O"])
    name, role = split_name(doc[0:3])
    assert (name.text, role) == ("Marino Pusic", "Coach")
    assert name_kind(doc[0:3], name) == "person"
    # inside a sentence the capital is the name's own: "Then Coach Marino Pusic said"
    then = parsed(
        [("Then", "then", "ADV", "advmod", 4)] + [(w, lem, p, d, h + 1) for w, lem, p, d, h in rows]
    )
    assert split_name(then[1:4])[0].text == "Coach Marino Pusic"


def _ruled(content: list[Row]) -> list[Row]:
    """ "The court ruled <content> ." (content rows hang on "ruled", index 2)."""
    return [
        ("The", "the", "DET", "det", 1),
        ("court", "court", "NOUN", "nsubj", 2),
        ("ruled", "rule", "VERB", "ROOT", 2),
        *content,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_court_rules_a_claim_with_a_clause_only() -> None:
    clause: list[Row] = [
        ("that", "that", "SCONJ", "mark", 8),
        ("the", "the", "DET", "det", 5),
        ("ban", "ban", "NOUN", "nsubj", 8),
        ("in", "in", "ADP", "prep", 5),
        ("Lyon", "Lyon", "PROPN", "pobj", 6),
        ("was", "be", "AUX", "ccomp", 2),
        ("unlawful", "unlawful", "ADJ", "acomp", 8),
    ]
    assert speaker_of(_ruled(clause), "Lyon") == "The court"
    # "The court ruled Lyon": to rule a place says nothing
    assert speaker_of(_ruled([("Lyon", "Lyon", "PROPN", "dobj", 2)]), "Lyon") is None
