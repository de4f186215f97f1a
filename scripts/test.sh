#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite with CTest, inside
# a private D-Bus session with a throwaway, unlocked gnome-keyring, so the keychain tests
# run against a real Secret Service without touching your own keyring. CTest fixtures
# start and stop Azurite and azure-sim on free loopback ports.
#
#   scripts/test.sh [--preset dev|ci|asan] [extra ctest arguments, e.g. -R tst_arm]
#
# Each preset builds and tests in its own folder (scripts/preset-dir.sh). asan runs the
# suite under AddressSanitizer + UndefinedBehaviorSanitizer: the first error ends the
# process and fails its test, and so does a leak at exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=dev
if [ "${1:-}" = "--preset" ]; then preset=$2; shift 2; fi
"$root/scripts/setup.sh" --preset "$preset"
build=$("$root/scripts/preset-dir.sh" "$preset")
timeout=240

if [ "$preset" = asan ]; then
  # Leaks are errors; suppressions only for third-party libraries (tests/sanitizers/lsan.supp).
  export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1"
  export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  timeout=600 # everything runs about three times slower
fi

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/apim-tests.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/run"
chmod 700 "$sandbox/run"

# Never xvfb-run or touch the keyring without a session bus: gnome-keyring would prompt
# on a display nobody sees and the tests would hang (reference: toolchain.md).
HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/run" QT_QPA_PLATFORM=offscreen \
  dbus-run-session -- bash -euc '
    # --unlock first: anything that touches the Secret Service before it gets a locked one.
    echo -n apim-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    build=$1 timeout=$2; shift 2
    ctest --test-dir "$build" --output-on-failure -j2 --timeout "$timeout" "$@"
  ' _ "$build" "$timeout" "$@"
