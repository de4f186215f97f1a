#!/usr/bin/env bash
# Makes the README screenshots (docs/screenshots/*.png) from the real app against a
# local azure-sim and Azurite: the main window, the Recovery and Schedules pages (the
# schedules in a temporary systemd user directory and crontab file), the backup dialog,
# a running backup, in English and Korean. Offscreen (QWidget::grab), so no X server is
# needed; the Korean set needs a Korean font (Debian: fonts-nanum or fonts-noto-cjk).
#
#   scripts/screenshots.sh [BUILD_DIR]      (default: build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
OUT="$ROOT/docs/screenshots"
STATE=$(mktemp -d)
SIM="$BUILD/tests/simulator/azure-sim"

cleanup() {
  "$ROOT/tests/support/fixtures.sh" stop sim "$STATE" || true
  "$ROOT/tests/support/fixtures.sh" stop azurite "$STATE" || true
  rm -rf "$STATE"
}
trap cleanup EXIT

# APIM_SCREENSHOTS_NO_BUILD=1: the caller built them already (e.g. under a build lock).
[ -n "${APIM_SCREENSHOTS_NO_BUILD:-}" ] || cmake --build "$BUILD" --target apim-screenshots azure-sim apim-backup
"$ROOT/tests/support/fixtures.sh" start-azurite "$STATE" "$SIM"
"$ROOT/tests/support/fixtures.sh" start-sim "$STATE" "$SIM"

QM=$(find "$BUILD" -name 'apim-backup_ko.qm' -print -quit)
# English has its own .qm too: it holds the plural forms ("1 service", "8 services").
QM_EN=$(find "$BUILD" -name 'apim-backup_en.qm' -print -quit)
mkdir -p "$OUT"
export APIM_TEST_STATE_DIR="$STATE" QT_QPA_PLATFORM=offscreen
"$BUILD/tests/ui/apim-screenshots" "$OUT" ${QM_EN:+en "$QM_EN"}
# The simulator's estate changed (a backup is running): a fresh one for the Korean set.
# The first one is stopped, not left behind: it would keep the caller's build lock open.
"$ROOT/tests/support/fixtures.sh" stop sim "$STATE" || true
"$ROOT/tests/support/fixtures.sh" start-sim "$STATE" "$SIM"
if ! fc-list :lang=ko 2>/dev/null | grep -q .; then
  echo "screenshots: no Korean font (apt-get install fonts-nanum); the Korean set would show boxes" >&2
fi
if [ -n "$QM" ]; then
  "$BUILD/tests/ui/apim-screenshots" "$OUT" ko "$QM"
else
  echo "screenshots: no apim-backup_ko.qm in $BUILD; skipping the Korean set" >&2
fi
ls -l "$OUT"
