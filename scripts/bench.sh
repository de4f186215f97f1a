#!/usr/bin/env bash
# Every benchmark, in one command: configures and builds the Release build with the
# benchmarks (preset "bench", build-bench/), runs them, and prints each figure of issue
# #11's table beside its goal and a baseline measured in the same run.
#
#   scripts/bench.sh [--tiny] [--no-build] [--build-dir DIR] [--runs N]
#
#   --tiny       a few dozen services and one run of each: proves the benchmarks work
#                (CTest runs it so, on its own build); the figures mean nothing
#   --no-build   use DIR as it is
#   --build-dir  default build-bench/ (the bench preset's)
#   --runs N     startup runs (default 15)
#
# The benchmarks: tests/bench/run-benchmarks.sh (azure-sim, the engine, the CLI) and
# tests/bench/startup/run.sh (the desktop app's first frame, its listing of 10,000
# services, and the GUI thread's stalls). Every process they start is stopped when they
# end, on success, failure, Ctrl-C or kill. Quiet machines give steady figures: run it
# with nothing else building.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
tiny=
no_build=
runs=15
while [ $# -gt 0 ]; do
  case $1 in
    --tiny) tiny=1; runs=1 ;;
    --no-build) no_build=1 ;;
    --build-dir) build=$2; shift ;;
    --runs) runs=$2; shift ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

targets=(azure-sim apim-backup apim-backup-cli bench_inventory bench_readiness bench_startup_baseline bench_startup_stall)
if [ -z "$no_build" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake --preset bench -S "$root" "${launcher[@]}" >/dev/null
  build="$root/build-bench"
  cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
fi
build=$(cd "$build" && pwd)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)

work=$(mktemp -d)
child=
# The benchmarks run in the background and are waited for, so that a kill of this script
# reaches them at once (each stops what it started); Ctrl-C reaches the whole group anyway.
cleanup() {
  if [ -n "$child" ]; then kill -TERM "$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
run() { # log command...
  local log=$1 rc=0
  shift
  "$@" > >(tee "$log") 2>&1 &
  child=$!
  wait "$child" || rc=$?
  child=
  return "$rc"
}

tiny_flag=()
[ -n "$tiny" ] && tiny_flag=(--tiny)
echo "== engine, simulator and CLI: tests/bench/run-benchmarks.sh ${tiny_flag[*]} $build"
run "$work/engine.log" "$root/tests/bench/run-benchmarks.sh" "${tiny_flag[@]}" "$build"
echo
echo "== desktop app: tests/bench/startup/run.sh $build $runs"
estate=()
[ -n "$tiny" ] && estate=(APIM_BENCH_ESTATE="4 5")
run "$work/startup.log" env "${estate[@]}" "$root/tests/bench/startup/run.sh" "$build" "$runs"

# A figure: a "FIGURE name value" line of a benchmark's report when it prints one, else the
# first number the pattern captures from its text.
figure() { # name log [sed pattern]
  local value
  value=$(sed -n "s/^FIGURE $1 \([^ ]*\).*/\1/p" "$2" | tail -n1)
  if [ -z "$value" ] && [ -n "${3:-}" ]; then value=$(sed -n "$3" "$2" | head -n1); fi
  echo "${value:-n/a}"
}
engine="$work/engine.log"
startup="$work/startup.log"
first_frame_app=$(figure first_frame_app_ms "$startup" 's/^apim-backup: main window painted *\([0-9.]*\) ms.*/\1/p')
first_frame_bare=$(figure first_frame_bare_ms "$startup" 's/^bare Qt window: first frame painted *\([0-9.]*\) ms.*/\1/p')
startup_ratio=$(figure startup_ratio "$startup" 's/^ratio apim-backup \/ bare window[^0-9]*[0-9.]*x) *\([0-9.]*\)x.*/\1/p')
[ "$startup_ratio" = n/a ] && startup_ratio=$(awk -v a="$first_frame_app" -v b="$first_frame_bare" \
  'BEGIN {if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "n/a"}')
stall=$(figure gui_longest_stall_ms "$startup" 's/^GUI thread longest stall while services load: \([0-9.]*\) ms.*/\1/p')
stall_filter=$(figure gui_filter_stall_ms "$startup" 's/^GUI thread longest stall while typing[^:]*: \([0-9.]*\) ms.*/\1/p')
stall_poll=$(figure gui_poll_stall_ms "$startup" 's/^GUI thread longest stall while 20 operations poll: \([0-9.]*\) ms.*/\1/p')
keystroke=$(figure filter_slowest_keystroke_ms "$startup" 's/^slowest filter keystroke over [0-9]* services: \([0-9.]*\) ms.*/\1/p')
app_listed=$(figure app_services_listed_ms "$startup" 's/^services listed from sign-in: [0-9]* in \([0-9.]*\) ms.*/\1/p')
app_services=$(sed -n 's/^services listed from sign-in: \([0-9]*\) in.*/\1/p' "$startup" | head -n1)
app_exec=$(sed -n 's/^apim-backup: .*services listed[^)]*) *\([0-9.]*\) ms.*/\1/p' "$startup" | head -n1)

# verdict value goal: "yes" when value <= goal
verdict() { awk -v v="$1" -v g="$2" 'BEGIN {if (v == "n/a") print "?"; else if (v + 0 <= g + 0) print "yes"; else print "NO"}'; }
row() { # figure measured goal-text goal-number baseline
  printf '| %-58s | %12s | %-9s | %-4s | %s\n' "$1" "$2" "$3" "$(verdict "$2" "$4")" "$5"
}
echo
echo "Figures of issue #11, ${build_type:-unknown} build ($build), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores${tiny:+, TINY ESTATE: not a measurement}"
printf '| %-58s | %12s | %-9s | %-4s | %s\n' figure measured goal met "baseline (same run)"
row "first frame, app / bare Qt window (offscreen), ratio" "${startup_ratio}" "<= 1.3" 1.3 \
  "app $first_frame_app ms, bare window $first_frame_bare ms"
row "longest GUI-thread stall while 10,000 services load, ms" "$stall" "<= 16" 16 "one frame at 60 Hz: 16 ms"
row "longest GUI-thread stall while typing into the filter, ms" "$stall_filter" "<= 16" 16 "-"
row "longest GUI-thread stall while 20 operations poll, ms" "$stall_poll" "<= 16" 16 "-"
row "slowest filter keystroke over 10,000 services, ms" "$keystroke" "<= 16" 16 "-"
row "10,000 services listed in the app from sign-in, ms" "$app_listed" "<= 1000" 1000 \
  "${app_services:-?} services; the engine alone (bench_inventory, no GUI): $(figure engine_10k_listed_ms "$engine") ms for $(figure engine_10k_services "$engine"); from the exec: ${app_exec:-n/a} ms"
row "one Resource Graph page of 1,000 rows from azure-sim, ms" "$(figure sim_graph_page_ms "$engine")" "<= 20" 20 \
  "a 1-row page: $(figure sim_graph_row_ms "$engine") ms"
row "apim-backup-cli services --json, 10,000 services, peak MB" "$(figure cli_json_peak_mb "$engine")" "<= 60" 60 \
  "without --json: $(figure cli_plain_peak_mb "$engine") MB ($(figure cli_json_services "$engine") services)"
echo
echo "Other figures of the same run"
row "azure-sim: ARM list of up to 1,000 subscriptions, ms" "$(figure sim_subscriptions_page_ms "$engine")" "<= 20" 20 "-"
row "azure-sim: ARM list of $(figure sim_services_page_rows "$engine") services, ms" "$(figure sim_services_page_ms "$engine")" \
  "<= 20" 20 "-"
row "services of 200 subscriptions via Resource Graph, 20 ms latency, ms" "$(figure inventory_graph_ms "$engine")" \
  "< 300" 300 "-"
row "the same per subscription (fallback), ms" "$(figure inventory_fallback_ms "$engine")" "< 2500" 2500 "-"
row "engine listing ~10,000 services, peak MB" "$(figure inventory_10k_peak_mb "$engine")" "< 80" 80 "-"
row "recovery readiness of 1,000 services, ms" "$(figure readiness_ms "$engine")" "<= 1000" 1000 "-"
