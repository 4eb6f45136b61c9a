// The homework file's JSON Schema (docs/homework.schema.json) against the
// published example (docs/examples/homework.json), so the two can't drift
// apart unseen: the example validates, and so does a copy asking for a
// questionnaire; a file the app would refuse for its shape is refused by
// the schema too (an unknown field, an unknown kind, version 2, a
// questionnaire Interlude doesn't have, a questionnaire with a field it
// doesn't know). What only Interlude checks (ids used twice, an end date
// before the start) is core's to test (core/tests/homework.rs).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

const schema = read('docs/homework.schema.json');
const example = read('docs/examples/homework.json');

// unicodeRegExp off: the id's pattern names control characters as \u
// escapes, which the `u` flag reads the same way; strict, so a keyword
// the schema misspells fails here rather than being ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: false });
const validate = ajv.compile(schema);

const errors = () => JSON.stringify(validate.errors, null, 1);
/** The example, changed by `change` (given a deep copy). */
function variant(change) {
  const copy = structuredClone(example);
  change(copy);
  return copy;
}
const questionnaire = { id: 'phq', kind: 'questionnaire', measure: 'phq9', when: 'beforeEachSession' };
const withQuestionnaire = (q) => variant((f) => f.items.push(q));

describe('the homework schema', () => {
  it('is a draft 2020-12 schema that compiles', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(typeof validate, 'function');
  });

  it('accepts the published example', () => {
    assert.equal(example.items.length, 3, 'two plans and an experiment');
    assert.ok(validate(example), errors());
  });

  it('accepts the example with a questionnaire asked for', () => {
    assert.ok(validate(withQuestionnaire(questionnaire)), errors());
    assert.ok(validate(withQuestionnaire({ ...questionnaire, id: 'gad', measure: 'gad7', when: 'weekly' })), errors());
  });

  const refused = {
    'an unknown field in a plan': variant((f) => { f.items[0].cuetime = '08:45'; }),
    'a kind it has no such item for': variant((f) => { f.items[1].kind = 'sermon'; }),
    'version 2': variant((f) => { f.version = 2; }),
    'a questionnaire Interlude does not have': withQuestionnaire({ ...questionnaire, measure: 'bdi' }),
    'a questionnaire with a field it does not know': withQuestionnaire({ ...questionnaire, at: '2026-12-09' }),
    'a questionnaire without its timing': withQuestionnaire({ id: 'phq', kind: 'questionnaire', measure: 'phq9' }),
    'a questionnaire asked for at a time it has no word for': withQuestionnaire({ ...questionnaire, when: 'daily' }),
  };
  for (const [what, file] of Object.entries(refused)) {
    it(`refuses ${what}`, () => {
      assert.equal(validate(file), false, `${what} passed`);
    });
  }

  it('names the field it refuses', () => {
    validate(refused['a questionnaire with a field it does not know']);
    assert.ok(validate.errors.some((e) => e.keyword === 'additionalProperties'
      && e.instancePath === '/items/3' && e.params.additionalProperty === 'at'), errors());
    validate(refused['a questionnaire Interlude does not have']);
    assert.ok(validate.errors.some((e) => e.keyword === 'enum' && e.instancePath === '/items/3/measure'), errors());
  });
});
