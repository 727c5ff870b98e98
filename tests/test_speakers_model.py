"""Who says it, one mechanism per test, with the real parser on small articles.

Each test reads the :class:`geomap.records.Speaker` record the attribution
component stores on a place mention (``span._.source``): the clean name, its
role and kind, and the verb of saying.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from geomap.claims.name_text import clean_text
from geomap.mapping.popup import speaker_label
from geomap.records import Speaker
from geomap.serialize import claim_record
from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def source(nlp: Language, text: str, place: str, part: str = "") -> Speaker | None:  # noqa: F811
    doc = parse(nlp, text)
    record = one(doc, place, part)._.source
    assert record is None or isinstance(record, Speaker)
    if record is not None:  # offsets index the article
        assert clean_text(text[record.start : record.end]) == record.name
    return record


def test_quote_over_several_sentences_and_paragraphs(nlp: Language) -> None:  # noqa: F811
    text = (
        "Mayor Andriy Sadovyi spoke on Monday. He said: “We will rebuild Kharkiv.\n\n"
        "“Lviv is calm. Odesa is calm too.”\n\nThe talks ended in Dnipro."
    )
    for place in ("Kharkiv", "Lviv", "Odesa"):
        who = source(nlp, text, place)
        assert who is not None and who.name == "Andriy Sadovyi", place
    assert source(nlp, text, "Dnipro") is None  # after the quotation: the journalist's


def test_quote_closed_by_a_later_attribution(nlp: Language) -> None:  # noqa: F811
    text = "“Kharkiv held. Odesa is safe. We stay,” the governor said. Lviv was quiet."
    assert source(nlp, text, "Odesa").name == "the governor"
    assert source(nlp, text, "Lviv") is None


def test_pronoun_after_a_quote_takes_the_quoted_speaker(nlp: Language) -> None:  # noqa: F811
    text = (
        "“Kyiv will stand,” said Anna Kowalska, a spokeswoman for the city council, "
        "who met Minister Oleh Petrenko on Monday. She said Lviv was calm."
    )
    who = source(nlp, text, "Lviv")
    assert who is not None and (who.name, who.kind) == ("Anna Kowalska", "person")


def test_pronoun_agrees_a_body_is_not_he(nlp: Language) -> None:  # noqa: F811
    text = (
        "Governor Oleh Syniehubov spoke after the attack. The ministry confirmed the damage. "
        "He said Kharkiv would hold."
    )
    assert source(nlp, text, "Kharkiv").name == "Oleh Syniehubov"


def test_definite_description_refers_back_to_the_named_speaker(nlp: Language) -> None:  # noqa: F811
    text = (
        "Kyiv mayor Vitali Klitschko said the metro was open. "
        "The mayor said later that Odesa had sent help."
    )
    who = source(nlp, text, "Odesa")
    assert who is not None and who.name == "Vitali Klitschko"
    assert who.role == "Kyiv mayor" and who.kind == "person"
    text = (
        "Police spokesman Ivan Petrov said the roads were closed. The spokesman said Lviv was calm."
    )
    assert source(nlp, text, "Lviv").name == "Ivan Petrov"
    text = (
        "The Russian Ministry of Defence said its forces had withdrawn. "
        "The ministry denied that Kharkiv had been shelled."
    )
    who = source(nlp, text, "Kharkiv")
    assert who is not None and (who.name, who.lemma) == ("The Russian Ministry of Defence", "deny")


def test_appositive_split_into_name_and_role(nlp: Language) -> None:  # noqa: F811
    who = source(nlp, "Regional police spokesman Ivan Petrov said Kharkiv was shelled.", "Kharkiv")
    assert who is not None
    assert (who.name, who.role, who.kind) == ("Ivan Petrov", "Regional police spokesman", "person")
    assert who.phrase == "Regional police spokesman Ivan Petrov"
    after = source(nlp, "Ivan Petrov, a police spokesman, said Kharkiv was shelled.", "Kharkiv")
    assert after is not None and (after.name, after.role) == ("Ivan Petrov", "a police spokesman")


def test_a_spokesperson_speaks_for_the_body(nlp: Language) -> None:  # noqa: F811
    text = "A spokesperson for the Ukrainian Ministry of Defence said Kharkiv was calm."
    who = source(nlp, text, "Kharkiv")
    assert who is not None and who.name == "the Ukrainian Ministry of Defence"
    assert (who.role, who.kind) == ("A spokesperson", "government")


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov visited Kharkiv on Monday with Minister Oleh Petrenko.",
        "Officials in Lviv met on Monday. Ivan Petrov drove to Kharkiv.",
        "Vitali Klitschko, who was born in Kyrgyzstan, said the metro was open.",
        "Kharkiv is seen as the front line.",
        "The incident suggests Kharkiv guards its borders closely.",
    ],
)
def test_narrative_has_no_speaker(nlp: Language, text: str) -> None:  # noqa: F811
    place = "Kyrgyzstan" if "Kyrgyzstan" in text else "Kharkiv"
    assert source(nlp, text, place) is None


def test_according_to_a_document(nlp: Language) -> None:  # noqa: F811
    who = source(nlp, "According to a new report, thousands fled Mariupol last year.", "Mariupol")
    assert who is not None
    assert (who.name, who.kind, who.verb, who.lemma) == (
        "a new report", "document", "According to", "according to"
    )  # fmt: skip


def test_a_denial_keeps_its_verb(nlp: Language) -> None:  # noqa: F811
    text = "The Russian Ministry of Defence denied that its forces had shelled Odesa."
    who = source(nlp, text, "Odesa")
    assert who is not None
    assert (who.name, who.kind, who.verb, who.lemma) == (
        "The Russian Ministry of Defence", "government", "denied", "deny"
    )  # fmt: skip
    assert text[who.verb_start : who.verb_end] == "denied"
    record = {"speaker": who.name, "speaker_role": who.role, "verb": who.verb}
    assert speaker_label(record) == "denied — The Russian Ministry of Defence"


def test_names_are_clean_of_markup(nlp: Language) -> None:  # noqa: F811
    link = source(nlp, "Officials in [Vilnius](https://example.org/v) said Riga was calm.", "Riga")
    assert link is not None and link.name == "Officials in Vilnius"
    entity = source(nlp, "Poland&rsquo;s defence ministry said Riga was calm.", "Riga")
    assert entity is not None and entity.name == "Poland’s defence ministry"
    assert entity.kind == "government"


def test_claim_without_a_source_is_the_journalists(nlp: Language) -> None:  # noqa: F811
    from geomap.records import Claim

    record = claim_record(Claim("1", "a", "Kharkiv was quiet.", 0, 18, None))
    assert record["speaker"] is None and record["speaker_kind"] == "journalist"


def test_one_source_one_entity_over_the_article(nlp: Language) -> None:  # noqa: F811
    text = (
        "Anna Kowalska, the mayor of Lviv, spoke on Monday. "
        "Kowalska said Kharkiv had sent buses. She added that Odesa was calm. "
        "The Ukrainian Ministry of Defence said Dnipro was hit. "
        "The ministry said Mariupol was cut off."
    )
    kharkiv, odesa = source(nlp, text, "Kharkiv"), source(nlp, text, "Odesa")
    assert kharkiv is not None and odesa is not None
    assert kharkiv.name == "Kowalska"  # the name as written in its sentence ...
    assert kharkiv.entity == odesa.entity == "Anna Kowalska"  # ... one source
    dnipro, mariupol = source(nlp, text, "Dnipro"), source(nlp, text, "Mariupol")
    assert dnipro is not None and mariupol is not None
    assert dnipro.entity == mariupol.entity == "Ukrainian Ministry of Defence"


def test_datelines_and_bylines_are_not_speakers(nlp: Language) -> None:  # noqa: F811
    text = (
        "By Anna Nowak and Piotr Lis, Reuters\n"
        "KYIV (Reuters) - Officials said Kharkiv was calm.\nLviv was quiet."
    )
    assert source(nlp, text, "Kharkiv").name == "Officials"
    assert source(nlp, text, "Lviv") is None
    text = "KYIV (AP) — Shelling hit Kharkiv overnight.\nThe governor said Odesa was calm."
    assert source(nlp, text, "Kharkiv") is None
    assert source(nlp, text, "Odesa").name == "The governor"


def test_the_phrase_after_the_last_comma_speaks_not_the_parsers_earlier_subject(
    nlp: Language,  # noqa: F811
) -> None:
    # the parser made "towns" the subject of "told" and hung "the mayor" on Cologne
    text = (
        "Heavy rain flooded towns along the Rhine near Cologne, the mayor of Bonn told reporters."
    )
    who = source(nlp, text, "Cologne")
    assert who is not None and who.name == "the mayor of Bonn"
    kept = "Officials in Kyiv, the capital, said Lviv was calm."  # no phrase before the verb
    assert source(nlp, kept, "Lviv").name == "Officials in Kyiv"


def test_she_after_a_speaker_the_model_tagged_org(nlp: Language) -> None:  # noqa: F811
    # the small model tags "Amara Diallo" ORG: "She" shows the speaker is a person
    text = (
        "Rescuers reached Lviv on Monday, said Amara Diallo. She said the road to Odesa was closed."
    )
    for place in ("Lviv", "Odesa"):
        who = source(nlp, text, place)
        assert who is not None and (who.name, who.kind) == ("Amara Diallo", "person"), place
    text = (
        "Aid reached Lviv on Monday, Amnesty International said. "
        "It added that the road to Odesa was closed."
    )
    for place in ("Lviv", "Odesa"):
        who = source(nlp, text, place)
        assert who is not None and who.name == "Amnesty International", place
        assert who.kind == "organisation", place
