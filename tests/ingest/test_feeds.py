"""RSS and Atom feed files -> one RawItem per entry, a broken feed -> one Failure naming it."""

from __future__ import annotations

from pathlib import Path

from vigie.config import Settings
from vigie.ingest import iter_items
from vigie.ingest.feeds import feed_date, fragment_text, iter_feed
from vigie.types import Failure, RawItem

SETTINGS = Settings()

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Le Journal</title><language>fr-FR</language>
  <item>
    <title>Des roquettes tirées sur la base d'Erbil</title>
    <link>https://example.org/erbil</link>
    <guid isPermaLink="false">journal-0001</guid>
    <pubDate>Thu, 08 Apr 2021 22:30:00 +0200</pubDate>
    <description>Résumé court.</description>
    <content:encoded><![CDATA[<p>Trois roquettes ont visé la base.</p><p>Aucun blessé.<br>Enquête ouverte.</p>
      <script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Manifestation à Bagdad</title>
    <link>https://example.org/bagdad</link>
    <description>&lt;p&gt;Des milliers de manifestants.&lt;/p&gt;</description>
  </item>
  <item><description></description></item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Wire</title>
  <entry>
    <id>tag:example.org,2021:1</id>
    <title>Militia fires rockets</title>
    <link rel="alternate" href="https://example.org/a1"/>
    <updated>2021-04-09T08:00:00Z</updated>
    <published>2021-04-08T23:00:00-05:00</published>
    <summary>Short.</summary>
    <content type="html">&lt;p&gt;The militia fired three rockets at the base.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:example.org,2021:2</id>
    <title>Talks in Geneva</title>
    <link href="https://example.org/a2"/>
    <updated>not a date</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Envoys met.</p></div></content>
  </entry>
</feed>
"""


def test_rss_entries_in_order_with_ids_dates_and_content(tmp_path: Path) -> None:
    path = tmp_path / "journal.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = iter_items([str(path)], settings=SETTINGS)
    assert isinstance(first, RawItem) and isinstance(second, RawItem)
    assert first.id == "journal-0001" and first.url == "https://example.org/erbil"
    assert first.published == "2021-04-08"  # the date as written, not shifted to UTC
    assert first.lang == "fr"
    assert first.text == (
        "Des roquettes tirées sur la base d'Erbil\n\nTrois roquettes ont visé la base.\n\n"
        "Aucun blessé.\n\nEnquête ouverte."
    )
    assert first.origin == f"{path}#1" and len(first.raw_sha256) == 64
    assert second.id == "https://example.org/bagdad"  # no guid: the link
    assert second.text == "Manifestation à Bagdad\n\nDes milliers de manifestants."
    assert second.published is None
    assert isinstance(third, Failure) and third.item_id == f"{path}#3"
    assert "neither id/guid nor link" in third.reason


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    a, b = iter_items([str(path)], settings=SETTINGS)
    assert isinstance(a, RawItem) and isinstance(b, RawItem)
    assert (a.id, a.url, a.published, a.lang) == (
        "tag:example.org,2021:1",
        "https://example.org/a1",
        "2021-04-08",
        "en",
    )
    assert a.text == "Militia fires rockets\n\nThe militia fired three rockets at the base."
    assert b.url == "https://example.org/a2" and b.published is None
    assert b.text == "Talks in Geneva\n\nEnvoys met."


def test_feed_is_sniffed_from_content(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(ATOM, encoding="utf-8")
    assert [i.id for i in iter_items([str(path)], settings=SETTINGS)] == [
        "tag:example.org,2021:1",
        "tag:example.org,2021:2",
    ]


def test_malformed_feed_is_recovered_when_possible() -> None:
    broken = RSS.replace("</channel>\n</rss>", "").replace("Le Journal", "Le & Journal")  # bare &, cut short
    results = list(iter_feed("broken.rss", broken.encode()))
    assert [r.id for r in results if isinstance(r, RawItem)] == ["journal-0001", "https://example.org/bagdad"]


def test_broken_feeds_are_one_failure_naming_them(tmp_path: Path) -> None:
    cases = {
        "empty.rss": b"<rss></rss>",
        "notxml.rss": b"\x89PNG\r\n\x1a\n\x00\x00",
        "html.xml": b"<?xml version='1.0'?><html><body>hi</body></html>",
        "noentries.atom": b"<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>",
        "blank.rss": b"   \n",
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        [failure] = iter_items([str(tmp_path / name)], settings=SETTINGS)
        assert isinstance(failure, Failure), name
        assert failure.item_id == str(tmp_path / name)
    [f] = iter_items([str(tmp_path / "html.xml")], settings=SETTINGS)
    assert isinstance(f, Failure) and "root element <html>" in f.reason


def test_rss_1_rdf(tmp_path: Path) -> None:
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel><title>x</title></channel>
 <item rdf:about="https://example.org/r1"><title>Un titre</title><link>https://example.org/r1</link>
 <dc:date>2020-02-03T10:00:00+01:00</dc:date><description>Du texte.</description></item>
</rdf:RDF>"""
    [item] = iter_feed("r.rdf", rdf)
    assert isinstance(item, RawItem)
    assert (item.id, item.published, item.text) == (
        "https://example.org/r1",
        "2020-02-03",
        "Un titre\n\nDu texte.",
    )


def test_feed_date_and_fragment_text() -> None:
    assert feed_date("Mon, 05 Jun 2023 01:00:00 GMT", "x") == "2023-06-05"
    assert feed_date("2023-06-05T01:00:00Z", "x") == "2023-06-05"
    assert feed_date("yesterday", "x") is None
    assert fragment_text("<div>a<p>b</p>c</div>") == "a\n\nb\n\nc"
    assert fragment_text("plain\n\ntext") == "plain\n\ntext"
