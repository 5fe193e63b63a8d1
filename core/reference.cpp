#include "core/reference.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/merge.hpp"

namespace causeline {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t a = 0;
  while (a <= s.size()) {
    size_t b = s.find(sep, a);
    if (b == std::string_view::npos)
      b = s.size();
    std::string v(s.substr(a, b - a));
    while (!v.empty() && (v.back() == ' ' || v.back() == '\r')) v.pop_back();
    while (!v.empty() && v.front() == ' ') v.erase(v.begin());
    if (!v.empty())
      out.push_back(std::move(v));
    a = b + 1;
  }
  return out;
}

/// One CSV record (RFC 4180 quoting) starting at pos; advances pos past the record.
std::vector<std::string> csv_record(std::string_view text, size_t& pos, size_t& lines) {
  std::vector<std::string> fields;
  std::string cur;
  bool quoted = false, any = false;
  while (pos < text.size()) {
    char c = text[pos++];
    if (quoted) {
      if (c == '"' && pos < text.size() && text[pos] == '"') {
        cur += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n')
          ++lines;
        cur += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      fields.push_back(std::move(cur));
      cur.clear();
    } else if (c == '\n') {
      ++lines;
      break;
    } else if (c != '\r') {
      cur += c;
      any = true;
    }
  }
  if (any || !fields.empty())
    fields.push_back(std::move(cur));
  return fields;
}

Result<ReferenceTimeline> parse_csv(std::string_view text, const std::string& name) {
  ReferenceTimeline ref;
  size_t pos = 0, line = 0;
  std::vector<std::string> header;
  while (pos < text.size()) {
    size_t at = line + 1;
    auto rec = csv_record(text, pos, line);
    if (rec.empty() || (rec.size() == 1 && rec[0].empty()))
      continue;
    if (!rec[0].empty() && rec[0][0] == '#')
      continue;
    auto where = [&] { return name + ":" + std::to_string(at) + ": "; };
    if (header.empty()) {
      header = rec;
      for (const char* need : {"id", "date", "title"}) {
        if (std::find(header.begin(), header.end(), need) == header.end()) {
          return Error{where() + "the header must name the columns id, date and title"};
        }
      }
      continue;
    }
    if (rec.size() > header.size())
      return Error{where() + "more fields than header columns"};
    ReferenceEntry e;
    for (size_t k = 0; k < rec.size(); ++k) {
      const std::string& col = header[k];
      if (col == "id")
        e.id = rec[k];
      if (col == "title")
        e.title = rec[k];
      if (col == "types")
        e.types = split(rec[k], '|');
      if (col == "aliases")
        e.aliases = split(rec[k], '|');
      if (col == "date") {
        e.when = TimeValue::parse(rec[k]);
        if (!e.when.anchored())
          return Error{where() + "'" + rec[k] + "' is not a calendar date"};
      }
    }
    if (e.id.empty())
      return Error{where() + "empty id"};
    if (!e.when.ok())
      return Error{where() + "missing date"};
    ref.entries.push_back(std::move(e));
  }
  return ref;
}

Result<ReferenceTimeline> parse_json(std::string_view text, const std::string& name) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded())
    return Error{name + ": not valid JSON"};
  if (j.is_object() && j.contains("events"))
    j = j["events"];
  if (!j.is_array())
    return Error{name + ": expected an array of events or {\"events\": [...]}"};
  ReferenceTimeline ref;
  size_t k = 0;
  for (const auto& item : j) {
    const std::string where = name + ": event " + std::to_string(k++) + ": ";
    if (!item.is_object())
      return Error{where + "not an object"};
    ReferenceEntry e;
    auto str = [&](const char* key) {
      return item.contains(key) && item[key].is_string() ? item[key].get<std::string>() : "";
    };
    auto list = [&](const char* key) {
      std::vector<std::string> v;
      if (item.contains(key) && item[key].is_array()) {
        for (const auto& x : item[key]) {
          if (x.is_string())
            v.push_back(x.get<std::string>());
        }
      } else if (item.contains(key) && item[key].is_string()) {
        v = split(item[key].get<std::string>(), '|');
      }
      return v;
    };
    e.id = str("id");
    e.title = str("title");
    e.when = TimeValue::parse(str("date"));
    e.types = list("types");
    e.aliases = list("aliases");
    if (e.id.empty())
      return Error{where + "missing id"};
    if (!e.when.anchored())
      return Error{where + "missing or invalid date"};
    ref.entries.push_back(std::move(e));
  }
  return ref;
}

/// True when the words of needle occur contiguously in hay.
bool contains_words(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size())
    return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

}  // namespace

Result<ReferenceTimeline> parse_reference(std::string_view text, const std::string& name) {
  size_t i = 0;
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) {
    ++i;
  }
  if (i < text.size() && (text[i] == '[' || text[i] == '{'))
    return parse_json(text, name);
  return parse_csv(text, name);
}

Result<ReferenceTimeline> load_reference(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{path.string() + ": cannot open reference timeline"};
  std::ostringstream s;
  s << in.rdbuf();
  return parse_reference(s.str(), path.string());
}

const ReferenceEntry* match_reference(const ReferenceTimeline& ref, const Event& event) {
  const ReferenceEntry* best = nullptr;
  size_t best_len = 0;
  std::vector<std::vector<std::string>> evidence;
  for (const auto& s : event.sources) evidence.push_back(key_words(s.evidence));
  for (const auto& e : ref.entries) {
    if (!e.types.empty() &&
        std::find(e.types.begin(), e.types.end(), event.type) == e.types.end()) {
      continue;
    }
    for (const auto& alias : e.aliases) {
      auto words = key_words(alias);
      if (words.size() <= best_len)
        continue;
      for (const auto& ev : evidence) {
        if (contains_words(ev, words)) {
          best = &e;
          best_len = words.size();
          break;
        }
      }
    }
  }
  return best;
}

}  // namespace causeline
