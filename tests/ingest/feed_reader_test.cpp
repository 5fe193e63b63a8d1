// RSS 2.0 and Atom feeds: one article per item, dates, HTML content, truncation.
#include "importers/readers/feed_reader.hpp"

#include <catch2/catch.hpp>

#include "importers/readers/doc_id.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;
using causeline::test::read_path;
using causeline::test::scratch_dir;
using causeline::test::write_bytes;

namespace {

const std::string kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Chip policy wire</title>
<link>https://wire.example.net/</link>
<language>fr-FR</language>
<item>
<title>Licence obligatoire pour les H20</title>
<link>https://wire.example.net/2025/04/licence-h20</link>
<guid isPermaLink="false">wire-1001</guid>
<pubDate>Wed, 16 Apr 2025 07:30:00 GMT</pubDate>
<description>&lt;p&gt;Résumé court.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Le 15 avril 2025, le fabricant a annoncé qu'une licence serait exigée pour chaque livraison de H20 vers la Chine.</p><p>Il prévoit une charge de plusieurs milliards.</p><script>x()</script>]]></content:encoded>
</item>
<item>
<title>Singapour attire les centres de données</title>
<guid>wire-1002</guid>
<dc:date>2025-05-20T10:00:00+08:00</dc:date>
<description>Les entreprises chinoises louent des serveurs à Singapour depuis mai 2025.</description>
</item>
</channel>
</rss>
)";

const std::string kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
<title>Crónica de semiconductores</title>
<id>urn:uuid:feed-1</id>
<updated>2025-06-01T00:00:00Z</updated>
<entry>
<title type="html">Washington &lt;em&gt;endurece&lt;/em&gt; las ventas</title>
<link rel="alternate" href="https://cronica.example.com/h20"/>
<id>tag:cronica.example.com,2025:h20</id>
<published>2025-04-17T09:00:00Z</published>
<updated>2025-04-18T09:00:00Z</updated>
<summary>Resumen.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>En abril de 2025 el Gobierno exigió una licencia para el H20.</p><p>Las empresas chinas buscaron centros de datos en Malasia.</p></div></content>
</entry>
<entry xml:lang="pt">
<title>Sem data de publicação</title>
<id>tag:cronica.example.com,2025:pt</id>
<updated>2025-05-02T12:00:00Z</updated>
<content type="text">Em maio de 2025 a procura por centros de dados cresceu.</content>
</entry>
</feed>
)";

}  // namespace

TEST_CASE("feeds: RSS 2.0 items become articles with their date, link id and full content",
          "[ingest][feed]") {
  auto dir = scratch_dir("feed-rss");
  auto out = read_path(write_bytes(dir / "wire.rss", kRss));
  REQUIRE(out.errors.empty());
  REQUIRE(out.records.size() == 2);
  const Document& a = out.records[0].doc;
  CHECK(a.title == "Licence obligatoire pour les H20");
  CHECK(a.published.str() == "2025-04-16");
  CHECK(a.lang == "fr");
  CHECK(a.id == importers::id_from_url("https://wire.example.net/2025/04/licence-h20"));
  CHECK(a.source == "https://wire.example.net/2025/04/licence-h20");
  CHECK(a.text ==
        "Le 15 avril 2025, le fabricant a annoncé qu'une licence serait exigée pour chaque "
        "livraison de H20 vers la Chine.\n\nIl prévoit une charge de plusieurs milliards.\n");
  const Document& b = out.records[1].doc;
  CHECK(b.published.str() == "2025-05-20");
  CHECK_THAT(b.id, Catch::StartsWith("wire-1002-"));
  CHECK(b.source == (dir / "wire.rss").string() + ":15");
  CHECK(b.text == "Les entreprises chinoises louent des serveurs à Singapour depuis mai 2025.\n");
}

TEST_CASE("feeds: Atom entries use published (else updated), xml:lang and XHTML content",
          "[ingest][feed]") {
  auto dir = scratch_dir("feed-atom");
  auto out = read_path(write_bytes(dir / "cronica.atom", kAtom));
  REQUIRE(out.errors.empty());
  REQUIRE(out.records.size() == 2);
  const Document& a = out.records[0].doc;
  CHECK(a.title == "Washington endurece las ventas");
  CHECK(a.published.str() == "2025-04-17");
  CHECK(a.lang == "es");
  CHECK(a.source == "https://cronica.example.com/h20");
  CHECK(a.text ==
        "En abril de 2025 el Gobierno exigió una licencia para el H20.\n\n"
        "Las empresas chinas buscaron centros de datos en Malasia.\n");
  const Document& b = out.records[1].doc;
  CHECK(b.published.str() == "2025-05-02");
  CHECK(b.lang == "pt");
  CHECK(b.text == "Em maio de 2025 a procura por centros de dados cresceu.\n");
}

TEST_CASE("feeds: a truncated feed keeps its complete items and names the line where it broke",
          "[ingest][feed][bad-input]") {
  auto dir = scratch_dir("feed-trunc");
  const size_t cut = kRss.find("<dc:date>");
  auto p = write_bytes(dir / "cut.xml", kRss.substr(0, cut + 5));
  auto out = read_path(p);
  REQUIRE(out.records.size() == 1);
  CHECK(out.records[0].doc.title == "Licence obligatoire pour les H20");
  REQUIRE(out.errors.size() == 1);
  CHECK_THAT(out.errors[0], Catch::StartsWith(p.string() + ":") &&
                                Catch::Contains("truncated or malformed feed") &&
                                Catch::Contains("1 complete items read before it"));
}

TEST_CASE("feeds: legacy charsets from the XML declaration, and invalid bytes in them",
          "[ingest][feed][encoding]") {
  auto dir = scratch_dir("feed-charset");
  const std::string head =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel>\n";
  auto ok = read_path(write_bytes(
      dir / "latin.rss", head + "<item><title>Pr\xE9vision</title><description>En avril 2025, "
                                "la r\xE8gle a chang\xE9.</description></item></channel></rss>"));
  REQUIRE(ok.errors.empty());
  REQUIRE(ok.records.size() == 1);
  CHECK(ok.records[0].doc.title == "Prévision");
  CHECK(ok.records[0].doc.text == "En avril 2025, la règle a changé.\n");
  auto bad = read_path(
      write_bytes(dir / "bad.rss", head + "<item><title>x \x8F y</title></item></channel></rss>"));
  CHECK(bad.records.empty());
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0] == (dir / "bad.rss").string() + ":3:16: invalid windows-1252 byte 0x8F");
}

TEST_CASE("feeds: not a feed, empty, and items without text", "[ingest][feed][bad-input]") {
  auto dir = scratch_dir("feed-bad");
  auto html =
      read_path(write_bytes(dir / "page.xml", "<?xml version=\"1.0\"?><note><to>x</to></note>"));
  REQUIRE(html.errors.size() == 1);
  CHECK(html.errors[0] ==
        (dir / "page.xml").string() + ": not an RSS or Atom feed (root element <note>)");
  auto empty = read_path(write_bytes(dir / "empty.rss", ""));
  REQUIRE(empty.errors.size() == 1);
  CHECK(empty.errors[0] == (dir / "empty.rss").string() + ": empty file");
  auto notext =
      read_path(write_bytes(dir / "notext.rss",
                            "<rss><channel>\n<item><link>https://x.example/a</link></item>\n"
                            "<item><title>Only a title, 2025</title></item></channel></rss>"));
  REQUIRE(notext.errors.size() == 1);
  CHECK(notext.errors[0] == (dir / "notext.rss").string() + ":2: feed item has no text");
  REQUIRE(notext.records.size() == 1);
  CHECK(notext.records[0].doc.text == "Only a title, 2025\n");
}

TEST_CASE("feeds: RFC 822 and ISO dates", "[ingest][feed]") {
  CHECK(importers::parse_feed_date("Tue, 15 Apr 2025 09:30:00 GMT").str() == "2025-04-15");
  CHECK(importers::parse_feed_date("5 May 2025 23:00 +0200").str() == "2025-05-05");
  CHECK(importers::parse_feed_date("2025-04-15T09:30:00Z").str() == "2025-04-15");
  CHECK(importers::parse_feed_date("Fri, 31 Feb 2025 09:30:00 GMT").ok() == false);
  CHECK(importers::parse_feed_date("tomorrow").ok() == false);
}
