/** `'a', 'b'`: a CHECK's list of the values a column may hold, from the contracts' constants. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
