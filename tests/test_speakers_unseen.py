"""Who says it, the mechanisms added for the sixth dev set (issue 17).

Where a saying happened (a place after a verb that says nothing else, an occasion of
saying), a quotation introduced by the sentence before, definite descriptions with a
name, "…, according to X" closing a sentence, names in apposition to a title, verbs
of advice and assent, headline passives, and the kinds of company units, news outlets
and court papers.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from geomap.claims.cues import is_reporting_verb
from geomap.claims.frames import Frame
from geomap.claims.lexicon import Lexicon
from geomap.claims.names import speaker_record, split_name
from geomap.claims.scene import in_dateline
from geomap.claims.speakers import DocAttribution
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed

# "Petrov said in Lviv ." / "Petrov reported fighting in Lviv ."
SAID_IN = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
REPORTED_IN = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("reported", "report", "VERB", "ROOT", 1),
    ("fighting", "fighting", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_place_after_a_verb_that_says_nothing_else_is_where_it_was_said() -> None:
    # `"…," Petrov said in Lviv`: the quotation is what is said, Lviv is where
    assert speaker_of(SAID_IN, "Lviv") is None
    # "reported fighting in Lviv": what is reported is below the verb
    assert speaker_of(REPORTED_IN, "Lviv") == "Petrov"


def _confirmed(noun: str) -> list[Row]:
    """ "Petrov confirmed the plan at a <noun> held in Lviv ." """
    return [
        ("Petrov", "Petrov", "PROPN", "nsubj", 1),
        ("confirmed", "confirm", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("at", "at", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 6),
        (noun, noun, "NOUN", "pobj", 4),
        ("held", "hold", "VERB", "acl", 6),
        ("in", "in", "ADP", "prep", 7),
        ("Lviv", "Lviv", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_place_of_an_occasion_of_saying_is_the_scene() -> None:
    assert speaker_of(_confirmed("conference"), "Lviv") is None
    assert speaker_of(_confirmed("depot"), "Lviv") == "Petrov"  # no occasion: what he confirmed


# "The ZTA boss was scathing . “ Odesa is calm . ”"
INTRODUCED = [
    ("The", "the", "DET", "det", 2),
    ("ZTA", "ZTA", "PROPN", "compound", 2),
    ("boss", "boss", "NOUN", "nsubj", 3),
    ("was", "be", "AUX", "ROOT", 3),
    ("scathing", "scathing", "ADJ", "acomp", 3),
    (".", ".", "PUNCT", "punct", 3),
    ("“", "“", "PUNCT", "punct", 8),
    ("Odesa", "Odesa", "PROPN", "nsubj", 8),
    ("is", "be", "AUX", "ROOT", 8),
    ("calm", "calm", "ADJ", "acomp", 8),
    (".", ".", "PUNCT", "punct", 8),
    ("”", "”", "PUNCT", "punct", 8),
]


def test_a_quotation_is_said_by_the_subject_of_the_sentence_introducing_it() -> None:
    assert speaker_of(INTRODUCED, "Odesa", (0, 6)) == "The ZTA boss"
    # a subject that cannot speak introduces no one: "The ZTA sky was scathing. “…”"
    rows = [("sky", "sky", "NOUN", "nsubj", 3) if r[0] == "boss" else r for r in INTRODUCED]
    assert speaker_of(rows, "Odesa", (0, 6)) is None


def _boss_said_later(filler: int) -> tuple[list[Row], list[str], tuple[int, ...]]:
    """ "ZTA boss Kaseke said it . (It rained . )*filler The ZTA boss said Odesa fell ." """
    rows: list[Row] = [
        ("ZTA", "ZTA", "PROPN", "compound", 1),
        ("boss", "boss", "NOUN", "compound", 2),
        ("Kaseke", "Kaseke", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("it", "it", "PRON", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    ents = ["B-ORG", "O", "B-PERSON", "O", "O", "O"]
    starts = [0]
    for _ in range(filler):
        n = len(rows)
        starts.append(n)
        rows += [
            ("It", "it", "PRON", "nsubj", n + 1),
            ("rained", "rain", "VERB", "ROOT", n + 1),
            (".", ".", "PUNCT", "punct", n + 1),
        ]
        ents += ["O", "O", "O"]
    n = len(rows)
    starts.append(n)
    rows += [
        ("The", "the", "DET", "det", n + 2),
        ("ZTA", "ZTA", "PROPN", "compound", n + 2),
        ("boss", "boss", "NOUN", "nsubj", n + 3),
        ("said", "say", "VERB", "ROOT", n + 3),
        ("Odesa", "Odesa", "PROPN", "nsubj", n + 5),
        ("fell", "fall", "VERB", "ccomp", n + 3),
        (".", ".", "PUNCT", "punct", n + 3),
    ]
    ents += ["O", "B-ORG", "O", "O", "B-GPE", "O", "O"]
    return rows, ents, tuple(starts)


def test_a_description_with_a_name_refers_back_over_the_article() -> None:
    rows, ents, starts = _boss_said_later(6)  # beyond the window of "the mayor"
    assert speaker_of(rows, "Odesa", starts, ents) == "ZTA boss Kaseke"
    # another name in the description: not the same person
    other = [
        r if r[0] != "ZTA" or i < 6 else ("BA", "BA", "PROPN", "compound", r[4])
        for i, r in enumerate(rows)
    ]
    assert speaker_of(other, "Odesa", starts, ents) == "The BA boss"


# "It happened in Lviv after callers said shots rang , according to Petrov ."
CLOSING_ACCORDING = [
    ("It", "it", "PRON", "nsubj", 1),
    ("happened", "happen", "VERB", "ROOT", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "pobj", 2),
    ("after", "after", "SCONJ", "mark", 6),
    ("callers", "caller", "NOUN", "nsubj", 6),
    ("said", "say", "VERB", "advcl", 1),
    ("shots", "shot", "NOUN", "nsubj", 8),
    ("rang", "ring", "VERB", "ccomp", 6),
    (",", ",", "PUNCT", "punct", 8),
    ("according", "accord", "VERB", "prep", 8),
    ("to", "to", "ADP", "prep", 10),
    ("Petrov", "Petrov", "PROPN", "pobj", 11),
    (".", ".", "PUNCT", "punct", 1),
]


def test_according_to_closing_a_sentence_attributes_all_of_it() -> None:
    # the parser hung "according to" on the last clause; set off at the end, it is the
    # whole sentence's source
    assert speaker_of(CLOSING_ACCORDING, "Lviv") == "Petrov"
    inside = [*CLOSING_ACCORDING]
    inside[9] = ("then", "then", "ADV", "advmod", 8)  # no comma: the clause's own
    assert speaker_of(inside, "Lviv") is None


# "India 's ambassador to Egypt Navdeep Suri told reporters ." (the name untagged)
AMBASSADOR = [
    ("India", "India", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("ambassador", "ambassador", "NOUN", "nsubj", 7),
    ("to", "to", "ADP", "prep", 2),
    ("Egypt", "Egypt", "PROPN", "pobj", 3),
    ("Navdeep", "Navdeep", "PROPN", "compound", 6),
    ("Suri", "Suri", "PROPN", "appos", 2),
    ("told", "tell", "VERB", "ROOT", 7),
    ("reporters", "reporter", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 7),
]
AMBASSADOR_ENTS = ["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"]


def test_an_untagged_name_in_apposition_to_a_title_is_the_name() -> None:
    doc = parsed(AMBASSADOR, ents=AMBASSADOR_ENTS)
    name, role = split_name(doc[0:7])
    assert (name.text, role) == ("Navdeep Suri", "India 's ambassador to Egypt")
    record = speaker_record(Frame("verb", doc[7], doc[0:7], doc[0:7], doc[7]))
    assert (record.name, record.kind) == ("Navdeep Suri", "person")
    # not after a noun for a person or a body: "India's trade to Egypt Navdeep Suri"
    body = parsed([("trade", "trade", *r[2:]) if r[0] == "ambassador" else r for r in AMBASSADOR])
    assert split_name(body[0:7])[0].text != "Navdeep Suri"


# "NYPD Chief of Department Terence Monahan said ."
CHIEF = [
    ("NYPD", "NYPD", "PROPN", "nmod", 1),
    ("Chief", "Chief", "PROPN", "nmod", 5),
    ("of", "of", "ADP", "prep", 1),
    ("Department", "Department", "PROPN", "pobj", 2),
    ("Terence", "Terence", "PROPN", "compound", 5),
    ("Monahan", "Monahan", "PROPN", "nsubj", 6),
    ("said", "say", "VERB", "ROOT", 6),
    (".", ".", "PUNCT", "punct", 6),
]


def test_the_name_after_a_title_ending_with_a_body() -> None:
    doc = parsed(CHIEF, ents=["B-ORG", "O", "O", "O", "O", "O", "O", "O"])
    name, role = split_name(doc[0:6])
    assert (name.text, role) == ("Terence Monahan", "NYPD Chief of Department")
    # no title before the body: "Department Terence Monahan" is not split
    plain = parsed([("The", "the", "DET", "det", 2), *CHIEF[2:]], ents=["O"] * 7)
    assert split_name(plain[0:5])[0].text != "Terence Monahan"


def test_advice_is_a_claim() -> None:
    rows: list[Row] = [
        ("The", "the", "DET", "det", 2),
        ("Foreign", "Foreign", "PROPN", "compound", 2),
        ("Office", "Office", "PROPN", "nsubj", 3),
        ("advises", "advise", "VERB", "ROOT", 3),
        ("against", "against", "ADP", "prep", 3),
        ("travel", "travel", "NOUN", "pobj", 4),
        ("to", "to", "ADP", "prep", 5),
        ("Sinai", "Sinai", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert speaker_of(rows, "Sinai") == "The Foreign Office"


def _agrees(*rest: Row) -> list[Row]:
    """ "Meirmaridou , psychologist in Samos , agrees <rest> ." """
    return [
        ("Meirmaridou", "Meirmaridou", "PROPN", "nsubj", 6),
        (",", ",", "PUNCT", "punct", 0),
        ("psychologist", "psychologist", "NOUN", "appos", 0),
        ("in", "in", "ADP", "prep", 2),
        ("Samos", "Samos", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 0),
        ("agrees", "agree", "VERB", "ROOT", 6),
        *rest,
        (".", ".", "PUNCT", "punct", 6),
    ]


def test_assent_reports_but_an_undertaking_does_not() -> None:
    assert speaker_of(_agrees(), "Samos") == "Meirmaridou , psychologist in Samos"
    # "agrees to leave": an act, not a claim
    undertaking = _agrees(("to", "to", "PART", "aux", 8), ("leave", "leave", "VERB", "xcomp", 6))
    assert speaker_of(undertaking, "Samos") is None


def _confirmed_as(*obj: Row) -> list[Row]:
    """ "Petrov confirmed <obj> as mayor of Lviv ." """
    k = len(obj)
    return [
        ("Petrov", "Petrov", "PROPN", "nsubj", 1),
        ("confirmed", "confirm", "VERB", "ROOT", 1),
        *obj,
        ("as", "as", "ADP", "prep", 1),
        ("mayor", "mayor", "NOUN", "pobj", 2 + k),
        ("of", "of", "ADP", "prep", 3 + k),
        ("Lviv", "Lviv", "PROPN", "pobj", 4 + k),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_headline_passive_has_no_speaker() -> None:
    doc = parsed(_confirmed_as())
    doc[1].tag_ = "VBN"  # "Petrov confirmed as mayor of Lviv": he was confirmed
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker is None
    doc = parsed(_confirmed_as(("Ivanova", "Ivanova", "PROPN", "dobj", 1)))
    doc[1].tag_ = "VBD"  # "Petrov confirmed Ivanova as mayor of Lviv"
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker is not None and lviv._.speaker.text == "Petrov"


def test_what_someone_thinks_is_a_claim_not_what_they_think_of() -> None:
    lex = Lexicon.default()
    thinks = parsed(
        [
            ("She", "she", "PRON", "nsubj", 1),
            ("thinks", "think", "VERB", "ROOT", 1),
            ("Kyiv", "Kyiv", "PROPN", "nsubj", 3),
            ("fell", "fall", "VERB", "ccomp", 1),
        ]
    )
    assert is_reporting_verb(thinks[1], lex)
    of = parsed(
        [
            ("She", "she", "PRON", "nsubj", 1),
            ("thinks", "think", "VERB", "ROOT", 1),
            ("of", "of", "ADP", "prep", 1),
            ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
        ]
    )
    assert not is_reporting_verb(of[1], lex)


def _quotes_then(closing: str) -> list[Row]:
    """ "“ Kyiv held , ” Ivanova warned . “ Odesa is calm <closing> ” Petrov threatened it ." """
    return [
        ("“", "“", "PUNCT", "punct", 3),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 2),
        ("held", "hold", "VERB", "ccomp", 6),
        (",", ",", "PUNCT", "punct", 6),
        ("”", "”", "PUNCT", "punct", 6),
        ("Ivanova", "Ivanova", "PROPN", "nsubj", 6),
        ("warned", "warn", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
        ("“", "“", "PUNCT", "punct", 10),
        ("Odesa", "Odesa", "PROPN", "nsubj", 10),
        ("is", "be", "AUX", "ROOT", 10),
        ("calm", "calm", "ADJ", "acomp", 10),
        (closing, closing, "PUNCT", "punct", 10),
        ("”", "”", "PUNCT", "punct", 10),
        ("Petrov", "Petrov", "PROPN", "nsubj", 15),
        ("threatened", "threaten", "VERB", "ROOT", 15),
        ("it", "it", "PRON", "dobj", 15),
        (".", ".", "PUNCT", "punct", 15),
    ]


def test_a_quotation_ended_by_a_full_stop_is_not_said_by_the_next_sentence() -> None:
    # `“Odesa is calm.” Petrov threatened …`: the quotation goes on from Ivanova's
    assert speaker_of(_quotes_then("."), "Odesa", (0, 8, 14)) == "Ivanova"
    # `“Odesa is calm,” Petrov threatened`: the attribution after the comma
    assert speaker_of(_quotes_then(","), "Odesa", (0, 8, 14)) == "Petrov"


def _said_this(obj: str) -> list[Row]:
    """ "She said <obj> while answering questions at a launch in Lagos ." """
    return [
        ("She", "she", "PRON", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        (obj, obj.lower(), "PRON", "dobj", 1),
        ("while", "while", "SCONJ", "mark", 4),
        ("answering", "answer", "VERB", "advcl", 1),
        ("questions", "question", "NOUN", "dobj", 4),
        ("a", "a", "DET", "det", 7),
        ("book", "book", "NOUN", "dobj", 1),  # the parser's: hung on "said"
        ("in", "in", "ADP", "prep", 7),
        ("Lagos", "Lagos", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_saying_that_points_back_tells_only_where_it_was_said() -> None:
    assert speaker_of(_said_this("this"), "Lagos") is None
    assert speaker_of(_said_this("everything"), "Lagos") == "She"


def _opening(first: str, second: str) -> list[Row]:
    """ "<FIRST> <Second> analyst Barkley blasted the FBI ." """
    return [
        (first, first, "PROPN", "compound", 3),
        (second, second, "PROPN", "compound", 3),
        ("analyst", "analyst", "NOUN", "compound", 3),
        ("Barkley", "Barkley", "PROPN", "nsubj", 4),
        ("blasted", "blast", "VERB", "ROOT", 4),
        ("the", "the", "DET", "det", 6),
        ("FBI", "FBI", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_a_place_in_capitals_opening_the_story_is_a_dateline() -> None:
    for first, second, dateline in (("LVIV", "Sports", True), ("Lviv", "Sports", False)):
        doc = parsed(_opening(first, second))
        (span,) = mark(doc, first)
        assert in_dateline(span) is dateline, first
    doc = parsed(_opening("LVIV", "SPORTS"))  # a headline in capitals
    (span,) = mark(doc, "LVIV")
    assert not in_dateline(span)


def _capital_reported(head: str) -> list[Row]:
    """ "the <head> of Lviv reported a death ." """
    return [
        ("the", "the", "DET", "det", 1),
        (head, head, "NOUN", "nsubj", 4),
        ("of", "of", "ADP", "prep", 1),
        ("Lviv", "Lviv", "PROPN", "pobj", 2),
        ("reported", "report", "VERB", "ROOT", 4),
        ("a", "a", "DET", "det", 6),
        ("death", "death", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_a_place_speaks_through_its_government() -> None:
    doc = parsed(_capital_reported("capital"))
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker is not None and lviv._.speaker.text == "the capital of Lviv"
    assert lviv._.source.kind == "government"
    # a thing named after the place does not speak: "the market of Lviv reported"
    assert speaker_of(_capital_reported("market"), "Lviv") is None


def _airline(noun: str) -> list[Row]:
    """ "The <noun> Norwegian revealed plans ." (the name tagged NORP)"""
    return [
        ("The", "the", "DET", "det", 1),
        (noun, noun, "NOUN", "nsubj", 3),
        ("Norwegian", "Norwegian", "PROPN", "appos", 1),
        ("revealed", "reveal", "VERB", "ROOT", 3),
        ("plans", "plan", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_a_name_in_apposition_to_a_body_noun_is_the_bodys_name() -> None:
    doc = parsed(_airline("airline"), ents=["O", "O", "B-NORP", "O", "O", "O"])
    record = speaker_record(Frame("verb", doc[3], doc[0:3], doc[0:3], doc[3]))
    assert (record.name, record.role, record.kind) == ("Norwegian", "The airline", "organisation")
    doc = parsed(_airline("skier"), ents=["O", "O", "B-NORP", "O", "O", "O"])
    assert speaker_record(Frame("verb", doc[3], doc[0:3], doc[0:3], doc[3])).name != "Norwegian"


def test_placing_blame_and_expressing_doubts_are_claims() -> None:
    # "The report places blame on the Lviv court ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("report", "report", "NOUN", "nsubj", 2),
        ("places", "place", "VERB", "ROOT", 2),
        ("blame", "blame", "NOUN", "dobj", 2),
        ("on", "on", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Lviv", "Lviv", "PROPN", "compound", 7),
        ("court", "court", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert speaker_of(rows, "Lviv") == "The report"
    # "Corby expressed doubts that Lviv is fair ."
    doubts: list[Row] = [
        ("Corby", "Corby", "PROPN", "nsubj", 1),
        ("expressed", "express", "VERB", "ROOT", 1),
        ("doubts", "doubt", "NOUN", "dobj", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("Lviv", "Lviv", "PROPN", "nsubj", 5),
        ("is", "be", "AUX", "acl", 2),
        ("fair", "fair", "ADJ", "acomp", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(doubts, "Lviv") == "Corby"


def _petition(comma: str) -> list[Row]:
    """ "A petition was distributed <comma> calling on Kyiv to act ." """
    return [
        ("A", "a", "DET", "det", 1),
        ("petition", "petition", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("distributed", "distribute", "VERB", "ROOT", 3),
        (comma, comma, "PUNCT" if comma == "," else "ADV", "punct", 3),
        ("calling", "call", "VERB", "advcl", 3),
        ("on", "on", "ADP", "prep", 5),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 6),
        ("to", "to", "PART", "aux", 9),
        ("act", "act", "VERB", "xcomp", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_a_participle_after_a_passive_speaks_for_its_subject() -> None:
    for comma, who in ((",", "A petition"), ("then", None)):  # "then": no comma
        doc = parsed(_petition(comma))
        doc[5].tag_ = "VBG"
        (kyiv,) = mark(doc, "Kyiv")
        Attribution()(doc)
        assert (None if kyiv._.speaker is None else kyiv._.speaker.text) == who, comma


def _commented(name: str, label: str) -> tuple[list[Row], list[str]]:
    """ "“ We wait , ” commented <name> in Lviv ." """
    rows: list[Row] = [
        ("“", "“", "PUNCT", "punct", 2),
        ("We", "we", "PRON", "nsubj", 2),
        ("wait", "wait", "VERB", "ccomp", 5),
        (",", ",", "PUNCT", "punct", 2),
        ("”", "”", "PUNCT", "punct", 2),
        ("commented", "comment", "VERB", "ROOT", 5),
        (name, name, "PROPN" if label else "NOUN", "nsubj", 5),
        ("in", "in", "ADP", "prep", 6),
        ("Lviv", "Lviv", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 5),
    ]
    ents = ["O"] * 6 + ([f"B-{label}"] if label else ["O"]) + ["O", "B-GPE", "O"]
    return rows, ents


def test_where_the_named_speaker_is_is_the_scene() -> None:
    rows, ents = _commented("Corby", "PERSON")
    assert speaker_of(rows, "Lviv", ents=ents) is None  # where Corby commented
    rows, ents = _commented("officials", "")
    assert speaker_of(rows, "Lviv", ents=ents) == "officials in Lviv"  # who the officials are


def _says_dos_santos(before: str) -> list[Row]:
    """ "“ Rome lost Lviv <before> ” says Father Juliano dos Santos ." ("dos" parsed as a verb)"""
    return [
        ("“", "“", "PUNCT", "punct", 2),
        ("Rome", "Rome", "PROPN", "nsubj", 2),
        ("lost", "lose", "VERB", "ccomp", 10),
        ("Lviv", "Lviv", "PROPN", "dobj", 2),
        (before, before, "PUNCT", "punct", 6),
        ("”", "”", "PUNCT", "punct", 6),
        ("says", "say", "VERB", "parataxis", 10),
        ("Father", "Father", "PROPN", "compound", 9),
        ("Juliano", "Juliano", "PROPN", "compound", 9),
        ("dos", "do", "VERB", "nsubj", 10),
        ("Santos", "Santos", "PROPN", "ROOT", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]


def test_a_name_after_a_verb_of_saying_the_parser_left_without_subject() -> None:
    assert speaker_of(_says_dos_santos(","), "Lviv") == "Father Juliano dos Santos"
    rows = _says_dos_santos(",")
    rows[7:9] = [("the", "the", "DET", "det", 9), ("old", "old", "ADJ", "amod", 9)]
    assert speaker_of(rows, "Lviv") is None  # no name after the verb


def test_a_full_stop_before_a_closing_bracket_ends_the_quotation() -> None:
    rows: list[Row] = [
        ("“", "“", "PUNCT", "punct", 2),
        ("(", "(", "PUNCT", "punct", 2),
        ("Calm", "calm", "ADJ", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
        (")", ")", "PUNCT", "punct", 2),
        ("”", "”", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows)
    end = DocAttribution(doc).quotes[0][1]
    assert DocAttribution(doc)._ends_sentence(end)  # `“(Calm.)”`
    doc = parsed([r if r[0] != "." else (",", ",", "PUNCT", "punct", 2) for r in rows])
    assert not DocAttribution(doc)._ends_sentence(DocAttribution(doc).quotes[0][1])
