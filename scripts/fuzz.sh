#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, apim_core and tests/fuzz only, in
# build-fuzz/) and runs each for SECONDS (default 60) from a copy of its committed seed
# corpus, one after the other. One line per target: runs, execs/s, corpus size, crashes.
# Exits non-zero when a target crashed, leaked or hung; the input that did it is named
# (build-fuzz/work/<target>/crash-*). Leaves no fuzzer running when stopped.
#
#   scripts/fuzz.sh [SECONDS] [--no-build] [--only NAME[,NAME...]]
#
# --no-build      run what build-fuzz holds (build it first: cmake --preset fuzz &&
#                 cmake --build build-fuzz)
# APIM_BUILD_LOCK=/path   hold that lock (flock) while building, and only then: a long run
#                 does not keep other builds waiting. Example, niced, 10 minutes a target:
#                 APIM_BUILD_LOCK=/tmp/apim-build.lock nice -n 19 scripts/fuzz.sh 600
# FUZZ_WORK=/dir  where the working corpora, logs and crash inputs go (default build-fuzz/work)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=60
build=1
only=""
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) build=0 ;;
    --only) only=${2:?--only needs target names}; shift ;;
    [0-9]*) seconds=$1 ;;
    *) echo "usage: $0 [SECONDS] [--no-build] [--only NAME[,NAME...]]" >&2; exit 2 ;;
  esac
  shift
done

builddir="$root/build-fuzz"
work=${FUZZ_WORK:-$builddir/work}
fuzzer_pid=""
cleanup() {
  if [ -n "$fuzzer_pid" ]; then
    kill "$fuzzer_pid" 2>/dev/null || true
    wait "$fuzzer_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

if [ "$build" = 1 ]; then
  command -v clang++ >/dev/null || { echo "clang++ is missing: apt-get install --no-install-recommends clang libclang-rt-14-dev" >&2; exit 1; }
  # Configure (once) and build in one go, under the lock when asked.
  build_fuzz() {
    if [ ! -f "$builddir/build.ninja" ]; then
      if [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null; then
        export CMAKE_CXX_COMPILER_LAUNCHER=ccache
      fi
      cmake --preset fuzz -S "$root" >/dev/null
    fi
    cmake --build "$builddir" -j"$(nproc)" | tail -3
  }
  if [ -n "${APIM_BUILD_LOCK:-}" ]; then
    exec {lock_fd}>"$APIM_BUILD_LOCK"
    flock "$lock_fd"
    build_fuzz
    flock -u "$lock_fd"
    exec {lock_fd}>&-
  else
    build_fuzz
  fi
fi

# The targets, as tests/fuzz/CMakeLists.txt lists them.
targets=$(sed -n '/^set(apim_fuzz_targets/,/)/p' "$root/tests/fuzz/CMakeLists.txt" \
  | sed 's/set(apim_fuzz_targets//; s/)//' | tr -s ' \n' ' ')
if [ -n "$only" ]; then targets=${only//,/ }; fi

failed=0
for name in $targets; do
  binary="$builddir/tests/fuzz/fuzz_$name"
  [ -x "$binary" ] || { echo "fuzz_$name: not built ($binary)" >&2; failed=1; continue; }
  dir="$work/$name"
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  # The committed corpus stays as it is: the fuzzer adds to a copy.
  cp "$root/tests/fuzz/corpus/$name"/* "$dir/corpus/"
  set +e
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$dir/log" 2>&1 &
  fuzzer_pid=$!
  wait "$fuzzer_pid"
  status=$?
  fuzzer_pid=""
  set -e
  stat() { sed -n "s/^stat::$1: *//p" "$dir/log" | tail -1; }
  runs=$(stat number_of_executed_units)
  speed=$(stat average_exec_per_sec)
  rss=$(stat peak_rss_mb)
  crashes=$(find "$dir/artifacts" -type f | wc -l)
  corpus=$(find "$dir/corpus" -type f | wc -l)
  echo "fuzz_$name: ${seconds}s runs=${runs:-?} execs/s=${speed:-?} corpus=$corpus peak_rss=${rss:-?}MB crashes=$crashes exit=$status"
  if [ "$status" != 0 ] || [ "$crashes" != 0 ]; then
    failed=1
    find "$dir/artifacts" -type f -printf '  input: %p\n'
    grep -m3 -E 'ERROR: |runtime error|invariant broken|SUMMARY' "$dir/log" | sed 's/^/  /' || true
    echo "  log: $dir/log"
  fi
done
exit $failed
