#!/usr/bin/env bash
# Times the release binary end to end (parsing included) on generated profiles and prints
# a table of medians and peak memory. Usage: scripts/bench-e2e.sh [SIZES...]
# Default sizes: 1000 10000 100000. Needs hyperfine (apt-get install hyperfine) for the
# medians; falls back to a single /usr/bin/time run per size without it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
cargo build --release --quiet --example gen
cargo build --release --quiet
bin=target/release/twin
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '%-8s %-34s %12s %12s\n' groups command median peak_rss
for n in "${sizes[@]}"; do
  target/release/examples/gen "$n" 42 > "$dir/g$n.csv"
  for cmd in "match --per-group 10" "assign --method stable" "assign --method optimal"; do
    # The optimal solver considers every eligible pair (quadratic): up to 5,000 groups.
    if [[ $cmd == *optimal* && $n -gt 5000 ]]; then continue; fi
    full="$bin $cmd $dir/g$n.csv --format csv -o $dir/out.csv --force"
    if command -v hyperfine > /dev/null; then
      runs=5; [[ $n -ge 100000 ]] && runs=3
      hyperfine -N -r "$runs" --export-json "$dir/h.json" "$full" > /dev/null 2>&1
      median=$(python3 -c "import json;print('%.3f s' % json.load(open('$dir/h.json'))['results'][0]['median'])")
    else
      median=$( /usr/bin/time -f '%e s' $full 2>&1 > /dev/null | tail -1 )
    fi
    peak=$( /usr/bin/time -f '%M' $full 2>&1 > /dev/null | tail -1 )
    printf '%-8s %-34s %12s %9s MB\n' "$n" "$cmd" "$median" "$((peak / 1024))"
  done
done
