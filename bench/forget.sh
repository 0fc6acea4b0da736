#!/usr/bin/env bash
# The time of `crm forget` at scale (issue 19): a copy of a benchmark store
# (bench/gen.py; 10,000 customers by default) gets a person and a history of
# COMMITS commits (crm log, one commit each, some of them about the person),
# then one customer is forgotten (no remote). Prints the figures.
#
#   bench/forget.sh [STORE] [COMMITS]
set -euo pipefail
src=${1:-/tmp/crm-bench/s10000}
commits=${2:-1000}
crm=$(realpath "${CRM:-$(dirname "$0")/../target/release/crm}")
work=$(mktemp -d /tmp/crm-forget-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -a "$src" "$work/store"
export CRM_DIR="$work/store"
cd "$work/store"
"$crm" add "Peeter Pärn" --email peeter.parn@example.ee --phone "+372 5123 4567" >/dev/null
mapfile -t ids < <("$crm" ls -f ids | head -200)
for ((i = 1; i < commits; i++)); do
    if ((i % 50 == 0)); then
        "$crm" log peeter-parn call "call $i with Peeter Pärn" >/dev/null
    else
        "$crm" log "${ids[i % ${#ids[@]}]}" note "bench note $i" >/dev/null
    fi
done
git gc --quiet
n=$(git rev-list --count HEAD)
customers=$(ls customers | wc -l)
start=$(date +%s.%N)
"$crm" forget peeter-parn --dry-run >/dev/null
mid=$(date +%s.%N)
"$crm" forget peeter-parn >"$work/out" 2>&1
end=$(date +%s.%N)
# Other people in the generated store are called Peeter too: count the
# objects that still hold this person's e-mail or phone.
left=$(git cat-file --batch-all-objects --batch --unordered |
    grep -acE "peeter\.parn@example\.ee|5123 4567|37251234567" || true)
printf 'customers %d, commits %d\n' "$customers" "$n"
printf 'crm forget --dry-run: %.2f s\n' "$(echo "$mid - $start" | bc)"
printf 'crm forget:           %.2f s  (objects still naming the person: %s)\n' "$(echo "$end - $mid" | bc)" "$left"
tail -1 "$work/out"
