/**
 * Makes names unique case-insensitively (file systems on macOS/Windows fold case,
 * Excel sheet names too) by appending "-2", "-3"… (or another separator) Order is kept so output is stable.
 * `maxLength` trims before the suffix, for Excel's 31-character sheet names.
 */
export function uniqueNames(names: readonly string[], maxLength = Infinity, separator = '-'): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = [...name].slice(0, maxLength).join('');
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `${separator}${n}`;
      candidate = [...base].slice(0, maxLength - suffix.length).join('') + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
