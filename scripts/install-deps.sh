#!/usr/bin/env bash
# Installs what Interlude needs to build (`run`) or to build and test
# (`test`) on a fresh Debian or Ubuntu machine, skipping what is present.
# On other systems it prints what to install and stops.
set -euo pipefail

mode="${1:-run}"
app_pkgs=(pkg-config libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev
          librsvg2-dev libxdo-dev libssl-dev)
# End-to-end tests: the WebKit WebDriver, a virtual X server, a private
# D-Bus session and a real notification daemon; pdftotext (poppler-utils)
# reads the text back out of an exported PDF brief; status-notifier-watcher
# is a tray host on the private bus, whose menu busctl (systemd) clicks;
# two Syncthing instances carry the sync e2e's folder on loopback; the
# AT-SPI registry and its GObject bindings let tests/e2e/atspi_names.py read
# the app's accessibility tree as Orca does.
e2e_pkgs=(webkit2gtk-driver xvfb xauth dbus-x11 dunst gnome-keyring libsecret-tools procps fonts-dejavu-core fonts-noto-color-emoji poppler-utils imagemagick haskell-status-notifier-item-utils systemd syncthing at-spi2-core python3-gi gir1.2-atspi-2.0)

pkgs=("${app_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${e2e_pkgs[@]}")

if ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<MSG
This machine has no apt-get, so Interlude can't install its own build
dependencies here. Please install the equivalents of:
  ${pkgs[*]}
plus Rust (rustup), Node.js 18 or later, and for tests:
  cargo install tauri-driver --locked
See https://v2.tauri.app/start/prerequisites/ for your system.
MSG
  exit 1
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for component in rustfmt clippy; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
    rustup component add "$component"
  fi
done

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 18 or later is needed for the UI tests and the end-to-end driver." >&2
  exit 1
fi

# cargo deny: the dependency tree's licences, sources and banned (network)
# crates, checked offline in `make lint`.
if [ "$mode" = test ] && ! cargo deny --version >/dev/null 2>&1; then
  echo "Installing cargo-deny (checks the dependency tree's licences and bans)"
  cargo install cargo-deny --version '^0.20' --locked
fi

if [ "$mode" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "Installing tauri-driver (the WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --version '^2' --locked
fi

# axe-core, the accessibility rules tests/e2e/a11y.test.mjs runs inside the
# app's web view: pinned in package-lock.json, installed without running
# any package's scripts. Test-only; the app ships no npm code.
axe_current() {
  node -e 'const lock = require("./package-lock.json").packages["node_modules/axe-core"];
    process.exit(require("./node_modules/axe-core/package.json").version === lock.version ? 0 : 1)' 2>/dev/null
}
if [ "$mode" = test ] && ! axe_current; then
  echo "Installing the test suites' npm packages (axe-core)"
  npm ci --ignore-scripts --no-audit --no-fund
fi
