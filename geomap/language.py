"""Each article's language: given, declared by the input, or detected offline (py3langid).

The language an input declares (a ``language`` field, ``<html lang>``, front
matter) is kept; otherwise it is detected from the first
:data:`SAMPLE_CHARS` characters.  A detection below :data:`MIN_PROBABILITY`
(short or mixed texts) leaves the language unknown: such an article is read
with the English pipeline.  :data:`SUPPORTED_LANGUAGES` have a pipeline each
(:mod:`geomap.pipeline`); an article in another language is reported, not mapped.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from typing import Any

from geomap.records import Article

#: Languages geomap geoparses, each with its own pipeline (:mod:`geomap.pipeline`).
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "pl", "ru", "uk")

#: Characters of an article the detector reads.
SAMPLE_CHARS = 5000
#: Letters an article needs before its language is guessed.
MIN_LETTERS = 40
#: Lowest normalised probability accepted from the detector.
MIN_PROBABILITY = 0.9

#: English names of the languages news comes in most, for messages.
LANGUAGE_NAMES = {
    "ar": "Arabic", "be": "Belarusian", "bg": "Bulgarian", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "it": "Italian", "ja": "Japanese", "ka": "Georgian", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sr": "Serbian",
    "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip


def language_name(code: str) -> str:
    """``"ru" -> "Russian"`` (the code itself when the name is not known)."""
    return LANGUAGE_NAMES.get(code, code)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(os.path.join(MODEL_DIR, MODEL_FILE), norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """The ISO 639-1 code of ``text``'s language and its probability (``None`` if unsure)."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None, 0.0
    code, prob = _identifier().classify(sample)
    prob = float(prob)
    return (str(code), prob) if prob >= MIN_PROBABILITY else (None, prob)


def with_language(article: Article, given: str | None = None) -> Article:
    """The article with its language in ``metadata["language"]``.

    Parameters
    ----------
    article
        The article; a ``language`` in its metadata (declared by the input) is
        kept unless the text plainly says otherwise.
    given
        A language that overrides both (``--language``).
    """
    meta = article.metadata
    if given:
        code: str | None = given
        how = "given"
    else:
        declared = meta.get("language")
        detected, _prob = detect_language(article.text)
        # The text wins over a declaration it contradicts (an English page under
        # <html lang="fr">); a short or mixed text keeps what was declared.
        code = detected or declared
        how = "declared" if code == declared else "detected"
        if declared and detected and detected != declared:
            how = f"detected; declared {declared}"
    if code is None:
        return article
    notes = article.notes
    if how.startswith("detected;"):  # the input said one thing, the text another
        notes = (*notes, f"{article.source}: language {code} ({how})")
    return replace(article, metadata={**meta, "language": code}, notes=notes)
