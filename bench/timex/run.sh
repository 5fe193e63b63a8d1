#!/bin/sh
# Temporal tagger benchmark: causeline vs chrono-node on the dev corpora, same texts, same DCTs,
# one core each, plus linear growth on a 10 MB hostile text.
#   bench/timex/run.sh [BUILD_DIR]     (default: build; needs node + npm for chrono-node)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
eval_dir=$root/../shared/eval/timex
bench=$build/bench/timex/timex_bench
[ -x "$bench" ] || cmake --build "$build" --target timex_bench
[ -d "$here/node_modules/chrono-node" ] || (cd "$here" && npm ci --silent)
texts=$(mktemp -d)
trap 'rm -rf "$texts"' EXIT
for corpus in tbaq-timebank tbaq-aquaint fr-timebank-dev krauts-dolomiten-100; do
  python3 "$eval_dir/extract_text.py" "$texts/$corpus" "$eval_dir/data/$corpus" >/dev/null
done
ratio() { # causeline-json chrono-json -> prints a line with both rates and their ratio
  python3 -c 'import json,sys; a=json.loads(sys.argv[1]); b=json.loads(sys.argv[2]); print("%-3s %7d bytes  causeline %8.2f MB/s  chrono-node %6.2f MB/s  ratio %6.1fx" % (a["lang"], a["bytes"], a["mb_per_s"], b["mb_per_s"], a["mb_per_s"]/b["mb_per_s"]))' "$1" "$2"
}
# The speed of a shared machine drifts by more than the tools differ from run to run, and it hurts
# the two tools unequally: each language runs ${TRIALS:-3} alternating trials (causeline, then
# chrono-node) and the median ratio is the result.
trials=${TRIALS:-3}
echo "throughput, one core (taskset -c 0), texts from $eval_dir/data, $trials alternating trials:"
for pair in "en tbaq-timebank tbaq-aquaint" "fr fr-timebank-dev" "de krauts-dolomiten-100"; do
  set -- $pair
  lang=$1; shift
  dirs=""
  for c in "$@"; do dirs="$dirs $texts/$c"; done
  ratios=""
  for trial in $(seq "$trials"); do
    ours=$(taskset -c 0 "$bench" "$root/importers/lang" "$lang" $dirs)
    peer=$(cd "$here" && taskset -c 0 node chrono_bench.js "$lang" $dirs)
    echo "  $ours"
    echo "  $peer"
    line=$(ratio "$ours" "$peer")
    echo "  trial $trial: $line"
    ratios="$ratios ${line##* }"
  done
  echo "  $lang median ratio: $(python3 -c 'import statistics,sys; print("%.1fx" % statistics.median(float(x.rstrip("x")) for x in sys.argv[1:]))' $ratios)"
done
echo "hostile input (en pack): seconds should grow linearly with size"
taskset -c 0 "$bench" "$root/importers/lang" en --adversarial | sed 's/^/  /'
