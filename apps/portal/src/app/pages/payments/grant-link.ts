/**
 * The grant's page, where its schedule, reports and payments are. The grants helper mounts it under
 * `/my-grants` (`/grants` is the public list of awarded grants); one place to change if it moves.
 */
export function grantLink(grantId: string): string[] {
  return ['/my-grants', grantId];
}
