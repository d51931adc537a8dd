#!/bin/sh
# Adds Labinovasi to the desktop of the current user: menu entry, icons, and .labinovasi files
# opening in the app. Works for the wheel (`labinovasi` on PATH) and for the bundle:
#   sh packaging/linux/install.sh                          # wheel: runs `labinovasi`
#   sh packaging/linux/install.sh /opt/Labinovasi/Labinovasi   # bundle: its windowed program
# Remove with: sh packaging/linux/install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/labinovasi.desktop" "$data/mime/packages/labinovasi.xml"
  for png in "$data"/icons/hicolor/*/apps/labinovasi.png "$data"/icons/hicolor/*/mimetypes/application-x-labinovasi.png; do
    rm -f "$png"
  done
else
  program=${1:-labinovasi}
  mkdir -p "$data/applications" "$data/mime/packages"
  sed -e "s|^Exec=labinovasi |Exec=\"$program\" |" -e "s|^TryExec=labinovasi|TryExec=$program|" \
    "$here/labinovasi.desktop" > "$data/applications/labinovasi.desktop"
  cp "$here/labinovasi-mime.xml" "$data/mime/packages/labinovasi.xml"
  for dir in "$here"/icons/hicolor/*x*; do
    size=$(basename "$dir")
    mkdir -p "$data/icons/hicolor/$size/apps" "$data/icons/hicolor/$size/mimetypes"
    cp "$dir/apps/labinovasi.png" "$data/icons/hicolor/$size/apps/labinovasi.png"
    cp "$dir/apps/labinovasi.png" "$data/icons/hicolor/$size/mimetypes/application-x-labinovasi.png"
  done
fi
# Refresh the caches where the tools exist (a desktop has them; a server may not).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
