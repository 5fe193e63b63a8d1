#include "tests/exporters/fixture.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <tuple>

#include "core/ordering.hpp"
#include "core/sha256.hpp"

namespace causeline::test {
namespace {

Document doc(std::string id, std::string source, std::string title, std::string lang,
             std::string published, std::string text) {
  Document d;
  d.id = std::move(id);
  d.source = std::move(source);
  d.title = std::move(title);
  d.lang = std::move(lang);
  d.published = TimeValue::parse(published);
  d.content_hash = sha256_hex(text);
  d.text = std::move(text);
  return d;
}

// A source whose evidence and trigger are found in the document text (byte offsets).
Source source(const Document& d, std::string_view evidence, std::string_view trigger) {
  const size_t b = d.text.find(evidence);
  if (b == std::string::npos)
    throw std::logic_error("fixture: evidence not in " + d.id);
  const size_t t = d.text.find(trigger, b);
  if (t == std::string::npos || t + trigger.size() > b + evidence.size()) {
    throw std::logic_error("fixture: trigger not in evidence");
  }
  Source s;
  s.doc = d.id;
  s.evidence_begin = b;
  s.evidence_end = b + evidence.size();
  s.trigger_begin = t;
  s.trigger_end = t + trigger.size();
  s.evidence = std::string(evidence);
  s.lang = d.lang;
  return s;
}

Event event(std::string id, std::string title, std::string type, std::string when, std::string mod,
            std::vector<std::string> participants, Source src, double confidence = 0.9) {
  Event e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.type = std::move(type);
  e.when = TimeValue::parse(when, mod);
  e.dating = e.when.ok() ? Dating::explicit_ : Dating::undated;
  e.participants = std::move(participants);
  e.sources.push_back(std::move(src));
  e.confidence = confidence;
  return e;
}

Link link(std::string from, std::string to, LinkType type, std::string cue, std::string evidence,
          std::string doc, double confidence) {
  return Link{std::move(from),     std::move(to),  type,      std::move(cue),
              std::move(evidence), std::move(doc), confidence};
}

}  // namespace

Timeline fixture_timeline() {
  Timeline tl;
  tl.documents.push_back(doc(
      "bis-en", "https://news.example.org/2023/chips?id=7&lang=en", "Chip curbs, explained", "en",
      "2023-10-18",
      "On 7 October 2022 the Commerce Department restricted exports of advanced AI chips to "
      "China. A year later, on 17 October 2023, the rules were tightened to cover the A800 and "
      "H800, which Nvidia had designed for the Chinese market. In response, Nvidia began selling "
      "the H20 in 2024. Around June 2025 analysts expected further moves.\n"
      "At 14:30 on 13 May 2025 the rescission was announced; the same week the Commerce "
      "Department published guidance.\n"));
  tl.documents.push_back(
      doc("h20-it", "https://notizie.example.it/h20", "Nvidia e la stretta sull’H20", "it",
          "2025-04-16",
          "Ad aprile 2025 l’amministrazione Trump ha inasprito la vendita della linea H20. "
          "Questa tendenza si è intensificata, perché le aziende cinesi addestrano i "
          "modelli all’estero. 🚀 Entro il secondo trimestre le "
          "restrizioni erano più ampie.\n"));
  tl.documents.push_back(doc("note-fr", "samples/note-fr.txt", "Note « sans date »", "fr", "",
                             "Les entreprises chinoises déplacent l’entraînement à "
                             "Singapour.\nAvant 2025, des stocks avaient été constitués.\n"
                             "قيود التصدير "
                             "في الربع الثا"
                             "ني.\n"));
  const Document& en = tl.documents[0];
  const Document& it = tl.documents[1];
  const Document& fr = tl.documents[2];

  const std::string long_title =
      "A deliberately long headline that keeps going, with commas, semicolons; \"quotes\", "
      "accents (à é ö), an emoji 🌍 and enough words to pass "
      "the three hundred character mark so that every exporter has to fold, wrap or truncate it "
      "without breaking a UTF-8 sequence or the line length rules of iCalendar — "
      "end.";

  tl.events = {
      event("bis-2022-10-07", "US restricts advanced AI chip exports to China", "restrict",
            "2022-10-07", "", {"US Commerce Department"},
            source(en,
                   "On 7 October 2022 the Commerce Department restricted exports of advanced AI "
                   "chips to China.",
                   "restricted")),
      event("bis-2023-10-17", "Rules tightened: \"A800\", H800; loopholes closed", "restrict",
            "2023-10-17", "", {"US Commerce Department"},
            source(en, "on 17 October 2023, the rules were tightened", "tightened")),
      event("nvidia-h20-2024", "Nvidia sells the H20 🚀 in China", "sell", "2024", "", {"Nvidia"},
            source(en, "Nvidia began selling the H20 in 2024", "selling"), 0.8),
      event("h20-licence-2025-04",
            "Licence required for H20 sales\nsecond line of the title, after a newline", "restrict",
            "2025-04", "", {"US government"},
            source(it,
                   "Ad aprile 2025 l’amministrazione Trump ha inasprito la vendita "
                   "della linea H20.",
                   "inasprito")),
      event("restrictions-2025-q2",
            "قيود التصدي"
            "ر أوسع (הגבלו"
            "ת) Q2",
            "restrict", "2025-Q2", "", {"US government"},
            source(it, "Entro il secondo trimestre le restrizioni erano più ampie.", "restrizioni"),
            0.6),
      event("rescission-2025-05-13", "=HYPERLINK(\"http://evil.example\",\"click\") rescinded",
            "repeal", "2025-05-13T14:30", "", {"US Commerce Department"},
            source(en, "At 14:30 on 13 May 2025 the rescission was announced", "announced")),
      event("guidance-2025-w20",
            "Guidance\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nSUMMARY:injected\rX",
            "publish", "2025-W20", "", {"US Commerce Department"},
            source(en, "the same week the Commerce Department published guidance", "published")),
      event("further-moves-2025-06", long_title, "expect", "2025-06", "APPROX", {"+Analysts"},
            source(en, "Around June 2025 analysts expected further moves.", "expected"), 0.4),
      event("stockpiling-before-2025", "@Stockpiles built; before 2025", "stockpile", "2025",
            "BEFORE", {}, source(fr, "Avant 2025, des stocks avaient été constitués.", "constitu")),
      event("training-abroad", "Chinese firms move AI training abroad", "relocate", "", "",
            {"Alibaba", "ByteDance"},
            source(it, "le aziende cinesi addestrano i modelli all’estero", "addestrano"), 0.7),
  };
  tl.events.back().sources.push_back(source(fr,
                                            "Les entreprises chinoises déplacent l’entraînement à "
                                            "Singapour.",
                                            "déplacent"));
  order_events(tl.events);

  tl.links = {
      link("bis-2022-10-07", "bis-2023-10-17", LinkType::caused, "a year later", "", "bis-en", 0.6),
      link("bis-2023-10-17", "nvidia-h20-2024", LinkType::caused, "in response",
           "In response, Nvidia began selling the H20 in 2024.", "bis-en", 0.8),
      link("h20-licence-2025-04", "training-abroad", LinkType::caused, "perché",
           "Questa tendenza si è intensificata, perché le aziende cinesi addestrano "
           "i modelli all’estero.",
           "h20-it", 0.7),
      link("nvidia-h20-2024", "h20-licence-2025-04", LinkType::caused, "", "", "", 0.5),
      link("h20-licence-2025-04", "restrictions-2025-q2", LinkType::enabled, "", "", "h20-it", 0.5),
      link("rescission-2025-05-13", "guidance-2025-w20", LinkType::preceded, "the same week", "",
           "bis-en", 0.9),
      link("stockpiling-before-2025", "h20-licence-2025-04", LinkType::prevented, "", "", "", 0.3),
  };
  std::sort(tl.links.begin(), tl.links.end(), [](const Link& a, const Link& b) {
    return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
  });
  tl.chains = {{"bis-2022-10-07", "bis-2023-10-17", "nvidia-h20-2024", "h20-licence-2025-04",
                "training-abroad"}};
  tl.warnings = {"h20-licence-2025-04: prevented by an event dated \"before 2025\""};
  return tl;
}

exporters::ExportContext fixture_context() {
  exporters::ExportContext ctx;
  ctx.generated = "2025-08-01T12:00:00Z";
  ctx.title =
      "US chip export controls; \"H20\", 2022–"
      "2025";
  ctx.uid_domain = "causeline.test";
  return ctx;
}

}  // namespace causeline::test
