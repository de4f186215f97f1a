#!/usr/bin/env bash
# Checks a built apim-backup .deb without installing it: control fields (dependencies,
# keyring Recommends, description), the file list, translations embedded in both
# programs, the desktop file and AppStream metadata (when desktop-file-validate and
# appstreamcli are installed), and that the extracted programs start. Prints one line per
# problem and exits 1 if there is any. Used by scripts/package.sh and the ctest
# installer.deb_contents.
#
#   installer/check-deb.sh dist/apim-backup_0.1.0-1_amd64.deb
set -euo pipefail
deb=${1:?usage: check-deb.sh PACKAGE.deb}
[ -f "$deb" ] || { echo "check-deb: no such package: $deb" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/apim-check-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
problems=0
fail() { echo "check-deb: $*" >&2; problems=$((problems + 1)); }

# Read each field once; here-strings rather than pipes into grep -q, which with pipefail
# fail whenever grep stops reading early.
field() { dpkg-deb -f "$deb" "$1"; }
package=$(field Package)
maintainer=$(field Maintainer)
description=$(field Description)
depends=$(field Depends)
recommends=$(field Recommends)
[ "$package" = apim-backup ] || fail "Package is '$package', not apim-backup"
grep -q '<.*@.*>' <<<"$maintainer" || fail "Maintainer has no <address>: $maintainer"
[ "$(wc -l <<<"$description")" -ge 2 ] || fail "no long description under the short one: $description"
# libqt6svg6 is not a link dependency (--as-needed drops it): it is the SVG icon engine plugin.
for dep in libqt6widgets6 libqt6network6 libqt6svg6 libqt6keychain1; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
for rec in libsecret-1-0 'gnome-keyring | kwalletmanager' ca-certificates; do
  grep -qF "$rec" <<<"$recommends" || fail "Recommends lacks '$rec': $recommends"
done

dpkg-deb -x "$deb" "$work/root"
root="$work/root"
for f in usr/bin/apim-backup usr/bin/apim-backup-cli; do
  [ -x "$root/$f" ] || fail "missing or not executable: /$f"
done
for f in usr/share/applications/apim-backup.desktop \
         usr/share/icons/hicolor/scalable/apps/apim-backup.svg \
         usr/share/metainfo/io.github.apim_backup.metainfo.xml \
         usr/share/doc/apim-backup/copyright \
         usr/share/doc/apim-backup/changelog.Debian.gz; do
  [ -s "$root/$f" ] || fail "missing or empty: /$f"
done
# Everything under /usr, owned by root: a stray /usr/local or build path means a wrong prefix.
dpkg-deb -c "$deb" | awk '{print $2, $6}' >"$work/contents"
if grep -v -e '^root/root \./usr/' -e '^root/root \./$' "$work/contents"; then
  fail "files outside /usr or not owned by root (listed above)"
fi

# rcc stores resource names as UTF-16: drop the NULs to find the embedded .qm files.
for exe in apim-backup apim-backup-cli; do
  for qm in apim-backup_en.qm apim-backup_ko.qm; do
    [ "$(tr -d '\000' <"$root/usr/bin/$exe" | grep -acF "$qm")" -gt 0 ] || fail "$exe does not embed :/i18n/$qm"
  done
done

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/apim-backup.desktop" >"$work/desktop.log" 2>&1 ||
    { cat "$work/desktop.log" >&2; fail "desktop-file-validate failed"; }
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.apim_backup.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log" >&2; fail "appstreamcli validate failed"; }
fi

# The programs start and find their libraries (the system's Qt, as after installation).
if ! "$root/usr/bin/apim-backup-cli" --help >"$work/cli.txt" 2>&1 || ! grep -q 'apim-backup-cli' "$work/cli.txt"; then
  cat "$work/cli.txt" >&2
  fail "apim-backup-cli --help failed"
fi
if ! QT_QPA_PLATFORM=offscreen "$root/usr/bin/apim-backup" --version >"$work/gui.txt" 2>&1; then
  cat "$work/gui.txt" >&2
  fail "apim-backup --version failed"
fi

if [ "$problems" -gt 0 ]; then
  echo "check-deb: $problems problem(s) in $deb" >&2
  exit 1
fi
echo "check-deb: $deb is complete ($(wc -l <"$work/contents") entries)"
