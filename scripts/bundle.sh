#!/usr/bin/env bash
# `make bundle`: a release build (LTO, stripped) packaged as a .deb and an
# .rpm by Tauri's bundler, copied into dist/ with lowercase names.
#
# The Tauri CLI is the npm build of tauri-cli (a prebuilt binary from the
# npm registry, seconds to install, where `cargo install tauri-cli` would
# compile for many minutes on two cores); it is installed into .tools/tauri/ if
# missing, pinned to the Tauri 2 line the app uses.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run

tauri=.tools/tauri/node_modules/.bin/tauri
if [ ! -x "$tauri" ]; then
  echo "Installing the Tauri CLI into .tools/ (npm @tauri-apps/cli@2)"
  npm install --no-save --no-audit --no-fund --prefix .tools/tauri @tauri-apps/cli@^2.12 >/dev/null
fi

# The man pages go in compressed (tauri.conf.json's bundle files); made
# here from their sources each time, so an edited page can't ship stale.
for page in packaging/interlude.1 packaging/interlude-desktop.1 packaging/de/interlude.1; do
  gzip -9nc "$page" > "$page.gz"
done

# The `interlude` command (interlude-cli, no GUI toolkit) goes into the
# packages beside the desktop binary (tauri.conf.json's bundle files), so
# it is built first; Tauri's build makes `interlude-desktop`.
cargo build --release --locked -p interlude-cli
"$tauri" build --bundles deb rpm --ci

mkdir -p dist
rm -f dist/*.deb dist/*.rpm
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
cp target/release/bundle/deb/*.deb "dist/interlude_${version}_amd64.deb"
cp target/release/bundle/rpm/*.rpm "dist/interlude-${version}-1.x86_64.rpm"
ls -l dist/ target/release/interlude target/release/interlude-desktop
