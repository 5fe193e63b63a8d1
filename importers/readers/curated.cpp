#include "importers/readers/curated.hpp"

#include <cstdio>
#include <map>

#include "importers/readers/doc_id.hpp"
#include "importers/readers/html_dom.hpp"
#include "importers/readers/html_text.hpp"

namespace causeline::importers {

std::string plain_cell(std::string_view cell) {
  std::string text;
  if (cell.find('<') != std::string_view::npos) {
    if (auto dom = html::parse(cell)) {
      text = html::article_text(xmlDocGetRootElement(dom.get()), /*remove_boilerplate=*/false);
    }
  } else {
    text = cell;
  }
  std::string out;
  html::append_collapsed(out, text);
  return std::string(html::trim(out));
}

TimeValue curated_date(int year, int month, int day, std::string_view time) {
  if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31)
    return {};
  if (day > 0 && month == 0)
    return {};
  char buf[32];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  std::string value = buf;
  time = html::trim(time);
  if (!time.empty()) {
    if (day == 0)
      return {};
    int h = -1, m = -1, s = -1;
    char tail = 0;
    const std::string t(time);
    const int n = std::sscanf(t.c_str(), "%d:%d:%d%c", &h, &m, &s, &tail);
    if (n < 2 || n > 3 || h < 0 || h > 23 || m < 0 || m > 59 || (n == 3 && (s < 0 || s > 59))) {
      return {};
    }
    std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
    value += buf;
    if (n == 3 && s > 0) {
      std::snprintf(buf, sizeof buf, ":%02d", s);
      value += buf;
    }
  }
  TimeValue v = TimeValue::parse(value);
  return v.anchored() ? v : TimeValue{};
}

void emit_curated(Document doc, std::vector<CuratedRow> rows, const RecordSink& sink) {
  std::string prefix = slug(doc.id, 40);
  if (prefix.empty())
    prefix = "curated";
  Record rec;
  std::map<std::string, std::string> id_of_key;  // author key -> event id
  std::vector<size_t> kept;
  for (size_t i = 0; i < rows.size(); ++i) {
    CuratedRow& r = rows[i];
    std::string suffix = slug(r.key, 40);
    if (suffix.empty()) {
      auto colon = r.where.rfind(':');
      suffix =
          "l" + (colon == std::string::npos ? std::to_string(i + 1) : r.where.substr(colon + 1));
    }
    const std::string id = prefix + "-" + suffix;
    if (!r.key.empty() && !id_of_key.emplace(r.key, id).second) {
      sink(Error{r.where + ": duplicate id '" + r.key + "' (the row is skipped)"});
      continue;
    }
    bool clash = false;
    for (const Event& e : rec.events) clash = clash || e.id == id;
    if (clash) {
      sink(Error{r.where + ": id '" + r.key + "' clashes with another row (the row is skipped)"});
      continue;
    }
    Event e;
    e.id = id;
    e.title = r.headline.empty() ? r.text.substr(0, html::trim(r.text).find_first_of(".!?\n") + 1)
                                 : r.headline;
    if (e.title.empty())
      e.title = r.text;
    e.type = r.type.empty() ? "curated" : r.type;
    e.when = r.when;
    e.dating = r.when.ok() ? Dating::explicit_ : Dating::undated;
    e.participants = r.participants;
    e.confidence = 1.0;
    Source s;
    s.doc = doc.id;
    s.evidence_begin = doc.text.size();
    const std::string& trigger = r.headline.empty() ? r.text : r.headline;
    s.trigger_begin = doc.text.size();
    s.trigger_end = s.trigger_begin + trigger.size();
    doc.text += r.headline;
    if (!r.headline.empty() && !r.text.empty())
      doc.text += '\n';
    doc.text += r.text;
    s.evidence_end = doc.text.size();
    s.evidence = doc.text.substr(s.evidence_begin);
    doc.text += "\n\n";
    e.sources.push_back(std::move(s));
    rec.events.push_back(std::move(e));
    kept.push_back(i);
  }
  for (size_t k = 0; k < kept.size(); ++k) {
    const CuratedRow& r = rows[kept[k]];
    for (const auto& [type, cause] : r.causes) {
      auto it = id_of_key.find(cause);
      if (it == id_of_key.end()) {
        sink(Error{r.where + ": '" + cause + "' names no row of this file (link dropped)"});
        continue;
      }
      if (it->second == rec.events[k].id)
        continue;
      Link l;
      l.from = it->second;
      l.to = rec.events[k].id;
      l.type = type;
      l.evidence = rec.events[k].sources[0].evidence;
      l.doc = doc.id;
      l.confidence = 1.0;
      rec.links.push_back(std::move(l));
    }
  }
  if (rec.events.empty()) {
    sink(Error{doc.source + ": no events to import"});
    return;
  }
  if (doc.text.size() >= 2)
    doc.text.pop_back();  // one final newline
  for (Event& e : rec.events) e.sources[0].lang = doc.lang;
  rec.doc = std::move(doc);
  rec.curated = true;
  sink(std::move(rec));
}

}  // namespace causeline::importers
