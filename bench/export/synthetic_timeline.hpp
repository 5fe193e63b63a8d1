#pragma once
// A generated timeline for the export benchmark: deterministic, with the mix of grains, modifiers,
// undated events, participants, multi-byte text and links a real one has.
#include <cstddef>

#include "core/timeline.hpp"

namespace causeline::bench {

/// Links join events close in time (an effect within the next 2,000 events), unless random_links.
Timeline synthetic_timeline(size_t events, size_t links, bool random_links = false,
                            size_t documents = 1000);

}  // namespace causeline::bench
