/** Makes a person's search text literal inside an ILIKE pattern (`%` and `_` match themselves). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
