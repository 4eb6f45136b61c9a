// Memory as a person leaves it after using the app for a while (run by
// bench/app.sh, inside its Xvfb, D-Bus and tray host): the release app on
// the 10,000-entry journal, driven through tauri-driver as the e2e suite
// drives it, visits every place in the rail and the pages a tray entry
// opens, comes back Home, and sits idle for 10 s; then the reflection
// window is opened from the tray beside it. Prints `name<TAB>value` lines:
// the PSS of the whole process tree (WebKit's processes included) at each
// of those two points.
//
// Usage: node bench/tour.mjs DESKTOP_BINARY DATA_DIR

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { clickTray, waitForTrayItem } from '../tests/e2e/tray.mjs';
import { Session, sleep, startDriver, waitFor } from '../tests/e2e/webdriver.mjs';

const [bin, dataDir] = process.argv.slice(2);
const EXTRA_PAGES = ['#moment/new', '#checkin/new', '#practice/box', '#practice/grounding'];

function children(pid) {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n').map((s) => s.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/** PSS in MB of `pid` and every process under it. */
function treePssMb(pid) {
  const all = [String(pid)];
  for (let i = 0; i < all.length; i += 1) all.push(...children(all[i]));
  let kb = 0;
  for (const p of all) {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // Gone between listing and reading.
    }
  }
  return (kb / 1024).toFixed(1);
}

const driver = await startDriver({}, 4644);
let app;
try {
  app = await Session.start(driver.url, bin, ['--data-dir', dataDir]);
  const places = () => app.exec("return [...document.querySelectorAll('#places a')].map((a) => a.getAttribute('href'))");
  await waitFor(async () => (await places()).length > 0, { timeout: 20000, what: 'the rail' });
  const pid = execFileSync('pgrep', ['-f', `${bin} --data-dir ${dataDir}`], { encoding: 'utf8' }).trim().split('\n')[0];
  for (const page of [...await places(), ...EXTRA_PAGES, '#home']) {
    await app.exec('location.hash = arguments[0]', [page]);
    // Each page draws from the journal; give it time to settle.
    await sleep(1500);
  }
  await sleep(10000);
  console.log(`pss_pages_mb\t${treePssMb(pid)}`);
  await waitForTrayItem();
  clickTray('Reflect on a session');
  await sleep(10000);
  console.log(`pss_both_windows_mb\t${treePssMb(pid)}`);
} finally {
  if (app) await app.end();
  await driver.stop();
}
