// Reference dates for documents without a publication date.
#include "importers/reference_date.hpp"

#include <catch2/catch.hpp>

using causeline::importers::copyright_year;

TEST_CASE("reference date: copyright lines give a year", "[importers]") {
  auto [text, year] = GENERATE(table<std::string, std::string>({
      {"Share. \xC2\xA9 2025 Example News. All rights reserved.", "2025"},
      {"(c) 2019 - text", "2019"},
      {"Copyright 2021 Foo; \xC2\xA9 2024 Bar", "2024"},
      {"\xC2\xA9 20251 is not a year", ""},
      {"no mark 2025 here", ""},
      {"\xC2\xA9 Example", ""},
  }));
  CAPTURE(text);
  auto v = copyright_year(text);
  CHECK((v.ok() ? v.str() : std::string()) == year);
}
