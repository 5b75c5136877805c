"""clean_item: RawItem -> Article, on the seed, the Global Voices sample, HTML pages and odd inputs."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from vigie.clean import check_supported, clean_item, detect_language, split_paragraphs
from vigie.config import Settings
from vigie.errors import EmptyInput, MalformedInput, UnsupportedLanguage
from vigie.ingest import iter_items
from vigie.types import RawItem

SETTINGS = Settings()
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "data" / "seed"

PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Roquettes sur Erbil | Le Quotidien</title>
<meta property="og:title" content="Roquettes sur Erbil : un civil tué">
<meta property="article:published_time" content="2021-02-16T08:00:00+00:00">
<meta name="author" content="Jeanne Martin">
<link rel="canonical" href="https://quotidien.example/erbil">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<p>Un entrepreneur civil a été tué et un soldat américain blessé lundi soir dans une attaque à la roquette
visant une base de la coalition à Erbil, selon les autorités kurdes de la région.</p>
<p>Dix jours plus tard, le président Biden a ordonné des frappes aériennes contre les infrastructures de la
milice près de la frontière entre l'Irak et la Syrie, a annoncé le Pentagone.</p>
<p>Le groupe Saraya Awliya al-Dam a revendiqué l'attaque sur une chaîne Telegram proche des milices.</p>
</article>
<footer><p>© 2021 Le Quotidien. Tous droits réservés.</p><a href="/contact">Nous contacter</a></footer>
</body></html>"""


def norm(s: str) -> str:
    """Accent- and case-insensitive form, as in shared/tools/score_events.py."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("’", "'").lower()).strip()


def text_item(text: str, lang: str | None = None) -> RawItem:
    return RawItem(id="t1", text=text, lang=lang, origin="test", raw_sha256="r" * 64)


def seed_article() -> tuple[RawItem, dict[str, list[str]]]:
    [item] = iter_items([str(SEED / "article_fr.txt")], settings=SETTINGS)
    assert isinstance(item, RawItem)
    return item, json.loads((SEED / "gold.json").read_text(encoding="utf-8"))["cleaning"]


def test_seed_cleaning_matches_gold() -> None:
    item, gold = seed_article()
    article = clean_item(item, SETTINGS)
    text = norm(article.text)
    assert [s for s in gold["must_keep"] if norm(s) not in text] == []
    assert [s for s in gold["must_drop"] if norm(s) in text] == []
    assert {s: text.count(norm(s)) for s in gold["appears_once"]} == {s: 1 for s in gold["appears_once"]}
    assert article.text.rstrip().endswith("pour la mort de Soleimani et Muhandis.")


def test_seed_article_fields() -> None:
    item, _ = seed_article()
    article = clean_item(item, SETTINGS)
    assert article.id == article.origin == str(SEED / "article_fr.txt")
    assert (article.language, article.status, article.source_format) == ("fr", "ok", "text")
    assert article.language_score > 0.9
    assert article.title and article.title.startswith("L'Iran regarde depuis les ailes")
    assert article.text.startswith(article.title + "\n\n")
    assert article.raw_sha256 == item.raw_sha256
    assert article.text_sha256 == hashlib.sha256(article.text.encode()).hexdigest()
    reasons = Counter(r.reason for r in article.removed)
    assert reasons == {
        "duplicate paragraph": 2,
        "trailer: separator": 2,
        "trailer: donation": 2,
        "trailer: share": 1,
        "trailer: original-link": 1,
        "trailer: newsletter": 1,
    }
    record = article.clean_record()
    assert record["removed"][0] == {"reason": "duplicate paragraph", "text": article.removed[0].text}


def test_global_voices_sample_cleans_only_the_edges() -> None:
    path = SHARED / "data" / "globalvoices_fr" / "articles.jsonl"
    reasons: Counter[str] = Counter()
    for item in iter_items([str(path)], jsonl=True, settings=SETTINGS):
        assert isinstance(item, RawItem)
        article = clean_item(item, SETTINGS)
        assert (article.language, article.status) == ("fr", "ok")
        assert detect_language(article.text)[0] == "fr", article.id
        assert article.published == item.published
        original = split_paragraphs(item.text or "")
        cut = [r for r in article.removed if r.reason != "duplicate paragraph"]
        tail = [r.text for r in cut if r.reason.startswith("trailer")]
        head = [r.text for r in cut if r.reason.startswith("header")]
        assert original[len(original) - len(tail) :] == tail, article.id
        assert original[: len(head)] == head, article.id
        reasons.update(r.reason for r in article.removed)
    assert reasons == {
        "header: series": 49,
        "trailer: series": 32,
        "trailer: embed": 3,
        "trailer: credit": 2,
        "trailer: junk": 1,
        "duplicate paragraph": 1,
    }


def test_html_page_main_text_and_metadata() -> None:
    item = RawItem(id="p1", html=PAGE, origin="page.html")
    article = clean_item(item, SETTINGS)
    assert article.source_format == "html" and article.language == "fr"
    assert "entrepreneur civil a été tué" in article.text
    assert "Dix jours plus tard" in article.text
    for boilerplate in ("Accueil", "Sport", "Tous droits réservés", "Nous contacter"):
        assert boilerplate not in article.text
    assert article.title and article.title.startswith("Roquettes sur Erbil")
    assert article.text.startswith(article.title + "\n\n")
    assert article.published == "2021-02-16"
    assert article.author == "Jeanne Martin"
    assert article.url == "https://quotidien.example/erbil"
    assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_declared_metadata_wins_over_the_page() -> None:
    item = RawItem(id="p1", html=PAGE, published="2021-02-20", url="https://autre.example/x", origin="x")
    article = clean_item(item, SETTINGS)
    assert (article.published, article.url) == ("2021-02-20", "https://autre.example/x")


def test_html_title_not_repeated_when_text_starts_with_it() -> None:
    page = PAGE.replace("<article>", "<article><h1>Roquettes sur Erbil : un civil tué</h1>")
    article = clean_item(RawItem(id="p1", html=page), SETTINGS)
    assert norm(article.text).count(norm("Roquettes sur Erbil")) == 1


def test_malformed_html_still_works() -> None:
    html = (
        "<html><body><div><p>Les forces de sécurité ont arrêté <b>douze militants à Alger"
        "<p>Le ministère a confirmé les arrestations <i>dimanche soir, sans donner de détails<div>"
    )
    article = clean_item(RawItem(id="m1", html=html), SETTINGS)
    assert "douze militants à Alger" in article.text
    assert "sans donner de détails" in article.text
    assert article.language == "fr"


def test_html_without_text_is_malformed() -> None:
    with pytest.raises(MalformedInput) as err:
        clean_item(RawItem(id="h1", html="<html><body><div></div></body></html>"), SETTINGS)
    assert str(err.value).startswith("h1: ")


def test_nothing_left_is_empty_input() -> None:
    with pytest.raises(EmptyInput):
        clean_item(RawItem(id="e1", text="\u200b\u200b\n\u200b"), SETTINGS)
    with pytest.raises(EmptyInput):
        clean_item(RawItem(id="e2", text="  ", html=None), SETTINGS)


def test_arabic_article_is_stored_not_analysed() -> None:
    text = (
        "أعلنت وزارة الداخلية اليوم عن اعتقال عشرات المتظاهرين في وسط العاصمة بعد مواجهات مع قوات الأمن.\n\n"
        "وقال شهود إن الشرطة استخدمت الغاز المسيل للدموع لتفريق الحشود."
    )
    article = clean_item(text_item(text), SETTINGS)
    assert (article.language, article.status) == ("ar", "not_analysed")
    with pytest.raises(UnsupportedLanguage) as err:
        check_supported(article, SETTINGS)
    assert err.value.language == "ar" and err.value.item_id == "t1"


def test_declared_language_trusted_only_when_supported() -> None:
    text = "Le président a annoncé sa démission hier soir devant le parlement réuni en séance."
    assert clean_item(text_item(text, lang="en"), SETTINGS).language == "en"
    article = clean_item(text_item(text, lang="de"), SETTINGS)
    assert article.language == "fr" and article.status == "ok"
    only_en = replace(SETTINGS, languages=("en",))
    assert clean_item(text_item(text), only_en).status == "not_analysed"


def test_short_texts_do_not_crash() -> None:
    for text in ("Oui", "123", "!!!", "Bonjour"):
        article = clean_item(text_item(text), SETTINGS)
        assert article.text == text and isinstance(article.language, str)
    assert clean_item(text_item("123"), SETTINGS).language == "und"


def test_text_preferred_when_both_given() -> None:
    item = RawItem(id="b1", text="Le texte fourni par l'utilisateur.", html=PAGE)
    assert clean_item(item, SETTINGS).source_format == "text"
