#include "importers/input_walker.hpp"

#include <algorithm>

#include "importers/readers/reader.hpp"

namespace causeline::importers {
namespace fs = std::filesystem;

InputWalker::InputWalker(std::span<const fs::path> inputs)
    : inputs_(inputs.begin(), inputs.end()) {}

std::optional<fs::path> InputWalker::next(std::string& error) {
  error.clear();
  for (;;) {
    while (!stack_.empty()) {
      Level& top = stack_.back();
      if (top.next >= top.entries.size()) {
        stack_.pop_back();
        continue;
      }
      fs::path p = top.entries[top.next++];
      std::error_code ec;
      auto status = fs::status(p, ec);
      if (fs::is_directory(status)) {
        Level level;
        fs::directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
          const std::string name = it->path().filename().string();
          if (!name.empty() && name[0] != '.')
            level.entries.push_back(it->path());
        }
        if (ec) {
          error = p.string() + ": " + ec.message();
          return std::nullopt;
        }
        std::sort(level.entries.begin(), level.entries.end());
        stack_.push_back(std::move(level));
        continue;
      }
      if (fs::is_regular_file(status) && known_extension(p))
        return p;
    }
    if (input_ >= inputs_.size())
      return std::nullopt;
    const fs::path& in = inputs_[input_++];
    if (in == "-")
      return in;
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      stack_.push_back(Level{{in}, 0});
      continue;
    }
    if (fs::exists(in, ec))
      return in;  // named explicitly: imported whatever its extension
    error = in.string() + ": no such file or folder";
    return std::nullopt;
  }
}

uint64_t total_input_bytes(std::span<const fs::path> inputs) {
  InputWalker w(inputs);
  uint64_t total = 0;
  std::string error;
  for (;;) {
    auto p = w.next(error);
    if (!p) {
      if (error.empty())
        break;
      continue;
    }
    std::error_code ec;
    if (*p != "-") {
      auto size = fs::file_size(*p, ec);
      if (!ec)
        total += size;
    }
  }
  return total;
}

}  // namespace causeline::importers
