import { ACCEPTED_SCORE, strengthOf } from './password-strength.component';
import { passwordScore } from './password-score';

describe('password strength hint', () => {
  it('speaks of length first, as the API does', () => {
    expect(strengthOf('', null)).toBe('empty');
    expect(strengthOf('short', 4)).toBe('tooShort');
  });

  it('grades long passwords by how guessable they are', () => {
    expect(strengthOf('password1234', 0)).toBe('weak');
    expect(strengthOf('lumi-drini-buzë-detit', ACCEPTED_SCORE)).toBe('good');
    expect(strengthOf('lumi-drini-buzë-detit-2026', 4)).toBe('strong');
  });

  it('agrees with the server about common passwords and the person’s own name', () => {
    expect(passwordScore('password1234')).toBeLessThan(ACCEPTED_SCORE);
    // Strong on its own, weak for Anila of Shpresa: her own words are the first a guesser tries.
    expect(passwordScore('anilashpresa')).toBeGreaterThanOrEqual(ACCEPTED_SCORE);
    expect(passwordScore('anilashpresa', ['anila@shpresa.org', 'Anila Meta'])).toBeLessThan(ACCEPTED_SCORE);
    expect(passwordScore('Lumi i Drinit te Bardhe 7')).toBeGreaterThanOrEqual(ACCEPTED_SCORE);
  });
});
