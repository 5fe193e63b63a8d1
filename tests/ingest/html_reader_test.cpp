// HTML pages: article body without boilerplate, metadata, encodings.
#include <catch2/catch.hpp>

#include "importers/readers/doc_id.hpp"
#include "importers/readers/encoding.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;
using causeline::test::read_path;
using causeline::test::scratch_dir;
using causeline::test::write_bytes;

namespace {

const std::string kPage = R"(<!DOCTYPE html>
<html lang="it-IT">
<head>
<meta charset="utf-8">
<title>Stretta sui chip H20 | Cronache del silicio</title>
<meta property="og:title" content="Stretta sui chip H20">
<meta property="article:published_time" content="2025-06-02T08:15:00+02:00">
<link rel="canonical" href="https://Example.org/2025/06/stretta-h20/">
<script>var tracker = "ignore me";</script>
<style>.x { color: red }</style>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/tech">Tecnologia</a> <a href="/eco">Economia</a></nav></header>
<div class="cookie-banner">Usiamo i cookie per migliorare il sito. <button>Accetta</button></div>
<main>
<article>
<h1>Stretta sui chip H20</h1>
<p class="byline">di Redazione</p>
<p>Nell'aprile 2025 Washington ha reso obbligatoria una licenza per vendere in Cina gli acceleratori H20, la versione ridotta pensata per quel mercato.</p>
<p>Da allora le aziende cinesi spostano l'addestramento dei modelli nei data center di Singapore e della Malesia, dove l'hardware resta disponibile.</p>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<p>Share.</p>
</article>
</main>
<aside class="related"><h3>Leggi anche</h3><ul><li><a href="/a">Un altro articolo</a></li></ul></aside>
<footer><p>© 2025 Cronache del silicio</p><p>Exit mobile version</p></footer>
</body>
</html>
)";

}  // namespace

TEST_CASE("html: the article body without navigation, banners, share buttons or footer",
          "[ingest][html]") {
  auto dir = scratch_dir("html-basic");
  auto out = read_path(write_bytes(dir / "pagina.html", kPage));
  REQUIRE(out.errors.empty());
  REQUIRE(out.records.size() == 1);
  const Document& d = out.records[0].doc;
  CHECK_FALSE(out.records[0].curated);
  CHECK(d.title == "Stretta sui chip H20");
  CHECK(d.lang == "it");
  CHECK(d.published.str() == "2025-06-02");
  CHECK(d.source == "https://example.org/2025/06/stretta-h20");
  CHECK(d.id == importers::id_from_url("https://example.org/2025/06/stretta-h20/"));
  CHECK_THAT(d.id, Catch::StartsWith("example-org-2025-06-stretta-h20-"));
  CHECK(d.text ==
        "Nell'aprile 2025 Washington ha reso obbligatoria una licenza per vendere in Cina gli "
        "acceleratori H20, la versione ridotta pensata per quel mercato.\n\n"
        "Da allora le aziende cinesi spostano l'addestramento dei modelli nei data center di "
        "Singapore e della Malesia, dove l'hardware resta disponibile.\n");
}

TEST_CASE("html: metadata fallbacks (JSON-LD, <time>, <title>) and a page without canonical URL",
          "[ingest][html]") {
  auto dir = scratch_dir("html-meta");
  const std::string page = R"(<html><head><title>Export rules</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"Licences for H20 sales","datePublished":"2025-04-16","inLanguage":"en-GB"}]}</script>
</head><body><div id="content"><p>The Commerce Department told the chip maker in April 2025 that a licence would be needed for every H20 shipment to China.</p>
<p><time datetime="2025-01-01">Jan 1</time> is not the publication date here.</p></div></body></html>)";
  auto out = read_path(write_bytes(dir / "rules.htm", page));
  REQUIRE(out.records.size() == 1);
  const Document& d = out.records[0].doc;
  CHECK(d.title == "Licences for H20 sales");
  CHECK(d.published.str() == "2025-04-16");
  CHECK(d.lang == "en");
  CHECK(d.id == "rules");
  CHECK(d.source == (dir / "rules.htm").string());
  CHECK_THAT(d.text, Catch::StartsWith("The Commerce Department told"));
}

TEST_CASE("html: the same body with different page furniture has the same content hash",
          "[ingest][html]") {
  auto dir = scratch_dir("html-hash");
  std::string other = kPage;
  other.replace(other.find("<footer>"), 8, "<footer><p>Ad: buy now</p>");
  auto a = read_path(write_bytes(dir / "a.html", kPage));
  auto b = read_path(write_bytes(dir / "b.html", other));
  REQUIRE(a.records.size() == 1);
  REQUIRE(b.records.size() == 1);
  CHECK(a.records[0].doc.content_hash == b.records[0].doc.content_hash);
}

TEST_CASE("html: declared legacy charsets are converted; invalid bytes name file, line and column",
          "[ingest][html][encoding]") {
  auto dir = scratch_dir("html-charset");
  const std::string body =
      "<p>Le d\xE9partement am\xE9ricain du Commerce a impos\xE9 une licence \x93sp\xE9"
      "ciale\x94 pour les puces H20 en avril 2025, ce qui a chang\xE9 le march\xE9.</p>";
  auto ok =
      read_path(write_bytes(dir / "latin.html",
                            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                            "charset=ISO-8859-1\"></head><body>" +
                                body + "</body></html>"));
  REQUIRE(ok.errors.empty());
  REQUIRE(ok.records.size() == 1);
  // iso-8859-1 is read as windows-1252, as browsers do: 0x93/0x94 are curly quotes.
  CHECK_THAT(ok.records[0].doc.text,
             Catch::Contains("Le département américain") && Catch::Contains("“spéciale”"));

  auto bad =
      read_path(write_bytes(dir / "bad1252.html",
                            "<html><head><meta charset=\"windows-1252\"></head><body>\n<p>ok</p>\n"
                            "<p>byte \x81 undefined</p></body></html>"));
  REQUIRE(bad.records.empty());
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0] == (dir / "bad1252.html").string() + ":3:9: invalid windows-1252 byte 0x81");

  auto utf =
      read_path(write_bytes(dir / "badutf8.html", "<html><body>\n<p>caf\xE9</p></body></html>"));
  REQUIRE(utf.errors.size() == 1);
  CHECK(utf.errors[0] == (dir / "badutf8.html").string() + ":2:7: invalid UTF-8 byte 0xE9");

  auto unknown = read_path(write_bytes(dir / "x.html", "<meta charset=\"x-klingon\"><p>text</p>"));
  REQUIRE(unknown.errors.size() == 1);
  CHECK(unknown.errors[0] == (dir / "x.html").string() + ": unknown charset 'x-klingon'");
}

TEST_CASE("html: byte-order marks select UTF-8 or UTF-16", "[ingest][html][encoding]") {
  auto dir = scratch_dir("html-bom");
  const std::string page =
      "<html><body><p>Prova con BOM: già fatto nel 2025, più o meno.</p></body></html>";
  std::string utf16 = "\xFF\xFE";
  for (unsigned char c : std::string("<html><body><p>UTF-16 text, 2025.</p></body></html>")) {
    utf16 += static_cast<char>(c);
    utf16 += '\0';
  }
  auto a = read_path(write_bytes(dir / "bom8.html", "\xEF\xBB\xBF" + page));
  auto b = read_path(write_bytes(dir / "bom16.html", utf16));
  REQUIRE(a.records.size() == 1);
  CHECK(a.records[0].doc.text == "Prova con BOM: già fatto nel 2025, più o meno.\n");
  REQUIRE(b.records.size() == 1);
  CHECK(b.records[0].doc.text == "UTF-16 text, 2025.\n");
}

TEST_CASE("html: deeply nested markup keeps every word and does not overflow the stack",
          "[ingest][html][bad-input]") {
  auto dir = scratch_dir("html-deep");
  std::string page = "<html><body><p>Before the nest, in April 2025.</p>";
  const int depth = 100000;
  for (int i = 0; i < depth; ++i) page += "<div>";
  page += "The innermost sentence survives.";
  for (int i = 0; i < depth; ++i) page += "</div>";
  page += "<p>After the nest, in May 2025.</p></body></html>";
  auto out = read_path(write_bytes(dir / "deep.html", page));
  REQUIRE(out.errors.empty());
  REQUIRE(out.records.size() == 1);
  const std::string& t = out.records[0].doc.text;
  CHECK_THAT(t, Catch::Contains("Before the nest") && Catch::Contains("innermost sentence") &&
                    Catch::Contains("After the nest"));
}

TEST_CASE("html: empty, binary and text-free pages give one error naming the file",
          "[ingest][html][bad-input]") {
  auto dir = scratch_dir("html-bad");
  auto [name, bytes, message] = GENERATE(table<std::string, std::string, std::string>({
      {"empty.html", "", ": empty file"},
      {"blank.html", "  \n ", ": empty file"},
      {"binary.html", std::string("<html>\0\x01\x02", 9), ": binary file (NUL byte at offset 6)"},
      {"nav-only.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
       ": no article text found in the page"},
  }));
  CAPTURE(name);
  auto out = read_path(write_bytes(dir / name, bytes));
  CHECK(out.records.empty());
  REQUIRE(out.errors.size() == 1);
  CHECK(out.errors[0] == (dir / name).string() + message);
}

TEST_CASE("encoding: declared charsets are found in meta tags and XML declarations",
          "[ingest][encoding]") {
  CHECK(importers::html_declared_charset("<head><META CHARSET='Windows-1252'>") == "Windows-1252");
  CHECK(importers::html_declared_charset(
            "<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-15\">") ==
        "iso-8859-15");
  CHECK(importers::html_declared_charset("<p>no meta</p>").empty());
  CHECK(importers::xml_declared_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>") ==
        "ISO-8859-1");
  CHECK(importers::xml_declared_charset("<rss>").empty());
  CHECK(importers::canonical_charset("latin1") == "WINDOWS-1252");
  CHECK(importers::canonical_charset("utf8") == "UTF-8");
  CHECK(importers::canonical_charset("shift_jis") == "SHIFT_JIS");
}

TEST_CASE("doc ids: URLs normalise and give stable, distinct ids", "[ingest]") {
  using importers::id_from_url;
  using importers::normalize_url;
  CHECK(normalize_url("HTTPS://Example.ORG:443/a/b/#top") == "https://example.org/a/b");
  CHECK(normalize_url("http://example.org/") == "http://example.org");
  CHECK(id_from_url("https://example.org/a/b/") == id_from_url("https://EXAMPLE.org/a/b#x"));
  CHECK(id_from_url("https://example.org/a-b") != id_from_url("https://example.org/a/b"));
  CHECK(importers::slug("Hello, Wörld!  2025") == "hello-w-rld-2025");
}
