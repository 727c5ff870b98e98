"""Write a map page to its file with the data streamed in, never the whole page in memory.

The page's markup (assets, elements, scripts) is rendered as usual with a random
placeholder in place of the data; the data (:class:`~geomap.mapping.offline.DataBlob`)
is then written where the placeholder stood, piece by piece
(:func:`~geomap.mapping.offline.script_json_chunks`, escaped as
:func:`~geomap.mapping.offline.script_json` escapes it).  The file is the same,
byte for byte, as the page rendered whole; memory holds the markup and the payload,
not its JSON text nor a page built around it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import folium

from geomap.mapping.offline import DataBlob, script_json_chunks


def data_blob(fmap: folium.Map) -> DataBlob:
    """The map's one :class:`DataBlob`.

    Raises
    ------
    ValueError
        If the map has none, or several.
    """
    blobs = [c for c in fmap._children.values() if isinstance(c, DataBlob)]
    if len(blobs) != 1:
        raise ValueError(f"a geomap page has one data element, this map has {len(blobs)}")
    return blobs[0]


def write_page(fmap: folium.Map, path: Path) -> Path:
    """Write the page of ``fmap`` to ``path``: staged beside it, then renamed over it.

    Parameters
    ----------
    fmap
        A map of :func:`geomap.mapping.build_map`.
    path
        The file to write; its folder must exist.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    ValueError
        If the map has no single data element, or its markup holds the
        placeholder other than once (it cannot: the placeholder is random).
    """
    blob = data_blob(fmap)
    token = secrets.token_hex(16)
    placeholder = f"geomap-data-{token}"
    blob.placeholder = placeholder
    try:
        page = fmap.get_root().render()
    finally:
        blob.placeholder = None
    head, found, tail = page.partition(placeholder)
    del page
    if not found or placeholder in tail:
        raise ValueError("the page's data placeholder is not in its markup exactly once")
    staged = path.with_name(f".{path.name}.geomap-tmp-{token}")
    try:
        with staged.open("w", encoding="utf-8") as fh:
            fh.write(head)
            del head
            fh.writelines(script_json_chunks(blob.payload))
            fh.write(tail)
        os.replace(staged, path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return path
