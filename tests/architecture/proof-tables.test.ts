/**
 * The proof tables stay in step with the code they speak of (issue 16: no silent skip). A realistic
 * bug whose edit no longer applies, or an equivalent decimal-method mutant whose line has moved, would
 * otherwise be found only at the next `npm run proof` or `npm run mutate:decimal`, which are not part
 * of `npm test`: the first reports "not-applied" (four did, after the rules were made to read the
 * prepared protocol), the second "not explained".
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Bug {
  readonly id: string;
  readonly file: string;
  readonly find: string;
  readonly replace: string;
  readonly tests: readonly string[];
}
const bugs = (JSON.parse(readFileSync('proof/bugs.json', 'utf8')) as { bugs: Bug[] }).bugs;
const equivalent = (JSON.parse(readFileSync('proof/decimal-equivalent.json', 'utf8')) as { equivalent: { id: string; why: string }[] }).equivalent;

const occurrences = (text: string, find: string): number => text.split(find).length - 1;

describe('proof/bugs.json', () => {
  it('every bug has a unique id, a description of what it breaks and a test subset', () => {
    expect(new Set(bugs.map((b) => b.id)).size).toBe(bugs.length);
    for (const b of bugs) expect([b.id, b.tests.length > 0, b.find !== b.replace]).toEqual([b.id, true, true]);
  });

  it("every bug's edit applies: its text occurs exactly once in its file", () => {
    const wrong = bugs
      .map((b) => ({ id: b.id, count: occurrences(readFileSync(b.file, 'utf8'), b.find) }))
      .filter((x) => x.count !== 1)
      .map((x) => `${x.id}: ${x.count} times`);
    expect(wrong).toEqual([]);
  });
});

describe('proof/decimal-equivalent.json', () => {
  it("every equivalent mutant's line still holds the call it mutates, at its column", () => {
    const wrong: string[] = [];
    for (const { id, why } of equivalent) {
      const m = /^(\S+):(\d+):(\d+) (\S+) -> (\S+)$/.exec(id);
      if (!m || why.length < 20) {
        wrong.push(`${id}: not a mutant id with a reason`);
        continue;
      }
      const [, file, line, col, from] = m as unknown as [string, string, string, string, string];
      const text = readFileSync(file, 'utf8').split('\n')[Number(line) - 1] ?? '';
      // Columns are 1-based, as the script prints them.
      if (!text.startsWith(from, Number(col) - 1)) wrong.push(`${id}: line ${line} reads ${JSON.stringify(text.trim())}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('proof/stryker-reviewed.json', () => {
  const reviews = (
    JSON.parse(readFileSync('proof/stryker-reviewed.json', 'utf8')) as { mutants: Record<string, { verdict: string; reason?: string; killedBy?: string[] }> }
  ).mutants;
  const VERDICTS = ['equivalent', 'unimportant', 'static', 'killed-by-hand'];

  it('every review has a known verdict and a reason; a static or hand kill names test files that exist', () => {
    const wrong: string[] = [];
    for (const [key, r] of Object.entries(reviews)) {
      if (!VERDICTS.includes(r.verdict) || !r.reason) wrong.push(`${key}: verdict ${r.verdict}, reason ${r.reason === undefined ? 'missing' : 'given'}`);
      const needsTests = r.verdict === 'static' || r.verdict === 'killed-by-hand';
      if (needsTests && (r.killedBy === undefined || r.killedBy.length === 0)) wrong.push(`${key}: no killedBy`);
      for (const t of r.killedBy ?? []) {
        try {
          readFileSync(t, 'utf8');
        } catch {
          wrong.push(`${key}: ${t} does not exist`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('proof/static-mutants.json', () => {
  const results = (
    JSON.parse(readFileSync('proof/static-mutants.json', 'utf8')) as {
      mutants: Record<string, { status: string; by?: string; tests: string[]; verdict?: string; reason?: string }>;
    }
  ).mutants;

  it('every static mutant judged by hand was killed by a named test or survived named tests, and a reviewed survivor gives a verdict and a reason', () => {
    const wrong: string[] = [];
    for (const [key, r] of Object.entries(results)) {
      if (!/^src\/\S+\.ts:\d+:\d+-\d+:\d+ \w+: /.test(key)) wrong.push(`${key}: not a mutant key`);
      if (r.status === 'killed' && !r.by) wrong.push(`${key}: killed by no named test`);
      if (r.status !== 'killed' && r.status !== 'survived') wrong.push(`${key}: status ${r.status}`);
      if (r.tests.length === 0) wrong.push(`${key}: no tests`);
      if (r.verdict !== undefined && (r.status !== 'survived' || !['equivalent', 'unimportant'].includes(r.verdict) || !r.reason)) {
        wrong.push(`${key}: verdict ${r.verdict} on a ${r.status} mutant, reason ${r.reason === undefined ? 'missing' : 'given'}`);
      }
      for (const t of r.tests) {
        try {
          statSync(t);
        } catch {
          wrong.push(`${key}: ${t} does not exist`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
