// Issue 10 item 3: the rules page is rendered from the rule tables themselves, so it cannot fall
// behind them. `npm run docs:rules` writes it (UPDATE_RULES_DOC=1); otherwise this test fails when
// docs/rules.md is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../scripts/rules-doc.mjs';
import { RULE_TABLES } from '../support/rule-tables.js';

const PAGE = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));

describe('docs/rules.md', () => {
  const page = renderRulesDoc(RULE_TABLES);
  if (process.env['UPDATE_RULES_DOC'] === '1') writeFileSync(PAGE, page);

  it('is what the rule tables render (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync(PAGE, 'utf8')).toBe(page);
  });

  it('has one row per rule of every table, with its phase', () => {
    const rows = page.split('\n').filter((l) => /^\| `[a-z]/.test(l));
    expect(rows).toHaveLength(RULE_TABLES.reduce((n, t) => n + t.rules.length, 0));
    expect(page).toContain(
      '| `protocol.param.usual` | params | `tenfold_dose`, `tenfold_low_dose`, `tenfold_short_duration`, `tenfold_long_duration` | hard: `tenfold_dose`, `tenfold_short_duration`; soft: `tenfold_low_dose`, `tenfold_long_duration` |',
    );
    expect(page).toContain('| `course.min-interval` | course |');
  });
});
