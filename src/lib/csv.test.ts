import { describe, expect, test } from 'vitest';
import { csvRecords, parseCsv, toCsv } from './csv';

describe('toCsv', () => {
  test('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x' }])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  test('quotes fields with commas, quotes and line breaks, and leaves Chinese as it is', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        { name: 'Alder, North', note: 'the "new" school' },
        { name: '桤木北小学', note: 'line one\nline two' },
      ],
    );
    expect(csv).toBe(
      '\uFEFFname,note\r\n"Alder, North","the ""new"" school"\r\n桤木北小学,"line one\nline two"\r\n',
    );
  });

  test('keeps text that a spreadsheet would run as a formula as text, with an apostrophe', () => {
    const csv = toCsv(
      ['title', 'name', 'note', 'tab', 'plain'],
      [
        {
          title: '=HYPERLINK("https://example.org","x")',
          name: '@SUM(A1:A2)',
          note: '+1 school',
          tab: '\tcmd',
          plain: 'Alder = North',
        },
        { title: '-2 schools', name: 'Birch', note: '\rx', tab: 'x', plain: '' },
      ],
    );
    expect(csvRecords(csv)).toEqual([
      {
        title: '\'=HYPERLINK("https://example.org","x")',
        name: "'@SUM(A1:A2)",
        note: "'+1 school",
        tab: "'\tcmd",
        plain: 'Alder = North',
      },
      { title: "'-2 schools", name: 'Birch', note: "'\rx", tab: 'x', plain: '' },
    ]);
  });

  test('writes numbers as numbers, a negative one too', () => {
    expect(toCsv(['a', 'b'], [{ a: -5, b: 0.9 }])).toBe('\uFEFFa,b\r\n-5,0.9\r\n');
  });

  test('writes an absent figure as an empty cell, and 0 as 0', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: undefined, b: 0, c: false }])).toBe(
      '\uFEFFa,b,c\r\n,0,false\r\n',
    );
  });
});

describe('parseCsv', () => {
  test('reads back what toCsv writes', () => {
    const rows = [
      { a: 'x, y', b: 'say "hi"', c: '桦树市\r\n第二行' },
      { a: '', b: '12', c: '' },
    ];
    expect(parseCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', '桦树市\r\n第二行'],
      ['', '12', ''],
    ]);
  });

  test('reads a last line without a line break and bare LF line ends', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('fails on an unclosed quote', () => {
    expect(() => parseCsv('a\r\n"open')).toThrow(/quoted field/);
  });
});

describe('csvRecords', () => {
  test('keys each row by the header', () => {
    expect(csvRecords('\uFEFFid,n\r\nalder,3\r\n')).toEqual([{ id: 'alder', n: '3' }]);
  });

  test('fails on a row with the wrong number of fields', () => {
    expect(() => csvRecords('id,n\r\nalder\r\n')).toThrow(/row 2 has 1 fields/);
  });
});
