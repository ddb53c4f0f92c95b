// Issue 13 items 1 and 3: the code reference names every code of every list once, and no code that
// does not exist; docs/codes.md is what the module renders; its severities agree with what real plans
// carry; and every code list is frozen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ADMINISTRATION_FINDING_CODES,
  CHECK_CODES,
  CHECK_PLAN_CODES,
  CODE_REFERENCE,
  INPUT_ISSUE_CODES,
  ISSUE_CODES,
  MEASURE_CODES,
  PATIENT_MEASURES,
  ROUNDING_MODES,
  RULE_CODES,
  TITRATION_DECISIONS,
  TITRATION_RULE_IDS,
  WEEKDAYS,
  planCombination,
  planCourse,
  planInfusion,
  planNasalSpray,
  verifyAdministration,
  type Check,
} from '../support/untyped.js';
import { CODE_LISTS, renderCodesDoc } from '../../scripts/codes-doc.mjs';
import { nasalOrderNoPriming } from '../support/orders.js';

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('CODE_REFERENCE covers every code, and only codes that exist', () => {
  const lists: [keyof typeof CODE_REFERENCE, readonly string[]][] = [
    ['checks', CHECK_CODES],
    ['inputIssues', INPUT_ISSUE_CODES],
    ['checkPlan', CHECK_PLAN_CODES],
    ['administration', ADMINISTRATION_FINDING_CODES],
    ['titration', TITRATION_RULE_IDS],
  ];

  it.each(lists)('%s: one entry per code of its list', (key, codes) => {
    expect(sorted(Object.keys(CODE_REFERENCE[key]))).toEqual(sorted(codes));
  });

  it('the page renders the five lists, and no other', () => {
    expect(sorted(CODE_LISTS.map((l) => l.key))).toEqual(sorted(Object.keys(CODE_REFERENCE)));
  });

  it('every entry has a severity, a meaning and an action, each one line of text', () => {
    for (const table of Object.values(CODE_REFERENCE)) {
      for (const [code, doc] of Object.entries(table as Record<string, { severity: string; meaning: string; action: string }>)) {
        for (const text of [doc.severity, doc.meaning, doc.action]) {
          expect(text.trim().length, `${code}`).toBeGreaterThan(0);
          expect(text, `${code}`).not.toMatch(/\n/);
        }
      }
    }
  });

  it('severities by list: findings start hard, soft or info; input issues are refusals; checkPlan codes disagreements', () => {
    for (const [code, doc] of Object.entries(CODE_REFERENCE.checks)) expect(doc.severity, code).toMatch(/^(hard|soft|info)\b/);
    for (const doc of Object.values(CODE_REFERENCE.inputIssues)) expect(doc.severity).toBe('refusal');
    for (const doc of Object.values(CODE_REFERENCE.checkPlan)) expect(doc.severity).toBe('disagreement');
    for (const doc of Object.values(CODE_REFERENCE.administration)) expect(['hard', 'soft', 'info']).toContain(doc.severity);
  });

  it('a limit code names its own severity in the code, and the entry agrees', () => {
    for (const m of MEASURE_CODES) {
      for (const b of ['above', 'below'] as const) {
        expect(CODE_REFERENCE.checks[`${m}_${b}_soft_limit`].severity).toBe('soft');
        expect(CODE_REFERENCE.checks[`${m}_${b}_hard_limit`].severity).toBe('hard');
      }
    }
    for (const m of PATIENT_MEASURES) {
      expect(CODE_REFERENCE.checks[`${m}_implausible`].severity).toBe('hard');
      expect(CODE_REFERENCE.checks[`${m}_unusual`].severity).toBe('soft');
    }
  });
});

describe('the severities agree with what real calls return', () => {
  const w70 = { weight: { value: 70, unit: 'kg' } };
  /** A spread of calls that between them raise hard, soft and info findings on every path. */
  const results = [
    planInfusion({ patient: w70, protocol: 'ketamine-crps-schwartzman-2009', session: 1 }),
    planInfusion({ patient: w70, protocol: 'ketamine-crps-schwartzman-2009', session: 1, dose: { rate: { value: 3, unit: 'mg/kg/h' } } }),
    planInfusion({ patient: { weight: { value: 200, unit: 'kg' } }, protocol: 'lidocaine-5mgkg-40min', session: 9 }),
    planInfusion({ patient: w70, protocol: 'ketamine-crps-schwartzman-2009', session: 1, acknowledgements: [{ code: 'nothing_here', reason: 'x' }] }),
    planCombination({
      patient: w70,
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    }),
    planNasalSpray(nasalOrderNoPriming()),
    planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', infusion: { patient: w70 } }),
  ];

  /** Every finding a result carries, wherever it keeps them. */
  function findingsOf(r: unknown): Check[] {
    const out: Check[] = [];
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach(walk);
      const o = v as Record<string, unknown>;
      if (typeof o['code'] === 'string' && typeof o['severity'] === 'string' && typeof o['rule'] === 'string') out.push(o as unknown as Check);
      Object.values(o).forEach(walk);
    };
    walk(r);
    return out;
  }

  it('each finding the calls carry has an entry whose severity names the finding’s severity', () => {
    const findings = results.flatMap(findingsOf);
    // The spread must reach all three severities, or the check below proves little.
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['hard', 'soft', 'info']));
    for (const f of findings) {
      const doc = CODE_REFERENCE.checks[f.code];
      expect(doc, f.code).toBeDefined();
      expect(doc.severity, f.code).toContain(f.severity);
    }
  });

  it('administration findings carry the severity their entry gives', () => {
    const bag = { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } };
    const order = { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } };
    const seen = new Set<string>();
    // Bag: 1000 mg / 100 mL = 10 mg/mL. mg/h = mL/h x 10 mg/mL: 4.17 -> 41.7 (the order: match); 41.7 -> 417 = 10 x
    // the order (tenfold_high); 0.417 -> 4.17 = 1/10 (tenfold_low); 8.34 -> 83.4 = 2 x (dose_mismatch_large).
    for (const rate of [4.17, 41.7, 0.417, 8.34]) {
      const r = verifyAdministration({ bag, pumpRate: { value: rate, unit: 'mL/h' }, patient: { weight: { value: 70, unit: 'kg' } }, order });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      for (const f of r.result.findings) {
        seen.add(f.code);
        expect(CODE_REFERENCE.administration[f.code].severity, f.code).toBe(f.severity);
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['match', 'tenfold_high', 'tenfold_low', 'dose_mismatch_large']));
  });
});

describe('docs/codes.md', () => {
  it('is what the module renders now (run `npm run docs:codes` when this fails)', () => {
    const page = readFileSync(fileURLToPath(new URL('../../docs/codes.md', import.meta.url)), 'utf8');
    expect(page).toBe(renderCodesDoc(CODE_REFERENCE as unknown as Parameters<typeof renderCodesDoc>[0]));
  });

  it('has one table row per code', () => {
    const page = renderCodesDoc(CODE_REFERENCE as unknown as Parameters<typeof renderCodesDoc>[0]);
    const rows = page.split('\n').filter((l) => l.startsWith('| `'));
    const total = Object.values(CODE_REFERENCE).reduce((n, t) => n + Object.keys(t).length, 0);
    expect(rows).toHaveLength(total);
    expect(page).toContain('| `tenfold_dose` | hard |');
  });
});

describe('code lists are frozen (issue 13 item 3)', () => {
  const lists: [string, readonly unknown[]][] = [
    ['RULE_CODES', RULE_CODES],
    ['CHECK_CODES', CHECK_CODES],
    ['MEASURE_CODES', MEASURE_CODES],
    ['PATIENT_MEASURES', PATIENT_MEASURES],
    ['INPUT_ISSUE_CODES', INPUT_ISSUE_CODES],
    ['ISSUE_CODES', ISSUE_CODES],
    ['CHECK_PLAN_CODES', CHECK_PLAN_CODES],
    ['ADMINISTRATION_FINDING_CODES', ADMINISTRATION_FINDING_CODES],
    ['ROUNDING_MODES', ROUNDING_MODES],
    ['TITRATION_RULE_IDS', TITRATION_RULE_IDS],
    ['TITRATION_DECISIONS', TITRATION_DECISIONS],
    ['WEEKDAYS', WEEKDAYS],
  ];

  it.each(lists)('%s is frozen: a push throws and the list is unchanged', (_name, list) => {
    expect(Object.isFrozen(list)).toBe(true);
    const before = [...list];
    expect(() => (list as unknown[]).push('x')).toThrow(TypeError);
    expect([...list]).toEqual(before);
  });

  it('CODE_REFERENCE is frozen all the way down', () => {
    expect(Object.isFrozen(CODE_REFERENCE)).toBe(true);
    for (const table of Object.values(CODE_REFERENCE)) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const doc of Object.values(table)) expect(Object.isFrozen(doc)).toBe(true);
    }
  });
});
