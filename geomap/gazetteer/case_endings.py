"""Case endings of inflected place names and the nominative endings they stand for.

Moved from :mod:`geomap.gazetteer.lemmas`, whose :func:`~geomap.gazetteer.lemmas.ending_keys`
guesses a name's nominative by them where the lemmatiser does not know it.
"""

from __future__ import annotations

import re

#: Case endings -> nominative endings, tried word by word when the lemmatiser does
#: not know a name ("Балтии" -> "Балтия", "Suwałkach" -> "Suwałki", "Polens" -> "Polen",
#: "Мозиря" -> "Мозир", "областю" -> "область", "Stanów Zjednoczonych" -> "Stany Zjednoczone",
#: a neuter town's locative and instrumental: "Шебекине" -> "Шебекино", "Gnieznem" -> "Gniezno",
#: a plural town's genitive: "Валуек" -> "Валуйки", "Химок" -> "Химки", "Люберец" -> "Люберцы",
#: "Нидерландах" -> "Нидерланды", "do Niemiec" -> "Niemcy", "Онежского озера" ->
#: "Онежское озеро", "Тянь-Шаня" -> "Тянь-Шань", "Момбасу" -> "Момбаса", a feminine in
#: "-ея"'s genitive: "Гвинеи" -> "Гвинея", "Кореи" -> "Корея"; an adjective's dative,
#: locative and instrumental: "Охотскому", "Камчатском", "Баренцевым" -> "-ий", "-ое";
#: a stressed "-ой" adjective's: "Стрежевого" -> "Стрежевой"; a noun in "-ой"'s dative and
#: instrumental: "Джанкою", "Джанкоем" -> "Джанкой"; a Ukrainian "-ей"'s locative:
#: "Кубеї" -> "Кубей";
#: Polish "k" and "g" softened before the locative's "e": "Ameryce" -> "Ameryka",
#: "Pradze" -> "Praga"; the Polish accusative of a feminine in "-a": "Podgoricę" -> "Podgorica";
#: the Polish locative "-iu" of a soft consonant: "Chersoniu" -> "Chersoń").
ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ией", ("ия",)), ("ии", ("ия",)), ("ие", ("ия",)), ("ью", ("ь",)),
           ("ого", ("ий", "ый", "ое", "ой")), ("ому", ("ий", "ый", "ое", "ой")),
           ("ой", ("а", "ая")),
           ("ей", ("я",)), ("ском", ("ск", "ский", "ское")), ("ом", ("", "о", "ый", "ой")),
           ("ем", ("", "ь", "ий")), ("ую", ("ая",)),
           # "Новом Уренгое" -> "Новый Уренгой", "Сегежей" -> "Сегежа", "Сергиевым Посадом"
           # -> "Сергиев Посад" (a possessive adjective's instrumental)
           ("ое", ("ой",)), ("жей", ("жа",)), ("шей", ("ша",)), ("чей", ("ча",)),
           ("щей", ("ща",)), ("цей", ("ца",)), ("евым", ("ев",)), ("овым", ("ов",)),
           ("иным", ("ин",)), ("ья", ("ье",)), ("ьем", ("ье",)),
           ("е", ("", "а", "я", "о")), ("у", ("", "а", "о")), ("ы", ("а",)), ("и", ("а", "ь", "я")),
           ("а", ("", "о")), ("я", ("ь", "й")),
           ("ю", ("я",)), ("ах", ("ы", "и")), ("ам", ("ы", "и")), ("ов", ("ы",)),
           ("ых", ("ые",)), ("ским", ("ский", "ское", "ские")), ("ым", ("ые", "ый", "ое")),
           ("их", ("ие",)),
           ("ек", ("йки", "ки")), ("ок", ("ки",)), ("ец", ("цы",)),
           # a fleeting vowel: "Ельца", "Ельце" -> "Елец"
           ("ьца", ("ец",)), ("ьце", ("ец",)), ("ьцу", ("ец",)), ("ьцом", ("ец",)),
           # and after another consonant: "Олонце", "Олонца" -> "Олонец"
           ("ца", ("ец",)), ("це", ("ец",)), ("цу", ("ец",)), ("цом", ("ец",)),
           # and in "-ок"/"-ёк": "Торжка", "Торжке" -> "Торжок", "Волочке" -> "Волочёк"
           ("ка", ("ок",)), ("ке", ("ок", "ёк")), ("ку", ("ок",)), ("ком", ("ок", "ёк")),
           # a neuter adjective's locative: "в Бологом" -> "Бологое"
           ("ом", ("ое",)),
           # a noun in "-ай"'s locative, dative and instrumental: "в Дубае", "Дубаю",
           # "Дубаем" -> "Дубай"; a plural name in "-и" after a vowel or "й": "Гавайях" -> "Гавайи"
           ("ае", ("ай",)), ("аю", ("ай",)), ("аем", ("ай",)), ("ях", ("и",)), ("ям", ("и",)),
           # and a noun in "-ой"'s: "по Джанкою", "Джанкоем" -> "Джанкой" ("Джанкое": "ое")
           ("ою", ("ой",)), ("оем", ("ой",)),
           # a plural name's genitive without ending: "Дубоссар" -> "Дубоссары"
           ("", ("ы", "и"))),
    "uk": (("ці", ("ка", "к")), ("зі", ("га", "г")), ("сі", ("ха", "х")),
           ("ові", ("",)), ("ого", ("ий", "е")), ("ому", ("ий", "е")),
           # a neuter town name in "-ове", "-еве", "-ине" declined as a noun or an adjective:
           # "з Берегова", "Дробишевого", "у Береговому" -> "Берегове", "Дробишеве"
           ("ова", ("ове",)), ("ева", ("еве",)), ("ина", ("ине",)),
           # "Кам’янці-Подільському" -> "Кам’янець-Подільський" (a fleeting "е")
           ("нці", ("нець",)), ("нця", ("нець",)),
           ("ої", ("а",)), ("ій", ("а", "ий")), ("ою", ("а",)),
           ("ею", ("я",)), ("ом", ("",)), ("і", ("", "а", "я")), ("ї", ("я", "й")),
           # a feminine in "-а" after a hushing consonant takes "-ею" in the instrumental:
           # "під Оршею" -> "Орша" (as the Russian "-шей")
           ("жею", ("жа",)), ("шею", ("ша",)), ("чею", ("ча",)), ("щею", ("ща",)),
           # a soft or hushing stem's instrumental: "під Мозирем", "Ковелем" -> "Мозир", "Ковель"
           ("ем", ("", "ь")),
           ("у", ("", "а")),
           ("и", ("а",)), ("а", ("",)), ("я", ("", "ь", "й")), ("ю", ("ь", "я")),
           ("ах", ("и",)), ("ам", ("и",)), ("ів", ("и",)), ("их", ("і",)), ("им", ("і",)),
           # a plural name in "-ї" after a vowel: "Гімалаях", "Гімалаям" -> "Гімалаї"
           ("ях", ("ї",)), ("ям", ("ї",)),
           # a fleeting vowel: "Козельця", "Козельці" -> "Козелець"
           ("ьця", ("ець",)), ("ьці", ("ець",)), ("ьцю", ("ець",)), ("ьцем", ("ець",)),
           # a plural name's genitive without ending: "Дарданелл" -> "Дарданелли"
           ("", ("и",))),
    "pl": (("rze", ("r", "ra")), ("dzie", ("d", "da")), ("cie", ("t", "ta")), ("iem", ("",)),
           ("ce", ("ka",)), ("dze", ("ga",)),
           ("owi", ("",)), ("ach", ("y", "i")), ("ami", ("y",)), ("iej", ("a",)), ("ej", ("a",)),
           ("ie", ("a", "")), ("em", ("", "o", "e")), ("im", ("i",)), ("ym", ("y",)), ("ą", ("a",)),
           ("owa", ("ów",)), ("ia", ("", "ie")), ("rza", ("rze",)), ("a", ("", "o")),
           # a soft final consonant's locative: "Chersoniu" -> "Chersoń", "Tiumeniu" -> "Tiumeń"
           ("iu", ("",)), ("u", ("",)),
           # a fleeting "e": "w Damaszku" -> "Damaszek", "Zgorzelca", "Bolesławca" -> "-ec", "-iec"
           ("ku", ("ek",)), ("ka", ("ek",)), ("kiem", ("ek",)), ("kowi", ("ek",)),
           ("cu", ("ec", "iec")), ("ca", ("ec", "iec")), ("cem", ("ec", "iec")),
           ("y", ("a", "")), ("i", ("a", "")), ("ów", ("y", "i", "")), ("ych", ("e", "y", "a")),
           ("ich", ("ie", "i")), ("iego", ("i", "ie")), ("ego", ("y", "e")), ("iec", ("cy",)),
           ("ier", ("ry",)), ("ę", ("a",)), ("", ("i", "y")),
           # "ł" softens to "l" before the locative's "-e": "w Izmaile" -> "Izmaił"
           ("le", ("ł", "ła"))),
    "de": (("es", ("",)), ("en", ("", "es", "er", "e")), ("em", ("es", "er")), ("s", ("",))),
    "fr": (),
}  # fmt: skip

#: Endings of an adjective before its noun -> its endings in a name's nominative, tried
#: on every word but a name's last: German declines the adjective of a water's name after
#: an article ("das Asowsche Meer", "das Schwarze Meer", "die Kaspische See") where the
#: gazetteer holds the name alone ("Asowsches Meer", "Schwarzes Meer").
ATTRIBUTIVE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "de": (("e", ("es", "er")),),
}

#: Ukrainian "о", "е" and "є" become "і" and "ї" in a closed final syllable: the
#: nominative of "Рогу", "Миколаєва" is "Ріг", "Миколаїв".
UK_CLOSED = re.compile("([оеєОЕЄ])([бвгґджзклмнпрстфхцчшщ]+)$")
UK_CLOSING = {"о": "і", "е": "і", "є": "ї", "О": "І", "Е": "І", "Є": "Ї"}


def closed_syllable(word: str) -> str:
    """``word`` with the vowel of its closed final syllable as the nominative has it."""
    return UK_CLOSED.sub(lambda m: UK_CLOSING[m.group(1)] + m.group(2), word)


#: A Cyrillic word that ends in a vowel, a soft sign or "й": no genitive plural without
#: ending (the zero ending is guessed after a consonant only).
CYRILLIC_VOWEL_FINAL = re.compile("[аеёиоуыэюяіїєьйʼ’'-]$|^[^а-яёіїєґ]*$")
#: Languages whose zero ending is guessed after a consonant only (Polish: after any letter).
ZERO_AFTER_CONSONANT = frozenset({"ru", "uk"})
