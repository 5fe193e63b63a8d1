#include "cli/args.hpp"

#include <sstream>

namespace causeline::cli {
namespace {

constexpr OptionSpec kCommon[] = {
    {"--db", "FILE", "SQLite database (default ./causeline.db)"},
    {"--lang-dir", "DIR", "language packs folder (default: installed or source packs)"},
    {"--now", "TIME", "clock for generated timestamps, UTC (e.g. 2025-08-01T12:00:00Z)"},
    {"--help", "", "show this help"},
};

const OptionSpec* find(std::string_view name, std::span<const OptionSpec> specs) {
  for (const auto& s : specs) {
    if (s.name == name)
      return &s;
  }
  for (const auto& s : kCommon) {
    if (s.name == name)
      return &s;
  }
  return nullptr;
}

}  // namespace

std::span<const OptionSpec> common_options() noexcept { return kCommon; }

std::optional<std::string> ParsedArgs::get(std::string_view name) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty())
    return std::nullopt;
  return it->second.back();
}

std::string ParsedArgs::get_or(std::string_view name, std::string fallback) const {
  auto v = get(name);
  return v ? *v : std::move(fallback);
}

const std::vector<std::string>& ParsedArgs::all(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = values_.find(name);
  return it == values_.end() ? kNone : it->second;
}

Result<ParsedArgs> parse_args(std::span<const std::string> args,
                              std::span<const OptionSpec> specs) {
  ParsedArgs out;
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (only_positional || a.size() < 2 || a[0] != '-' || a == "-") {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    if (a == "-h" || a == "--help") {
      out.help = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (name == "-o")
      name = "--output";
    const OptionSpec* spec = find(name, specs);
    if (!spec)
      return Error{"unknown option '" + name + "'"};
    if (spec->metavar.empty()) {
      if (inline_value)
        return Error{"option '" + name + "' takes no value"};
      out.values_[std::string(spec->name)].push_back("1");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size())
        return Error{"option '" + name + "' needs a " + std::string(spec->metavar)};
      value = args[++i];
    }
    auto& slot = out.values_[std::string(spec->name)];
    if (!slot.empty() && !spec->repeatable)
      return Error{"option '" + name + "' given twice"};
    slot.push_back(value);
  }
  return out;
}

std::string usage(std::string_view command, std::string_view synopsis, std::string_view help,
                  std::span<const OptionSpec> specs) {
  std::ostringstream os;
  os << "usage: causeline " << command << (synopsis.empty() ? "" : " ") << synopsis << "\n\n"
     << help << "\n\noptions:\n";
  auto line = [&](const OptionSpec& s) {
    std::string left(s.name);
    if (!s.metavar.empty())
      left.append(" ").append(s.metavar);
    os << "  " << left;
    for (size_t n = left.size(); n < 24; ++n) os << ' ';
    os << ' ' << s.help << '\n';
  };
  for (const auto& s : specs) line(s);
  for (const auto& s : kCommon) line(s);
  return os.str();
}

}  // namespace causeline::cli
