#!/usr/bin/env bash
# Event, date, causal-link and merge scores on samples/parallel: one story written in six languages
# (en, it, fr, es, de, pt) with a hand-made gold (samples/parallel/gold.json), scored by the seeds'
# scorer. It measures how the extraction holds up on text it was not written against.
# usage: bench/parallel_articles.sh [path/to/causeline] [extra score_events.py flags]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/cli/causeline}
shift || true
shared=${CAUSELINE_SHARED:-../shared}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" build samples/parallel/*.txt --out "$out/tl" --db "$out/db" --now 2026-01-01T00:00:00Z >/dev/null
python3 "$shared/eval/seeds/from_timeline.py" "$out/tl/timeline.json" --texts samples/parallel >"$out/sys.json"
python3 "$shared/eval/seeds/score_events.py" --system "$out/sys.json" --gold samples/parallel/gold.json "$@"
