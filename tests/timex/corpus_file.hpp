#pragma once
// Reads a pack's corpus.tsv and negative.txt (Duckling-style example corpora) for the tests.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace causeline::timex::testing {

/// One corpus example: the input, the expected mention (the bracketed part, else all of it).
struct Example {
  std::string where;  // "file:line"
  std::string input;  // without brackets
  size_t begin = 0;   // expected mention, byte offsets into input
  size_t end = 0;
  std::string value;
  std::string type;
  std::string mod;
};

inline std::vector<std::string> split_tab(const std::string& line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = line.find('\t', i);
    out.push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos)
      break;
    i = j + 1;
  }
  return out;
}

/// Reads corpus.tsv; malformed lines come back with an empty value so the test fails on them.
inline std::vector<Example> read_corpus(const std::filesystem::path& file) {
  std::vector<Example> out;
  std::ifstream in(file);
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#')
      continue;
    auto cols = split_tab(line);
    Example e;
    e.where = file.filename().string() + ":" + std::to_string(n);
    std::string raw = cols[0];
    size_t open = raw.find('[');
    size_t close = raw.find(']');
    if (open != std::string::npos && close != std::string::npos && open < close) {
      e.input =
          raw.substr(0, open) + raw.substr(open + 1, close - open - 1) + raw.substr(close + 1);
      e.begin = open;
      e.end = close - 1;
    } else {
      e.input = raw;
      e.begin = 0;
      e.end = raw.size();
    }
    if (cols.size() >= 3) {
      e.value = cols[1];
      e.type = cols[2];
    }
    if (cols.size() >= 4)
      e.mod = cols[3];
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
