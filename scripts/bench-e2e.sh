#!/usr/bin/env bash
# Times the release binary end to end (parsing and writing included) on generated profiles and
# prints README's performance table: one markdown row per (groups, command), median and peak
# resident memory. Usage: scripts/bench-e2e.sh [TWIN_BINARY...]
# With no argument it builds and times target/release/twin; with several binaries (say, the
# previous release and this one) it times each on the same files, alternating, one column each.
# Needs hyperfine (apt-get install hyperfine) for the medians (5 runs, 3 from 100,000 groups,
# 1 at 1,000,000); without it, one /usr/bin/time run per cell. BENCH_MILLION=1 adds the
# 1,000,000-group rows.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --example gen
if [ $# -eq 0 ]; then
  cargo build --release --quiet
  set -- target/release/twin
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The rows of README's table: groups, then the command after `twin`.
rows=(
  "1000|match --per-group 10"
  "10000|match --per-group 10"
  "100000|match --per-group 10"
  "100000|match --top 20"
  "1000|assign --method stable"
  "10000|assign --method stable"
  "100000|assign --method stable"
  "100000|check"
  "800|assign"
  "2500|assign"
  "5000|assign"
  "5000|assign --verify"
)
# The million-group rows (minutes per binary: the stable plan there takes about four):
# BENCH_MILLION=1 scripts/bench-e2e.sh …
if [ "${BENCH_MILLION:-0}" = 1 ]; then
  rows+=(
    "1000000|match --per-group 10"
    "1000000|match --top 20"
    "1000000|check"
    "1000000|assign --method stable"
  )
fi
median() { # command… → "0.123 s"
  if command -v hyperfine > /dev/null; then
    local runs=5; [[ $1 -ge 100000 ]] && runs=3; [[ $1 -ge 1000000 ]] && runs=1; shift
    hyperfine -N -i -r "$runs" --export-json "$dir/h.json" "$*" > /dev/null 2>&1
    python3 -c "import json;print('%.3f s' % json.load(open('$dir/h.json'))['results'][0]['median'])"
  else
    shift
    /usr/bin/time -f '%e s' "$@" 2>&1 > /dev/null | tail -1
  fi
}
header="| groups | command |"; rule="|---|---|"
for bin in "$@"; do header+=" median ($bin) | peak memory |"; rule+="---|---|"; done
echo "$header"; echo "$rule"
for row in "${rows[@]}"; do
  n=${row%%|*}; cmd=${row#*|}
  [ -f "$dir/g$n.csv" ] || target/release/examples/gen "$n" 42 > "$dir/g$n.csv"
  line="| $(echo "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') | \`$cmd\` |"
  for bin in "$@"; do
    out=(-o "$dir/out.csv" --force)
    [[ $cmd == check ]] && out=()
    # shellcheck disable=SC2206
    full=("$bin" $cmd "$dir/g$n.csv" "${out[@]}")
    m=$(median "$n" "${full[@]}")
    peak=$( /usr/bin/time -f '%M' "${full[@]}" 2>&1 > /dev/null | tail -1 )
    line+=" $m | $((peak / 1024)) MB |"
  done
  echo "$line"
done
# The numpy baseline of `match --per-group 10` at 10,000 groups (scripts/bench-numpy.py,
# checked equal to the first binary's lists), when numpy 2 is installed.
if python3 -c "import numpy; assert int(numpy.__version__.split('.')[0]) >= 2" 2> /dev/null; then
  n=10000
  "$1" match --per-group 10 "$dir/g$n.csv" -o "$dir/twin.csv" --force 2> /dev/null
  scripts/bench-numpy.py "$dir/g$n.csv" "$dir/np.csv" --check "$dir/twin.csv" > /dev/null
  m=$(median "$n" scripts/bench-numpy.py "$dir/g$n.csv" "$dir/np.csv")
  peak=$( /usr/bin/time -f '%M' scripts/bench-numpy.py "$dir/g$n.csv" "$dir/np.csv" 2>&1 | tail -1 )
  echo; echo "numpy bit-set kernel, same lists as \`match --per-group 10\`, 10,000 groups: $m, $((peak / 1024)) MB"
fi
