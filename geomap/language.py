"""Each article's language: given, declared by the input, or detected offline (py3langid).

The language an input declares (a ``language`` field, ``<html lang>``, front
matter) is kept; otherwise it is detected from the first
:data:`SAMPLE_CHARS` characters, or from their sentences in the language that
holds most of their letters when the detector is unsure or the text mixes scripts
(:mod:`geomap.language_bulk`: an English report quoting one Russian sentence is
English).  A detection below :data:`MIN_PROBABILITY`
(short or mixed texts) leaves the language unknown: such an article is read
with the English pipeline.  An article whose language was such an unsure guess (read
as undetermined, or as a language the detector gave below :data:`MIN_PROBABILITY`)
gets a warning, on stderr and in report.json, with the detector's best guess, unless
it is a few words only (:func:`_unsure`), or undetermined with English its best guess:
read as English, as guessed, it gets a note saying so (:func:`_read_as_guessed`: its
language is ``unknown`` in report.json's totals).  A text mostly in neither the Latin nor
the Cyrillic script (Arabic, Chinese) is taken as the detector's guess whatever its
probability, so it is reported, not read as English.  :data:`SUPPORTED_LANGUAGES`
have a pipeline each (:mod:`geomap.pipeline`); an article in another language is
reported, not mapped.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from geomap.language_bulk import bulk_text
from geomap.language_labels import language_label
from geomap.letter_scripts import script_counts
from geomap.records import Article
from geomap.setting_names import Wording, setting
from geomap.text import UKRAINIAN_LETTERS

#: Languages geomap geoparses, each with its own pipeline (:mod:`geomap.pipeline`).
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "pl", "ru", "uk")

#: Countries whose places' own names are names in that language ("Tirol" in
#: German, "Bretagne" in French): iso-codes gives no translation there.  Russia's and
#: Ukraine's own names are romanised ("Altayskiy kray", "Kharkivska oblast"), the
#: very keys the gazetteer indexes Cyrillic names under
#: (:func:`geomap.gazetteer.lemmas.index_keys`): "в Алтайском крае" finds the unit
#: even where no source gives its Russian name.
OWN_LANGUAGE_COUNTRIES: dict[str, frozenset[str]] = {
    "de": frozenset({"DE", "AT", "CH", "LI", "LU"}),
    "fr": frozenset({"FR", "BE", "CH", "LU", "MC"}),
    "pl": frozenset({"PL"}),
    "ru": frozenset({"RU"}),
    "uk": frozenset({"UA"}),
}

#: Languages whose pipeline finds speakers (the others' claims carry no speaker kind).
SPEAKER_LANGUAGES: tuple[str, ...] = ("en", "fr", "ru", "de", "pl", "uk")

#: Characters of an article the detector reads.
SAMPLE_CHARS = 5000
#: Letters an article needs before its language is guessed.
MIN_LETTERS = 40
#: Lowest normalised probability accepted from the detector.
MIN_PROBABILITY = 0.9
#: Lowest probability accepted for a language geomap reads (short texts).
LIKELY_PROBABILITY = 0.5
#: Letters a text needs before its script decides (Cyrillic: Russian or Ukrainian).
MIN_SCRIPT_LETTERS = 5
#: Other languages written in Cyrillic, taken from the detector when it is fairly sure.
OTHER_CYRILLIC = frozenset({"be", "bg", "mk", "sr", "kk", "ky", "mn", "tg"})

_LOAD_LOCK = threading.Lock()
_LOADED: list[Any] = []


def _identifier() -> Any:
    """py3langid's identifier, loaded once per process (thread-safe)."""
    with _LOAD_LOCK:
        if not _LOADED:
            from geomap.langid_model import load_identifier

            _LOADED.append(load_identifier())
        return _LOADED[0]


def preload_detector() -> threading.Thread:
    """Start loading the detector in a background thread and return the thread.

    Most of the load is decompressing the model (``lzma`` releases the GIL), so a
    run that starts it first overlaps it with importing and loading spaCy; the
    first :func:`detect_language` waits for it.
    """
    thread = threading.Thread(target=_identifier, name="geomap-langid", daemon=True)
    thread.start()
    return thread


def detect_language(text: str) -> tuple[str | None, float]:
    """The ISO 639-1 code of ``text``'s language and its probability (``None`` if unsure).

    A short text the detector is unsure of is still read as one of the languages
    geomap reads when the detector's best guess is one of them at
    :data:`LIKELY_PROBABILITY`, or when it is written in Cyrillic: Ukrainian if it
    has letters only Ukrainian uses (і ї є ґ), Belarusian with ў, another Cyrillic
    language when the detector says so fairly surely, else Russian.  A text mostly in
    another script (Arabic, Han) is the detector's guess at any probability, or
    ``"und"`` when that guess is a language geomap reads.
    """
    code, prob, _guess = _detect(text)
    return code, prob


def best_guess(text: str) -> str | None:
    """The detector's best guess at ``text``'s language however unsure (``None``: no letters)."""
    return _detect(text)[2]


def _detect(text: str) -> tuple[str | None, float, str | None]:
    """:func:`detect_language`, and the detector's own best guess (``None``: too few letters)."""
    sample = text[:SAMPLE_CHARS]
    scripts = script_counts(sample)
    if scripts.letters < MIN_SCRIPT_LETTERS:
        return None, 0.0, None
    code, prob = _identifier().classify(sample)
    code, prob = str(code), float(prob)
    if prob < MIN_PROBABILITY or scripts.mixed:
        bulk = bulk_text(sample, _identifier())  # a quote in another language is not the text's
        if bulk is not sample:
            bulk_code, bulk_prob = _identifier().classify(bulk)
            # Only a surer reading replaces the whole's: an English brief whose quoted
            # sentence alone reads as Nigerian Pidgin (0.37) stays English (0.62).
            if float(bulk_prob) > prob:
                sample = bulk
                scripts = script_counts(sample)
                code, prob = str(bulk_code), float(bulk_prob)
    guess = code
    if prob >= MIN_PROBABILITY and scripts.letters >= MIN_LETTERS // 2:
        return code, prob, guess
    if scripts.mostly_cyrillic:
        low = sample.lower()
        if "ў" in low:
            return "be", prob, guess  # Belarusian's own letter
        if UKRAINIAN_LETTERS & set(low):
            return "uk", prob, guess
        if code in ("ru", "uk") or not (code in OTHER_CYRILLIC and prob >= LIKELY_PROBABILITY):
            return ("ru" if code not in ("ru", "uk") else code), prob, guess
        return code, prob, guess
    if scripts.mostly_other:
        # Arabic, Chinese, Greek …: no pipeline reads them, however short the text.
        return (code if code not in SUPPORTED_LANGUAGES else "und"), prob, guess
    short = scripts.letters >= MIN_LETTERS // 2
    if short and code in SUPPORTED_LANGUAGES and prob >= LIKELY_PROBABILITY:
        return code, prob, guess
    return None, prob, guess


def with_language(
    article: Article, given: str | None = None, wording: Wording = Wording.OPTION
) -> Article:
    """The article with its language in ``metadata["language"]``.

    Parameters
    ----------
    article
        The article; a ``language`` in its metadata (declared by the input) is
        kept unless the text plainly says otherwise.
    given
        A language that overrides both (``--language``).
    wording
        Whose words the notes name that setting in (``--language``, ``language=``).
    """
    named = setting("language", wording)
    meta = article.metadata
    notes = article.notes
    if given:
        code: str | None = given
        how = "given"
        detected, prob, guess = _detect(article.text)
        if detected and detected != given:
            notes = (*notes, f"{article.source}: read as {given} ({named}); detected {detected}")
    else:
        declared = meta.get("language")
        detected, prob, guess = _detect(article.text)
        # The text wins over a declaration it contradicts (an English page under
        # <html lang="fr">); a short or mixed text keeps what was declared.
        if declared and not detected and _script_contradicts(declared, article.text):
            notes = (*notes, _contradicted_note(article.source, declared))
            declared = None  # "ru" over "Kyiv was shelled.": not a Russian text at all
            meta = {k: v for k, v in meta.items() if k != "language"}
        code = detected or declared
        how = "declared" if code == declared else "detected"
        if declared and detected and detected != declared:
            how = f"detected; declared {declared}"
    warnings = article.warnings
    if not given and not meta.get("language") and _unsure(article.text, code, guess, prob):
        warnings = (*warnings, _unsure_warning(article.source, code, guess, prob, named))
    elif not given and code is None and _read_as_guessed(article.text, guess):
        notes = (*notes, _undetermined_note(article.source, guess, prob))
    if code is None:
        return replace(article, metadata=meta, notes=notes, warnings=warnings)
    if how.startswith("detected;"):  # the input said one thing, the text another
        notes = (*notes, f"{article.source}: language {code} ({how})")
    return replace(article, metadata={**meta, "language": code}, notes=notes, warnings=warnings)


#: The script each pipeline's language is written in (a declaration the letters contradict).
_PIPELINE_SCRIPTS = {
    "ru": "cyrillic", "uk": "cyrillic", "en": "latin", "fr": "latin", "de": "latin", "pl": "latin",
}  # fmt: skip


def _script_contradicts(declared: str, text: str) -> bool:
    """Whether a text has letters, none of them in the script its declared language uses.

    Only for the languages geomap reads (:data:`SUPPORTED_LANGUAGES`): a short text in
    Latin letters declared Russian would go to the Russian pipeline and find nothing.

    >>> _script_contradicts("ru", "Kyiv was shelled."), _script_contradicts("ru", "Kyiv — Київ")
    (True, False)
    """
    script = _PIPELINE_SCRIPTS.get(declared)
    if script is None:
        return False
    counts = script_counts(text[:SAMPLE_CHARS])
    return counts.letters > 0 and getattr(counts, script) == 0


def _contradicted_note(source: str, declared: str) -> str:
    """The note of a declared language whose script the text does not use."""
    return (
        f"{source}: declared {language_label(declared)}, but the text has none of its "
        "letters; the declaration is not used"
    )


def _unsure(text: str, code: str | None, guess: str | None, prob: float) -> bool:
    """Whether the language an article is read in was an unsure guess worth a warning.

    The detector was below :data:`MIN_PROBABILITY` and the article goes to a
    pipeline (one of :data:`SUPPORTED_LANGUAGES`, or the English one when the
    language is undetermined), and either the text has :data:`MIN_LETTERS` // 2
    letters or more (a short brief: "Paro general en Argentina este lunes." was
    read as English without a word) or its best guess is another language than
    English at :data:`LIKELY_PROBABILITY`.  A text of a few words ("Russia denies
    it.", "Kyiv") gives no guess worth a warning; nor does a text read in the very
    language the detector guessed ("Shelling hit Kharkiv on Monday, officials said.":
    English at 0.81, read as English; an undetermined text guessed English is read as
    English too).
    """
    if guess is None or prob >= MIN_PROBABILITY or guess == (code or "en"):
        return False
    if code is not None and code not in SUPPORTED_LANGUAGES:
        return False  # reported as not mapped (batches.unsupported_status)
    if guess != "en" and prob >= LIKELY_PROBABILITY:
        return True
    return script_counts(text[:SAMPLE_CHARS]).letters >= MIN_LETTERS // 2


def _read_as_guessed(text: str, guess: str | None) -> bool:
    """Whether an undetermined text is read as English, its best guess: a note, no warning.

    Its language stays undetermined (``unknown`` in report.json's totals), so a note
    says why; a text of a few words ("Russia denies it.") gets none, as no warning.
    """
    return guess == "en" and script_counts(text[:SAMPLE_CHARS]).letters >= MIN_LETTERS // 2


def _undetermined_note(source: str, guess: str | None, prob: float) -> str:
    """The note of an undetermined text whose best guess, English, it is read as."""
    said = f"the detector's best guess is {language_label(guess)} at {prob:.2f}"
    return f"{source}: language not determined (a short or mixed text; {said}): read as English"


def _unsure_warning(
    source: str, code: str | None, guess: str | None, prob: float, named: str
) -> str:
    """The warning of an unsure language: what the detector guessed, what was done."""
    said = f"the detector's best guess is {language_label(guess)} at {prob:.2f}"
    if code is None:
        done = f"language not determined (a short or mixed text; {said}): read as English"
    else:
        done = f"language unsure ({said}): read as {language_label(code)}"
    return f"{source}: {done}; {named}, or a language field, sets it"
