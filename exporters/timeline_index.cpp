#include "exporters/timeline_index.hpp"

#include <algorithm>
#include <unordered_set>

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
  events_.reserve(evs.size());
  for (uint32_t i = 0; i < evs.size(); ++i) events_.emplace(evs[i].id, i);
  for (uint32_t i = 0; i < tl_.documents.size(); ++i) docs_.emplace(tl_.documents[i].id, i);

  const auto& links = tl_.links;
  link_from_.resize(links.size(), kNone);
  link_to_.resize(links.size(), kNone);
  for (uint32_t l = 0; l < links.size(); ++l) {
    auto f = event(links[l].from), t = event(links[l].to);
    if (f && t) {
      link_from_[l] = *f;
      link_to_[l] = *t;
    }
  }
  bucket(link_to_, evs.size(), cause_start_, cause_links_);
  bucket(link_from_, evs.size(), effect_start_, effect_links_);

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

std::optional<uint32_t> TimelineIndex::event(std::string_view id) const {
  auto it = events_.find(id);
  if (it == events_.end())
    return std::nullopt;
  return it->second;
}

const Document* TimelineIndex::document(std::string_view id) const {
  auto it = docs_.find(id);
  return it == docs_.end() ? nullptr : &tl_.documents[it->second];
}

std::span<const uint32_t> TimelineIndex::causes_of(uint32_t e) const {
  return std::span<const uint32_t>(cause_links_)
      .subspan(cause_start_[e], cause_start_[e + 1] - cause_start_[e]);
}

std::span<const uint32_t> TimelineIndex::effects_of(uint32_t e) const {
  return std::span<const uint32_t>(effect_links_)
      .subspan(effect_start_[e], effect_start_[e + 1] - effect_start_[e]);
}

std::optional<size_t> TimelineIndex::codepoint_offset(std::string_view doc, size_t byte) const {
  auto it = docs_.find(doc);
  if (it == docs_.end())
    return std::nullopt;
  CodepointTable& t = cp_tables_[it->second];
  const std::string& text = tl_.documents[it->second].text;
  if (t.text == nullptr) {
    t.text = &text;
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

std::string_view TimelineIndex::url_of(const Document& d) {
  const std::string_view s = d.source;
  if (s.starts_with("https://") || s.starts_with("http://"))
    return s;
  return {};
}

}  // namespace causeline::exporters
