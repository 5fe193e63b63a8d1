#include "exporters/event_text.hpp"

#include "exporters/text_escape.hpp"

namespace causeline::exporters {
namespace {

std::string source_label(const TimelineIndex& ix, const Source& s) {
  const Document* doc = ix.document(s.doc);
  return doc && !doc->title.empty() ? doc->title : s.doc;
}

std::string_view web_url(const TimelineIndex& ix, const Source& s) {
  const Document* doc = ix.document(s.doc);
  if (doc == nullptr)
    return {};
  std::string_view url = TimelineIndex::url_of(*doc);
  return is_web_url(url) ? url : std::string_view();
}

}  // namespace

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
  const Event& e = ix.timeline().events[i];
  const auto& links = ix.timeline().links;
  const auto& evs = ix.timeline().events;
  std::string d = "When: " + w.display;
  if (e.when.ok())
    d += " (" + std::string(to_string(e.when.grain())) + " precision)";
  if (!e.type.empty())
    d += "\nType: " + e.type;
  if (!e.participants.empty()) {
    d += "\nParticipants: ";
    for (size_t p = 0; p < e.participants.size(); ++p) {
      if (p > 0)
        d += ", ";
      d += e.participants[p];
    }
  }
  for (const auto& s : e.sources) {
    d += "\nEvidence: \xe2\x80\x9c" + s.evidence + "\xe2\x80\x9d (" + source_label(ix, s);
    if (auto url = web_url(ix, s); !url.empty()) {
      d += ", ";
      d += url;
    }
    d += ")";
  }
  for (uint32_t l : ix.causes_of(i)) {
    d += "\n" + std::string(cause_word(links[l].type)) + ": " + evs[ix.link_from(l)].title;
  }
  for (uint32_t l : ix.effects_of(i)) {
    d += "\n" + std::string(effect_word(links[l].type)) + ": " + evs[ix.link_to(l)].title;
  }
  return d;
}

std::string event_html(const TimelineIndex& ix, uint32_t i, std::string_view anchor_prefix) {
  const Event& e = ix.timeline().events[i];
  const auto& links = ix.timeline().links;
  const auto& evs = ix.timeline().events;
  std::string h;
  for (const auto& s : e.sources) {
    h += "<blockquote>";
    append_html(h, one_line(s.evidence));
    h += "</blockquote><p>\xe2\x80\x94 ";
    const std::string_view url = web_url(ix, s);
    if (!url.empty()) {
      h += "<a href=\"";
      append_html(h, url);
      h += "\" target=\"_blank\" rel=\"noopener noreferrer\">";
    }
    append_html(h, one_line(source_label(ix, s)));
    if (!url.empty())
      h += "</a>";
    h += "</p>";
  }
  if (!e.participants.empty()) {
    h += "<p>Participants: ";
    for (size_t p = 0; p < e.participants.size(); ++p) {
      if (p > 0)
        h += ", ";
      append_html(h, one_line(e.participants[p]));
    }
    h += "</p>";
  }
  auto link_line = [&](std::string_view word, uint32_t other, const Link& l) {
    h += "<p>";
    append_html(h, word);
    h += ": <a href=\"#";
    append_html(h, anchor_prefix);
    append_html(h, evs[other].id);
    h += "\">";
    append_html(h, one_line(evs[other].title));
    h += "</a>";
    if (!l.cue.empty()) {
      h += " (\xe2\x80\x9c";
      append_html(h, one_line(l.cue));
      h += "\xe2\x80\x9d)";
    }
    h += "</p>";
  };
  for (uint32_t l : ix.causes_of(i))
    link_line(cause_word(links[l].type), ix.link_from(l), links[l]);
  for (uint32_t l : ix.effects_of(i))
    link_line(effect_word(links[l].type), ix.link_to(l), links[l]);
  return h;
}

}  // namespace causeline::exporters
