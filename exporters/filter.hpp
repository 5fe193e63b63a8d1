#pragma once
// Filter: the subset of a timeline an export shows. The same flags serve `export` and `build`:
//   --from DATE --to DATE    keep events whose period overlaps [from, to] (TIMEX3: 2025, 2025-04,
//   2025-Q2, 2025-04-15);
//                            undated events are dropped when either is given
//   --participant NAME       keep events with this participant (repeatable; case-insensitive)
//   --lang CODE              keep events reported in this language (repeatable)
//   --type TYPE              keep events of this type (repeatable)
//   --min-confidence X       keep events and links with confidence >= X
//   --chain ID               keep the events of one causal chain ("chain-3", as in the JSON), or of
//   every
//                            chain through the event with this id
// Links are kept when both ends are; chains when all their events are; documents when a kept event
// cites them.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/timeline.hpp"

namespace causeline::exporters {

struct Filter {
  std::optional<sys_days> from, to;  // inclusive
  std::vector<std::string> participants, langs, types;
  double min_confidence = 0.0;
  std::string chain;

  /// True when the filter keeps everything.
  bool empty() const noexcept;
};

/// One command-line flag understood by add_filter_flag (the shape of cli::OptionSpec).
struct FilterFlag {
  std::string_view name;     // "--from"
  std::string_view metavar;  // "DATE"
  std::string_view help;
  bool repeatable = false;
};
std::span<const FilterFlag> filter_flags() noexcept;

/// Applies one flag's value; an error names the flag and the bad value.
std::optional<Error> add_filter_flag(Filter& filter, std::string_view name, std::string_view value);

/// Applies every filter flag the command line carries: values_of(name) gives the values given for
/// one flag (none when absent), e.g. `[&](auto n) { return args.all(n); }` with cli::ParsedArgs.
std::optional<Error> collect_filter(
    Filter& filter, const std::function<std::vector<std::string>(std::string_view)>& values_of);

/// The filtered timeline (order preserved). Fails when --chain names neither a chain nor an event.
Result<Timeline> apply_filter(const Timeline& timeline, const Filter& filter);

}  // namespace causeline::exporters
