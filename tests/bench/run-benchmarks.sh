#!/usr/bin/env bash
# Engine benchmarks: lists the APIM services of generated estates through Resource Graph
# and through the per-subscription fallback against azure-sim with 20 ms of latency on
# every route, and the peak memory with about 10,000 services. Builds nothing.
#
#   tests/bench/run-benchmarks.sh [BUILD_DIR]      (default: build/)
# Targets: Resource Graph < 0.3 s, fallback < 2.5 s (200 subscriptions x 5), < 80 MB.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$(cd "$here/../.." && pwd)/build}
sim="$build/tests/simulator/azure-sim"
bench="$build/tests/bench/inventory/bench_inventory"
for f in "$sim" "$bench"; do
  [ -x "$f" ] || { echo "missing $f: build the targets azure-sim and bench_inventory first" >&2; exit 1; }
done
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

start_sim() { # seed -> prints URL
  local seed=$1 urlfile="$work/$(basename "$1").url"
  "$sim" --seed "$seed" --port 0 --url-file "$urlfile" --fault 'kind=latency,route=.*,latencyMs=20' >"$work/sim.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$urlfile" ] && break; sleep 0.1; done
  [ -s "$urlfile" ] || { echo "azure-sim did not start:" >&2; cat "$work/sim.log" >&2; exit 1; }
  cat "$urlfile"
}

# The generator puts every fourth subscription in a second tenant: 266 generated
# subscriptions are 200 in the signed-in tenant, so 1,000 services are listed.
echo "== 200 subscriptions x 5 services (in the signed-in tenant), 20 ms latency on every request"
"$sim" --generate-estate 266 5 "$work/estate-200.json" >/dev/null
url=$(start_sim "$work/estate-200.json")
"$bench" --sim "$url" --repeat 5
curl -s -X POST -H 'Content-Type: application/json' -d '{"resourceGraphEnabled": false}' "$url/_sim/config" >/dev/null
"$bench" --sim "$url" --fallback --repeat 3

echo "== about 10,000 visible services (2668 subscriptions x 5), peak memory"
"$sim" --generate-estate 2668 5 "$work/estate-10k.json" >/dev/null
url=$(start_sim "$work/estate-10k.json")
"$bench" --sim "$url" --repeat 1
