#!/usr/bin/env bash
# Startup benchmark of the desktop app, against a local azure-sim and Azurite.
#
#   tests/bench/startup/run.sh [BUILD_DIR] [RUNS]
#
# Prints, as medians over RUNS runs (default 5):
#   - a bare Qt window (bench_startup_baseline): process start to first paint
#   - apim-backup --quit-after-paint: process start to the main window painted
#   - apim-backup --auth sp --quit-after-services on a 10,000-service estate: process
#     start to every service listed in the tree
# then the GUI thread's longest stall while those 10,000 services load (bench_startup_stall).
# Offscreen unless QT_QPA_PLATFORM says otherwise. Not a ctest test: it takes a minute.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
RUNS=${2:-5}
SIM="$BUILD/tests/simulator/azure-sim"
APP="$BUILD/app/apim-backup"
BASELINE="$BUILD/tests/bench/startup/bench_startup_baseline"
STALL="$BUILD/tests/bench/startup/bench_startup_stall"
for bin in "$SIM" "$APP" "$BASELINE" "$STALL"; do
  [ -x "$bin" ] || { echo "missing $bin: build the targets azure-sim apim-backup bench_startup_baseline bench_startup_stall" >&2; exit 1; }
done

STATE=$(mktemp -d)
cleanup() {
  "$ROOT/tests/support/fixtures.sh" stop sim "$STATE" >/dev/null 2>&1 || true
  "$ROOT/tests/support/fixtures.sh" stop azurite "$STATE" >/dev/null 2>&1 || true
  rm -rf "$STATE"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# 26 subscriptions x 500 services; the 20 in the Contoso tenant (every fourth is
# Fabrikam's) hold the 10,000 the service principal sees.
"$SIM" --generate-estate 26 500 "$STATE/estate.json" >/dev/null
"$ROOT/tests/support/fixtures.sh" start-azurite "$STATE" "$SIM" >/dev/null
"$ROOT/tests/support/fixtures.sh" start-sim "$STATE" "$SIM" "$STATE/estate.json" >/dev/null
SIMURL=$(cat "$STATE/sim.url")
# Resource Graph pages of 1,000 rows, as Azure serves them ($top 1000), not the
# generator's 100: the benchmark measures the app, not the number of round trips.
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"pageSize": 1000}' "$SIMURL/_sim/config"
cat >"$STATE/cloud.json" <<JSON
{"name": "AzureSimulator",
 "endpoints": {"activeDirectory": "$SIMURL", "resourceManager": "$SIMURL/",
               "activeDirectoryResourceId": "https://management.core.windows.net/", "portal": "$SIMURL/portal"},
 "suffixes": {"storageEndpoint": "core.windows.net"}}
JSON

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

# run NAME COMMAND... : prints "<wall ms> <in-process ms>" per run into $STATE/NAME.runs
run() {
  local name=$1; shift
  : >"$STATE/$name.runs"
  for _ in $(seq 1 "$RUNS"); do
    rm -rf "$STATE/home"; mkdir -p "$STATE/home"
    local start end inproc
    start=$(now_ms)
    APIM_BACKUP_HOME="$STATE/home" "$@" >"$STATE/$name.out" 2>&1 || { cat "$STATE/$name.out" >&2; exit 1; }
    end=$(now_ms)
    inproc=$(sed -n 's/.* after \([0-9]*\) ms.*/\1/p' "$STATE/$name.out" | tail -n1)
    echo "$((end - start)) ${inproc:-0}" >>"$STATE/$name.runs"
  done
}

export AZURE_TENANT_ID=1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e
export AZURE_CLIENT_ID=99a2af6f-e80c-4c39-b813-0efc1b60eab4
export AZURE_CLIENT_SECRET='sim-secret~Contoso.Backup.2024'
run baseline "$BASELINE"
run painted "$APP" --cloud "$STATE/cloud.json" --quit-after-paint
run listed "$APP" --cloud "$STATE/cloud.json" --auth sp --quit-after-services

report() { # name label
  local wall inproc
  wall=$(cut -d' ' -f1 "$STATE/$1.runs" | median)
  inproc=$(cut -d' ' -f2 "$STATE/$1.runs" | median)
  printf '%-58s %7s ms %12s ms\n' "$2" "$wall" "$inproc"
}
echo
echo "Startup, median of $RUNS runs ($QT_QPA_PLATFORM)             process wall   from main()"
report baseline "bare Qt window: first paint"
report painted "apim-backup: main window painted"
report listed "apim-backup: 10,000 services listed (sign-in included)"
echo
APIM_TEST_STATE_DIR="$STATE" "$STALL" 2>/dev/null
