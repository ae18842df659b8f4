/**
 * Input to the grant rules that no person could produce through the API: an impossible date, a
 * schedule with two tranches of the same sequence, a report spending on a budget line the grant does
 * not have. The API validates its requests first, so this is a programming error (500), not a 400;
 * what a person can get wrong is answered with a code (`TrancheBlock`, `ReallocationProblem`) or a
 * named error (`FourEyesError`, `AwardExceededError`).
 */
export class GrantRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GrantRuleError';
  }
}
