#!/usr/bin/env bash
# The core crate must build without Tauri (see docs/design.md), and the
# `interlude` command (interlude-cli) without Tauri or any GUI toolkit:
# fail if a tauri, gtk, gdk, webkit, glib or wry crate appears in either's
# normal dependency tree.
set -euo pipefail
status=0
for crate in interlude-core interlude-cli; do
  if cargo tree -p "$crate" -e normal --prefix none | grep -E '^(tauri|gtk|gdk|webkit|javascriptcore|glib|soup|wry|tao)' ; then
    echo "$crate depends on a GUI crate (above); keep it free of Tauri and GTK." >&2
    status=1
  else
    echo "$crate is free of Tauri and GTK."
  fi
done
exit "$status"
