"""Whether a run of words names a place in French, German, Polish, Russian or Ukrainian.

:func:`acceptable` holds the context rules of the local recogniser
(:mod:`geomap.nlp.local`), those of the English recogniser in each language's
own words:

* a name of a country, continent, region, admin-1 unit or sea is taken
  wherever it is capitalised, except, in German, an admin unit named as a town
  after an article ("der Zug": the train, not the canton);
* a city of :data:`BIG_CITY` or more likewise, except after an article (a town
  takes none: "das Essen", "im Osten", "le Stade") and inside a run of
  capitalised words that is no place (a person's name: "Andrzej Duda";
  German, which capitalises every noun, has no such runs);
* a smaller town only after a locative or motion preposition ("в", "під",
  "we", "nach", "près de", also across a word for an area: "в районі
  Ворохти"), beside another toponym in a list ("X і Y"), as the model's
  location entity, or in a dateline; an administrative seat counts as a town
  when its population is unknown ("in Spremberg"); a name of two letters only
  after a preposition, as a big city's own name ("через Ош");
* a function word that has a capital inside a sentence after an article ("an der
  Oder": German writes the conjunction "oder" in lower case) is a name like any other;
* a German compound of a big city's or a river's name and a word for an area
  ("das Münsterland": :func:`geomap.gazetteer.foreign_forms.area_compound`);
* a place of the kind a word before it says ("Fluss Oskil", "l'île
  d'Ouessant"); a river or mountain after a preposition and its article ("an
  der Spree"), or after a definite article alone ("des Dnipro", "l'Oder");
  a river after a word for its level, bank or crossing ("уровнем Одры", "poziom
  Wisły": a strong cue of :func:`~geomap.nlp.water_context.water_cue`), or by its own
  name right before a preposition and a town ("Лена у Якутска":
  :func:`~geomap.nlp.river_towns.river_before_town`);
  a town whose article French fused with the preposition ("au Havre");
* a country reached only by a guessed case ending ("dla Polski", "den
  Niederlanden") inside a sentence and beside no other capitalised word, or
  after a preposition ("Polskie Radio" is no place); a month or a point of the
  compass is never a place ("bis März", "im Süden"), nor a treaty's town
  ("Vertrag von Montreux"), nor a name a quotation holds (the club «Говерла»),
  nor the town of a sports club's name ("VfB Stuttgart", "Legia Warszawa"); a run
  of words never ends in a lowercase function word ("accusé Moscou de vouloir",
  "Plus de 150"); nor a phrase of common words that spells a name
  (:mod:`geomap.nlp.common_phrases`: "Grand port" is no Grand Port abroad, "in Brand
  geraten" no town Brand).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from geomap.gazetteer.districts import NAME_AFTER_WORDS, abbreviation, names_district
from geomap.gazetteer.foreign_forms import area_compound, river_word
from geomap.gazetteer.guess_rules import names_an_area
from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.attack_nouns import after_attack_noun
from geomap.nlp.clipped_names import unclipped
from geomap.nlp.common_phrases import case_mismatch, function_verb_noun
from geomap.nlp.direction_towns import direction_candidates, names_direction
from geomap.nlp.genitive_countries import german_genitive
from geomap.nlp.inflected_clubs import in_inflected_club
from geomap.nlp.local_context import (
    after_article,
    after_definite,
    after_idiom_preposition,
    capitalised,
    common_word,
    kind_before,
    local_candidates,
    locative,
    previous_word,
    straight_apostrophe,
    where_follows,
)
from geomap.nlp.local_kinds import (
    TOWN,
    names_natural,
    names_unit,
    natural,
    of_kind,
    prominent,
    proper_town,
    starts_natural_name,
    town,
    unit_of_a_town,
)
from geomap.nlp.local_position import (
    acronym_in_prose,
    before_own_adjective,
    dateline,
    in_name_run,
    in_treaty_name,
    opens_sentence,
    quoted,
)
from geomap.nlp.local_spans import (
    compound_heads,
    in_club_name,
    inflected_acronym,
    runs_on,
    starts_with_preposition,
)
from geomap.nlp.local_towns import (
    common_noun_abroad,
    common_noun_in_name,
    home_or_big,
    home_village,
    home_village_form,
    valley_town,
)
from geomap.nlp.local_words import (
    ARTICLES,
    LOCATIVES,
    NOUN_CAPITALS,
    TOWN_PREPOSITIONS,
)
from geomap.nlp.nominative_towns import nominative_town
from geomap.nlp.river_towns import river_before_town
from geomap.nlp.street_names import attribute_of_next
from geomap.nlp.town_lists import listed_home_towns
from geomap.nlp.vocab import BIG_CITY
from geomap.nlp.water_context import water_named


def inflected_noun(tok: Token, lang: str) -> bool:
    """Whether a German word is a noun's inflected form after no town's preposition.

    Its lemma is another word ("auf Busse": "Bus"); "in", "nach", "aus", "bei" take a
    town's name as before (:data:`~geomap.nlp.local_words.TOWN_PREPOSITIONS`).
    """
    if lang not in NOUN_CAPITALS or not tok.is_alpha or word_lemma(tok.text, lang) == tok.text:
        return False
    prev = previous_word(tok)
    return prev is None or prev.lower_ not in TOWN_PREPOSITIONS.get(lang, frozenset())


def acceptable(
    gazetteer: Any, span: Span, lang: str, *, entity: bool = False, part: bool = False
) -> bool:
    """Whether ``span`` names a place in its context (see the module docstring).

    Parameters
    ----------
    gazetteer
        The gazetteer whose names in ``lang`` are matched.
    span
        The words to judge.
    lang
        The document's language code.
    entity
        The model tagged it a location (a town needs no preposition).
    part
        It is only part of that entity (then only a prominent place or a big city).
    """
    # a hyphenated compound is one word ("województwie warmińsko-mazurskim": two)
    words = compound_heads(span)  # an abbreviation's dot is no word ("woj. śląskiego")
    words = [t for t in words if not (t.text == "." and t.i > span.start
                                      and abbreviation(t.doc[t.i - 1].text, lang))]  # fmt: skip
    caps = [capitalised(t) for t in words]
    if len(span) == 1 and names_direction(span[0], lang):  # "na kierunku pokrowskim"
        return bool(direction_candidates(gazetteer, span[0]))
    if len(words) == 1 and not caps[0]:
        return False
    if len(words) > 2 and not caps[0] and not caps[-1]:
        return False
    if len(words) > 1 and not any(caps) and len(words) != 2:
        return False
    if (
        len(caps) > 1
        and straight_apostrophe(span[0].lower_) in ARTICLES.get(lang, ())
        and not caps[1]
    ):
        return False  # "La flotte", "La ville", "L’étang": an article and a common noun
    unit_word = word_lemma(span[0].text, lang) if len(caps) > 1 and caps[1] else ""
    if unit_word in NAME_AFTER_WORDS.get(lang, ()):
        return False  # "gminie Ustrzyki": the gmina's name follows its word, whole
    if starts_with_preposition(span, lang) or (len(words) > 1 and river_word(span[0].text, lang)):
        return False  # "de Bayonne": the entity took the preposition; "fleuve Niger": "Niger"
    last_word = span[-1].i in {t.i for t in words}  # not the end of "р-на" ("Онежского р-на")
    if len(span) > 1 and span[-1].is_lower and span[-1].is_stop and last_word:
        return False  # "Moscou de vouloir", "Plus de 150": no name ends in a function word
    if quoted(span):
        return False  # the football club «Говерла», the newspaper „Rzeczpospolita“
    if in_club_name(span[0], lang) or in_inflected_club(span, gazetteer, lang):
        return False  # "VfB Stuttgart", "Legia Warszawa", "z Wisłą Kraków": the club
    if any(inflected_acronym(t.text) for t in span):
        return False  # "На ГАЗе": the carmaker GAZ, not Gaza
    cands = unclipped(local_candidates(gazetteer, span), span)  # "Markus Söder"
    cands = [c for c in cands if not case_mismatch(span, c, lang)]  # "Grand port"
    if not cands:
        return False
    exact = [c for c in cands if c.match != "alternate"] or cands
    kind = kind_before(span[0], lang)
    if kind is not None and any(of_kind(c, kind) for c in cands):
        return True  # "Fluss Oskil", "l'île d'Ouessant", "Insel Borkum"
    if part:
        return any(
            prominent(c) or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
            for c in exact
        )
    if len(span) > 1:
        if names_district(span.text, lang):
            return True  # "pow. kaliskiego", "Генического р-на": a district, or its seat
        if not any(caps):  # "obwodzie królewieckim": an admin unit or a sea, exactly
            unit = names_unit(span, lang)  # or a unit by its city ("obwodu zaporoskiego")
            return any(prominent(c) and (c.match != "alternate" or unit) for c in cands)
        if span[0].lower_ in ARTICLES.get(lang, ()):  # "Le Havre": the name itself,
            # unless a longer name goes on ("la Grande Boucle"); an article in lowercase
            # is the sentence's, not the name's ("la Sarre" is no La Sarre, Quebec)
            return (
                not runs_on(span, lang)
                and not span[0].is_lower
                and any(c.match in ("name", "alias", "exonym") for c in cands)
            )
        if any(prominent(c) or c.place.population >= TOWN for c in cands):
            return True
        # "Онежского озера", "Каховське водосховище": a lake by its kind's word;
        # "am Blauen Nil": a river after a preposition of place
        return any(natural(c) for c in cands) and (
            names_natural(span) or locative(span[0], lang) or locative(span[0], lang, article=True)
        )
    tok = span[0]
    if common_word(tok, lang) or in_treaty_name(tok, lang):
        return False  # "bis März 2028", "im Süden", "der Vertrag von Montreux"
    if function_verb_noun(tok, lang) and not any(
        prominent(c) or c.place.population >= BIG_CITY for c in cands
    ):
        return False  # "in Brand geraten": caught fire, not the town Brand
    if attribute_of_next(tok, lang):
        return False  # "у Вінницькому обласному центрі": an adjective of a noun phrase
    if before_own_adjective(tok, lang) and not any(prominent(c) or natural(c) for c in exact):
        return False  # "w Nysie Kłodzkiej": a two-word name the gazetteer lacks, not Nysa
    if starts_natural_name(tok, lang):
        return False  # "na Zatoce Puckiej": the bay, not the town Zatoka
    if common_noun_abroad(tok, cands, lang):
        return False  # "в Силах оборони": the noun "сила", not Selah (Washington)
    if entity and not tok.is_stop and len(tok.text) >= 3:  # a river by its name too
        return any(prominent(c) or town(c, lang) or c.place.population >= TOWN
                   or (natural(c) and (c.match != "alternate" or locative(tok, lang)))
                   for c in exact) or water_named(span, cands)  # fmt: skip
    # a function word with a capital inside a sentence, after an article, is a name:
    # "an der Oder" (German writes "oder", or, in lower case)
    named_stop = tok.is_title and not opens_sentence(tok) and after_definite(span)
    if (tok.is_stop and not named_stop) or tok.lower_ in LOCATIVES.get(lang, ()):
        return False  # "La Pologne", "W Warszawie"
    if len(tok.text) < 3:  # "через Ош": a big city's own two-letter name after a preposition
        return tok.text.istitle() and locative(tok, lang) and any(
            c.match != "alternate" and c.place.feature_type == "city"
            and c.place.population >= BIG_CITY for c in exact
        )  # fmt: skip
    if tok.text.isupper() and len(tok.text) <= 4 and not dateline(tok):
        # "USA" the country, never a village "Usa"; in prose only a country ("MON")
        return any(c.match in ("name", "alias") and prominent(c)
                   and (c.place.feature_type == "country" or not acronym_in_prose(tok))
                   for c in exact)  # fmt: skip
    if nominative_town(gazetteer, tok, exact, lang, entity=entity):
        return True  # "Купянск снова под обстрелом", a one-word lead "Ізюм."
    supported = (
        locative(tok, lang)
        or dateline(tok)
        or where_follows(tok, lang)
        or after_attack_noun(tok, lang)  # "Обстрел Купянска", "Beschuss: Cherson"
    )
    if common_noun_in_name(tok, lang) and not any(home_or_big(c, lang) for c in exact):
        return False  # "ze Strażą Graniczną": the Border Guard, not a Slovenian Straža
    notable = [c for c in exact if prominent(c)]
    german_noun = lang in NOUN_CAPITALS and after_article(tok, lang)
    if notable and german_noun and unit_of_a_town(notable, cands):
        notable = []  # "der Zug": a noun, not the canton Zug
    if notable:  # a country by a guessed ending may be an adjective ("Polskie Radio")
        guessed = all(c.match == "alternate" and c.place.feature_type == "country"
                      for c in notable)  # fmt: skip
        if guessed and german_genitive(gazetteer, tok, lang):
            return True  # "Chinas Außenminister": a German genitive, not an adjective
        return not guessed or supported or not (opens_sentence(tok) or in_name_run(tok, lang))
    if area_compound(tok.text, lang) is not None and any(
        names_an_area(c.place) or valley_town(tok.text, c, lang) for c in cands
    ):
        return True  # "durch das Münsterland", "im Zillertal": the land around a place
    big = any(c.place.feature_type == "city" and c.place.population >= BIG_CITY for c in cands)
    if not after_article(tok, lang):  # a town takes no article: "das Essen", "le Stade"
        if big and (supported or not in_name_run(tok, lang)):
            return True
        if lang not in NOUN_CAPITALS and proper_town(tok, cands, lang):
            return True
        own = [c for c in cands if c.match != "alternate"]
        if not own and common_noun_in_name(tok, lang):
            return False  # "w Puszczy Białowieskiej": a forest's name, not Pushchino's alternate
        # "vor Augen"; "auf Busse" (buses): a German noun's inflected form takes a town
        # only by the town's own name, not by Buus's or Boussé's alternate names
        pool = own if after_idiom_preposition(tok, lang) or inflected_noun(tok, lang) else cands
        if supported and any(town(c, lang) for c in pool):
            return True
        if supported and (home_village(tok, own, lang) or home_village_form(tok, cands, lang)):
            return True  # "w Hrebennem"; "w Cisnej" (Cisna)
        if listed_home_towns(tok, gazetteer, lang):
            return True  # "обстріляли Оріхів і Степногірськ": two home towns listed
    elif local_candidates(gazetteer, span, fused_only=True):
        return True  # "au Havre": Le Havre
    # a river or a mountain is not the start of a longer name ("la Grande Boucle")
    waters = [c for c in cands if natural(c)] if not runs_on(span, lang) else []
    if waters and after_definite(span):  # "des Dnipro", "l'Oder": a river's own name
        return any(c.match in ("name", "alias", "exonym") for c in waters)
    if water_named(span, waters):
        return True  # "poziom Bobru", "уровнем Одры": after a word for its level or bank
    if river_before_town(span, waters, gazetteer):
        return True  # "Лена у Якутска уже встала": a river's own name placed by a town
    # a river or a mountain after a preposition, with its article: "an der Spree"
    return bool(waters) and (supported or locative(tok, lang, article=True))
