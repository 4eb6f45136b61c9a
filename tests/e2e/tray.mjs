// The tray as a panel drives it: the app's StatusNotifierItem, registered
// with the status-notifier-watcher that session.sh runs on the private bus,
// and its menu read and clicked over com.canonical.dbusmenu — GetLayout to
// see the entries, Event(id, "clicked") to choose one, exactly the calls a
// desktop panel makes. busctl speaks D-Bus and prints JSON, so nothing here
// parses D-Bus's text forms.

import { execFileSync } from 'node:child_process';

import { waitFor } from './webdriver.mjs';

const WATCHER = ['org.kde.StatusNotifierWatcher', '/StatusNotifierWatcher', 'org.kde.StatusNotifierWatcher'];

function busctl(...args) {
  // `--` so that GetLayout's -1 (the whole tree) isn't read as an option.
  const out = execFileSync('busctl', ['--user', '--json=short', '--', ...args], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) : null;
}

/** Whether a tray host (a StatusNotifierWatcher) is on the bus. */
export function trayHostPresent() {
  try {
    busctl('status', WATCHER[0]);
    return true;
  } catch {
    return false;
  }
}

/** The newest registered item's bus name and object path. Ayatana's items
 *  register by bus name alone; the path is the one that answers as an
 *  org.kde.StatusNotifierItem. */
function item() {
  const names = busctl('get-property', ...WATCHER, 'RegisteredStatusNotifierItems').data;
  if (!names.length) throw new Error('no tray item is registered yet');
  const entry = names[names.length - 1];
  const slash = entry.indexOf('/');
  const bus = slash < 0 ? entry : entry.slice(0, slash);
  const tree = execFileSync('busctl', ['--user', 'tree', '--list', bus], { encoding: 'utf8' })
    .split('\n').filter(Boolean);
  const path = slash >= 0 ? entry.slice(slash)
    : tree.find((p) => /NotificationItem\/[^/]+$/.test(p)) ?? '/StatusNotifierItem';
  return { bus, path };
}

/** Waits for the app's tray item to register, and returns it. */
export async function waitForTrayItem(timeout = 15000) {
  let found = null;
  await waitFor(async () => {
    try {
      found = item();
      return true;
    } catch {
      return false;
    }
  }, { timeout, what: 'the tray item to register' });
  return found;
}

function flatten(node, into = []) {
  const [id, props, children] = node;
  const label = props.label?.data;
  if (label !== undefined) into.push({ id, label: label.replace(/_/g, ''), enabled: props.enabled?.data !== false });
  for (const child of children) flatten(child.data, into);
  return into;
}

/** Every labelled entry of the tray menu, submenus included. */
export function trayMenu() {
  const { bus, path } = item();
  const menu = busctl('get-property', bus, path, 'org.kde.StatusNotifierItem', 'Menu').data;
  const layout = busctl('call', bus, menu, 'com.canonical.dbusmenu', 'GetLayout', 'iias', '0', '-1', '0');
  return flatten(layout.data[1]);
}

/** Clicks the menu entry labelled `label`, as a panel does. */
export function clickTray(label) {
  const { bus, path } = item();
  const menu = busctl('get-property', bus, path, 'org.kde.StatusNotifierItem', 'Menu').data;
  const entry = trayMenu().find((e) => e.label === label);
  if (!entry) throw new Error(`the tray menu has no "${label}"`);
  busctl('call', bus, menu, 'com.canonical.dbusmenu', 'Event', 'isvu',
    String(entry.id), 'clicked', 's', '', '0');
}
