#!/usr/bin/env bash
# Regenerates the platform icons from resources/icons/apim-backup.svg:
#   installer/windows/apim-backup.ico   (16..256 px; the .exe icon and the NSIS installer icon)
#   installer/macos/apim-backup.icns    (128..1024 px PNG entries; the app bundle icon)
# The results are committed, so Windows and macOS builds need none of these tools.
# Run it on Debian after changing the SVG. Needs g++, pkg-config, Qt 6 Svg (qt6-svg-dev),
# ImageMagick (/usr/bin/convert) and /usr/bin/python3. SVG is rendered by Qt's own
# QSvgRenderer because ImageMagick on Debian has no SVG reader without librsvg.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/resources/icons/apim-backup.svg"
work=$(mktemp -d "${TMPDIR:-/tmp}/apim-icons.XXXXXX")
trap 'rm -rf "$work"' EXIT

cat >"$work/render.cpp" <<'CPP'
// render SVG SIZE OUT.png: draws the SVG scaled to SIZE x SIZE on a transparent background.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int size = QString::fromLocal8Bit(argv[2]).toInt();
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    return svg.isValid() && image.save(QString::fromLocal8Bit(argv[3])) ? 0 : 1;
}
CPP
# shellcheck disable=SC2046  # pkg-config prints several flags on purpose
g++ -std=c++17 -fPIC -o "$work/render" "$work/render.cpp" $(pkg-config --cflags --libs Qt6Svg Qt6Gui)
export XDG_RUNTIME_DIR="$work"
for size in 16 24 32 48 64 128 256 512 1024; do
  QT_QPA_PLATFORM=offscreen "$work/render" "$svg" "$size" "$work/$size.png"
done

/usr/bin/convert "$work"/{16,24,32,48,64,128,256}.png "$root/installer/windows/apim-backup.ico"

# ICNS: "icns" + total length, then one (type, length, PNG) entry per size. PNG entries
# are what current macOS reads: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x).
/usr/bin/python3 - "$work" "$root/installer/macos/apim-backup.icns" <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    png = open(f"{work}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", len(png) + 8) + png
open(out, "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
echo "Wrote installer/windows/apim-backup.ico and installer/macos/apim-backup.icns"
