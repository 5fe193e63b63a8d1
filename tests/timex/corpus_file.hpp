#pragma once
// Reads a pack's corpus.tsv and negative.txt (Duckling-style example corpora) for the tests.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace causeline::timex::testing {

/// One expected mention: byte offsets into the input, value, type and mod.
struct Expected {
  size_t begin = 0;
  size_t end = 0;
  std::string value;
  std::string type;
  std::string mod;
};

/// One corpus example: the input and the mentions it must give (the bracketed parts, else all of
/// it). A range gives two: "[3] to [5 May 2013]" with values, types and mods separated by " | ".
struct Example {
  std::string where;  // "file:line"
  std::string input;  // without brackets
  std::vector<Expected> expected;
};

/// The parts of text between occurrences of sep.
inline std::vector<std::string> split(const std::string& text, const std::string& sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = text.find(sep, i);
    out.push_back(text.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos)
      break;
    i = j + sep.size();
  }
  return out;
}

/// Reads corpus.tsv; malformed lines come back with no or empty values so the test fails on them.
inline std::vector<Example> read_corpus(const std::filesystem::path& file) {
  std::vector<Example> out;
  std::ifstream in(file);
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#')
      continue;
    auto cols = split(line, "\t");
    Example e;
    e.where = file.filename().string() + ":" + std::to_string(n);
    std::vector<std::pair<size_t, size_t>> spans;
    for (char c : cols[0]) {
      if (c == '[') {
        spans.push_back({e.input.size(), std::string::npos});
      } else if (c == ']' && !spans.empty()) {
        spans.back().second = e.input.size();
      } else {
        e.input += c;
      }
    }
    if (spans.empty())
      spans.push_back({0, e.input.size()});
    const auto values = cols.size() >= 3 ? split(cols[1], " | ") : std::vector<std::string>{};
    const auto types = cols.size() >= 3 ? split(cols[2], " | ") : std::vector<std::string>{};
    const auto mods = cols.size() >= 4 ? split(cols[3], " | ") : std::vector<std::string>{};
    for (size_t k = 0; k < spans.size(); ++k) {
      Expected x;
      x.begin = spans[k].first;
      x.end = spans[k].second;
      if (k < values.size())
        x.value = values[k];
      if (k < types.size())
        x.type = types[k];
      if (k < mods.size())
        x.mod = mods[k] == "-" ? "" : mods[k];
      e.expected.push_back(std::move(x));
    }
    out.push_back(std::move(e));
  }
  return out;
}

/// Reads negative.txt: one text per line.
inline std::vector<std::string> read_lines(const std::filesystem::path& file) {
  std::vector<std::string> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] != '#')
      out.push_back(line);
  }
  return out;
}

}  // namespace causeline::timex::testing
