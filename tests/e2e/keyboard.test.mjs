// Keyboard only, every page: Tab walks each route of the main window from
// the top to the end and round again, as a person who can't use a mouse
// would. At every stop the focused control must:
//   - be a control (never the page itself in the middle of the walk);
//   - show a focus indicator, on itself or on the box that stands for it
//     (an outline or a ring of at least 2 px);
//   - not be hidden under anything, a sticky bar included (WCAG 2.2,
//     2.4.11 Focus Not Obscured): the middle of it, once scrolled into
//     view, is the control or part of it;
// and no control may keep the keys: the walk must come round, and
// Shift+Tab must step back. A date or time field keeps focus while Tab
// steps through its parts (day, month, year…): up to seven stops there.
//
// Pages with records are walked with records on them (the same set as
// the axe pass), in the light theme and then in the dark one.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-keys-walk-'));
let app;
const ids = {};
/** Most stops a page may have before the walk counts as lost. */
const MAX_STOPS = 160;

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

const routes = () => [
  '#home', '#journal', '#journal?q=meeting', '#reflections', `#reflection/${ids.reflection}`,
  '#moment/new', `#moment/${ids.moment}`, `#moment/${ids.moment}/edit`,
  '#checkin/new', `#checkin/${ids.checkin}`, `#checkin/${ids.checkin}/edit`,
  '#note/new', `#note/${ids.note}`, `#note/${ids.note}/edit`,
  '#practice', '#practice/box', '#practice/478', '#practice/custom', '#practice/breathing-space',
  '#practice/grounding', '#practice/self-compassion',
  '#plan/new', `#plan/${ids.plan}`, `#plan/${ids.plan}/edit`,
  '#experiment/new', `#experiment/${ids.experiment}`,
  '#values', '#homework', '#activity/new', `#activity/${ids.activity}`,
  '#insights', '#measures', '#measures/phq9', '#measures/gad7',
  '#brief', '#sessions', '#safety-plan', '#settings',
];

/** What the focused element is, and whether it can be seen as focused. */
const STOP = `
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { body: true };
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const ringOf = (node) => {
    const s = getComputedStyle(node);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    return outline || shadow;
  };
  // The ring may be drawn on a box that stands for the control: a
  // visually hidden radio's label, a date field's wrapper.
  let ring = ringOf(el);
  const label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
  if (!ring && label) ring = ringOf(label);
  for (let up = el.parentElement, n = 0; !ring && up && n < 2; up = up.parentElement, n += 1) {
    if (up.matches(':focus-within')) ring = ringOf(up);
  }
  const r = (label && el.getBoundingClientRect().width < 2 ? label : el).getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const part = (node) => node && (el.contains(node) || node.contains(el) || (label && (label.contains(node) || node.contains(label))));
  const seen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  const href = el.getAttribute('href');
  const name = el.id ? '#' + el.id
    : el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + (href ? '[href="' + href + '"]' : '');
  return {
    key: name + '|' + (el.getAttribute('href') || '') + '|' + (el.textContent || '').trim().slice(0, 30),
    name, ring, seen, covered: seen && !part(hit),
    by: hit ? (hit.id ? '#' + hit.id : hit.tagName.toLowerCase() + '.' + String(hit.className).split(' ')[0]) : '',
    parts: ['date', 'time', 'datetime-local', 'month', 'week'].includes(el.type),
  };
`;

/** Walks one page with Tab; returns the problems found. */
async function walk(route) {
  await app.exec('location.hash = arguments[0]', [route]);
  await waitFor(async () => (await app.exec('return location.hash')) === route, { what: route });
  await waitFor(() => app.exec('const h = document.querySelector("main h1, main h2"); return Boolean(h && h.textContent.trim())'),
    { what: `${route} to draw` });
  await sleep(300);
  // From the top of the page, as after a click on its background.
  await app.exec('document.activeElement?.blur(); window.scrollTo(0, 0);');
  const problems = [];
  const order = [];
  let same = 0;
  let last = null;
  for (let i = 0; i < MAX_STOPS; i += 1) {
    await app.press(['Tab']);
    const stop = await app.exec(STOP);
    if (stop.body) {
      if (order.length === 0) continue; // before the first control
      break; // past the last control: the walk came round
    }
    if (last && stop.key === last.key) {
      same += 1;
      if (!stop.parts || same > 7) {
        problems.push(`${route}: focus stays on ${stop.name} (a trap)`);
        break;
      }
      continue;
    }
    same = 0;
    last = stop;
    if (order.length && stop.key === order[0].key) break; // round again
    order.push(stop);
    if (!stop.ring) problems.push(`${route}: no visible focus on ${stop.name}`);
    if (!stop.seen) problems.push(`${route}: ${stop.name} is focused but not on screen`);
    if (stop.covered) problems.push(`${route}: ${stop.name} is hidden under ${stop.by} when focused`);
    if (i === MAX_STOPS - 1) problems.push(`${route}: the walk never came round after ${MAX_STOPS} stops`);
  }
  if (order.length === 0) problems.push(`${route}: Tab reached no control`);
  // Shift+Tab steps back from the second stop to the first.
  if (order.length >= 2) {
    await app.exec('document.activeElement?.blur(); window.scrollTo(0, 0);');
    let at = null;
    for (let i = 0; i < 12 && at?.key !== order[1].key; i += 1) {
      await app.press(['Tab']);
      at = await app.exec(STOP);
    }
    await app.press(['Shift', 'Tab']);
    let back = await app.exec(STOP);
    // A date field's parts step back one by one too.
    for (let i = 0; i < 7 && back.key === order[1].key; i += 1) {
      await app.press(['Shift', 'Tab']);
      back = await app.exec(STOP);
    }
    if (back.key !== order[0].key) {
      problems.push(`${route}: Shift+Tab from ${order[1].name} went to ${back.name ?? 'the page'}, not ${order[0].name}`);
    }
  }
  return { problems, stops: order.length };
}

test("the journal is filled through the app's own commands", async () => {
  execFileSync(BIN, ['import', '--data-dir', dataDir,
    fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url))]);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.ready('#reflect-now');
  ids.moment = (await invoke('create_moment', { input: {
    situation: 'The Monday meeting, when my manager asked for the report',
    selfTalk: 'They think I am not good enough', traps: ['mindReading'],
    did: 'Went quiet', friend: 'One question is not a verdict',
  } })).id;
  ids.checkin = (await invoke('create_checkin', { input: { mood: 6, note: 'A steadier day' } })).id;
  ids.note = (await invoke('create_note', { input: { text: 'Walked by the river after work.' } })).id;
  ids.reflection = (await invoke('list_reflections', { limit: 1, offset: 0 }))[0]?.id;
  ids.plan = (await invoke('create_plan', { input: {
    action: 'practise box breathing', amount: 2, unit: 'minutes',
    frequency: { kind: 'daily' }, cue: 'before I open work email',
  } })).id;
  ids.experiment = (await invoke('create_experiment', { input: {
    prediction: 'If I ask for help, they will think I cannot cope', beliefBefore: 70,
    test: 'Ask Sam to look over the report', happened: 'He helped and said it was good',
  } })).id;
  ids.value = (await invoke('create_value', { input: { area: 'health', words: 'Move a little every day' } })).id;
  ids.activity = (await invoke('create_activity', { input: {
    what: 'Walk to the river', valueId: ids.value, plannedFor: '2026-01-05T18:30:00+00:00',
    predicted: { mood: 4, pleasure: 3 }, doneAt: '2026-01-05T19:00:00+00:00', actual: { mood: 7, pleasure: 6 },
  } })).id;
  for (const [key, id] of Object.entries(ids)) assert.ok(Number.isInteger(id), `${key} was made`);
});

for (const theme of (process.env.E2E_WALK_THEMES ?? 'light dark').split(' ').filter(Boolean)) {
  test(`Tab walks every page to the end and round, focus always visible and never hidden, ${theme} theme`, async () => {
    await invoke('set_settings', { settings: { theme, whenClosed: 'ask' } });
    await app.exec('document.documentElement.dataset.theme = arguments[0]', [theme]);
    const problems = [];
    const counts = [];
    for (const route of routes()) {
      const { problems: found, stops } = await walk(route);
      problems.push(...found);
      counts.push(`${route} ${stops}`);
    }
    await app.screenshot(process.env.E2E_ARTIFACTS, `keyboard-walk-${theme}`);
    console.log(`stops per page (${theme}): ${counts.join(', ')}`);
    assert.deepEqual(problems, [], `${problems.join('\n')}\n(stops per page: ${counts.join(', ')})`);
    // Every page has at least the navigation's eight links and its own controls.
    for (const line of counts) assert.ok(Number(line.split(' ').pop()) > 8, `few stops: ${line}`);
  });
}

test('the walk itself notices a hidden ring, a control under a bar, and a trap', async () => {
  // The page's CSP keeps out style sheets made on the fly; the control's
  // own style (CSSOM) is allowed.
  const unring = `const a = document.querySelector('nav a[href="#journal"]');
    a.style.setProperty('outline', 'none', 'important'); a.style.setProperty('box-shadow', 'none', 'important');`;
  await app.exec(unring);
  const { problems } = await walk('#home');
  await app.exec(`const a = document.querySelector('nav a[href="#journal"]'); a.style.removeProperty('outline'); a.style.removeProperty('box-shadow');`);
  assert.ok(problems.some((p) => /no visible focus on a[^ ]*\[href="#journal"\]/.test(p)), `ring: ${problems.join('\n')}`);
  // A bar over the page's first control.
  await app.exec(`const bar = document.createElement('div'); bar.id = 'cover-it';
    bar.style.cssText = 'position:fixed;inset:0;z-index:9999;background:transparent';
    document.body.append(bar);`);
  const covered = await walk('#note/new');
  await app.exec('document.getElementById("cover-it").remove()');
  assert.ok(covered.problems.some((p) => /hidden under #cover-it/.test(p)), `cover: ${covered.problems.join('\n')}`);
  // A control that sends Tab back to itself.
  await app.exec(`window.__trap = (e) => { if (e.key === 'Tab' && e.target.id === 'note-text') { e.preventDefault(); } };
    document.addEventListener('keydown', window.__trap, true);`);
  const trapped = await walk('#note/new');
  await app.exec('document.removeEventListener("keydown", window.__trap, true)');
  assert.ok(trapped.problems.some((p) => /a trap/.test(p)), `trap: ${trapped.problems.join('\n')}`);
});
