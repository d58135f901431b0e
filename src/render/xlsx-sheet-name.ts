import { uniqueNames } from './unique-names.js';

/**
 * Excel refuses sheet names longer than 31 characters, containing []:*?/\ , starting or
 * ending with an apostrophe, or equal to "History" — and names must be unique ignoring case.
 */
export function sheetNames(wanted: readonly string[], reserved: readonly string[] = []): string[] {
  const cleaned = wanted.map((name) => {
    const clean = name.replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
    return clean === '' || clean.toLowerCase() === 'history' ? `Sheet ${clean}`.trim() : clean;
  });
  return uniqueNames([...reserved, ...cleaned], 31, ' ').slice(reserved.length);
}
