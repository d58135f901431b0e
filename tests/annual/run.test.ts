import { expect, test } from 'vitest';
import { annualProgress, buildTemplates } from '../../src/annual/index.js';
import { byName, fillForm } from './helpers.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const now = new Date('2026-11-22T10:00:00Z');

test('annualProgress routes each file to its plan and reports per plan', async () => {
  const zigong = zigongPlan();
  const other = { ...zigongPlan(), id: 'other-shi', title: '另一个规划' };
  const stray = { ...zigongPlan(), id: 'stray-shi' };
  const forms = await buildTemplates([zigong, other, stray], { now, byDepartment: true });
  const old = await buildTemplates([zigong], { now, byDepartment: true, year: 2024 });
  const filled = await fillForm(byName(forms, 'zigong-shi-2025-民政局.xlsx'), { 任务: { 4: { 进展状态: '已完成' }, 5: { 进展状态: '未启动' } } });
  const run = await annualProgress(
    [
      { name: 'a/民政局.xlsx', content: filled },
      { name: 'a/残联-2024.xlsx', content: byName(old, 'zigong-shi-2024-残联.xlsx') },
      { name: 'b/民政局.xlsx', content: byName(forms, 'other-shi-2025-民政局.xlsx') },
      { name: 'c/stray.xlsx', content: byName(forms, 'stray-shi-2025-民政局.xlsx') },
      { name: 'readme.md', content: Buffer.from('# not a workbook') },
    ],
    [zigong, other],
  );
  expect(run.results.map((r) => [r.plan.id, r.year, r.progress.reporting.returned, r.progress.reporting.sent])).toEqual([
    ['other-shi', 2025, 1, 13],
    ['zigong-shi', 2025, 1, 13],
  ]);
  const z = run.results[1]!;
  expect(z.problems.map((p) => [p.file, p.code])).toContainEqual(['a/残联-2024.xlsx', 'wrong-year']);
  expect(z.progress.tasks.filter((t) => t.no === 4 || t.no === 5).map((t) => t.status)).toEqual(['done', 'not-started']);
  expect(z.report.sections.map((s) => s.title)).toContain('填报问题');
  expect(run.problems.map((p) => [p.file, p.code])).toEqual([['c/stray.xlsx', 'wrong-plan'], ['readme.md', 'not-a-workbook']]);
});
