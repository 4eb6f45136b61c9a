// Each page asks WebKit for every module it needs at once
// (<link rel=modulepreload>) so start-up is not a waterfall of import
// levels. The lists must match the real import graph: a module missing from
// one loads late, a stale entry is a wasted request (or a 404).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { reachableModules } from './module-graph.mjs';

const root = new URL('../../ui/', import.meta.url).pathname;
const preloads = (page) =>
  [...readFileSync(`${root}${page}`, 'utf8').matchAll(/<link rel="modulepreload" href="([^"]+)">/g)]
    .map((m) => m[1]);

for (const [page, entry] of [['index.html', 'app.js'], ['reflect.html', 'reflect.js']]) {
  test(`${page} preloads exactly the modules ${entry} imports`, () => {
    assert.deepEqual([...preloads(page)].sort(), reachableModules(root, entry));
  });

  test(`every module ${page} preloads exists`, () => {
    for (const href of preloads(page)) assert.ok(existsSync(`${root}${href}`), href);
  });
}

test('the import graph is read, not assumed', () => {
  // Modules app.js reaches only through other modules.
  const all = reachableModules(root, 'app.js');
  assert.ok(all.includes('ipc.js'));
  assert.ok(all.includes('lib/dom.js'));
  assert.ok(all.length > 20, `only ${all.length} modules found`);
});
