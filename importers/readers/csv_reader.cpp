#include "importers/readers/csv_reader.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <map>

#include "core/sha256.hpp"
#include "importers/readers/csv_table.hpp"
#include "importers/readers/curated.hpp"
#include "importers/readers/encoding.hpp"
#include "importers/readers/html_dom.hpp"

namespace causeline::importers {
namespace {

std::string key_of(std::string_view header) {
  std::string k;
  for (char c : html::trim(header)) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return k;
}

/// Parses an integer cell; empty gives `empty`, garbage gives nullopt.
std::optional<int> int_cell(std::string_view s, int empty) {
  s = html::trim(s);
  if (s.empty())
    return empty;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    return std::nullopt;
  return v;
}

std::vector<std::string> split_list(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find_first_of(seps, pos);
    if (end == std::string_view::npos)
      end = s.size();
    std::string_view item = html::trim(s.substr(pos, end - pos));
    if (!item.empty())
      out.emplace_back(item);
    pos = end + 1;
  }
  return out;
}

constexpr std::array<std::pair<std::string_view, LinkType>, 4> kLinkColumns = {{
    {"causedby", LinkType::caused},
    {"enabledby", LinkType::enabled},
    {"preventedby", LinkType::prevented},
    {"precededby", LinkType::preceded},
}};

}  // namespace

bool csv_accepts(const std::filesystem::path& path, std::string_view) {
  auto ext = path.extension().string();
  return ext == ".csv" || ext == ".tsv" || ext == ".CSV";
}

void read_csv(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
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
  CsvTable table(text, path.extension() == ".tsv" ? '\t' : 0);
  CsvRow header;
  if (!table.next(header) || !header.error.empty()) {
    sink(Error{name + ":1: cannot read the header row"});
    return;
  }
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < header.fields.size(); ++i) col.emplace(key_of(header.fields[i]), i);
  auto has = [&](const char* k) { return col.count(k) > 0; };
  if (!(has("year") || has("startdate")) || !(has("headline") || has("text"))) {
    sink(Error{name + ":1: not a TimelineJS sheet (needs a Year and a Headline or Text column)"});
    return;
  }
  Document doc;
  doc.id = path.stem().string();
  doc.source = name;
  doc.title = doc.id;
  doc.content_hash = sha256_hex(text);
  std::vector<CuratedRow> rows;
  CsvRow row;
  const size_t width = header.fields.size();
  while (table.next(row)) {
    const std::string where = name + ":" + std::to_string(row.line);
    if (!row.error.empty()) {
      sink(Error{where + ": " + row.error});
      continue;
    }
    bool blank = true;
    for (const auto& f : row.fields) blank = blank && html::trim(f).empty();
    if (blank)
      continue;
    // Trailing empty cells beyond the header are harmless; anything else is a ragged row.
    while (row.fields.size() > width && html::trim(row.fields.back()).empty())
      row.fields.pop_back();
    if (row.fields.size() != width) {
      sink(Error{where + ": ragged row: " + std::to_string(row.fields.size()) +
                 " fields, the header has " + std::to_string(width)});
      continue;
    }
    auto cell = [&](const char* k) -> std::string_view {
      auto it = col.find(k);
      return it == col.end() ? std::string_view() : std::string_view(row.fields[it->second]);
    };
    const std::string type = key_of(cell("type"));
    if (type == "era")
      continue;
    if (type == "title") {
      if (std::string t = plain_cell(cell("headline")); !t.empty())
        doc.title = t;
      continue;
    }
    CuratedRow r;
    r.where = where;
    r.key = std::string(html::trim(has("uniqueid") ? cell("uniqueid") : cell("id")));
    r.headline = plain_cell(cell("headline"));
    r.text = plain_cell(cell("text"));
    if (r.headline.empty() && r.text.empty()) {
      sink(Error{where + ": row has neither Headline nor Text"});
      continue;
    }
    if (has("year")) {
      auto y = int_cell(cell("year"), 0);
      auto m = int_cell(cell("month"), 0);
      auto d = int_cell(cell("day"), 0);
      if (!y || !m || !d) {
        sink(Error{where + ": Year, Month and Day must be numbers (got '" +
                   std::string(cell("year")) + "', '" + std::string(cell("month")) + "', '" +
                   std::string(cell("day")) + "')"});
        continue;
      }
      if (*y != 0) {
        r.when = curated_date(*y, *m, *d, cell("time"));
        if (!r.when.ok()) {
          sink(Error{where + ": not a valid date: Year '" + std::string(cell("year")) +
                     "', Month '" + std::string(cell("month")) + "', Day '" +
                     std::string(cell("day")) + "', Time '" + std::string(cell("time")) + "'"});
          continue;
        }
      }
    } else if (!html::trim(cell("startdate")).empty()) {
      r.when = parse_published(cell("startdate"));
      if (!r.when.ok()) {
        sink(Error{where + ": Start Date '" + std::string(cell("startdate")) +
                   "' is not an ISO date"});
        continue;
      }
    }
    r.type = key_of(cell("eventtype"));
    r.participants = split_list(cell("participants"), ";");
    for (const auto& [column, link_type] : kLinkColumns) {
      for (auto& cause : split_list(cell(column.data()), ";,"))
        r.causes.emplace_back(link_type, cause);
    }
    rows.push_back(std::move(r));
  }
  if (!table.error().empty())
    sink(Error{name + ":" + table.error()});
  if (rows.empty()) {
    sink(Error{name + ": no events to import"});
    return;
  }
  emit_curated(std::move(doc), std::move(rows), sink);
}

}  // namespace causeline::importers
