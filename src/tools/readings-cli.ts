/** `npm run readings`: writes src/parse/division-readings.ts (see division-readings.ts). */
import { writeFileSync } from 'node:fs';
import { divisionReadingsSource } from './division-readings.js';

const target = new URL('../../src/parse/division-readings.ts', import.meta.url);
writeFileSync(target, divisionReadingsSource());
process.stderr.write(`readings: wrote ${target.pathname}\n`);
