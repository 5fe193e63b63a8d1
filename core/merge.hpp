#pragma once
// Merging: one event per real-world happening across documents and languages. Two mentions merge
// when they share the language-neutral signature the extractor gives them (type, participants,
// title keys built from cross-lingual aliases) and their dates are compatible; incompatible dates
// never merge. Mentions of one document merge first (recaps), then documents pair up one to one.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "core/link.hpp"

namespace causeline {

/// Why two events were merged (for `causeline explain`).
struct MergeNote {
  std::string kept;    // id of the merged event
  std::string a, b;    // the two mentions (original ids) whose pairing caused the merge
  double score = 0;    // signature similarity in [0, 1]
  std::string reason;  // "same type 'repeal', participants {Donald Trump}, keys {diffusion, rule}"
};

struct MergeResult {
  std::vector<Event> events;
  std::map<std::string, std::string> remap;  // original id -> merged id (every original id)
  std::vector<MergeNote> notes;
};

/// Folded (lower-case, accent-free) alphanumeric words of s: "Règle de diffusion" ->
/// {"regle", "de", "diffusion"}.
std::vector<std::string> key_words(std::string_view s);

/// True when the two values can describe the same happening (overlapping intervals, modifiers
/// respected); undated values are compatible with everything.
bool dates_compatible(const TimeValue& a, const TimeValue& b) noexcept;

/// Similarity of two events' signatures in [0, 1]; 0 when they must never merge (type differs,
/// disjoint participants, incompatible dates). `why` receives a readable explanation.
double signature_similarity(const Event& a, const Event& b, std::string* why = nullptr);

/// Groups are given up front (e.g. events matched to one reference entry); then merges by
/// signature. Within one document at most one source per document is kept on a merged event.
MergeResult merge_events(std::vector<Event> events,
                         const std::vector<std::vector<std::string>>& forced_groups = {},
                         double threshold = 0.5);

/// Rewrites link endpoints through remap, drops self-links and duplicates, sorts.
std::vector<Link> remap_links(const std::vector<Link>& links,
                              const std::map<std::string, std::string>& remap);

}  // namespace causeline
