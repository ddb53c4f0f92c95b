// Issue 10 item 4: non-empty issue lists are built, never cast. A refusal carries `Issues`
// (`readonly [Issue, ...Issue[]]`); the helpers in src/types/issues.ts build one from a list, and no
// file in src/ casts a list to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Issue, mapIssues, nonEmptyIssues, refusalIssues } from '../../src/types/issues.js';
import { refuseAny } from '../../src/pipeline/state.js';
import { listSourceFiles } from '../architecture/import-graph.js';

const a: Issue = { code: 'required', path: ['patient', 'weight'], message: 'The weight is required.' };
const b: Issue = { code: 'invalid_value', path: ['session'], message: 'The session must be at least 1.' };

describe('non-empty issue lists', () => {
  it('builds a non-empty list from a list, in order, and nothing from an empty one', () => {
    expect(nonEmptyIssues([a, b])).toEqual([a, b]);
    expect(nonEmptyIssues([])).toBeUndefined();
  });

  it('maps every issue of a non-empty list, the first included', () => {
    expect(mapIssues([a, b], (i) => ({ ...i, path: ['history', ...i.path] }))).toEqual([
      { ...a, path: ['history', 'patient', 'weight'] },
      { ...b, path: ['history', 'session'] },
    ]);
  });

  it('gives a refusal that lost its reason an internal_error, never an empty list or a throw', () => {
    expect(refusalIssues([a])).toEqual([a]);
    const lost = refusalIssues([]);
    expect(lost).toHaveLength(1);
    expect(lost[0].code).toBe('internal_error');
  });

  it('refuses a pipeline step only when there is an issue', () => {
    expect(refuseAny([])).toBeUndefined();
    expect(refuseAny([a, b])).toEqual({ ok: false, issues: [a, b] });
  });

  it('has no cast to Issues anywhere in src/', () => {
    const files = listSourceFiles('');
    expect(files.length).toBeGreaterThan(100);
    const casts = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bas (unknown as )?Issues\b/.test(line) ? [`${f}:${i + 1}`] : [])),
    );
    expect(casts).toEqual([]);
  });
});
