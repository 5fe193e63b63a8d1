#include "core/store/version_codec.hpp"

#include <nlohmann/json.hpp>

namespace causeline::store {

using nlohmann::json;

std::string encode_events(const std::vector<Event>& events) {
  json out = json::array();
  for (const Event& e : events) {
    json sources = json::array();
    for (const Source& s : e.sources) {
      sources.push_back({{"doc", s.doc},
                         {"trigger", {s.trigger_begin, s.trigger_end}},
                         {"span", {s.evidence_begin, s.evidence_end}},
                         {"evidence", s.evidence},
                         {"lang", s.lang}});
    }
    out.push_back({{"id", e.id},
                   {"title", e.title},
                   {"type", e.type},
                   {"when", e.when.ok() ? json(e.when.str()) : json(nullptr)},
                   {"mod", std::string(to_string(e.when.mod()))},
                   {"dating", std::string(to_string(e.dating))},
                   {"modality", e.modality},
                   {"participants", e.participants},
                   {"confidence", e.confidence},
                   {"sources", sources}});
  }
  return out.dump();
}

std::vector<Event> decode_events(const std::string& text) {
  std::vector<Event> out;
  json j = json::parse(text, nullptr, false);
  if (!j.is_array())
    return out;
  for (const json& o : j) {
    Event e;
    e.id = o.value("id", "");
    e.title = o.value("title", "");
    e.type = o.value("type", "");
    if (o.contains("when") && o["when"].is_string()) {
      e.when = TimeValue::parse(o["when"].get<std::string>(), o.value("mod", ""));
    }
    e.dating = dating_from_string(o.value("dating", "undated"));
    e.modality = o.value("modality", "asserted");
    e.participants = o.value("participants", std::vector<std::string>{});
    e.confidence = o.value("confidence", 1.0);
    for (const json& s : o.value("sources", json::array())) {
      Source src;
      src.doc = s.value("doc", "");
      auto t = s.value("trigger", std::vector<size_t>{0, 0});
      auto sp = s.value("span", std::vector<size_t>{0, 0});
      if (t.size() == 2) {
        src.trigger_begin = t[0];
        src.trigger_end = t[1];
      }
      if (sp.size() == 2) {
        src.evidence_begin = sp[0];
        src.evidence_end = sp[1];
      }
      src.evidence = s.value("evidence", "");
      src.lang = s.value("lang", "");
      e.sources.push_back(std::move(src));
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::string encode_links(const std::vector<Link>& links) {
  json out = json::array();
  for (const Link& l : links) {
    out.push_back({{"from", l.from},
                   {"to", l.to},
                   {"type", std::string(to_string(l.type))},
                   {"cue", l.cue},
                   {"evidence", l.evidence},
                   {"doc", l.doc},
                   {"confidence", l.confidence}});
  }
  return out.dump();
}

std::vector<Link> decode_links(const std::string& text) {
  std::vector<Link> out;
  json j = json::parse(text, nullptr, false);
  if (!j.is_array())
    return out;
  for (const json& o : j) {
    Link l;
    l.from = o.value("from", "");
    l.to = o.value("to", "");
    l.type = link_type_from_string(o.value("type", "caused")).value_or(LinkType::caused);
    l.cue = o.value("cue", "");
    l.evidence = o.value("evidence", "");
    l.doc = o.value("doc", "");
    l.confidence = o.value("confidence", 0.5);
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace causeline::store
