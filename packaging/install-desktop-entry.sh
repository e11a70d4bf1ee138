#!/bin/sh
# Adds the packaged app to this user's desktop menu: the desktop entry, pointing at the program in
# this folder, and the icon in every size. Run it again after moving the folder; `--remove` undoes it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/disclosure-assistant.desktop"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for png in "$here"/icons/disclosure-assistant-*.png; do
    size=$(basename "$png" .png | sed 's/.*-//')
    rm -f "$data/icons/hicolor/${size}x${size}/apps/disclosure-assistant.png"
  done
  echo "removed $entry"
  exit 0
fi
mkdir -p "$data/applications"
for png in "$here"/icons/disclosure-assistant-*.png; do
  size=$(basename "$png" .png | sed 's/.*-//')
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/disclosure-assistant.png"
done
# The Exec line names this folder's program (quoted: the path may hold spaces).
sed "s|^Exec=.*|Exec=\"$here/disclosure-assistant\"|" "$here/disclosure-assistant.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "installed $entry"
