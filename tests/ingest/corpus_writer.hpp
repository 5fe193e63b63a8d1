#pragma once
// A small mixed corpus for the safety tests: JSON Lines, HTML pages, an RSS feed and a CSV sheet,
// with dated, causally linked sentences so every document yields events.
#include <filesystem>
#include <string>

#include "tests/ingest/ingest_test_util.hpp"

namespace causeline::test {

inline std::string corpus_sentence(int i) {
  static const char* kMonths[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
  const std::string month = kMonths[i % 12];
  const std::string year = std::to_string(2020 + i % 6);
  return "In " + month + " " + year + " the regulator tightened the export rules for chip batch " +
         std::to_string(i) + ", which led to a rise in data centre demand in Singapore. On 3 " +
         month + " " + year + " the company reported a charge of " + std::to_string(100 + i) +
         " million dollars because of the new licence.";
}

/// Writes `n` articles spread over formats into dir; returns the number of documents written.
inline int write_corpus(const std::filesystem::path& dir, int n) {
  int docs = 0;
  std::string jsonl;
  for (int i = 0; i < n; ++i) {
    const std::string text = corpus_sentence(i);
    if (i % 10 == 1) {
      write_bytes(dir / "pages" / ("page-" + std::to_string(i) + ".html"),
                  "<html lang=\"en\"><head><title>Page " + std::to_string(i) +
                      "</title></head><body><nav><a href=\"/\">Home</a></nav><article><p>" + text +
                      "</p></article><footer>© 2025 Example</footer></body></html>");
    } else {
      jsonl += "{\"id\": \"art-" + std::to_string(i) +
               "\", \"lang\": \"en\", \"published\": \"2025-06-0" + std::to_string(1 + i % 9) +
               "\", \"text\": \"" + text + "\"}\n";
    }
    ++docs;
  }
  write_bytes(dir / "articles.jsonl", jsonl);
  std::string rss =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><language>en</language>\n";
  for (int i = 0; i < 20; ++i) {
    rss += "<item><title>Feed " + std::to_string(i) + "</title><link>https://feed.example/" +
           std::to_string(i) +
           "</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate><description>" +
           corpus_sentence(1000 + i) + "</description></item>\n";
    ++docs;
  }
  write_bytes(dir / "wire.rss", rss + "</channel></rss>\n");
  write_bytes(dir / "curated.csv",
              "Year,Month,Day,Headline,Text,Unique Id,Caused By\n"
              "2025,4,,Licence required,Sales need a licence.,lic,\n"
              "2025,5,,Training moves abroad,Firms rent servers in Malaysia.,abroad,lic\n");
  return docs + 1;
}

}  // namespace causeline::test
