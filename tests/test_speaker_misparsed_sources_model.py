"""Sources the parser misplaced, and kinds of bodies, with the real parser (issue 17).

One mechanism per test: the speaker after "…, said police." that the parser made an
object; the subject of a verb of saying the parser made the object of "after"; a
document closing a sentence with a tagged-as-noun "show"; "according to X" naming who
"she" is; a spokesperson named in apposition; a hyphenated title; the kinds of a general
staff and of aid agencies.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from geomap.records import Speaker
from geomap.text import flatten, line_breaks
from tests.test_attribution_model import nlp  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def source(nlp: Language, text: str, place: str) -> Speaker | None:  # noqa: F811
    """The speaker record of the first occurrence of ``place``, marked as the one mention."""
    doc = nlp.make_doc(flatten(text))
    doc._.line_breaks = line_breaks(text)
    start = text.index(place)
    for name, proc in nlp.pipeline:
        if name == "geomap_test_places":
            span = doc.char_span(start, start + len(place), label="GPE")
            assert span is not None
            doc.spans["toponyms"] = [span]
        else:
            doc = proc(doc)
    record = doc.spans["toponyms"][0]._.source
    assert record is None or isinstance(record, Speaker)
    return record


def name_of(nlp: Language, text: str, place: str) -> str | None:  # noqa: F811
    """The speaker's clean name for ``place``, or ``None``."""
    record = source(nlp, text, place)
    return None if record is None else record.name


def test_noun_after_said_closing_a_fragment_is_the_speaker(nlp: Language) -> None:  # noqa: F811
    who = source(nlp, "Riots in Dakar, Senegal, said police.", "Dakar")
    assert who is not None and who.name == "police" and who.kind == "government"


def test_inverted_speaker_before_a_day(nlp: Language) -> None:  # noqa: F811
    text = (
        "At least fourteen people died when a bus fell into a ravine in the state of "
        "Oaxaca, reported the Civil Protection authorities on Wednesday."
    )
    who = source(nlp, text, "Oaxaca")
    assert who is not None and who.name == "the Civil Protection authorities"


def test_listener_after_a_comma_is_not_taken_for_the_speaker(nlp: Language) -> None:  # noqa: F811
    who = source(nlp, "Fires broke out in Dakar, Senegal, told reporters.", "Dakar")
    assert who is None or who.name != "reporters"


def test_subject_read_as_the_object_of_after(nlp: Language) -> None:  # noqa: F811
    text = (
        "The Brazilian government has denied that it plans to reopen the highway through "
        "the Amazon, after a report in Folha de S.Paulo said work would restart near "
        "Manaus in January."
    )
    assert name_of(nlp, text, "Manaus") == "a report in Folha de S.Paulo"
    assert name_of(nlp, text, "Amazon") == "The Brazilian government"


def test_document_closing_a_sentence_with_a_prepositional_phrase(nlp: Language) -> None:  # noqa: F811
    text = (
        "Water companies in England discharged raw sewage into rivers for 3.6 million hours "
        "last year, figures from the Environment Agency show."
    )
    who = source(nlp, text, "England")
    assert who is not None and who.name == "figures from the Environment Agency"
    assert who.kind == "document"


def test_according_to_closing_a_pronouns_saying_names_the_speaker(nlp: Language) -> None:  # noqa: F811
    text = (
        "Residents were evacuated overnight. She said the water had reached Clyro by noon, "
        "according to mayor Fiona Howard."
    )
    who = source(nlp, text, "Clyro")
    assert who is not None and who.name == "Fiona Howard"
    named = "Anna Berg lives by the river. She said the water had reached Clyro by noon."
    assert name_of(nlp, named, "Clyro") == "Anna Berg"  # no "according to": the pronoun's


def test_spokesperson_named_in_apposition_is_the_person(nlp: Language) -> None:  # noqa: F811
    text = (
        'The Kremlin said it had "no information" about the incident. Its spokesman, '
        "Dmitry Peskov, suggested that the drone had strayed from Odesa."
    )
    who = source(nlp, text, "Odesa")
    assert who is not None and who.name == "Dmitry Peskov" and who.kind == "person"
    bare = "The Kremlin said it had no information. Its spokesman said the drone came from Odesa."
    assert name_of(nlp, bare, "Odesa") == "The Kremlin"


def test_hyphenated_title_before_a_name(nlp: Language) -> None:  # noqa: F811
    text = (
        "The fire started in Apapa, according to the Lagos State Emergency Management "
        "Agency. Its director-general, Femi Oke-Osanyintolu, told reporters that "
        "firefighters from Ikeja had struggled."
    )
    who = source(nlp, text, "Ikeja")
    assert who is not None and who.name == "Femi Oke-Osanyintolu"
    assert who.role == "Its director-general"


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "The Ukrainian general staff said troops attacked near Pokrovsk.",
            "Pokrovsk",
            "government",
        ),
        ("Staff at the hospital said the wards in Goma were full.", "Goma", "anonymous"),
        ("Aid agencies said thousands of people had fled Goma.", "Goma", "organisation"),
        ("Humanitarian agencies warned that food was running out in Gaza.", "Gaza", "organisation"),
        ("The U.S. aid agency said it would send food to Haiti.", "Haiti", "government"),
    ],
)
def test_kinds_of_a_general_staff_and_aid_agencies(
    nlp: Language,  # noqa: F811
    text: str,
    place: str,
    kind: str,
) -> None:
    who = source(nlp, text, place)
    assert who is not None and who.kind == kind


def test_fear_reports_a_clause_not_an_object(nlp: Language) -> None:  # noqa: F811
    text = "Environmental groups fear the road would open the forest around Porto Velho to loggers."
    assert name_of(nlp, text, "Porto Velho") == "Environmental groups"
    assert name_of(nlp, "Residents of Kharkiv fear for their lives.", "Kharkiv") is None
