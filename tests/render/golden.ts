import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Compares `actual` with a committed golden file. UPDATE_GOLDEN=1 rewrites the file
 * instead, so regenerating expectations is a deliberate, reviewable act.
 */
export function expectGolden(path: string, actual: string | Buffer): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  // A missing golden file fails (CI or not): writing it here would make the test pass on any output.
  if (!existsSync(path)) throw new Error(`missing golden file ${path} (run with UPDATE_GOLDEN=1 to create it)`);
  const expected = readFileSync(path);
  const got = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : actual;
  if (!expected.equals(got)) {
    throw new Error(
      `output differs from golden file ${path} (run with UPDATE_GOLDEN=1 to accept)\n--- expected\n${expected.toString('utf8')}\n--- actual\n${got.toString('utf8')}`,
    );
  }
}
