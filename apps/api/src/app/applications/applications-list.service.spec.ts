import { csvCell } from './applications-list.service';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Qendra "Hapa"', '"Qendra ""Hapa"""'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+355 4 222', "'+355 4 222"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
  ])('%p → %p', (value, expected) => expect(csvCell(value)).toBe(expected));
});
