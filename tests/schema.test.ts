// The JSON contract: `plan-diff parse --json` output validates against schema/plan-diff.schema.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Diagnostic, type ParseOutput, type Plan } from '../src/model/types.js';
import { parsePlan } from '../src/parse/index.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'plan-diff.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function parseSeeds(): ParseOutput {
  const plans: Plan[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of readdirSync(join(root, 'seeds')).sort()) {
    const result = parsePlan(readFileSync(join(root, 'seeds', name), 'utf8'), `seeds/${name}`);
    plans.push(result.plan);
    diagnostics.push(...result.diagnostics);
  }
  // Through JSON, as the CLI prints it: undefined optional fields disappear.
  return JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, plans, diagnostics })) as ParseOutput;
}

describe('schema/plan-diff.schema.json', () => {
  const output = parseSeeds();

  it('accepts the parse output of all five seeds', () => {
    const ok = validate(output);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(output.plans).toHaveLength(5);
  });

  it('accepts the output for empty and binary input', () => {
    const empty = parsePlan('', 'empty.txt');
    const binary = parsePlan('\u0000\u0001PK\u0003\u0004', 'x.docx');
    const doc = { schemaVersion: 1, plans: [empty.plan, binary.plan], diagnostics: [...empty.diagnostics, ...binary.diagnostics] };
    expect(validate(JSON.parse(JSON.stringify(doc)))).toBe(true);
  });

  it('rejects a plan without tasks', () => {
    const [first, ...rest] = output.plans;
    const { tasks: _dropped, ...withoutTasks } = first as Plan;
    expect(validate({ ...output, plans: [withoutTasks, ...rest] })).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'tasks')).toBe(true);
  });

  it('rejects a wrong schemaVersion, an unknown op and a line 0', () => {
    expect(validate({ ...output, schemaVersion: 2 })).toBe(false);
    const plan = structuredClone(output.plans[0]) as Plan;
    const indicator = plan.indicators[0];
    if (!indicator?.target) throw new Error('seed 000 has indicators with targets');
    (indicator.target as { op: string }).op = '≈';
    expect(validate({ ...output, plans: [plan] })).toBe(false);
    const lineZero = structuredClone(output.plans[0]) as Plan;
    (lineZero.tasks[0] as { source: { line: number } }).source.line = 0;
    expect(validate({ ...output, plans: [lineZero] })).toBe(false);
  });
});
