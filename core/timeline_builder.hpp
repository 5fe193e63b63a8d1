#pragma once
// Turns the per-document events and links read from the store into the timeline users see:
// events merged across documents and languages, dated by reference where possible, ordered, with
// causal chains computed and contradictions reported.
#include <filesystem>
#include <optional>

#include "core/result.hpp"
#include "core/timeline.hpp"

namespace causeline {

struct BuildOptions {
  /// Master timeline (CSV or JSON) whose entries date matching undated mentions.
  std::optional<std::filesystem::path> reference;
};

Result<Timeline> build_timeline(Timeline raw, const BuildOptions& options = {});

}  // namespace causeline
