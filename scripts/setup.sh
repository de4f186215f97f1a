#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu packages, Azurite from the committed lock file),
# then configures and builds. Idempotent: a second run installs nothing and rebuilds only
# what changed. Used by demo.sh and test.sh; run it alone to just build.
#
#   scripts/setup.sh [--preset dev|ci|asan]   (default: dev; build folder: the preset's, e.g. build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=dev
[ "${1:-}" = "--preset" ] && preset=${2:?}

packages=(
  g++ cmake ninja-build libgl-dev pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev qtkeychain-qt6-dev
  libqt6svg6 qt6-qpa-plugins zlib1g-dev
  dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  xvfb xauth imagemagick x11-apps curl openssl procps fonts-nanum dpkg-dev clang-format tinyproxy
  python3 python3-yaml
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
# NodeSource's nodejs ships npm and conflicts with Debian's npm package.
if ! command -v npm >/dev/null; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
fi

# Azurite, from the committed lock file; reinstalled only when the lock file changes.
azurite="$root/tools/azurite"
stamp="$azurite/node_modules/.apim-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$azurite/package-lock.json" "$stamp"; then
  echo "Installing Azurite (npm ci)"
  (cd "$azurite" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$azurite/package-lock.json" "$stamp"
fi

# The preset's own build folder (build/, build-asan/, ...), configured again when it was
# last configured with another preset (dev and ci share build/).
build=$("$root/scripts/preset-dir.sh" "$preset")
if [ ! -f "$build/build.ninja" ] || [ "$(cat "$build/.apim-preset" 2>/dev/null)" != "$preset" ]; then
  cmake --preset "$preset" -S "$root" >/dev/null
  echo "$preset" >"$build/.apim-preset"
fi
cmake --build "$build" -j"$(nproc)"
