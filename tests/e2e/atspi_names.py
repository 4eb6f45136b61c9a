#!/usr/bin/python3
"""Reads Interlude's accessibility tree over AT-SPI, as Orca does, and says
what a screen reader would find wrong on the page shown now.

Run by tests/e2e/atspi.test.mjs with the system Python (the GObject
bindings, python3-gi and gir1.2-atspi-2.0, are Debian packages). Prints one
JSON object: the page's title, how many nodes of each role it has, the
controls with no name (a screen reader would say only "button"), and the
live regions (status, alert, log) that announce saves, undo and errors.
"""

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# Roles a person acts on: each must have a name.
CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "link",
    "entry", "password text", "combo box", "spin button", "slider",
    "menu item", "page tab",
}
LIVE = {"status bar", "alert", "log", "notification", "timer", "marquee"}
MAX_NODES = 6000


def walk(node, out, path):
    if len(out) >= MAX_NODES:
        return
    try:
        role = node.get_role_name()
        name = node.get_name() or ""
        states = node.get_state_set()
    except Exception:  # a node gone while the page redraws
        return
    if states.contains(Atspi.StateType.DEFUNCT):
        return
    visible = states.contains(Atspi.StateType.SHOWING)
    if role == "text" and states.contains(Atspi.StateType.EDITABLE):
        role = "entry"  # a text field, which some versions call "text"
    said = ""
    try:
        attrs = node.get_attributes() or {}
    except Exception:
        attrs = {}
    # aria-live on any element shows as its "live" attribute.
    live = role in LIVE or attrs.get("live", "off") not in ("off", "")
    if live:
        # What a live region says is its text, not its name.
        try:
            said = Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
        except Exception:
            said = ""
    out.append({"role": role, "name": name, "visible": visible, "path": path, "says": said, "live": live})
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        if child is not None:
            walk(child, out, f"{path}/{role}")


def documents(node, found, depth=0):
    """The web documents under a window (the page itself)."""
    if depth > 8:
        return
    try:
        role = node.get_role_name()
    except Exception:
        return
    if role == "document web":
        found.append(node)
        return
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            documents(child, found, depth + 1)


def main():
    title = sys.argv[1] if len(sys.argv) > 1 else ""
    desktop = Atspi.get_desktop(0)
    pages = []
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is None or "interlude" not in (app.get_name() or "").lower():
            continue
        documents(app, pages)
    if title:
        pages = [p for p in pages if title in (p.get_name() or "")] or pages
    if not pages:
        print(json.dumps({"error": "no Interlude page over AT-SPI"}))
        return
    page = pages[0]
    nodes = []
    walk(page, nodes, "")
    roles = {}
    for n in nodes:
        roles[n["role"]] = roles.get(n["role"], 0) + 1
    nameless = [
        f'{n["role"]} at {n["path"]}'
        for n in nodes
        if n["role"] in CONTROLS and not n["name"].strip() and n["visible"]
    ]
    live = [f'{n["role"]}: {n["name"]} {n["says"]}'.strip() for n in nodes if n["live"]]
    print(json.dumps({
        "title": page.get_name(),
        "nodes": len(nodes),
        "roles": roles,
        "nameless": nameless,
        "live": live,
    }))


if __name__ == "__main__":
    main()
