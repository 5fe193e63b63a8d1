// extract_tool: runs the extractor and the timeline builder on plain-text files and prints the
// timeline as JSON (the fields of the canonical export that the evaluation scripts read).
// Development and evaluation aid; the `causeline` CLI is the user-facing way to do this.
//
// usage: extract_tool [--lang CODE] [--dct DATE] [--reference FILE] [--no-build] [--simple-dates]
//                     FILE...
// Dates come from the temporal tagger of the language pack, resolved against --dct (a TIMEX3
// date; none by default, as for an article without metadata); --simple-dates uses the small
// built-in month-year matcher instead (for tests that must not depend on the tagger).
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/timeline_builder.hpp"
#include "core/utf8.hpp"
#include "importers/extract/analysis.hpp"
#include "importers/extract/extractor.hpp"
#include "importers/extract/lexicon.hpp"
#include "importers/timex/tagger.hpp"
#include "tests/extract/simple_dates.hpp"

using namespace causeline;

namespace {

std::string read_file(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string stem(const std::string& p) {
  auto slash = p.find_last_of('/');
  std::string f = slash == std::string::npos ? p : p.substr(slash + 1);
  auto dot = f.find_last_of('.');
  return dot == std::string::npos ? f : f.substr(0, dot);
}

/// Splits an optional header block ("key: value" lines ended by a blank line) from the body.
void read_header(const std::string& raw, Document& doc) {
  size_t pos = 0;
  std::vector<std::pair<std::string, std::string>> kv;
  while (pos < raw.size()) {
    size_t nl = raw.find('\n', pos);
    if (nl == std::string::npos)
      return;
    std::string line = raw.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty()) {
      if (kv.empty())
        return;
      for (auto& [k, v] : kv) {
        if (k == "lang")
          doc.lang = v;
        if (k == "title")
          doc.title = v;
        if (k == "published")
          doc.published = TimeValue::parse(v.substr(0, 10));
      }
      doc.text = raw.substr(nl + 1);
      return;
    }
    auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0 || colon > 20)
      return;
    std::string k = line.substr(0, colon), v = line.substr(colon + 1);
    while (!v.empty() && v.front() == ' ') v.erase(v.begin());
    kv.emplace_back(k, v);
    pos = nl + 1;
  }
}

/// Prints every sentence's segments: opener, trigger, timexes.
void print_segments(const std::string& lang_dir, const Document& doc,
                    const std::vector<timex::Timex>& timexes) {
  auto lex = extract::load_lexicons(lang_dir);
  if (!lex)
    return;
  const extract::LangPack* pack = lex->find(doc.lang);
  if (!pack)
    pack = lex->find("en");
  auto tokens = extract::tokenize(doc.text);
  extract::SentenceScratch scratch;
  for (const auto& s : extract::split_sentences(tokens, pack->abbreviations)) {
    auto sa = extract::analyse_sentence(tokens, s, *pack, timexes, scratch);
    std::cout << "S [" << s.begin << "," << s.end << ")\n";
    for (const auto& g : sa.segments) {
      std::cout << "  ";
      if (g.cue >= 0)
        std::cout << "<" << sa.cues[static_cast<size_t>(g.cue)].cue->text << "> ";
      if (g.marker)
        std::cout << "{m" << static_cast<int>(*g.marker) << "} ";
      if (g.paren)
        std::cout << "(paren) ";
      std::cout << doc.text.substr(
          tokens[g.first < g.last ? g.first : g.open].begin,
          tokens[g.last - 1].end - tokens[g.first < g.last ? g.first : g.open].begin);
      if (g.trigger >= 0) {
        const auto& t = tokens[static_cast<size_t>(g.trigger)];
        std::cout << "  [T:" << doc.text.substr(t.begin, t.end - t.begin) << "/" << g.entry->type
                  << (g.entry->weak ? ",weak" : "") << "@" << t.begin << "]";
      }
      for (size_t k : g.timexes) std::cout << " [D:" << timexes[k].value.str() << "]";
      std::cout << "\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string lang, reference, lang_dir = CAUSELINE_LANG_DIR;
  bool build = true, segments = false, simple = false;
  TimeValue dct;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang" && i + 1 < argc) {
      lang = argv[++i];
    } else if (a == "--reference" && i + 1 < argc) {
      reference = argv[++i];
    } else if (a == "--lang-dir" && i + 1 < argc) {
      lang_dir = argv[++i];
    } else if (a == "--dct" && i + 1 < argc) {
      dct = TimeValue::parse(argv[++i]);
      if (!dct.ok()) {
        std::cerr << "extract_tool: --dct: not a TIMEX3 date: " << argv[i] << "\n";
        return 2;
      }
    } else if (a == "--simple-dates") {
      simple = true;
    } else if (a == "--segments") {
      segments = true;
    } else if (a == "--no-build") {
      build = false;
    } else {
      files.push_back(a);
    }
  }
  auto ex = extract::Extractor::load(lang_dir);
  if (!ex) {
    std::cerr << ex.error().message << "\n";
    return 2;
  }
  std::map<std::string, std::shared_ptr<const timex::Tagger>> taggers;
  Timeline raw;
  for (const auto& f : files) {
    Document doc;
    doc.id = stem(f);
    doc.source = f;
    std::string text = read_file(f);
    doc.text = text;
    read_header(text, doc);
    if (!lang.empty())
      doc.lang = lang;
    if (doc.lang.empty())
      doc.lang = test_support::guess_lang(doc.text);
    std::vector<timex::Timex> timexes;
    if (simple) {
      timexes = test_support::simple_dates(doc.text, doc.lang);
    } else {
      auto& tagger = taggers[doc.lang];
      if (!tagger) {
        auto t = timex::Tagger::load(lang_dir, doc.lang);
        if (!t) {
          std::cerr << t.error().message << "\n";
          return 2;
        }
        tagger = *t;
      }
      timex::Context ctx;
      ctx.dct = doc.published.ok() ? doc.published : dct;
      timexes = tagger->tag(doc.text, ctx);
    }
    if (segments) {
      print_segments(lang_dir, doc, timexes);
      continue;
    }
    auto out = (*ex)->run(doc, timexes);
    raw.events.insert(raw.events.end(), out.events.begin(), out.events.end());
    raw.links.insert(raw.links.end(), out.links.begin(), out.links.end());
    raw.documents.push_back(std::move(doc));
  }
  Timeline tl = raw;
  if (build) {
    BuildOptions opts;
    if (!reference.empty())
      opts.reference = reference;
    auto built = build_timeline(raw, opts);
    if (!built) {
      std::cerr << built.error().message << "\n";
      return 1;
    }
    tl = std::move(*built);
  }
  nlohmann::json j;
  j["offset_unit"] = "utf8";
  j["events"] = nlohmann::json::array();
  for (const auto& e : tl.events) {
    nlohmann::json je;
    je["id"] = e.id;
    je["title"] = e.title;
    je["type"] = e.type;
    je["when"] = {{"value", e.when.ok() ? nlohmann::json(e.when.str()) : nlohmann::json()},
                  {"mod", std::string(to_string(e.when.mod()))},
                  {"dating", std::string(to_string(e.dating))}};
    je["modality"] = e.modality;
    je["participants"] = e.participants;
    for (const auto& s : e.sources) {
      je["sources"].push_back({{"doc", s.doc},
                               {"span", {s.evidence_begin, s.evidence_end}},
                               {"trigger", {s.trigger_begin, s.trigger_end}},
                               {"evidence", s.evidence},
                               {"lang", s.lang}});
    }
    j["events"].push_back(je);
  }
  j["links"] = nlohmann::json::array();
  for (const auto& l : tl.links) {
    j["links"].push_back({{"from", l.from},
                          {"to", l.to},
                          {"type", std::string(to_string(l.type))},
                          {"cue", l.cue},
                          {"confidence", l.confidence},
                          {"doc", l.doc}});
  }
  j["chains"] = tl.chains;
  j["warnings"] = tl.warnings;
  std::cout << j.dump(1) << "\n";
  return 0;
}
