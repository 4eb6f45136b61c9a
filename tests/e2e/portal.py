#!/usr/bin/python3
"""A desktop's settings portal, for the one setting Interlude reads: the
light or dark style (org.freedesktop.appearance color-scheme).

Usage: portal.py SCHEME   (0 no preference, 1 dark, 2 light)

Owns org.freedesktop.portal.Desktop on the session bus, as
xdg-desktop-portal does, and answers Settings.Read the way version 1 of the
interface does (the value wrapped in a second variant). Prints "ready" once
the name is owned. Each line read from stdin is a new scheme: it is stored
and announced with SettingChanged, as GNOME does when the person switches
to dark style. Run with the system Python (python3-gi, a Debian package).
"""

import sys

from gi.repository import Gio, GLib

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
SETTINGS = "org.freedesktop.portal.Settings"
NAMESPACE = "org.freedesktop.appearance"
KEY = "color-scheme"

XML = f"""<node><interface name="{SETTINGS}">
  <method name="Read">
    <arg type="s" name="namespace" direction="in"/>
    <arg type="s" name="key" direction="in"/>
    <arg type="v" name="value" direction="out"/>
  </method>
  <signal name="SettingChanged">
    <arg type="s" name="namespace"/><arg type="s" name="key"/><arg type="v" name="value"/>
  </signal>
</interface></node>"""

scheme = int(sys.argv[1]) if len(sys.argv) > 1 else 0
bus = None


def on_call(_conn, _sender, _path, _iface, method, params, invocation):
    namespace, key = params.unpack() if method == "Read" else (None, None)
    if (namespace, key) == (NAMESPACE, KEY):
        inner = GLib.Variant("v", GLib.Variant("u", scheme))
        invocation.return_value(GLib.Variant("(v)", (inner,)))
    else:
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "Requested setting not found")


def on_line(source, _condition):
    global scheme
    line = source.readline()
    if not line:
        loop.quit()
        return False
    scheme = int(line.strip() or 0)
    bus.emit_signal(None, PATH, SETTINGS, "SettingChanged",
                    GLib.Variant("(ssv)", (NAMESPACE, KEY, GLib.Variant("u", scheme))))
    print("changed", flush=True)
    return True


def on_bus(conn, _name):
    global bus
    bus = conn
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    conn.register_object(PATH, info, on_call, None, None)


def on_name(_conn, _name):
    print("ready", flush=True)


loop = GLib.MainLoop()
Gio.bus_own_name(Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, lambda *_: loop.quit())
GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_line)
loop.run()
