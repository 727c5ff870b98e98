"""Spreadsheets headed in the other languages geomap reads (rev44).

A French newsroom's ``id;Titre;Texte;Date`` was refused: "CSV needs a header with a
text column"; a Russian ``Заголовок,Текст,Дата,Автор`` too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (
            "id;Titre;Texte;Date;Média;Auteur",
            "1;Grève;Les cheminots sont en grève.;05/03/2024;Le Jour;A. B.",
        ),
        (
            "id;Titel;Inhalt;Datum;Quelle;Autor",
            "1;Streik;Die Bahn streikt.;05.03.2024;Der Tag;A. B.",
        ),
        (
            "id;Tytuł;Treść;Data publikacji;Źródło;Autor",
            "1;Strajk;Kolejarze strajkują.;05.03.2024;Dzień;A. B.",
        ),
        (
            "id,Заголовок,Текст,Дата,Источник,Автор",
            "1,Забастовка,Железнодорожники бастуют.,05.03.2024,День,А. Б.",
        ),
    ],
)
def test_a_header_in_another_language_names_text_title_date_outlet_author(
    tmp_path: Path, header: str, row: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article), article
    cells = row.split(row[1])
    assert article.text == f"{cells[1]}\n\n{cells[2]}"  # the headline read first
    meta = article.metadata
    assert (meta["title"], meta["published"], meta["outlet"], meta["author"]) == (
        cells[1],
        "2024-03-05",
        cells[4],
        cells[5],
    )
