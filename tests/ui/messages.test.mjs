// The translations are complete and sound: every message English has, every
// other language has too (with the same attributes and no placeable English
// doesn't pass), every file parses without a single junk entry, no id is
// defined twice, and every id the code asks for with a literal exists.
//
// Files are parsed with @fluent/syntax (the reference parser, which reports
// junk) rather than the runtime's forgiving one, which skips it silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { FluentParser } from '@fluent/syntax';
import { AREAS, LANGUAGES, hasMessage, t, useLanguage, matchLanguage } from '../../ui/lib/i18n.js';

const root = new URL('../../ui/', import.meta.url).pathname;
const parser = new FluentParser({ withSpans: false });

/** Every message and term of one language: id → { attributes, variables, area }. */
function messagesOf(tag) {
  const all = new Map();
  const problems = [];
  for (const area of AREAS) {
    const text = readFileSync(`${root}locales/${tag}/${area}.ftl`, 'utf8');
    const resource = parser.parse(text);
    for (const entry of resource.body) {
      if (entry.type === 'Junk') {
        problems.push(`${tag}/${area}.ftl: cannot parse ${JSON.stringify(entry.content.slice(0, 80))}`);
        continue;
      }
      if (entry.type !== 'Message' && entry.type !== 'Term') continue;
      const id = (entry.type === 'Term' ? '-' : '') + entry.id.name;
      if (all.has(id)) problems.push(`${tag}/${area}.ftl: ${id} is also in ${all.get(id).area}.ftl`);
      all.set(id, {
        area,
        hasValue: Boolean(entry.value),
        attributes: entry.attributes.map((a) => a.id.name).sort(),
        variables: [...JSON.stringify(entry).matchAll(/"type":"VariableReference","id":\{"type":"Identifier","name":"([^"]+)"/g)]
          .map((m) => m[1]),
      });
    }
  }
  return { all, problems };
}

const english = messagesOf('en-US');

test('every English file parses, with each id defined once', () => {
  assert.deepEqual(english.problems, []);
});

for (const { tag } of LANGUAGES.filter((l) => l.tag !== 'en-US')) {
  const other = messagesOf(tag);

  test(`${tag}: every file parses, with each id defined once`, () => {
    assert.deepEqual(other.problems, []);
  });

  test(`${tag}: has every message English has, with the same attributes`, () => {
    const missing = [];
    for (const [id, en] of english.all) {
      const mine = other.all.get(id);
      if (!mine) { missing.push(`${id} (${en.area}.ftl)`); continue; }
      if (mine.hasValue !== en.hasValue) missing.push(`${id}: value ${en.hasValue ? 'missing' : 'extra'}`);
      if (mine.attributes.join() !== en.attributes.join()) {
        missing.push(`${id}: attributes ${mine.attributes.join()} ≠ ${en.attributes.join()}`);
      }
    }
    assert.deepEqual(missing, [], `${missing.length} messages missing or different in ${tag}`);
  });

  test(`${tag}: has no message English doesn't, and uses only English's variables`, () => {
    const extra = [];
    for (const [id, mine] of other.all) {
      const en = english.all.get(id);
      if (!en) { extra.push(`${id} is not in English`); continue; }
      for (const v of mine.variables) {
        if (!en.variables.includes(v)) extra.push(`${id} uses $${v}, which English never passes`);
      }
    }
    assert.deepEqual(extra, []);
  });

  test(`${tag}: every English message is in the same area file`, () => {
    const moved = [...english.all].filter(([id, en]) => other.all.get(id) && other.all.get(id).area !== en.area)
      .map(([id]) => id);
    assert.deepEqual(moved, []);
  });
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}${name}`;
    if (name === 'vendor') return [];
    if (statSync(path).isDirectory()) return jsFiles(`${path}/`);
    return name.endsWith('.js') ? [path] : [];
  });
}

test('every message id the code names exists in English', () => {
  const unknown = [];
  for (const file of jsFiles(root)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bt\(\s*'([a-z][a-zA-Z0-9_.-]*)'/g)) {
      if (!hasMessage(m[1])) unknown.push(`${file.slice(root.length)}: ${m[1]}`);
    }
  }
  assert.deepEqual(unknown, []);
});

test('a language is matched by its base and falls back to English', () => {
  assert.equal(matchLanguage('de-AT'), 'de');
  assert.equal(matchLanguage('de_DE'), 'de');
  assert.equal(matchLanguage('en-GB'), 'en-US');
  assert.equal(matchLanguage('C'), 'en-US');
  assert.equal(matchLanguage(''), 'en-US');
});

test('switching language changes what t() says, and back', async () => {
  const someId = [...english.all.keys()].find((id) => !id.startsWith('-') && english.all.get(id).hasValue
    && english.all.get(id).variables.length === 0);
  if (!someId) return; // nothing translated yet
  const inEnglish = t(someId);
  try {
    assert.equal(await useLanguage('de-DE'), 'de');
    assert.equal(typeof t(someId), 'string');
  } finally {
    await useLanguage('en-US');
  }
  assert.equal(t(someId), inEnglish);
  assert.equal(t('no-such-message-anywhere'), 'no-such-message-anywhere');
});
