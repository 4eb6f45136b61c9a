// The static import graph of the UI's ES modules, read from the source
// (shared by the preload test; no bundler involved).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const IMPORT = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"](\.[^'"]+)['"]/gm;

/** Every module `entry` (a path under `root`) reaches by static imports,
 *  itself excluded, as paths relative to `root`, sorted. */
export function reachableModules(root, entry) {
  const seen = new Set();
  const visit = (file) => {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const next = join(dirname(file), spec);
      if (!seen.has(next)) {
        seen.add(next);
        visit(next);
      }
    }
  };
  visit(join(root, entry));
  return [...seen].map((f) => relative(root, f)).sort();
}
