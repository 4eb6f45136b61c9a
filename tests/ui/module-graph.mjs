// The static import graph of the UI's ES modules, read from the source
// (shared by the preload and exports tests; no bundler involved).
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

const EXPORT_DECL = /^\s*export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm;
const EXPORT_LIST = /^\s*export\s*\{([^}]*)\}/gm;
const STATIC_IMPORT = /^\s*import\s+([\w$\s,{}*]+?)\s+from\s+['"]([^'"]+)['"]/gm;
const RE_EXPORT = /^\s*export\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\{([^}]*)\}\s*=\s*await\s+import\(\s*['"`]([^'"`]+)['"`]\s*\)/g;

const listed = (list, side) => list.split(',').map((part) => part.trim()).filter(Boolean)
  .map((part) => part.split(/\s+as\s+|\s*:\s*/)[side === 'own' ? 0 : 1] ?? part);

/** The names a module's source exports ('default' among them). */
export function exportedNames(source) {
  const names = new Set([...source.matchAll(EXPORT_DECL)].map((m) => m[1]));
  if (/^\s*export\s+default\b/m.test(source)) names.add('default');
  for (const [, list] of source.matchAll(EXPORT_LIST)) {
    for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) names.add(part.split(/\s+as\s+/).pop());
  }
  return names;
}

/** What a module's source takes from other modules: `[{spec, name}]`, one
 *  per name, the specifier as written (a query string dropped). A
 *  namespace import counts the names read from it as `ns.name`. */
export function importedNames(source) {
  const found = [];
  const add = (spec, name) => found.push({ spec: spec.replace(/\?.*$/, ''), name });
  for (const [, clause, spec] of source.matchAll(STATIC_IMPORT)) {
    const braces = /\{([^}]*)\}/.exec(clause);
    if (braces) for (const name of listed(braces[1], 'own')) add(spec, name);
    const rest = clause.replace(/\{[^}]*\}/, '').split(',').map((p) => p.trim()).filter(Boolean);
    for (const part of rest) {
      const ns = /^\*\s+as\s+([\w$]+)$/.exec(part);
      if (!ns) add(spec, 'default');
      else for (const [, name] of source.matchAll(new RegExp(`\\b${ns[1]}\\.([\\w$]+)`, 'g'))) add(spec, name);
    }
  }
  for (const [, list, spec] of source.matchAll(RE_EXPORT)) for (const name of listed(list, 'own')) add(spec, name);
  for (const [, list, spec] of source.matchAll(DYNAMIC_IMPORT)) for (const name of listed(list, 'own')) add(spec, name);
  return found;
}
