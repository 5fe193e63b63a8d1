#include "exporters/timeline_index.hpp"

#include <algorithm>
#include <unordered_set>

#include "exporters/text_escape.hpp"

namespace causeline::exporters {
namespace {

constexpr size_t kBlock = 64;

// Counting sort of link indices by one endpoint: start[e]..start[e+1] are the links of event e.
void bucket(const std::vector<uint32_t>& key, size_t n_events, std::vector<uint32_t>& start,
            std::vector<uint32_t>& out) {
  start.assign(n_events + 1, 0);
  for (uint32_t k : key) {
    if (k != TimelineIndex::kNone)
      ++start[k + 1];
  }
  for (size_t i = 0; i < n_events; ++i) start[i + 1] += start[i];
  out.resize(start[n_events]);
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (uint32_t l = 0; l < key.size(); ++l) {
    if (key[l] != TimelineIndex::kNone)
      out[fill[key[l]]++] = l;
  }
}

}  // namespace

std::string slugify(std::string_view s) {
  std::string out;
  bool dash = false;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty())
        out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      if (dash && !out.empty())
        out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      dash = true;
    }
  }
  return out;
}

TimelineIndex::TimelineIndex(const Timeline& timeline) : tl_(timeline) {
  const auto& evs = tl_.events;
  for (uint32_t i = 0; i < tl_.documents.size(); ++i) docs_.emplace(tl_.documents[i].id, i);
  cp_tables_.resize(tl_.documents.size());

  // Tracks: one per first participant, in order of first appearance.
  std::unordered_map<std::string_view, uint32_t> by_label;
  std::unordered_set<std::string> used_slugs{"other"};
  event_track_.resize(evs.size());
  uint32_t other = kNone;
  for (uint32_t i = 0; i < evs.size(); ++i) {
    const auto& parts = evs[i].participants;
    if (parts.empty() || parts.front().empty()) {
      if (other == kNone) {
        other = static_cast<uint32_t>(tracks_.size());
        tracks_.push_back(Track{"other", "Other", 0});
      }
      event_track_[i] = other;
      continue;
    }
    auto [it, inserted] = by_label.emplace(parts.front(), static_cast<uint32_t>(tracks_.size()));
    if (inserted) {
      std::string base = slugify(parts.front());
      if (base.empty())
        base = "track";
      std::string slug = base;
      for (int n = 2; !used_slugs.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
      tracks_.push_back(Track{std::move(slug), parts.front(), 0});
    }
    event_track_[i] = it->second;
  }
  // "Other" goes last; the rest keep their order of appearance.
  if (other != kNone && other + 1 != tracks_.size()) {
    std::vector<uint32_t> remap(tracks_.size());
    std::vector<Track> sorted;
    sorted.reserve(tracks_.size());
    for (uint32_t t = 0; t < tracks_.size(); ++t) {
      if (t == other)
        continue;
      remap[t] = static_cast<uint32_t>(sorted.size());
      sorted.push_back(std::move(tracks_[t]));
    }
    remap[other] = static_cast<uint32_t>(sorted.size());
    sorted.push_back(std::move(tracks_[other]));
    tracks_ = std::move(sorted);
    for (auto& t : event_track_) t = remap[t];
  }
  for (size_t t = 0; t < tracks_.size(); ++t) tracks_[t].order = static_cast<int>(t + 1);
}

const TimelineIndex::LinkTables& TimelineIndex::links() const {
  if (links_)
    return *links_;
  auto t = std::make_unique<LinkTables>(tl_);
  const auto& evs = tl_.events;
  const auto& links = tl_.links;
  t->from.resize(links.size(), kNone);
  t->to.resize(links.size(), kNone);
  for (uint32_t l = 0; l < links.size(); ++l) {
    auto f = t->events.find(links[l].from);
    auto e = t->events.find(links[l].to);
    if (f && e) {
      t->from[l] = *f;
      t->to[l] = *e;
    }
  }
  bucket(t->to, evs.size(), t->cause_start, t->cause_links);
  bucket(t->from, evs.size(), t->effect_start, t->effect_links);
  links_ = std::move(t);
  return *links_;
}

std::optional<uint32_t> TimelineIndex::event(std::string_view id) const {
  return links().events.find(id);
}

const Document* TimelineIndex::document(std::string_view id) const {
  auto it = docs_.find(id);
  return it == docs_.end() ? nullptr : &tl_.documents[it->second];
}

std::optional<uint32_t> TimelineIndex::document_index(std::string_view id) const {
  auto it = docs_.find(id);
  if (it == docs_.end())
    return std::nullopt;
  return it->second;
}

std::span<const uint32_t> TimelineIndex::causes_of(uint32_t e) const {
  const auto& t = links();
  return std::span<const uint32_t>(t.cause_links)
      .subspan(t.cause_start[e], t.cause_start[e + 1] - t.cause_start[e]);
}

std::span<const uint32_t> TimelineIndex::effects_of(uint32_t e) const {
  const auto& t = links();
  return std::span<const uint32_t>(t.effect_links)
      .subspan(t.effect_start[e], t.effect_start[e + 1] - t.effect_start[e]);
}

size_t TimelineIndex::codepoint_offset(uint32_t doc, size_t byte) const {
  CodepointTable& t = cp_tables_[doc];
  const std::string& text = tl_.documents[doc].text;
  if (!t.built) {
    t.built = true;
    t.blocks.resize(text.size() / kBlock + 1);
    uint32_t n = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (i % kBlock == 0)
        t.blocks[i / kBlock] = n;
      if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80)
        ++n;
    }
    if (text.size() % kBlock == 0)
      t.blocks[text.size() / kBlock] = n;
  }
  byte = std::min(byte, text.size());
  size_t n = t.blocks[byte / kBlock];
  for (size_t i = byte - byte % kBlock; i < byte; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80)
      ++n;
  }
  return n;
}

std::string TimelineIndex::html_title(uint32_t e) const { return html_line(tl_.events[e].title); }

namespace {
std::string source_line(std::string_view label, std::string_view url) {
  std::string h = "<p>\xe2\x80\x94 ";
  if (!url.empty()) {
    h += "<a href='";
    append_html(h, url);
    h += "' target='_blank' rel='noopener noreferrer'>";
  }
  append_html_line(h, label);
  if (!url.empty())
    h += "</a>";
  h += "</p>";
  return h;
}
}  // namespace

const std::string& TimelineIndex::html_source_line(std::string_view doc) const {
  auto it = docs_.find(doc);
  if (it == docs_.end()) {
    html_unknown_source_ = source_line(doc, {});
    return html_unknown_source_;
  }
  if (html_sources_.empty())
    html_sources_.resize(tl_.documents.size());
  std::string& cached = html_sources_[it->second];
  if (cached.empty()) {
    const Document& d = tl_.documents[it->second];
    const std::string_view url = url_of(d);
    cached = source_line(d.title.empty() ? std::string_view(d.id) : std::string_view(d.title),
                         is_web_url(url) ? url : std::string_view());
  }
  return cached;
}

std::string_view TimelineIndex::url_of(const Document& d) {
  const std::string_view s = d.source;
  if (s.starts_with("https://") || s.starts_with("http://"))
    return s;
  return {};
}

}  // namespace causeline::exporters
