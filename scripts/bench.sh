#!/usr/bin/env bash
# Every benchmark, in one command: configures and builds the Release build with the
# benchmarks (preset "bench", build-bench/), runs them, and prints each figure of issue
# #11's table beside its goal and a baseline measured in the same run.
#
#   scripts/bench.sh [--tiny] [--no-build] [--build-dir DIR] [--runs N]
#
#   --tiny       a few dozen services and one run of each: proves the benchmarks work
#                (CTest runs it so, on its own build); the figures mean nothing
#   --no-build   use the build folder as it is (build the targets below first)
#   --build-dir  DIR: default build-bench/ (the bench preset's, configured here when it
#                builds); another folder is only built, never configured
#   --runs N     startup runs (default 15)
#
# The benchmarks: tests/bench/run-benchmarks.sh (azure-sim, the engine, the CLI) and
# tests/bench/startup/run.sh (the desktop app's first frame, its listing of 10,000
# services, and the GUI thread's stalls). Every process they start is stopped when they
# end, on success, failure, Ctrl-C or kill. Quiet machines give steady figures: run it
# with nothing else building. A benchmark that fails leaves its figures "n/a" and the
# script's exit code non-zero, after the table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
build_dir_given=
tiny=
no_build=
runs=15
while [ $# -gt 0 ]; do
  case $1 in
    --tiny) tiny=1; runs=1 ;;
    --no-build) no_build=1 ;;
    --build-dir) build=$2; build_dir_given=1; shift ;;
    --runs) runs=$2; shift ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

targets=(azure-sim apim-backup apim-backup-cli bench_inventory bench_readiness bench_startup_baseline bench_startup_stall)
if [ -z "$no_build" ]; then
  if [ -z "$build_dir_given" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    (cd "$root" && cmake --preset bench "${launcher[@]}" >/dev/null)
    build="$root/build-bench"
  fi
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
failed=()
run() { # name log command...
  local name=$1 log=$2 rc=0 out tee_pid
  shift 2
  # Shown as it comes and kept for the table; the benchmark itself is the child, so that
  # the cleanup signals it rather than a shell in between.
  exec {out}> >(tee "$log")
  tee_pid=$!
  "$@" >&"$out" 2>&1 {out}>&- &
  child=$!
  wait "$child" || rc=$?
  child=
  exec {out}>&-
  wait "$tee_pid" || true # every line is in the log before it is read
  if [ "$rc" -ne 0 ]; then
    failed+=("$name (exit $rc)")
    echo "bench.sh: $name failed with exit code $rc: its figures are n/a" >&2
  fi
}

tiny_flag=()
[ -n "$tiny" ] && tiny_flag=(--tiny)
echo "== engine, simulator and CLI: tests/bench/run-benchmarks.sh ${tiny_flag[*]} $build"
run tests/bench/run-benchmarks.sh "$work/engine.log" "$root/tests/bench/run-benchmarks.sh" "${tiny_flag[@]}" "$build"
echo
echo "== desktop app: tests/bench/startup/run.sh $build $runs"
estate=()
[ -n "$tiny" ] && estate=(APIM_BENCH_ESTATE="4 5")
run tests/bench/startup/run.sh "$work/startup.log" env "${estate[@]}" "$root/tests/bench/startup/run.sh" "$build" "$runs"

# A figure: the value of the last "FIGURE name value" line of a benchmark's report.
figure() { # name log
  local value
  value=$(sed -n "s/^FIGURE $1 \([^ ]*\).*/\1/p" "$2" 2>/dev/null | tail -n1)
  echo "${value:-n/a}"
}
engine="$work/engine.log"
startup="$work/startup.log"
f() { figure "$1" "$startup"; }
e() { figure "$1" "$engine"; }

# verdict value goal: "yes" when value <= goal
verdict() { awk -v v="$1" -v g="$2" 'BEGIN {if (v == "n/a") print "?"; else if (v + 0 <= g + 0) print "yes"; else print "NO"}'; }
row() { # figure measured goal-text goal-number baseline
  printf '| %-66s | %9s | %-9s | %-4s | %s\n' "$1" "$2" "$3" "$(verdict "$2" "$4")" "$5"
}
header() { printf '| %-66s | %9s | %-9s | %-4s | %s\n' figure measured goal met "baseline (same run)"; }
idle="idle event loop's longest gap: $(f gui_idle_stall_ms) ms"
echo
echo "Figures of issue #11, ${build_type:-unknown} build ($build), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)${tiny:+, TINY ESTATE: not a measurement}"
header
row "first frame, app / bare Qt window ($(sed -n 's/^Startup: \([a-z]*\) platform.*/\1/p' "$startup" | head -n1)), ratio" \
  "$(f startup_ratio)" "<= 1.3" 1.3 "app $(f first_frame_app_ms) ms, bare Qt window $(f first_frame_bare_ms) ms (from the exec, median of $runs)"
row "longest GUI-thread stall while $(f app_services_listed) services load, ms" "$(f gui_longest_stall_ms)" "<= 16" 16 \
  "$(f gui_longest_stall_ms_count) stalls >= 16 ms, the longest $(f gui_longest_stall_ms_cpu) ms on the CPU; $idle"
row "longest GUI-thread stall while typing into the filter, ms" "$(f gui_filter_stall_ms)" "<= 16" 16 \
  "$(f gui_filter_stall_ms_count) stalls >= 16 ms, the longest $(f gui_filter_stall_ms_cpu) ms on the CPU; $idle"
row "longest GUI-thread stall while a batch of $(f operations_polled) backups polls, ms" "$(f gui_poll_stall_ms)" "<= 16" 16 \
  "$(f gui_poll_stall_ms_count) stalls >= 16 ms, the longest $(f gui_poll_stall_ms_cpu) ms on the CPU; $idle"
row "longest GUI-thread stall after a target RPO changes, ms" "$(f gui_target_stall_ms)" "<= 16" 16 \
  "$(f gui_target_stall_ms_count) stalls >= 16 ms, the longest $(f gui_target_stall_ms_cpu) ms on the CPU; $idle"
row "longest GUI-thread stall launching over a history of $(f history_operations) operations, ms" "$(f gui_history_stall_ms)" "<= 16" 16 \
  "$(f gui_history_stall_ms_count) stalls >= 16 ms, the longest $(f gui_history_stall_ms_cpu) ms on the CPU; from the first frame to the services listed; $idle"
row "slowest filter keystroke over $(f app_services_listed) services, ms" "$(f filter_slowest_keystroke_ms)" "<= 16" 16 \
  "Qt's QSortFilterProxyModel over the same rows: $(f filter_stock_keystroke_ms) ms"
row "$(f app_services_listed) services listed in the app from sign-in, ms" "$(f app_services_listed_ms)" "<= 1000" 1000 \
  "the engine alone (bench_inventory): $(e engine_10k_listed_ms) ms for $(e engine_10k_services); the app from its exec: $(f app_exec_listed_ms) ms"
row "one Resource Graph page of 1,000 rows from azure-sim, ms" "$(e sim_graph_page_ms)" "<= 20" 20 \
  "a 1-row page: $(e sim_graph_row_ms) ms"
row "apim-backup-cli services --json, $(e cli_json_services) services, peak MB" "$(e cli_json_peak_mb)" "<= 60" 60 \
  "without --json: $(e cli_plain_peak_mb) MB; one subscription's services: $(e cli_small_peak_mb) MB"
echo
echo "Other figures of the same run"
header
row "azure-sim: ARM list of up to 1,000 subscriptions, ms" "$(e sim_subscriptions_page_ms)" "<= 20" 20 "-"
row "azure-sim: ARM list of $(e sim_services_page_rows) services, ms" "$(e sim_services_page_ms)" "<= 20" 20 "-"
row "services of 200 subscriptions, Resource Graph, 20 ms latency, ms" "$(e inventory_graph_ms)" "< 300" 300 "-"
row "the same per subscription (fallback), ms" "$(e inventory_fallback_ms)" "< 2500" 2500 "-"
row "engine listing ~10,000 services, 20 ms latency, peak MB" "$(e inventory_10k_peak_mb)" "< 80" 80 "-"
row "recovery readiness of 1,000 services, ms" "$(e readiness_ms)" "<= 1000" 1000 "the naive way: $(e readiness_naive_ms) ms"
row "one List Blobs page of 5,000 backups read (on a worker), ms" "$(e blob_list_parse_ms)" "<= 150" 150 \
  "QXmlStreamReader alone over the same page: $(e blob_list_stream_ms) ms; its blobs matched to their services (on a worker too): $(e blob_list_match_ms) ms"
row "the journal's 3,000 records read (on the catalog's worker), ms" "$(e journal_read_ms)" "<= 250" 250 "-"
if [ "${#failed[@]}" -gt 0 ]; then
  echo
  printf 'bench.sh: failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
