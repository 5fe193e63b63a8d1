#!/usr/bin/env bash
# Export benchmark: 1,000,000 events and 1,000,000 links written in every format, each in its own
# process pinned to one core, so each line's peak RSS belongs to that format alone.
#   bench/export/run.sh [EVENTS] [LINKS]      (BUILD_DIR=build-bench by default, Release)
# The machine is shared: each format runs REPEAT times (default 3) and the fastest run is reported,
# as CPU time (user + system) and wall time; the load average is printed for context.
set -euo pipefail
cd "$(dirname "$0")/../.."
events="${1:-1000000}"
links="${2:-$events}"
build="${BUILD_DIR:-build-bench}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCAUSELINE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target export_bench >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
repeat="${REPEAT:-3}"
echo "export_bench: $events events, $links links, one core, best of $repeat; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for f in $("$build/bench/export/export_bench" --list); do
  "${pin[@]}" "$build/bench/export/export_bench" --events "$events" --links "$links" --format "$f" \
    --out "$out" --repeat "$repeat" 2>/dev/null || status=1
done
exit $status
