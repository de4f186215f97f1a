#!/usr/bin/env bash
# The ctest installer.deb_contents: packages an already built tree as a .deb (cpack -G DEB
# into a temporary folder, so the build folder gains nothing) and checks the package with
# installer/check-deb.sh. Exit 77 (skipped) without dpkg-deb, i.e. off Debian and Ubuntu.
#
#   installer/deb-contents-test.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: deb-contents-test.sh BUILD_DIR}
command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb not installed"; exit 77; }
out=$(mktemp -d "${TMPDIR:-/tmp}/apim-deb-test.XXXXXX")
trap 'rm -rf "$out"' EXIT
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  echo "deb-contents-test: cpack failed (is everything built? cmake --build $build)" >&2
  exit 1
fi
"$(dirname "$0")/check-deb.sh" "$out"/apim-backup_*.deb
