#!/usr/bin/env bash
# `make package-check`: the .deb as a person would meet it. Lintian finds
# no errors; apt installs it with its declared dependencies; `interlude
# --version` and `--help` answer; the installed app starts under Xvfb and
# shows its window; removing the package takes the program and leaves the
# person's journal exactly as it was. Also reads the .rpm's header and
# records the sizes in dist/sizes.tsv (docs/benchmarks.md picks them up).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

ls dist/interlude_*_amd64.deb >/dev/null 2>&1 || scripts/bundle.sh
deb="$(ls dist/interlude_*_amd64.deb | head -1)"
rpm_file="$(ls dist/interlude-*.x86_64.rpm | head -1)"

need=()
for p in lintian rpm xvfb xauth x11-utils; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$deb"

echo "== recommends"
# The feeling and mood words carry emoji; without a colour emoji font
# WebKitGTK draws them as boxes. Recommended, so a minimal install can
# leave it out.
dpkg-deb -f "$deb" Recommends | grep -q fonts-noto-color-emoji
rpm -qp --recommends "$rpm_file" | grep -q google-noto-color-emoji-fonts

echo "== rpm header"
rpm -qpi "$rpm_file" | grep -E '^(Name|Version|License|Summary)'
rpm -qpR "$rpm_file" | grep -q webkit2gtk

echo "== install"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
test "$(command -v interlude)" = /usr/bin/interlude
test -x /usr/bin/interlude-desktop
# The command links no GUI toolkit: it starts fast and runs on a machine
# without GTK or WebKit (the desktop binary is the one that needs them).
if ldd /usr/bin/interlude | grep -Ei 'gtk|gdk|webkit|javascriptcore|soup|glib'; then
  echo "/usr/bin/interlude links a GUI toolkit (above)" >&2; exit 1
fi
interlude --version | grep -q "^interlude "
for sub in note search brief export import doctor reminders; do
  interlude --help | grep -q "  $sub " || { echo "--help lacks $sub" >&2; exit 1; }
done
test -f /usr/share/applications/Interlude.desktop
# Tauri names the icon after the main binary; the desktop entry names the same.
test -f /usr/share/icons/hicolor/256x256/apps/interlude-desktop.png
grep -qx "Icon=interlude-desktop" /usr/share/applications/Interlude.desktop

echo "== run the installed app under Xvfb"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" interlude note "Written before the app is removed" --mood 6 >/dev/null
journal="$home/.local/share/org.interlude.desktop/interlude.db"
test -f "$journal"
HOME="$home" xvfb-run -a bash -c '
  /usr/bin/interlude & app=$!
  for _ in $(seq 1 80); do
    # The window, with the class the desktop entry names (StartupWMClass):
    # `interlude` hands over to interlude-desktop keeping its argv[0].
    if xwininfo -root -tree | grep -q "\"Interlude\": (\"interlude\" "; then shown=1; break; fi
    sleep 0.25
  done
  kill "$app"; wait "$app" 2>/dev/null || true
  [ "${shown:-}" = 1 ] || { echo "the installed app showed no window" >&2; exit 1; }
'
HOME="$home" interlude export >/dev/null   # the journal still opens after the app ran
before="$(sha256sum "$journal" | cut -d" " -f1)"

echo "== remove"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq interlude >/dev/null
! command -v interlude >/dev/null
test -f "$journal"
test "$(sha256sum "$journal" | cut -d" " -f1)" = "$before"

{
  printf 'binary_bytes\t%s\n' "$(stat -c %s target/release/interlude-desktop)"
  printf 'cli_binary_bytes\t%s\n' "$(stat -c %s target/release/interlude)"
  printf 'deb_bytes\t%s\n' "$(stat -c %s "$deb")"
  printf 'rpm_bytes\t%s\n' "$(stat -c %s "$rpm_file")"
} > dist/sizes.tsv
cat dist/sizes.tsv
echo "Package check passed."
