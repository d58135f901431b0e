/** `npm run legacy-tables`: writes src/read/legacy-tables.ts (see legacy-tables.ts). */
import { writeFileSync } from 'node:fs';
import { legacyTablesSource } from './legacy-tables.js';

const target = new URL('../../src/read/legacy-tables.ts', import.meta.url);
writeFileSync(target, legacyTablesSource());
process.stderr.write(`legacy-tables: wrote ${target.pathname}\n`);
