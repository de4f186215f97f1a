#!/usr/bin/env bash
# Engine benchmarks against azure-sim with 20 ms of latency on every request it serves:
# - lists the APIM services of generated estates through Resource Graph and through the
#   per-subscription fallback, and the peak memory with about 10,000 services;
# - the recovery readiness of 1,000 services whose backups are in 20 containers of a
#   private Azurite, through the backup catalog and, beside it, the naive way (each
#   service's locations read for it alone). Blob requests go to Azurite without added latency.
# Builds nothing. Every process it starts (azure-sim, Azurite) is stopped when it ends,
# whether the benchmarks pass, fail or are interrupted.
#
#   tests/bench/run-benchmarks.sh [BUILD_DIR]      (default: build/)
# Targets: Resource Graph < 0.3 s, fallback < 2.5 s (200 subscriptions x 5), < 80 MB;
# readiness of the 1,000 services <= 1 s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
sim="$build/tests/simulator/azure-sim"
inventory="$build/tests/bench/inventory/bench_inventory"
readiness="$build/tests/bench/readiness/bench_readiness"
fixtures="$root/tests/support/fixtures.sh"
for f in "$sim" "$inventory" "$readiness"; do
  [ -x "$f" ] || { echo "missing $f: build the targets azure-sim, bench_inventory and bench_readiness first" >&2; exit 1; }
done
work=$(mktemp -d)
sim_pid=
azurite_started=

# Runs in this shell, never inside $( ): a subshell would keep the pid to itself and the
# cleanup would kill nothing. Sets sim_url.
start_sim() { # seed [more azure-sim options]
  local seed=$1 urlfile="$work/$(basename "$1").url"
  shift
  stop_sim
  "$sim" --seed "$seed" --port 0 --url-file "$urlfile" --fault 'kind=latency,route=.*,latencyMs=20' "$@" \
    >"$work/sim.log" 2>&1 &
  sim_pid=$!
  # Seeding Azurite with a few thousand backups takes a while before the URL appears.
  for _ in $(seq 1 1200); do
    [ -s "$urlfile" ] && break
    kill -0 "$sim_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -s "$urlfile" ] || { echo "azure-sim did not start:" >&2; cat "$work/sim.log" >&2; exit 1; }
  sim_url=$(cat "$urlfile")
}

stop_sim() {
  [ -n "$sim_pid" ] || return 0
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
  sim_pid=
}

cleanup() {
  stop_sim
  if [ -n "$azurite_started" ]; then "$fixtures" stop azurite "$work" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # exit through the EXIT trap on Ctrl-C and kill as well

# The generator puts every fourth subscription in a second tenant: 266 generated
# subscriptions are 200 in the signed-in tenant, so 1,000 services are listed.
echo "== 200 subscriptions x 5 services (in the signed-in tenant), 20 ms latency on every request"
"$sim" --generate-estate 266 5 "$work/estate-200.json" >/dev/null
start_sim "$work/estate-200.json"
"$inventory" --sim "$sim_url" --repeat 5
curl -s -X POST -H 'Content-Type: application/json' -d '{"resourceGraphEnabled": false}' "$sim_url/_sim/config" >/dev/null
"$inventory" --sim "$sim_url" --fallback --repeat 3

echo "== recovery readiness of those 1,000 services, backups in 20 containers (private Azurite)"
"$readiness" --write-seed "$work/estate-200.json" "$work/readiness-200.json"
azurite_started=1
"$fixtures" start-azurite "$work" "$sim" >/dev/null
start_sim "$work/readiness-200.json" --azurite "$(cat "$work/azurite.url")"
"$readiness" --sim "$sim_url" --seed "$work/readiness-200.json" --repeat 5 --naive-repeat 3

echo "== about 10,000 visible services (2668 subscriptions x 5), peak memory"
"$sim" --generate-estate 2668 5 "$work/estate-10k.json" >/dev/null
start_sim "$work/estate-10k.json"
"$inventory" --sim "$sim_url" --repeat 1
