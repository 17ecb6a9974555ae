#!/bin/sh
# Install or update bnldesk for the current user (no root needed), from the unpacked build:
#
#     ./install.sh              copy this folder to ~/.local/opt/bnldesk, add the menu entry,
#                               the icon and a `bnldesk` command in ~/.local/bin
#     ./install.sh --uninstall  remove them again (the database, backups and settings stay)
#
# The delegate's data never lives in the program folder, so an update replaces it whole.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/bnldesk
bin_link=$HOME/.local/bin/bnldesk
desktop_file=$data_home/applications/bnldesk.desktop
metainfo=$data_home/metainfo/io.github.bnldesk.bnldesk.metainfo.xml
icons=$data_home/icons/hicolor
sizes="16 24 32 48 64 128 256"

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$desktop_file" "$metainfo" "$icons/scalable/apps/bnldesk.svg"
    for size in $sizes; do rm -f "$icons/${size}x${size}/apps/bnldesk.png"; done
    if [ -L "$bin_link" ]; then rm -f "$bin_link"; fi
    rm -rf "$target"
    refresh_caches
    echo "bnldesk removed; your database and backups are still in $data_home/bnldesk"
    exit 0
fi

if [ ! -x "$here/bnldesk" ] || [ ! -d "$here/_internal/resources" ]; then
    echo "install.sh: run me from the unpacked bnldesk folder (next to the bnldesk program)" >&2
    exit 1
fi

if [ "$here" != "$target" ]; then
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.new"
    cp -R "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
resources=$target/_internal/resources

mkdir -p "$(dirname "$bin_link")" "$(dirname "$desktop_file")" "$icons/scalable/apps"
ln -sf "$target/bnldesk" "$bin_link"
for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$resources/icons/bnldesk-$size.png" "$icons/${size}x${size}/apps/bnldesk.png"
done
cp "$resources/icons/bnldesk.svg" "$icons/scalable/apps/bnldesk.svg"
# The menu entry starts the installed program by its full path: no need for ~/.local/bin on PATH.
sed -e "s|^Exec=.*|Exec=$target/bnldesk|" -e "s|^TryExec=.*|TryExec=$target/bnldesk|" \
    "$resources/bnldesk.desktop" >"$desktop_file"
# AppStream metadata, for software centres that list what is installed.
mkdir -p "$(dirname "$metainfo")"
cp "$resources/$(basename "$metainfo")" "$metainfo"
refresh_caches

version=$("$target/bnldesk" --version)
echo "$version installed in $target"
echo "start it from the applications menu, or run: $bin_link"
