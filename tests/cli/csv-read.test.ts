// The batch command's CSV reader (RFC 4180) and the "did you mean" ranking, on hand-made inputs.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/cli/csv-read.js';
import { editDistance, suggest } from '../../src/cli/suggest.js';

describe('readCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const r = readCsv('\uFEFFid,note\r\nA,"64,5"\r\nB,"say ""hi"""\r\n\r\nC,"two\r\nlines"\r\n');
    expect(r).toEqual({
      ok: true,
      header: ['id', 'note'],
      records: [
        { line: 2, fields: ['A', '64,5'] },
        { line: 3, fields: ['B', 'say "hi"'] },
        // Line 4 is blank and skipped; C's field runs over two lines.
        { line: 5, fields: ['C', 'two\r\nlines'] },
      ],
    });
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(readCsv('a,b,c\n,,\n1,,3')).toEqual({
      ok: true,
      header: ['a', 'b', 'c'],
      records: [
        { line: 2, fields: ['', '', ''] },
        { line: 3, fields: ['1', '', '3'] },
      ],
    });
  });

  it('refuses what the RFC does not allow, each with its line', () => {
    const codes = (text: string) => {
      const r = readCsv(text);
      return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    };
    expect(codes('a,b\n1,2,3\n')).toEqual(['csv_field_count@line.2']);
    expect(codes('a,b\n1,"2\n')).toEqual(['csv_unclosed_quote@line.2']);
    expect(codes('a,b\n1,"2"x\n')).toEqual(['csv_text_after_quote@line.2']);
    expect(codes('a,b\n1,2"\n')).toEqual(['csv_stray_quote@line.2']);
    expect(codes('')).toEqual(['csv_empty@']);
  });
});

describe('suggest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('wieght', 'weight')).toBe(1);
    expect(editDistance('patinet', 'patient')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('offers at most three close names, closest first, and none for a name close to nothing', () => {
    expect(suggest('renal', ['thrombosis', 'renal-impairment', 'severe-renal-impairment'])).toEqual(['renal-impairment', 'severe-renal-impairment']);
    expect(suggest('ab', ['abc', 'abd', 'abe', 'abf'])).toEqual(['abc', 'abd', 'abe']);
    expect(suggest('zzzz', ['ketamine-crps-schwartzman-2009', 'lidocaine-5mgkg-40min'])).toEqual([]);
    expect(suggest('weight', ['weight'])).toEqual([]);
  });
});
