#!/usr/bin/env bash
# End-to-end ingest benchmark: generates a multilingual synthetic corpus (HTML pages, RSS/Atom
# feeds, JSON Lines; default 100,000 articles) and imports it into a fresh SQLite database with
# --jobs 2, reporting MB of article text per second and peak memory. A second run on a quarter of
# the corpus shows that peak memory does not grow with the corpus. Both sizes are imported twice:
# with one transaction per document (the default) and with --batch 512 (whole documents committed
# 512 at a time).
#   bench/ingest/run.sh [ARTICLES=100000]
# Environment: BUILD_DIR (default build-bench, Release), CORPUS_DIR (default /tmp/causeline-bench),
# JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-100000}"
build="${BUILD_DIR:-build-bench}"
corpus_root="${CORPUS_DIR:-/tmp/causeline-bench}"
jobs="${JOBS:-2}"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCAUSELINE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target causeline gen_corpus >/dev/null

run() {  # run NAME ARTICLES [IMPORT FLAGS...]
  local name="$1" n="$2" dir="$corpus_root/$1"
  shift 2
  if [ ! -f "$dir/.done-$n" ]; then
    rm -rf "$dir"
    "$build/bench/ingest/gen_corpus" "$dir" "$n" >"$corpus_root/$name.corpus.txt"
    touch "$dir/.done-$n"
  fi
  cat "$corpus_root/$name.corpus.txt"
  rm -f "$corpus_root/$name.db" "$corpus_root/$name.db-wal" "$corpus_root/$name.db-shm"
  /usr/bin/time -v "$build/cli/causeline" import "$dir" --db "$corpus_root/$name.db" --jobs "$jobs" "$@" \
    --no-progress --stats --lang-dir importers/lang >"$corpus_root/$name.out" 2>"$corpus_root/$name.err" || true
  grep -E '^(documents|events|database):' "$corpus_root/$name.out"
  grep -E '^read:' "$corpus_root/$name.err"
  grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Percent of CPU|User time|System time' "$corpus_root/$name.err" | sed 's/^\s*/  /'
}

mkdir -p "$corpus_root"
echo "== ingest benchmark: $(nproc) cores, --jobs $jobs, $(git rev-parse --short HEAD), load average $(cut -d" " -f1-3 /proc/loadavg)"
for batch in 1 512; do
  echo "-- quarter corpus, --batch $batch"
  run quarter "$((articles / 4))" --batch "$batch"
  echo "-- full corpus, --batch $batch"
  run full "$articles" --batch "$batch"
done
