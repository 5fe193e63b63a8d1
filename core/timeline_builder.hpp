#pragma once
// Turns the per-document events and links read from the store into the timeline users see:
// events merged across documents and languages, dated by reference where possible, ordered, with
// causal chains computed and contradictions reported.
#include <filesystem>
#include <optional>
#include <vector>

#include "core/merge.hpp"
#include "core/reference.hpp"
#include "core/result.hpp"
#include "core/timeline.hpp"

namespace causeline {

struct BuildOptions {
  /// Master timeline (CSV or JSON) whose entries date matching undated mentions.
  std::optional<std::filesystem::path> reference;
  /// Merge mentions of one happening (within and across documents).
  bool merge = true;
  /// Minimal signature similarity for two mentions to merge.
  double merge_threshold = 0.5;
  /// Date events that are still undated with their document's publication day (provenance
  /// Dating::publication). Off by default: most undated mentions happened before publication.
  bool date_by_publication = false;
  /// When set, receives why each merge happened (for `causeline explain`).
  std::vector<MergeNote>* merge_notes = nullptr;
};

/// Reference dating, merging, ordering (dates, then causal and temporal constraints), causal
/// chains, and warnings for contradictions. Fails only when the reference file is unreadable.
Result<Timeline> build_timeline(Timeline raw, const BuildOptions& options = {});

/// Dates every undated event that matches an entry of `ref` (provenance Dating::reference) and
/// returns, per matched entry, the ids of the events that mention it.
std::vector<std::vector<std::string>> apply_reference(std::vector<Event>& events,
                                                      const ReferenceTimeline& ref);

}  // namespace causeline
