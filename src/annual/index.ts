/**
 * Annual monitoring: `plan-diff template` (plans → forms) and `plan-diff report`
 * (returned forms → progress → Report). Builds and reads Buffers; never writes files.
 */
export { buildTemplates, departmentsSent, type TemplateFile, type TemplateOptions } from './templates.js';
export { readReturns, type FormReturn, type ReadResult, type ReturnFile, type ReturnRow } from './read.js';
export { buildProgress, type Progress, type IndicatorProgress, type ItemProgress, type DepartmentProgress, type ItemStatus } from './progress.js';
export { progressReport } from './progress-report.js';
export { formatProblem, problemMessage, type Problem, type ProblemCode } from './problems.js';
export { defaultYear } from './rows.js';
export { loadAnnualConfig, parseAnnualConfig, type AnnualConfig } from './config.js';
export { MAX_FILE_BYTES, MAX_SHEET_ROWS } from './bounds.js';
export { annualProgress, type AnnualRun, type PlanProgress } from './run.js';
export { formIdentity, type FormStamp } from './form-identity.js';
