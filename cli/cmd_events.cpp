// causeline events: the timeline as a readable table, in timeline order.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "core/utf8.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "events";
constexpr OptionSpec kOptions[] = {
    kReferenceOption,
    {"--width", "N", "maximum title width in characters (default 60)"},
};

/// Pads or cuts s to exactly `width` code points.
std::string cell(const std::string& s, size_t width) {
  size_t bytes = 0, cps = 0;
  while (bytes < s.size() && cps < width) {
    bytes += utf8::seq_len(static_cast<unsigned char>(s[bytes]));
    ++cps;
  }
  std::string out = s.substr(0, std::min(bytes, s.size()));
  if (bytes < s.size() && width > 0) {
    out = s.substr(0, utf8::safe_prefix(s, bytes - 1)) + "…";
  }
  out.append(width > cps ? width - cps : 0, ' ');
  return out;
}
}  // namespace

int cmd_events(std::span<const std::string> argv) {
  auto args = parse_args(argv, kOptions);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(kName, "",
                       "Print every event of the timeline: date, grain, how it was dated, "
                       "type, title, sources and id.",
                       kOptions);
    return kOk;
  }
  if (!args->positional.empty())
    return usage_error(kName, "unexpected argument '" + args->positional[0] + "'");
  size_t width = 60;
  if (auto w = args->get("--width")) {
    try {
      width = std::stoul(*w);
    } catch (const std::exception&) {
      return usage_error(kName, "--width expects a number");
    }
  }
  auto store = open_store(db_path(*args), false);
  if (!store)
    return kInputFailed;
  BuildOptions options = timeline_options(*args);
  auto t = load_timeline(*store, options);
  if (!t)
    return kInputFailed;
  std::cout << cell("DATE", 16) << ' ' << cell("GRAIN", 8) << ' ' << cell("DATED BY", 11) << ' '
            << cell("TYPE", 10) << ' ' << cell("TITLE", width) << " SOURCES  ID\n";
  for (const Event& e : t->events) {
    std::string when = e.when.ok() ? e.when.str() : "undated";
    if (e.when.mod() != TimeMod::none)
      when = std::string(to_string(e.when.mod())) + " " + when;
    std::cout << cell(when, 16) << ' ' << cell(std::string(to_string(e.when.grain())), 8) << ' '
              << cell(std::string(to_string(e.dating)), 11) << ' ' << cell(e.type, 10) << ' '
              << cell(e.title, width) << ' ' << cell(std::to_string(e.sources.size()), 8) << ' '
              << e.id << '\n';
  }
  std::cout << t->events.size() << " events, " << t->links.size() << " links\n";
  return kOk;
}

}  // namespace causeline::cli
