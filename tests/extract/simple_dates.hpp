#pragma once
// Test support: a deliberately small date finder (ISO dates, day-month-year, month-year, years)
// standing in for the temporal tagger in extraction tests, and a crude language guess.
#include <string>
#include <string_view>
#include <vector>

#include "importers/timex/tagger.hpp"

namespace test_support {

/// DATE timexes for "2025-05-13", "13 May 2025", "May 13, 2025", "aprile 2025", "2025".
std::vector<causeline::timex::Timex> simple_dates(std::string_view text, std::string_view lang);

/// "en", "it", "fr", "es", "de" or "pt" from function-word counts.
std::string guess_lang(std::string_view text);

}  // namespace test_support
