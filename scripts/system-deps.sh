#!/bin/sh
# Installs the Debian packages Qt (offscreen and on a desktop), the PDF checks, the PostgreSQL
# tests, PyInstaller (objdump: binutils), the bundle smoke test (xvfb-run: xvfb, xauth) and the
# kiosk test under a real X server (xvfb, openbox, xdotool) and the phone page's browser tests
# (chromium, chromium-driver) need, only those missing, and only
# when we may (root with apt-get).
set -eu
pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 poppler-utils postgresql binutils xvfb xauth xdotool openbox chromium chromium-driver"
missing=""
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Memasang paket sistem:$missing"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "Paket sistem belum terpasang:$missing"
  echo "Pasang dengan: sudo apt-get install$missing"
fi
