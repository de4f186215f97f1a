#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite with CTest, inside
# a private D-Bus session with a throwaway, unlocked gnome-keyring, so the keychain tests
# run against a real Secret Service without touching your own keyring. CTest fixtures
# start and stop Azurite and azure-sim on free loopback ports.
#
#   scripts/test.sh [--preset ci] [extra ctest arguments, e.g. -R tst_arm]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=dev
if [ "${1:-}" = "--preset" ]; then preset=$2; shift 2; fi
"$root/scripts/setup.sh" --preset "$preset"

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
    ctest --test-dir "$0/build" --output-on-failure -j2 --timeout 240 "$@"
  ' "$root" "$@"
