/**
 * More plans than this and Markdown shows each per-plan matrix (indicators, departments, projects)
 * in a narrow form, counts and the plans named; the full matrix stays in the workbook and CSV.
 */
export const WIDE_PLANS = 10;
