// The JSON contract of `compare --json` / out/comparison.json: schema/comparison.schema.json.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonFiles } from '../../src/cli/stages.js';
import type { PlanDocument } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';

const schemaPath = new URL('../../schema/comparison.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

/** What the CLI prints: the JSON file of the comparison stage, parsed. */
async function comparisonJson(documents: readonly PlanDocument[]): Promise<Record<string, unknown>> {
  const { files } = await comparisonFiles(documents, ['json']);
  return JSON.parse(String(files[0]?.content)) as Record<string, unknown>;
}

const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

describe('schema/comparison.schema.json', () => {
  let documents: PlanDocument[];
  let output: Record<string, unknown>;
  beforeAll(async () => {
    documents = (await loadPlans([SEEDS])).documents;
    output = await comparisonJson(documents);
  });

  it('accepts the comparison of the five seeds', () => {
    expect(validate(output), errorsOf().join('\n')).toBe(true);
    expect(output.plans).toHaveLength(5);
    // The seeds exercise the optional parts: text reuse, near misses, findings of many kinds.
    expect(output.textReuse).not.toBeNull();
    const kinds = new Set((output.findings as { kind: string }[]).map((f) => f.kind));
    expect(kinds.size).toBeGreaterThan(8);
  });

  it('accepts the comparison of one plan and of none', async () => {
    expect(validate(await comparisonJson(documents.slice(0, 1))), errorsOf().join('\n')).toBe(true);
    expect(validate(await comparisonJson([])), errorsOf().join('\n')).toBe(true);
  });

  it('rejects an unknown finding kind, an unknown operator, a line 0 and a missing matrix', () => {
    const withFinding = { ...output, findings: [...(output.findings as object[]), { kind: 'most-generous', plan: 'zigong-shi' }] };
    expect(validate(withFinding)).toBe(false);

    const badOp = structuredClone(output) as { indicators: { rows: { cells: { target: { op: string } | null; line: number }[] }[] } };
    const cell = badOp.indicators.rows.flatMap((r) => r.cells).find((c) => c.target !== null)!;
    cell.target!.op = '≈';
    expect(validate(badOp)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.endsWith('/target/op'))).toBe(true);

    const lineZero = structuredClone(output) as typeof badOp;
    lineZero.indicators.rows[0]!.cells[0]!.line = 0;
    expect(validate(lineZero)).toBe(false);

    const { responsibility: _dropped, ...withoutResponsibility } = output;
    expect(validate(withoutResponsibility)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'responsibility')).toBe(true);
  });
});
