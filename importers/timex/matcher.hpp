#pragma once
// Phase one: finds rule matches over the token stream of a text and keeps the best
// non-overlapping ones (longest span first, then earlier rule). Linear in the text length:
// every pattern matches a bounded number of tokens and tokens unknown to the pack end the walk.
#include <string_view>
#include <vector>

#include "importers/timex/draft.hpp"
#include "importers/timex/pack.hpp"

namespace causeline::timex {

/// Tags text with pack; mentions are sorted by begin and do not overlap.
std::vector<Mention> find_mentions(const Pack& pack, std::string_view text);

}  // namespace causeline::timex
