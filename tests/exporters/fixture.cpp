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

Timeline story_timeline() {
  Timeline tl;
  tl.documents.push_back(
      doc("chips-explainer", "https://news.example.org/explainers/chip-controls",
          "How chip controls reshaped a market", "en", "2025-05-20",
          "In October 2022 Washington restricted exports of advanced AI chips to China. "
          "Nvidia answered in November 2022 with the A800, a slower part for Chinese buyers. "
          "In March 2023 it added the H800. "
          "On 17 October 2023 the Commerce Department closed that gap by covering both chips. "
          "Around November 2023 Nvidia prepared the H20, designed to sit under the new limits. "
          "Through 2024 the H20 sold well in China. "
          "In the third quarter of 2024 Chinese cloud firms stockpiled H20 boards. "
          "On 13 January 2025 the outgoing administration issued the AI Diffusion Rule. "
          "In April 2025 a licence became mandatory for H20 sales to China. "
          "On 15 April 2025 Nvidia warned of a charge of about 5.5 billion dollars. "
          "In the first half of 2025 data-centre capacity in Malaysia grew quickly. "
          "On 13 May 2025 the Diffusion Rule was rescinded before taking effect. "
          "Chinese developers struggle to buy high-end chips at home. "
          "Large Chinese firms now train models in Southeast Asian data centres. "
          "Early in June 2025 analysts expected further rules on chip smuggling. "
          "In the week of 19 May 2025 Malaysia announced checks on chip shipments.\n"));
  const Document& d = tl.documents[0];
  auto ev = [&](std::string id, std::string title, std::string type, std::string when,
                std::string mod, std::string who, std::string_view evidence,
                std::string_view trigger) {
    std::vector<std::string> parts;
    if (!who.empty())
      parts.push_back(std::move(who));
    return event(std::move(id), std::move(title), std::move(type), std::move(when), std::move(mod),
                 std::move(parts), source(d, evidence, trigger), 0.8);
  };
  tl.events = {
      ev("us-controls-2022-10", "US restricts AI chip exports to China", "restrict", "2022-10", "",
         "US government",
         "In October 2022 Washington restricted exports of advanced AI chips to China.",
         "restricted"),
      ev("a800-2022-11", "Nvidia launches the A800 for China", "launch", "2022-11", "", "Nvidia",
         "Nvidia answered in November 2022 with the A800", "answered"),
      ev("h800-2023-03", "Nvidia adds the H800", "launch", "2023-03", "", "Nvidia",
         "In March 2023 it added the H800.", "added"),
      ev("bis-2023-10-17", "Commerce covers the A800 and H800", "restrict", "2023-10-17", "",
         "US government", "On 17 October 2023 the Commerce Department closed that gap", "closed"),
      ev("h20-design-2023-11", "Nvidia prepares the H20", "design", "2023-11", "APPROX", "Nvidia",
         "Around November 2023 Nvidia prepared the H20", "prepared"),
      ev("h20-sales-2024", "H20 sells well in China", "sell", "2024", "", "Nvidia",
         "Through 2024 the H20 sold well in China.", "sold"),
      ev("stockpile-2024-q3", "Chinese cloud firms stockpile H20 boards", "stockpile", "2024-Q3",
         "", "Chinese firms",
         "In the third quarter of 2024 Chinese cloud firms stockpiled H20 boards.", "stockpiled"),
      ev("diffusion-rule-2025-01-13", "AI Diffusion Rule issued", "regulate", "2025-01-13", "",
         "US government",
         "On 13 January 2025 the outgoing administration issued the AI Diffusion Rule.", "issued"),
      ev("h20-licence-2025-04", "Licence required for H20 sales", "restrict", "2025-04", "",
         "US government", "In April 2025 a licence became mandatory for H20 sales to China.",
         "became mandatory"),
      ev("nvidia-charge-2025-04-15", "Nvidia warns of a $5.5bn charge", "report", "2025-04-15", "",
         "Nvidia", "On 15 April 2025 Nvidia warned of a charge of about 5.5 billion dollars.",
         "warned"),
      ev("malaysia-dc-2025-h1", "Malaysian data-centre capacity grows", "grow", "2025-H1", "",
         "Malaysia", "In the first half of 2025 data-centre capacity in Malaysia grew quickly.",
         "grew"),
      ev("diffusion-rescinded-2025-05-13", "Diffusion Rule rescinded", "repeal", "2025-05-13", "",
         "US government", "On 13 May 2025 the Diffusion Rule was rescinded before taking effect.",
         "rescinded"),
      ev("malaysia-checks-2025-w21", "Malaysia checks chip shipments", "inspect", "2025-W21", "",
         "Malaysia", "In the week of 19 May 2025 Malaysia announced checks on chip shipments.",
         "announced"),
      ev("more-rules-2025-06", "Analysts expect rules on chip smuggling", "expect", "2025-06",
         "START", "", "Early in June 2025 analysts expected further rules on chip smuggling.",
         "expected"),
      ev("no-chips-at-home", "Chinese developers lack high-end chips at home", "lack", "", "",
         "Chinese firms", "Chinese developers struggle to buy high-end chips at home.", "struggle"),
      ev("training-abroad", "Chinese firms train models in Southeast Asia", "relocate", "", "",
         "Chinese firms", "Large Chinese firms now train models in Southeast Asian data centres.",
         "train"),
  };
  order_events(tl.events);
  auto ln = [](std::string from, std::string to, LinkType t, std::string cue) {
    return link(std::move(from), std::move(to), t, std::move(cue), "", "chips-explainer", 0.7);
  };
  tl.links = {
      ln("us-controls-2022-10", "a800-2022-11", LinkType::caused, "answered"),
      ln("a800-2022-11", "bis-2023-10-17", LinkType::caused, "closed that gap"),
      ln("h800-2023-03", "bis-2023-10-17", LinkType::caused, "closed that gap"),
      ln("bis-2023-10-17", "h20-design-2023-11", LinkType::caused, "designed to sit under"),
      ln("h20-design-2023-11", "h20-sales-2024", LinkType::enabled, ""),
      ln("h20-sales-2024", "stockpile-2024-q3", LinkType::enabled, ""),
      ln("h20-sales-2024", "h20-licence-2025-04", LinkType::caused, ""),
      ln("h20-licence-2025-04", "nvidia-charge-2025-04-15", LinkType::caused, ""),
      ln("h20-licence-2025-04", "no-chips-at-home", LinkType::caused, ""),
      ln("no-chips-at-home", "training-abroad", LinkType::caused, "now"),
      ln("training-abroad", "malaysia-dc-2025-h1", LinkType::caused, ""),
      ln("diffusion-rule-2025-01-13", "diffusion-rescinded-2025-05-13", LinkType::preceded, ""),
      ln("malaysia-dc-2025-h1", "malaysia-checks-2025-w21", LinkType::preceded, ""),
      ln("stockpile-2024-q3", "h20-licence-2025-04", LinkType::prevented, ""),
  };
  std::sort(tl.links.begin(), tl.links.end(), [](const Link& a, const Link& b) {
    return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
  });
  tl.chains = {{"us-controls-2022-10", "a800-2022-11", "bis-2023-10-17", "h20-design-2023-11",
                "h20-sales-2024", "h20-licence-2025-04", "no-chips-at-home", "training-abroad",
                "malaysia-dc-2025-h1"}};
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
