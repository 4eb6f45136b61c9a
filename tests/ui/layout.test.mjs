// The main window's layout, read from the stylesheets themselves (#22): no
// DOM here lays anything out, so these check that the rules which keep the
// frame in place are there, and that none of the rules that broke it came
// back. What each guards against, as found in the new-user walkthrough:
// - the document scrolled out of the app frame (after a wheel over the lock
//   screen, or on the thinking-traps step), leaving the rail cut off;
// - a 5,000-character answer ran a Reflections card past the window's edge;
// - the PHQ-9's sticky footer floated mid-pane over the focused answer;
// - tiny checkboxes, centred on a whole wrapped label;
// - chips that grew when chosen and nudged their neighbours.
// tests/e2e/layout.test.mjs checks the same things in the real window.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const UI = new URL('../../ui/', import.meta.url);
const read = (name) => readFileSync(new URL(name, UI), 'utf8');

// --- A small CSS reader: rules with their selectors, declarations, and the
// at-rules they sit in. Enough for these stylesheets, not for all CSS.

/** Splits `text` at `sep` outside brackets, parentheses and quotes. */
function splitTop(text, sep) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let cur = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(' || ch === '[') {
      depth += 1;
    } else if (ch === ')' || ch === ']') {
      depth -= 1;
    } else if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const normalSelector = (s) => s.replace(/\s+/g, ' ').replace(/\s*([>+~])\s*/g, ' $1 ').trim();

/** The rules in `css`, each `{ file, at, selectors, decls: [[prop, value]] }`;
 *  `at` lists the enclosing @media/@supports preludes. */
function parseCss(css, file, at = []) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    // The matching brace, skipping nested blocks.
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth; j += 1) {
      if (text[j] === '{') depth += 1;
      else if (text[j] === '}') depth -= 1;
    }
    const body = text.slice(open + 1, j - 1);
    if (/^@(media|supports)/.test(prelude)) {
      rules.push(...parseCss(body, file, [...at, prelude]));
    } else if (!prelude.startsWith('@')) {
      const decls = splitTop(body, ';').map((d) => {
        const colon = d.indexOf(':');
        return [d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).replace(/!important/, '').trim()];
      });
      rules.push({ file, at, selectors: splitTop(prelude, ',').map(normalSelector), decls });
    }
    i = j;
  }
  return rules;
}

/** The stylesheets an HTML page links, in order. */
const sheetsOf = (page) => [...read(page).matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);

const MAIN_SHEETS = sheetsOf('index.html');
const ALL_SHEETS = [...new Set([...MAIN_SHEETS, ...sheetsOf('reflect.html')])];
const RULES = ALL_SHEETS.flatMap((f) => parseCss(read(f), f));
// What shows on screen: not print, not reduced motion.
const SCREEN = RULES.filter((r) => !r.at.some((a) => /print|reduce/.test(a)));

/** The value `selector` (exactly, as one of a rule's selectors) last gets for
 *  `prop` on screen, or undefined. */
function valueOf(selector, prop) {
  const want = normalSelector(selector);
  let value;
  for (const r of SCREEN) {
    if (!r.selectors.includes(want)) continue;
    for (const [p, v] of r.decls) if (p === prop) value = v;
  }
  return value;
}

/** Every on-screen [selector, prop, value] whose prop matches `props`. */
function declarations(props) {
  const out = [];
  for (const r of SCREEN) {
    for (const [p, v] of r.decls) {
      if (props.test(p)) for (const s of r.selectors) out.push({ selector: s, prop: p, value: v, file: r.file });
    }
  }
  return out;
}

/** A theme length token in px (rem at 16px). */
function tokenPx(name) {
  const m = new RegExp(`${name}:\\s*([\\d.]+)(rem|px)`).exec(read('theme.css'));
  assert.ok(m, `${name} in theme.css`);
  return Number(m[1]) * (m[2] === 'rem' ? 16 : 1);
}

describe('layout: the main window is a frame that never scrolls', () => {
  it('the document is exactly the window and can’t scroll, in the main window only', () => {
    assert.equal(valueOf('html:not(.reflect-page)', 'height'), '100%');
    assert.equal(valueOf('html:not(.reflect-page)', 'overflow'), 'hidden');
    assert.equal(valueOf('html:not(.reflect-page) > body', 'height'), '100%');
    // clip can't be scrolled even by script; hidden is its fallback.
    assert.equal(valueOf('html:not(.reflect-page) > body', 'overflow'), 'clip');
    // The scoping picks the right pages: the reflection window scrolls its
    // document on purpose (its sticky Save bar), the main window never.
    assert.match(read('reflect.html'), /<html[^>]*class="reflect-page"/);
    assert.doesNotMatch(read('index.html'), /<html[^>]*reflect-page/);
    // Nothing else fixes the document's overflow for the reflection window.
    for (const d of declarations(/^overflow/)) {
      assert.doesNotMatch(d.selector, /^(html|body|:root)(\.reflect-page|\.reflect-window)?( > body)?$/,
        `${d.selector} { ${d.prop}: ${d.value} } (${d.file})`);
    }
  });

  it('the frame fills the window without viewport units, which ignore the document’s own box', () => {
    assert.equal(valueOf('.shell', 'height'), '100%');
    assert.equal(valueOf('.shell', 'grid-template-rows'), 'minmax(0, 1fr)');
    assert.equal(valueOf('.main-column', 'height'), '100%');
    const vh = declarations(/^(height|min-height)$/).filter((d) => /vh/.test(d.value));
    assert.deepEqual(vh, [], 'no part of the frame is sized in vh');
  });

  it('only the page pane (and the rail, when the window is short) scrolls', () => {
    assert.equal(valueOf('.content', 'overflow-y'), 'auto');
    const scrollers = new Set(declarations(/^overflow(-y|-x)?$/)
      .filter((d) => /auto|scroll/.test(d.value))
      .map((d) => d.selector));
    // The lock screen covers the frame and scrolls a tall card; a dialog
    // scrolls inside itself; a data table wider than a zoomed pane scrolls
    // sideways on its own (Insights), not the page.
    assert.deepEqual([...scrollers].sort(),
      ['.content', '.crisis-help-dialog', '.lock-screen', '.rail', '.table-scroll']);
  });

  it('text kept for screen readers is placed inside the pane, not past the window’s edge', () => {
    // .visually-hidden is absolutely placed: without a positioned ancestor
    // in the frame it was laid out against the document, far below the
    // window on a long page, and gave the document something to scroll.
    assert.equal(valueOf('.visually-hidden', 'position'), 'absolute');
    assert.equal(valueOf('.content', 'position'), 'relative');
    assert.equal(valueOf('.rail', 'position'), 'relative');
    assert.equal(valueOf('html:not(.reflect-page) > body', 'position'), 'relative', 'the skip link too');
  });

  it('a wheel turned over the lock screen or the pane stops there', () => {
    assert.equal(valueOf('.lock-screen', 'overscroll-behavior'), 'contain');
    assert.equal(valueOf('.content', 'overscroll-behavior'), 'contain');
  });

  it('the lock screen centres its card only while it fits, so a tall card’s top stays reachable', () => {
    // Centring by alignment pushes the top of a card taller than the
    // window above the scroll, out of reach; auto margins give the space up.
    for (const prop of ['place-items', 'align-items', 'place-content', 'align-content']) {
      const v = valueOf('.lock-screen', prop);
      assert.ok(v === undefined || /safe|start|normal|stretch/.test(v), `.lock-screen { ${prop}: ${v} }`);
    }
    assert.equal(valueOf('.lock-screen > *', 'margin'), 'auto');
    assert.equal(valueOf('.lock-screen', 'overflow-y'), 'auto');
  });
});

describe('layout: long words stay inside their cards', () => {
  it('a list is as wide as the page, never as wide as its longest line', () => {
    assert.equal(valueOf('.entries', 'grid-template-columns'), 'minmax(0, 1fr)');
    assert.equal(valueOf('.entries a.entry-link', 'grid-template-columns'), 'minmax(0, 1fr)');
    // A grid or flex item is otherwise never narrower than its longest word.
    assert.equal(valueOf('.content li', 'min-width'), '0');
  });

  it('a reflection’s line in a list wraps, even a word with no spaces, and stops at two lines with “…”', () => {
    assert.notEqual(valueOf('.entry-line', 'white-space'), 'nowrap', 'one line cut at the card’s edge');
    assert.equal(valueOf('.entry-line', 'display'), '-webkit-box');
    assert.equal(valueOf('.entry-line', '-webkit-box-orient'), 'vertical');
    assert.equal(valueOf('.entry-line', '-webkit-line-clamp'), '2');
    assert.equal(valueOf('.entry-line', 'overflow'), 'hidden');
    assert.equal(valueOf('.entry-line', 'overflow-wrap'), 'anywhere');
    assert.equal(valueOf('.entry-snippet', 'overflow-wrap'), 'anywhere');
    assert.equal(valueOf('.entry-snippet', '-webkit-line-clamp'), '3');
  });

  it('the person’s words take their own direction, and long ones break', () => {
    for (const selector of ['.entry-line', '.entry-snippet', '.answer', '.card-focus .focus-text', '#saved-focus']) {
      assert.equal(valueOf(selector, 'unicode-bidi'), 'plaintext', selector);
      assert.equal(valueOf(selector, 'overflow-wrap'), 'anywhere', selector);
    }
    assert.equal(valueOf('.content', 'overflow-wrap'), 'break-word');
    assert.equal(valueOf('.reflect', 'overflow-wrap'), 'break-word');
    assert.equal(valueOf('.chip', 'overflow-wrap'), 'anywhere');
    assert.equal(valueOf('.chip', 'max-width'), '100%');
  });

  it('edges and indents are on the side where text starts (logical properties)', () => {
    const physical = declarations(/^(margin|padding|border)-(left|right)|^(left|right)$|^text-align$|^float$/)
      .filter((d) => !(d.prop === 'text-align' && !/left|right/.test(d.value)))
      // Centred by translate(-50%): the same from either side.
      .filter((d) => !(d.selector === '.toast' && d.prop === 'left'))
      // A legend floated to sit inside its card's padding, as wide as the card.
      .filter((d) => !(d.selector === '.measure-item legend' && d.prop === 'float'));
    assert.deepEqual(physical.map((d) => `${d.selector} { ${d.prop}: ${d.value} } (${d.file})`), []);
    const sides = (v) => splitTop(v, ' ');
    const shorthandLeft = declarations(/^(margin|padding|border-width|inset)$/)
      .filter((d) => sides(d.value).length === 4 && sides(d.value)[1] !== sides(d.value)[3]);
    assert.deepEqual(shorthandLeft.map((d) => `${d.selector} { ${d.prop}: ${d.value} }`), [],
      'four sides with a different left and right');
  });
});

describe('layout: the questionnaire’s footer', () => {
  it('in the main window Save follows the last answer instead of floating over them', () => {
    assert.equal(valueOf('.form-actions', 'position'), 'sticky', 'the reflection window keeps its sticky bar');
    assert.equal(valueOf('.content .form-actions', 'position'), 'static');
    assert.equal(valueOf('.content .form-actions', 'background'), 'none');
    // Nothing puts it back for one form.
    const sticky = declarations(/^position$/).filter((d) => /form-actions/.test(d.selector) && d.value === 'sticky');
    assert.deepEqual(sticky.map((d) => d.selector), ['.form-actions']);
  });
});

describe('layout: checkboxes and radios', () => {
  it('are 1.25rem boxes in the accent colour, everywhere', () => {
    assert.equal(tokenPx('--check-size'), 20);
    for (const type of ['checkbox', 'radio']) {
      const sel = `input[type="${type}"]`;
      assert.equal(valueOf(sel, 'width'), 'var(--check-size)');
      assert.equal(valueOf(sel, 'height'), 'var(--check-size)');
      assert.equal(valueOf(sel, 'accent-color'), 'var(--accent)');
      assert.equal(valueOf(sel, 'font'), 'inherit', 'its label’s line height, to line up with');
    }
    // No rule makes one smaller again.
    const sized = declarations(/^(width|height)$/)
      .filter((d) => /(\.choice|\.measure-option|checkbox|radio)[^,]*input|input\[type="(checkbox|radio)"\]/.test(d.selector));
    for (const d of sized) assert.equal(d.value, 'var(--check-size)', `${d.selector} { ${d.prop}: ${d.value} }`);
  });

  it('sit on the first line of their label, however many lines it takes', () => {
    assert.equal(valueOf('.choice', 'display'), 'flex');
    assert.equal(valueOf('.choice', 'align-items'), 'flex-start');
    assert.equal(valueOf('.measure-option', 'align-items'), 'flex-start');
    for (const sel of ['.choice input', '.measure-option input']) {
      assert.equal(valueOf(sel, 'margin-block-start'), 'calc((1lh - var(--check-size)) / 2)', sel);
    }
    // A choice that is a field's only label stays a row, not a heading.
    assert.equal(valueOf('.field > label.choice', 'display'), 'flex');
    assert.equal(valueOf('.field > label.choice', 'font-size'), 'inherit');
    assert.equal(valueOf('.choice + .hint', 'margin-inline-start'), 'calc(var(--check-size) + var(--check-gap))');
  });
});

describe('layout: choosing keeps every box where it was', () => {
  // Rules for a chosen state may paint, never resize: a heavier word, a
  // wider border or a tick put in the flow all push the neighbours along.
  const CHOSEN = /\[aria-pressed="true"\]|:checked/;
  const PAINT_ONLY = /^(background(-color)?|border(-[a-z]+)*-color|box-shadow|color|outline(-[a-z]+)?|visibility|filter|content|opacity)$/;

  it('a chosen chip, toggle, outcome or answer only changes its paint', () => {
    const chosen = SCREEN.filter((r) => r.selectors.some((s) => CHOSEN.test(s)));
    assert.ok(chosen.length >= 6, 'the chosen states are found');
    const resizing = chosen.flatMap((r) => r.decls.filter(([p]) => !PAINT_ONLY.test(p))
      .map(([p, v]) => `${r.selectors.join(', ')} { ${p}: ${v} } (${r.file})`));
    assert.deepEqual(resizing, []);
  });

  it('a tick that appears when chosen has its room kept, or sits out of the flow', () => {
    const ticks = SCREEN.filter((r) => r.selectors.some((s) => CHOSEN.test(s) && /::?before|::?after/.test(s))
      && r.decls.some(([p]) => p === 'content'));
    assert.ok(ticks.length >= 1, 'the chips’ tick is found');
    for (const r of ticks) {
      for (const s of r.selectors) {
        const base = s.replace(CHOSEN, '').replace(/\[aria-pressed\]/, '');
        const pressedBase = s.replace(CHOSEN, '[aria-pressed]');
        const position = valueOf(pressedBase, 'position') ?? valueOf(base, 'position');
        const room = valueOf(pressedBase, 'content') ?? valueOf(base, 'content');
        const kept = position === 'absolute' || (room !== undefined && room !== '""' && room !== 'none');
        assert.ok(kept, `${s}: its base ${pressedBase} or ${base} keeps its room`);
      }
    }
  });
});
