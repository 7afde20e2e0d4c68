import { csvCell, csvLine } from './csv-cells';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('turns every formula opener into text with a leading apostrophe', () => {
    for (const opener of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${opener}SUM(A1)`))
        .withContext(JSON.stringify(opener))
        .toBe(`"'${opener}SUM(A1)"`);
    }
    expect(csvCell('=1+2')).toBe(`"'=1+2"`);
  });

  it('writes numbers, booleans and empty cells as themselves', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, null, false])).toBe('a,1,,false\r\n');
  });
});
