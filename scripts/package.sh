#!/usr/bin/env bash
# Builds the release packages for this platform: configures a Release build without the
# tests in build-release/ (CMake preset "release"), builds it, runs CPack, and puts the
# packages in dist/. On Linux that is apim-backup_<version>-1_<arch>.deb and a .tar.gz,
# and the .deb is then checked (installer/check-deb.sh). installer/README.md has the rest.
#
#   scripts/package.sh [CPack generator...]      (default: the platform's, DEB TGZ on Linux)
#
# Needs, besides the build packages of scripts/setup.sh: dpkg-dev (dpkg-shlibdeps works
# out the Depends). Optional: desktop-file-utils and appstream, for the checks.
# APIM_JOBS sets the build's parallel jobs (default: all cores).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-release"
dist="$root/dist"

# Several builds on one machine take turns through the same lock file (see scripts/setup.sh
# users and the team's build rules); without flock, just run.
locked() {
  if command -v flock >/dev/null; then flock "${APIM_BUILD_LOCK:-/tmp/apim-build.lock}" "$@"; else "$@"; fi
}

command -v dpkg-shlibdeps >/dev/null || [ "$(uname -s)" != Linux ] ||
  echo "package.sh: dpkg-shlibdeps not found (apt-get install dpkg-dev): using the hand-written Depends list" >&2

cd "$root"
locked cmake --preset release >/dev/null
locked cmake --build "$build" -j"${APIM_JOBS:-$(nproc)}"

mkdir -p "$dist"
generators=("$@")
cpack_args=()
for g in "${generators[@]}"; do cpack_args+=(-G "$g"); done
# -B: packages straight into dist/; CPack's staging folder goes there too, then away.
cpack --config "$build/CPackConfig.cmake" -B "$dist" "${cpack_args[@]}"
rm -rf "$dist/_CPack_Packages"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
for deb in "$dist"/apim-backup_"$version"-*.deb; do
  [ -f "$deb" ] && "$root/installer/check-deb.sh" "$deb"
done
ls -l "$dist"
