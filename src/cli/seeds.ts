import { fileURLToPath } from 'node:url';

/**
 * The package's own folders, found from this module's location (dist/cli/ or src/cli/),
 * never from the working directory: `plan-diff` must find its seeds wherever it runs.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const SEEDS_LABEL = 'seeds';
