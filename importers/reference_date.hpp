#pragma once
// The reference date (document creation time) used to resolve relative temporal expressions.
#include <string_view>

#include "core/time_value.hpp"

namespace causeline::importers {

/// A year-grain reference date for documents without a publication date: the latest year of a
/// copyright line ("© 2025", "(c) 2025", "Copyright 2025"), which scraped articles usually keep.
/// !ok() when there is none.
TimeValue copyright_year(std::string_view text);

}  // namespace causeline::importers
