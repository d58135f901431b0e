/**
 * `/[…]+$/` in linear time. A trailing-run pattern is tried at every position of every run of its
 * characters, and each try scans the run to its end: quadratic on a long run that does not end
 * the text (a heading followed by 100,000 spaces and a letter took seconds). Tried only where the
 * character before is not one of the run's, each run is scanned once. The match is the same: the
 * leftmost match of `/[…]+$/` always starts a run.
 */
export function trailingRun(characters: RegExp): RegExp {
  const one = characters.source;
  return new RegExp(`(?<!${one})${one}+$`, characters.flags);
}
