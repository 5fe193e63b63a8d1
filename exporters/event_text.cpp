#include "exporters/event_text.hpp"

#include "exporters/text_escape.hpp"

namespace causeline::exporters {
namespace {}  // namespace

std::string_view cause_word(LinkType t) noexcept {
  switch (t) {
    case LinkType::caused:
      return "Caused by";
    case LinkType::enabled:
      return "Enabled by";
    case LinkType::prevented:
      return "Prevented by";
    case LinkType::preceded:
      return "Preceded by";
  }
  return "Related to";
}

std::string_view effect_word(LinkType t) noexcept {
  switch (t) {
    case LinkType::caused:
      return "Led to";
    case LinkType::enabled:
      return "Enabled";
    case LinkType::prevented:
      return "Prevented";
    case LinkType::preceded:
      return "Followed by";
  }
  return "Related to";
}

std::string event_plain_text(const TimelineIndex& ix, uint32_t i, const WhenInfo& w) {
  std::string d;
  append_event_plain_text(d, ix, i, w);
  return d;
}

void append_event_plain_text(std::string& d, const TimelineIndex& ix, uint32_t i,
                             const WhenInfo& w) {
  const Event& e = ix.timeline().events[i];
  const auto& links = ix.timeline().links;
  const auto& evs = ix.timeline().events;
  d += "When: ";
  d += w.display;
  if (e.when.ok()) {
    d += " (";
    d += to_string(e.when.grain());
    d += " precision)";
  }
  if (!e.type.empty()) {
    d += "\nType: ";
    d += e.type;
  }
  if (!e.participants.empty()) {
    d += "\nParticipants: ";
    for (size_t p = 0; p < e.participants.size(); ++p) {
      if (p > 0)
        d += ", ";
      d += e.participants[p];
    }
  }
  for (const auto& s : e.sources) {
    const Document* doc = ix.document(s.doc);
    d += "\nEvidence: \xe2\x80\x9c";
    d += s.evidence;
    d += "\xe2\x80\x9d (";
    d += doc && !doc->title.empty() ? std::string_view(doc->title) : std::string_view(s.doc);
    const std::string_view url = doc ? TimelineIndex::url_of(*doc) : std::string_view();
    if (is_web_url(url)) {
      d += ", ";
      d += url;
    }
    d += ")";
  }
  for (uint32_t l : ix.causes_of(i)) {
    d += '\n';
    d += cause_word(links[l].type);
    d += ": ";
    d += evs[ix.link_from(l)].title;
  }
  for (uint32_t l : ix.effects_of(i)) {
    d += '\n';
    d += effect_word(links[l].type);
    d += ": ";
    d += evs[ix.link_to(l)].title;
  }
}

std::string event_html(const TimelineIndex& ix, uint32_t i, std::string_view anchor_prefix) {
  std::string h;
  append_event_html(h, ix, i, anchor_prefix);
  return h;
}

void append_event_html(std::string& h, const TimelineIndex& ix, uint32_t i,
                       std::string_view anchor_prefix) {
  const Event& e = ix.timeline().events[i];
  const auto& links = ix.timeline().links;
  const auto& evs = ix.timeline().events;
  for (const auto& s : e.sources) {
    h += "<blockquote>";
    append_html_line(h, s.evidence);
    h += "</blockquote>";
    h += ix.html_source_line(s.doc);
  }
  if (!e.participants.empty()) {
    h += "<p>Participants: ";
    for (size_t p = 0; p < e.participants.size(); ++p) {
      if (p > 0)
        h += ", ";
      append_html_line(h, e.participants[p]);
    }
    h += "</p>";
  }
  auto link_line = [&](std::string_view word, uint32_t other, const Link& l) {
    h += "<p>";
    append_html(h, word);
    h += ": <a href='#";
    append_html(h, anchor_prefix);
    append_html(h, evs[other].id);
    h += "'>";
    append_html_line(h, evs[other].title);
    h += "</a>";
    if (!l.cue.empty()) {
      h += " (\xe2\x80\x9c";
      append_html_line(h, l.cue);
      h += "\xe2\x80\x9d)";
    }
    h += "</p>";
  };
  for (uint32_t l : ix.causes_of(i))
    link_line(cause_word(links[l].type), ix.link_from(l), links[l]);
  for (uint32_t l : ix.effects_of(i))
    link_line(effect_word(links[l].type), ix.link_to(l), links[l]);
}

}  // namespace causeline::exporters
