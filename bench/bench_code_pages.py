# ruff: noqa: E501  (the sample sentences are kept whole)
"""How often a text in a single-byte code page is decoded as it was written.

Each sample is a news sentence written by hand for this check (not from any corpus),
encoded in its language's usual code page; the decoded text must equal it.  The
samples are the review's (rev39), made when French in Latin-1 was read as ISO-8859-2.

    PYTHONPATH=. .venv/bin/python bench/bench_code_pages.py [-v]
"""

from __future__ import annotations

import sys

from geomap.io.encoding import decode_bytes

#: (key, text, the code page it is written in).
SAMPLES = [
    (
        "fr",
        "Des manifestants se sont rassemblés à Besançon et à Orléans samedi, selon la préfecture. À Évreux, la police a dénombré 800 personnes.",
        "cp1252",
    ),
    ("fr2", "Le ministre a déclaré à l'AFP que la réunion à Genève était terminée.", "latin-1"),
    ("fr3", "Où est la gare? Là-bas, à côté du théâtre.", "latin-1"),
    (
        "it",
        "Il sindaco di Forlì ha detto che la città è pronta. Più di 300 persone sono già state evacuate.",
        "cp1252",
    ),
    (
        "es",
        "El ministro de Defensa dijo que las tropas llegarán a Cádiz y Málaga mañana. Según él, España está lista.",
        "cp1252",
    ),
    (
        "pt",
        "O governo disse que a situação em São Paulo e Brasília é grave. Não há previsão de melhora.",
        "cp1252",
    ),
    (
        "de",
        "Hochwasser in Würzburg: Die Stadtverwaltung teilte mit, dass der Main über die Ufer getreten sei. Straßen gesperrt.",
        "cp1252",
    ),
    (
        "sv",
        "Polisen i Göteborg säger att två personer har gripits efter skjutningen i Malmö.",
        "cp1252",
    ),
    (
        "da",
        "Politiet i Århus siger, at to personer er anholdt. Der er også uro i Ålborg og Næstved.",
        "cp1252",
    ),
    (
        "nl",
        "De burgemeester van Rotterdam zei dat de situatie in België en Noord-Brabant ernstig is; één persoon overleed.",
        "cp1252",
    ),
    (
        "pl",
        "Powódź w Kłodzku i Nysie. Wojewoda opolski powiedział w czwartek, że sytuacja w Opolu jest poważna. Żołnierze pomagają.",
        "cp1250",
    ),
    (
        "pl2",
        "Żołnierze przyjechali do Białegostoku i Hajnówki, poinformowało ministerstwo. Świętokrzyskie też.",
        "iso8859-2",
    ),
    (
        "cs",
        "Povodně zasáhly Ostravu a Opavu, řekl ve čtvrtek hejtman. Řeka Odra se vylila z břehů.",
        "cp1250",
    ),
    (
        "sk",
        "Hasiči v Košiciach a Prešove zasahovali celú noc, uviedol hovorca. Ľudia sa vrátili domov.",
        "cp1250",
    ),
    (
        "hu",
        "A miniszter szerint a helyzet Győrben és Debrecenben súlyos. Az árvíz elérte Szegedet.",
        "cp1250",
    ),
    (
        "ro",
        "Ministrul a declarat că situația din Brașov și Timișoara este gravă.".replace(
            "ș", "ş"
        ).replace("ț", "ţ"),
        "cp1250",
    ),
    ("hr", "Policija u Đakovu i Čakovcu kaže da je situacija mirna, rekao je ministar.", "cp1250"),
    (
        "tr",
        "Bakan, İzmir ve Muğla'daki yangınların kontrol altına alındığını söyledi. Şu an çalışmalar sürüyor.",
        "cp1254",
    ),
    (
        "lt",
        "Vilniuje ir Kaune vyko protestai, pranešė policija. Žmonės reikalavo atsakymų.",
        "cp1257",
    ),
    (
        "lv",
        "Rīgā un Daugavpilī notika protesti, ziņoja policija. Cilvēki pieprasīja atbildes.",
        "cp1257",
    ),
    ("ru", "Российские войска обстреляли Харьков в среду, заявил губернатор.", "cp1251"),
    ("ruk", "Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске.", "koi8-r"),
    ("uk", "Війська прибули до Харкова, повідомило міністерство оборони.", "cp1251"),
    (
        "en",
        "“Talks in Zürich failed,” the minister said — but officials in Genève were hopeful. Café owners in Montréal agreed.",
        "cp1252",
    ),
    ("en2", "Officials in Kraków and Łódź said the floods had passed.", "cp1250"),
    ("en3", "The café in São Paulo is near Zürich Street.", "cp1252"),
    ("is", "Lögreglan á Akureyri segir að tveir hafi verið handteknir í Reykjavík.", "cp1252"),
    (
        "fi",
        "Poliisi kertoi, että Helsingissä ja Tampereella oli mielenosoituksia. Väkeä oli paljon.",
        "cp1252",
    ),
    (
        "et",
        "Politsei teatas, et Tallinnas ja Pärnus toimusid meeleavaldused. Õhtul oli rahulik.",
        "cp1257",
    ),
]


def main(argv: list[str]) -> int:
    """Print the samples decoded wrong (all with ``-v``) and the count decoded right."""
    right = 0
    for key, text, encoding in SAMPLES:
        decoded, used = decode_bytes(text.encode(encoding), key)
        right += decoded == text
        if decoded != text or "-v" in argv:
            print("OK " if decoded == text else "BAD", key, encoding, "->", used, decoded[:70])
    print(f"{right} / {len(SAMPLES)} decoded as written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
