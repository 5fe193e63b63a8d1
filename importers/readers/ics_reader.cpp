#include "importers/readers/ics_reader.hpp"

#include <cctype>
#include <charconv>

#include "core/sha256.hpp"
#include "importers/readers/curated.hpp"
#include "importers/readers/encoding.hpp"
#include "importers/readers/html_dom.hpp"

namespace causeline::importers {
namespace {

struct Property {
  size_t line = 0;
  std::string name;                                         // upper case
  std::vector<std::pair<std::string, std::string>> params;  // names upper case
  std::string value;

  std::string param(std::string_view key) const {
    for (const auto& [k, v] : params) {
      if (k == key)
        return v;
    }
    return {};
  }
};

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

/// Splits "NAME;P=V;Q=\"a:b\":value"; false when there is no ':'.
bool parse_property(std::string_view line, Property& p) {
  size_t i = 0;
  while (i < line.size() && line[i] != ';' && line[i] != ':') ++i;
  if (i == line.size())
    return false;
  p.name = upper(line.substr(0, i));
  while (i < line.size() && line[i] == ';') {
    size_t eq = line.find('=', i);
    if (eq == std::string_view::npos)
      return false;
    std::string key = upper(line.substr(i + 1, eq - i - 1));
    size_t j = eq + 1;
    std::string val;
    if (j < line.size() && line[j] == '"') {
      size_t close = line.find('"', j + 1);
      if (close == std::string_view::npos)
        return false;
      val = line.substr(j + 1, close - j - 1);
      j = close + 1;
    } else {
      while (j < line.size() && line[j] != ';' && line[j] != ':') ++j;
      val = line.substr(eq + 1, j - eq - 1);
    }
    p.params.emplace_back(std::move(key), std::move(val));
    i = j;
  }
  if (i >= line.size() || line[i] != ':')
    return false;
  p.value = line.substr(i + 1);
  return true;
}

/// RFC 5545 TEXT unescaping: \n \N \, \; \\.
std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += (c == 'n' || c == 'N') ? '\n' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

/// Splits a multi-valued TEXT property on unescaped commas.
std::vector<std::string> split_text_list(std::string_view s) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      out.back() += s.substr(i, 2);
      ++i;
    } else if (s[i] == ',') {
      out.emplace_back();
    } else {
      out.back() += s[i];
    }
  }
  for (auto& v : out) v = std::string(html::trim(unescape(v)));
  std::erase_if(out, [](const std::string& v) { return v.empty(); });
  return out;
}

int digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size())
    return -1;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i])))
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/// DTSTART value (+ precision) to a TimeValue; !ok() when malformed.
TimeValue event_date(const Property& start, std::string_view precision) {
  const std::string_view v = html::trim(start.value);
  const int y = digits(v, 0, 4), m = digits(v, 4, 2), d = digits(v, 6, 2);
  if (y < 0 || m < 0 || d < 0)
    return {};
  const bool timed = v.size() >= 13 && v[8] == 'T' && upper(start.param("VALUE")) != "DATE";
  std::string time;
  if (timed) {
    const int hh = digits(v, 9, 2), mm = digits(v, 11, 2);
    if (hh < 0 || mm < 0)
      return {};
    time = std::to_string(hh) + ":" + std::to_string(mm);
  } else if (v.size() != 8) {
    return {};
  }
  const std::string p = upper(precision);
  if (p == "YEAR")
    return curated_date(y, 0, 0, "");
  if (p == "MONTH")
    return curated_date(y, m, 0, "");
  if (p == "QUARTER")
    return TimeValue::parse(std::to_string(y) + "-Q" + std::to_string((m + 2) / 3));
  if (p == "DECADE")
    return TimeValue::parse(std::to_string(y / 10));
  if (p == "CENTURY")
    return TimeValue::parse(std::to_string(y / 100));
  if (p == "DAY" || !timed)
    return curated_date(y, m, d, "");
  return curated_date(y, m, d, time);
}

std::optional<LinkType> link_type(const Property& p) {
  const std::string rel = upper(p.param("RELTYPE"));
  if (rel != "DEPENDS-ON")
    return std::nullopt;
  const std::string t = upper(p.param("X-LINK-TYPE"));
  if (t == "CAUSED")
    return LinkType::caused;
  if (t == "PREVENTED")
    return LinkType::prevented;
  if (t == "PRECEDED")
    return LinkType::preceded;
  return LinkType::enabled;  // "depends on" without more detail
}

}  // namespace

bool ics_accepts(const std::filesystem::path& path, std::string_view head) {
  auto ext = path.extension().string();
  if (ext == ".ics" || ext == ".ical" || ext == ".ifb" || ext == ".ICS")
    return true;
  return !head.empty() && html::trim(head.substr(0, 64)).starts_with("BEGIN:VCALENDAR");
}

void read_ics(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
  const std::string name = path.string();
  auto utf8 = to_utf8(path, bytes, "");
  if (!utf8) {
    sink(utf8.error());
    return;
  }
  const std::string text = normalize_newlines(*utf8);
  if (html::trim(text).empty()) {
    sink(Error{name + ": empty file"});
    return;
  }
  // Unfold: a line starting with a space or tab continues the previous one.
  std::vector<std::pair<size_t, std::string>> lines;
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos)
      eol = text.size();
    std::string_view l(text.data() + pos, eol - pos);
    ++line_no;
    pos = eol + 1;
    if (!l.empty() && (l[0] == ' ' || l[0] == '\t') && !lines.empty()) {
      lines.back().second += l.substr(1);
    } else if (!l.empty()) {
      lines.emplace_back(line_no, std::string(l));
    }
  }
  if (lines.empty() || upper(html::trim(lines[0].second)) != "BEGIN:VCALENDAR") {
    sink(Error{name + ":1: not an iCalendar file (no BEGIN:VCALENDAR)"});
    return;
  }
  Document doc;
  doc.id = path.stem().string();
  doc.source = name;
  doc.title = doc.id;
  doc.content_hash = sha256_hex(text);
  std::vector<CuratedRow> rows;
  std::vector<std::string> stack;  // open components
  CuratedRow cur;
  Property start, precision;
  bool in_item = false, ended = false;
  for (const auto& [ln, raw] : lines) {
    Property p;
    p.line = ln;
    const std::string where = name + ":" + std::to_string(ln);
    if (!parse_property(raw, p)) {
      sink(Error{where + ": malformed line"});
      continue;
    }
    if (p.name == "BEGIN") {
      stack.push_back(upper(p.value));
      if (stack.size() == 2 && (stack[1] == "VEVENT" || stack[1] == "VJOURNAL")) {
        in_item = true;
        cur = CuratedRow{};
        cur.where = where;
        start = Property{};
        precision = Property{};
      }
      continue;
    }
    if (p.name == "END") {
      if (stack.empty() || stack.back() != upper(p.value)) {
        sink(Error{where + ": END:" + p.value + " does not close " +
                   (stack.empty() ? std::string("anything") : "BEGIN:" + stack.back())});
        stack.clear();
        in_item = false;
        continue;
      }
      stack.pop_back();
      if (stack.empty())
        ended = true;
      if (in_item && stack.size() == 1) {
        in_item = false;
        if (!start.value.empty()) {
          cur.when = event_date(start, precision.value);
          if (!cur.when.ok()) {
            sink(Error{name + ":" + std::to_string(start.line) + ": DTSTART '" + start.value +
                       "' is not a date"});
            continue;
          }
        }
        // causeline's own export prefixes coarse dates to SUMMARY ("[April 2025] ..."): drop it.
        if (!precision.value.empty() && cur.headline.starts_with('[')) {
          if (size_t close = cur.headline.find("] "); close != std::string::npos && close < 48) {
            cur.headline.erase(0, close + 2);
          }
        }
        if (cur.headline.empty() && cur.text.empty()) {
          sink(Error{cur.where + ": event has neither SUMMARY nor DESCRIPTION"});
          continue;
        }
        rows.push_back(std::move(cur));
      }
      continue;
    }
    if (stack.size() == 1 && p.name == "X-WR-CALNAME")
      doc.title = unescape(p.value);
    if (!in_item || stack.size() != 2)
      continue;
    if (p.name == "UID")
      cur.key = std::string(html::trim(p.value));
    if (p.name == "SUMMARY")
      cur.headline = plain_cell(unescape(p.value));
    if (p.name == "DESCRIPTION")
      cur.text = plain_cell(unescape(p.value));
    if (p.name == "DTSTART")
      start = p;
    if (p.name == "X-TIMELINE-PRECISION")
      precision = p;
    if (p.name == "CATEGORIES") {
      auto values = split_text_list(p.value);
      for (size_t i = 0; i < values.size(); ++i) {
        if (i == 0 && cur.type.empty()) {
          cur.type = values[0];
        } else {
          cur.participants.push_back(values[i]);
        }
      }
    }
    if (p.name == "RELATED-TO") {
      if (auto t = link_type(p))
        cur.causes.emplace_back(*t, std::string(html::trim(p.value)));
    }
  }
  if (!ended)
    sink(Error{name + ":" + std::to_string(line_no) + ": truncated calendar (no END:VCALENDAR)"});
  if (rows.empty()) {
    sink(Error{name + ": no events to import"});
    return;
  }
  emit_curated(std::move(doc), std::move(rows), sink);
}

}  // namespace causeline::importers
