#include "importers/timex/tag_files.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "core/utf8.hpp"
#include "importers/timex/tagger.hpp"

namespace causeline::timex {
namespace fs = std::filesystem;

namespace {

bool read_all(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

}  // namespace

std::vector<fs::path> collect_txt_files(const std::vector<fs::path>& paths, std::ostream& err,
                                        bool& failed) {
  std::vector<fs::path> out;
  for (const fs::path& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (const auto& e : fs::directory_iterator(p, ec)) {
        if (e.is_regular_file() && e.path().extension() == ".txt")
          found.push_back(e.path());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      out.push_back(p);
    } else {
      err << "causeline: error: " << p.string() << ": no such file or folder\n";
      failed = true;
    }
  }
  return out;
}

int tag_files(const std::vector<fs::path>& paths, const TagFilesOptions& options, std::ostream& out,
              std::ostream& err) {
  bool failed = false;
  std::map<std::string, std::shared_ptr<const Tagger>> taggers;
  std::map<std::string, std::string> lines;  // doc id -> JSON line, sorted by id
  for (const fs::path& file : collect_txt_files(paths, err, failed)) {
    std::string text;
    if (!read_all(file, text)) {
      err << "causeline: error: " << file.string() << ": cannot read\n";
      failed = true;
      continue;
    }
    if (size_t bad = utf8::find_invalid(text); bad != std::string::npos) {
      err << "causeline: error: " << file.string() << ": invalid UTF-8 at byte " << bad << '\n';
      failed = true;
      continue;
    }
    Context ctx;
    ctx.dct = options.dct;
    fs::path dct_file = file;
    dct_file.replace_extension(".dct");
    if (std::string dct_text; fs::exists(dct_file) && read_all(dct_file, dct_text)) {
      TimeValue v = TimeValue::parse(trimmed(dct_text));
      if (!v.anchored()) {
        err << "causeline: error: " << dct_file.string() << ": not a TIMEX3 date\n";
        failed = true;
        continue;
      }
      ctx.dct = v;
    }
    std::string lang = options.lang;
    if (lang == "auto")
      lang = options.identify ? options.identify(text) : std::string();
    nlohmann::json doc;
    doc["doc"] = file.stem().string();
    doc["offset_unit"] = "utf8";
    doc["timexes"] = nlohmann::json::array();
    if (!lang.empty()) {
      auto [it, fresh] = taggers.try_emplace(lang);
      if (fresh) {
        auto loaded = Tagger::load(options.lang_root, lang);
        if (loaded) {
          it->second = *loaded;
        } else {
          err << "causeline: error: " << loaded.error().message << '\n';
        }
      }
      if (!it->second) {  // the load error was reported once for the language
        failed = true;
        continue;
      }
      const auto& tagger = it->second;
      for (const Timex& t : tagger->tag(text, ctx)) {
        nlohmann::json j;
        j["start"] = t.begin;
        j["end"] = t.end;
        j["type"] = t.type;
        j["value"] = t.value.str();
        if (t.value.mod() != TimeMod::none)
          j["mod"] = std::string(to_string(t.value.mod()));
        j["text"] = text.substr(t.begin, t.end - t.begin);
        doc["timexes"].push_back(std::move(j));
      }
    } else {
      err << "causeline: warning: " << file.string()
          << ": language not identified, nothing tagged\n";
    }
    lines[doc["doc"].get<std::string>()] = doc.dump();
  }
  for (const auto& [id, line] : lines) out << line << '\n';
  return failed ? 1 : 0;
}

}  // namespace causeline::timex
