import { describe, expect, it } from 'vitest';
import { renderAll, renderers } from '../../src/render/registry.js';
import { FORMATS } from '../../src/render/formats.js';
import { sampleInput } from '../fixtures/render/sample-report.js';
import { expectGolden } from './golden.js';

const fixture = (name: string) => new URL(`../fixtures/render/${name}`, import.meta.url).pathname;

describe('registry', () => {
  it('has a renderer for every format', () => {
    expect(Object.keys(renderers).sort()).toEqual([...FORMATS].sort());
  });

  it('sanitises the base name', async () => {
    const files = await renderAll(sampleInput, ['md', 'json'], { baseName: '../evil/name' });
    expect(files.map((f) => f.name)).toEqual(['evil-name.md', 'evil-name.json']);
  });
});

describe('markdown', () => {
  it('matches the golden file', async () => {
    const [file] = await renderers.md(sampleInput, { baseName: 'sample' });
    expect(file?.name).toBe('sample.md');
    expectGolden(fixture('sample.md'), String(file?.content));
  });

  it('escapes table pipes, shows markers and a legend of the marks used', async () => {
    const md = String((await renderers.md(sampleInput, { baseName: 's' }))[0]?.content);
    expect(md).toContain('a \\| pipe and \\*stars\\*');
    expect(md).toContain('85% ▼');
    expect(md).toContain('95% ▲');
    expect(md).toMatch(/Legend: ▲ most ambitious · ▼ least ambitious · ≠ not comparable .* · ∅ no such target/);
    expect(md).not.toContain('behind schedule');
    expect(md).toContain('# 残疾人事业发展规划对比 | comparison');
  });

  it('leaves detail tables to the spreadsheets but keeps their section text', async () => {
    const detail = {
      title: 'Cells',
      paragraphs: ['Long form, in the workbook only.'],
      table: { name: 'cells', columns: [{ header: 'Long-form header' }], rows: [[{ value: 'long-form value' }]], detail: true },
    };
    const input = { ...sampleInput, report: { ...sampleInput.report, sections: [...sampleInput.report.sections, detail] } };
    const md = String((await renderers.md(input, { baseName: 's' }))[0]?.content);
    expect(md).toContain('## Cells\n\nLong form, in the workbook only.');
    expect(md).not.toContain('long-form value');
    expect((await renderers.csv(input, { baseName: 's' })).map((f) => f.name)).toContain('s-cells.csv');
  });
});

describe('csv', () => {
  it('writes one BOM-prefixed file per table with neutralised formulas', async () => {
    const files = await renderers.csv(sampleInput, { baseName: 'sample' });
    expect(files.map((f) => f.name)).toEqual(['sample-indicators.csv', 'sample-部门 - 责任.csv']);
    const first = String(files[0]?.content);
    expect(first.startsWith('\ufeff指标,单位,Zigong,Banan,Remark\r\n')).toBe(true);
    expect(first).toContain(`"'=HYPERLINK(""http://x"",""y"")",,,-5,'@SUM(A1)\r\n`);
    expectGolden(fixture('sample-indicators.csv'), first);
  });
});

describe('json', () => {
  it('sorts keys at every depth, keeps array order, ends with a newline', async () => {
    const [file] = await renderers.json(sampleInput, { baseName: 'sample' });
    expect(file?.content).toBe(
      '{\n  "alpha": {\n    "a": null,\n    "b": 1\n  },\n  "schemaVersion": 1,\n  "zeta": [\n    3,\n    1,\n    2\n  ]\n}\n',
    );
  });
});
