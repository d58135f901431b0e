/** A .docx the direct reader does not model: the caller falls back to mammoth. */
export class Decline extends Error {}

export function decline(why: string): never {
  throw new Decline(why);
}
