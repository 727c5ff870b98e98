"""The Python API: geoparse articles into one :class:`~geomap.result.Result`."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import replace

from geomap.api_checks import check_paths_exist, checked_fields, checked_language
from geomap.errors import GeomapWarning
from geomap.geoparser import Geoparser
from geomap.io.given_outlets import as_given
from geomap.io.objects import read_objects
from geomap.io.record import RecordFields
from geomap.result import Result
from geomap.run import geoparse_articles
from geomap.setting_names import Wording
from geomap.settings import Settings


def geoparse(
    inputs: object,
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    fields: Mapping[str, str] | None = None,
    model: str | None = None,
    gazetteer: str | None = None,
    demonyms: bool | None = None,
    facilities: bool | None = None,
    language: str | None = None,
    outlet: str | None = None,
) -> Result:
    """Geoparse articles; the result holds GeoDataFrames and the records.

    Parameters
    ----------
    inputs
        A path (``"seeds/"``, a file, a corpus), a list of paths, a pandas
        DataFrame with one article per row, or an iterable of
        :class:`~geomap.records.Article` objects or of dicts (``{"id", "text",
        "title", "outlet", "published", ...}``).
    text_column, id_column
        The column (or dict key) holding the text and the id, when not one of
        the usual names (``text``, ``body``, ``content``...; ``id``...).
    fields
        Where metadata fields are, e.g. ``{"title": "headline"}``.
    model, gazetteer, demonyms, facilities, language, outlet
        As for :class:`~geomap.settings.Settings` (``outlet``: the outlet of every
        article that names none itself, as ``geomap map --outlet``).

    Raises
    ------
    TypeError
        If ``inputs`` is of another type (the message names the accepted forms).
    ValueError
        If a path is empty (``""`` would otherwise read the current folder).
    geomap.errors.InputError
        (A ``ValueError``.) Before any work, for an argument that cannot be used,
        naming it and its value: a DataFrame with no text column, a ``text_column``,
        ``id_column`` or ``fields`` value that names no column, a ``fields`` key that
        is no metadata field, a ``language`` geomap has no pipeline for.
    geomap.errors.InputNotFoundError
        (A ``FileNotFoundError``.) Before any work, if every path given is missing.
        When only some are, the others are geoparsed and the missing ones are in
        ``result.failed``, each naming its path.

    Warns
    -----
    geomap.errors.GeomapWarning
        When some inputs could not be processed (``result.failed`` says why), and
        when there was nothing to geoparse (an empty DataFrame or list): the
        result then counts no input, as ``geomap map`` reports "no input could be
        processed".

    Examples
    --------
    >>> result = geoparse("seeds/")                        # doctest: +SKIP
    >>> result.places[["name", "mention_count"]].head()    # doctest: +SKIP
    >>> geoparse(frame, text_column="body")                # doctest: +SKIP
    """
    settings = Settings.from_env(
        model=model,
        gazetteer=gazetteer,
        demonyms=demonyms,
        facilities=facilities,
        language=checked_language(language),
        outlet=outlet,
        text_field=text_column,
        id_field=id_column,
        fields=checked_fields(fields),
    )
    max_bytes = int(settings.max_article_mb * 1_000_000)
    # the statuses name keyword arguments, not the command line's options
    named = replace(RecordFields.of(settings), wording=Wording.KEYWORD)
    read = read_objects(inputs, fields=named, max_article_bytes=max_bytes)
    check_paths_exist(inputs)
    items = as_given(read, settings.outlet, Wording.KEYWORD)
    parser = Geoparser(settings, wording=Wording.KEYWORD)
    result = geoparse_articles(items, settings=settings, geoparser=parser)
    if not result.statuses:
        warnings.warn(
            f"geoparse() got no articles ({_nothing(inputs)}): nothing was geoparsed",
            GeomapWarning,
            stacklevel=2,
        )
    if result.failed:
        first = result.failed[0].reason
        warnings.warn(
            f"{len(result.failed)} of {len(result.statuses)} inputs could not be processed "
            f"(first: {first}); see result.failed",
            GeomapWarning,
            stacklevel=2,
        )
    return result


def _nothing(inputs: object) -> str:
    """What an input with nothing in it was, for the warning."""
    if hasattr(inputs, "columns"):
        return "a DataFrame with no rows"
    if isinstance(inputs, (list, tuple)):
        return f"an empty {type(inputs).__name__}"
    return "no article was found in the inputs"
