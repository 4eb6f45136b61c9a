// A small W3C WebDriver client over Node's built-in fetch: just what the
// end-to-end suite needs, with no npm dependencies to install or audit.
// It talks only to tauri-driver on 127.0.0.1.

import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {}

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new WebDriverError(`${method} ${path}: ${v.error || res.status} ${v.message || ''}`);
  }
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Whether a copy of the desktop app (not a CLI run) is running, on any
 *  data folder or on `dataDir`. */
export function appRunning(application, dataDir = '') {
  try {
    execFileSync('pgrep', ['-f', `${application} --data-dir${dataDir ? ` ${dataDir}` : ''}`]);
    return true;
  } catch {
    return false;
  }
}

/** Polls `fn` until it returns a truthy value (or stops throwing). */
export async function waitFor(fn, { timeout = 10000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(interval);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/**
 * A tauri-driver of the test's own, whose apps inherit `env` (added to, or
 * with `undefined` values removed from, this process's environment): for
 * a place (TZ), a language (LANG) or a home the shared driver doesn't
 * have. Returns its URL and a `stop()`. Ports are the test's to choose.
 */
export async function startDriver(env, port, { ownBus = false } = {}) {
  const merged = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  const driverArgs = ['--port', String(port), '--native-port', String(port + 1)];
  // With `ownBus`, a D-Bus session of its own, as a second computer has:
  // its app is a separate single instance, with no tray host, keyring or
  // notification daemon. Its own process group, so stopping ends it all.
  const driver = ownBus
    ? spawn('dbus-run-session', ['--', 'tauri-driver', ...driverArgs], { env: merged, stdio: 'ignore', detached: true })
    : spawn('tauri-driver', driverArgs, { env: merged, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    try {
      await fetch(`${url}/status`);
      return true;
    } catch {
      return false;
    }
  }, { timeout: 10000, what: `tauri-driver on port ${port}` });
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (driver.exitCode !== null) return resolve();
      driver.once('exit', resolve);
      if (ownBus) {
        try {
          process.kill(-driver.pid, 'SIGTERM');
        } catch {
          driver.kill();
        }
      } else {
        driver.kill();
      }
    }),
  };
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app binary with `args` and returns a session driving it. */
  static async start(base, application, args = [], { alongside = false } = {}) {
    // Interlude is single-instance: a launch while another copy is still
    // closing would only bring that one forward. Wait for it to be gone
    // (unless this one runs on a D-Bus of its own, as a second computer).
    if (!alongside) {
      await waitFor(() => !appRunning(application), { timeout: 15000, what: 'the previous app to exit' });
    }
    const value = await request(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: { 'tauri:options': { application, args } },
      },
    });
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async end() {
    try {
      await this.cmd('DELETE', '');
    } catch {
      // The app may already be gone (the kill test); that is fine.
    }
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  async findAll(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches a displayed element and returns it. */
  async waitForVisible(css, timeout = 10000) {
    return waitFor(
      async () => {
        const el = await this.find(css);
        return (await this.cmd('GET', `/element/${el}/displayed`)) ? el : null;
      },
      { timeout, what: `visible ${css}` },
    );
  }

  /** Waits for `css`, answering the first-run choice on the way if the
   *  folder had no journal yet: with "Not now" (a plain journal, as before
   *  the choice existed) unless `keeper` says otherwise. Tests of the first
   *  run itself drive that screen step by step. */
  async ready(css, { keeper = 'none', timeout = 20000 } = {}) {
    const visible = async (sel) => {
      try {
        return await this.cmd('GET', `/element/${await this.find(sel)}/displayed`);
      } catch {
        return false;
      }
    };
    const first = await waitFor(async () => {
      if (await visible('#first-run')) return 'first-run';
      return (await visible(css)) ? 'ready' : null;
    }, { timeout, what: `the first run or ${css}` });
    if (first === 'first-run') {
      await this.click(`#first-run-keeper-${keeper}`);
      await this.click('#first-run-start');
      // The login's recovery key is shown before the app opens.
      if (keeper === 'login') await this.click('#first-run-continue');
      await this.waitForVisible(css, timeout);
    }
  }

  async click(css) {
    // A view may redraw between finding a control and clicking it (data
    // arriving, a refresh after a save): find it again and retry briefly.
    const deadline = Date.now() + 5000;
    for (;;) {
      const el = await this.waitForVisible(css);
      try {
        // Centre it first, as a person scrolls a control into plain view:
        // the driver's own scrolling can leave it under a sticky bar.
        await this.exec('arguments[0].scrollIntoView({ block: "center" })', [{ [ELEMENT]: el }]);
        await this.cmd('POST', `/element/${el}/click`, {});
        return;
      } catch (e) {
        const retry = /stale element|not interactable|detached/.test(e.message);
        if (!retry || Date.now() > deadline) throw e;
        await sleep(100);
      }
    }
  }

  // A stale reference means the command reached nothing (the field was
  // redrawn first), so sending the keys again cannot type them twice.
  async type(css, text) {
    await this.waitForVisible(css);
    await this.fresh(css, (el) => this.cmd('POST', `/element/${el}/value`, { text }));
  }

  async clear(css) {
    await this.waitForVisible(css);
    await this.fresh(css, (el) => this.cmd('POST', `/element/${el}/clear`, {}));
  }

  /**
   * The element's rendered text (`innerText`). WebKitWebDriver's own
   * "element text" drops single-line ellipsised text (overflow: hidden)
   * that is plainly on screen, so the page is asked instead.
   */
  async text(css) {
    return this.fresh(css, (el) => this.exec('return arguments[0].innerText', [{ [ELEMENT]: el }]));
  }

  /**
   * Runs `read` on the element `css` finds, finding it again if the view
   * redrew in between (a stale reference is the page moving on, not a
   * failure).
   */
  async fresh(css, read) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await read(await this.find(css));
      } catch (e) {
        if (!/stale element/.test(e.message) || attempt >= 20) throw e;
        await sleep(100);
      }
    }
  }

  /** Clicks a control that closes its own window (the reply may never come). */
  async clickToClose(css) {
    try {
      await this.click(css);
    } catch (e) {
      if (!/no such window/.test(e.message)) throw e;
    }
  }

  async value(css) {
    return this.fresh(css, (el) => this.cmd('GET', `/element/${el}/property/value`));
  }

  /** Waits until the element's text contains `expected`. */
  async waitForText(css, expected, timeout = 10000) {
    return waitFor(async () => (await this.text(css)).includes(expected), {
      timeout,
      what: `"${expected}" in ${css}`,
    });
  }

  exec(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Calls a backend command as the page's own ipc.js does; a refusal
   *  throws with the command's name and the app's message. */
  async invoke(cmd, args) {
    const result = await this.exec(
      `return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
         .then((value) => ({ value }), (error) => ({ error: String(error?.message ?? JSON.stringify(error)) }));`,
      [cmd, args],
    );
    if (result?.error) throw new Error(`${cmd}: ${result.error}`);
    return result?.value;
  }

  handles() {
    return this.cmd('GET', '/window/handles');
  }

  handle() {
    return this.cmd('GET', '/window');
  }

  switchTo(handle) {
    return this.cmd('POST', '/window', { handle });
  }

  title() {
    return this.cmd('GET', '/title');
  }

  /** Resizes (or moves) the current window: W3C Set Window Rect, e.g.
   *  `{ width: 720, height: 560 }`. Resolves to the rectangle the window
   *  got, which a desktop may round, or keep above the window's minimum. */
  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  /** Waits for a window other than `known` to appear and switches to it. */
  async switchToNewWindow(known, timeout = 10000) {
    const handle = await waitFor(
      async () => (await this.handles()).find((h) => !known.includes(h)),
      { timeout, what: 'a new window' },
    );
    await this.switchTo(handle);
    return handle;
  }

  /**
   * Presses a chord on the keyboard as a person would, e.g.
   * `press(['Control', 'm'])`: every key down in order, then up in reverse.
   */
  async press(keys) {
    const CODES = {
      Control: '\uE009', Shift: '\uE008', Alt: '\uE00A', Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004',
    };
    const values = keys.map((k) => CODES[k] ?? k);
    const actions = [
      ...values.map((value) => ({ type: 'keyDown', value })),
      ...values.slice().reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Sets a range (or any input) to `value` and lets the page hear it,
   *  as dragging the thumb would: WebDriver can't drag a slider exactly. */
  async setValue(css, value) {
    await this.waitForVisible(css);
    await this.fresh(css, (el) => this.exec(
      `const el = arguments[0];
       el.value = arguments[1];
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      [{ [ELEMENT]: el }, String(value)],
    ));
  }

  /** Saves a PNG screenshot into the artifacts folder: the X screen as a
   *  person would see it (ImageMagick's `import` on the Xvfb root window).
   *  Not WebDriver's /screenshot: with WebKit's compositing off (as the app
   *  ships) WebKitWebDriver's snapshot path drops the whole session on some
   *  pages, while the window itself draws them fine. */
  async screenshot(dir, name) {
    const path = join(dir, `${name}.png`);
    // Let the last change reach the screen (a frame or two).
    await sleep(150);
    // Just the current window: its rectangle on the screen, from WebDriver.
    const { x, y, width, height } = await this.cmd('GET', '/window/rect');
    const crop = `${Math.round(width)}x${Math.round(height)}+${Math.max(0, Math.round(x))}+${Math.max(0, Math.round(y))}`;
    execFileSync('import', ['-window', 'root', '-crop', crop, '+repage', path], { timeout: 10000 });
    return path;
  }
}
