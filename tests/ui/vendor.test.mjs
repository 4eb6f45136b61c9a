// ui/vendor/ holds the one npm library the UI ships, copied by
// scripts/vendor-ui.sh. The copy must be exactly the version package.json
// pins, unchanged: a hand edit or a stale copy fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const vendored = new URL('../../ui/vendor/fluent-bundle/', import.meta.url).pathname;
const upstream = new URL('../../node_modules/@fluent/bundle/esm/', import.meta.url).pathname;

test('ui/vendor/fluent-bundle is node_modules/@fluent/bundle/esm, unchanged', () => {
  const js = (dir) => readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  assert.deepEqual(js(vendored), js(upstream));
  for (const file of js(upstream)) {
    assert.equal(readFileSync(`${vendored}${file}`, 'utf8'), readFileSync(`${upstream}${file}`, 'utf8'), file);
  }
  const version = JSON.parse(readFileSync(new URL('../../node_modules/@fluent/bundle/package.json', import.meta.url))).version;
  assert.match(readFileSync(`${vendored}SOURCE`, 'utf8'), new RegExp(`@fluent/bundle ${version.replaceAll('.', '\\.')},`));
});
