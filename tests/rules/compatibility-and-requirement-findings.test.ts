/**
 * Issue 16 item 1: the findings of src/rules/compatibility-rules.ts and src/rules/requirement-rules.ts
 * pinned whole, their text built by hand from each rule's template: one check per pair of agents in the
 * order the components are listed, with the cited statement or the request to confirm; each
 * pre-infusion requirement unconfirmed, confirmed or not met, and the fasting hours only on fasting.
 */
import { describe, expect, it } from 'vitest';
import { planCombination, planInfusion } from '../support/untyped.js';
import { COMPATIBILITY, GIVE_ALONE } from '../../src/agents/compatibility.js';
import { compatibilityChecks } from '../../src/rules/compatibility-rules.js';
import { BUILTIN_CATALOGUE } from '../../src/index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ketamine = { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } };
const combine = (...components: Json[]) =>
  planCombination({ patient: { weight: { value: 70, unit: 'kg' } }, session: 1, components, preparation: { containerVolume: { value: 250, unit: 'mL' } } });
const compat = (r: ReturnType<typeof planCombination>) =>
  (r.ok ? r.plan.checks : r.issues).filter((c: Json) => String(c['rule']).startsWith('compatibility.')) as readonly Json[];
const pamidronateAlone = GIVE_ALONE.find((g) => g.agent === 'pamidronate');

describe('compatibility of the agents in one bag', () => {
  it('ketamine with magnesium (Collins): one pair, no cited statement, a soft finding asking to confirm', () => {
    const r = combine(ketamine, { protocol: 'magnesium-crps-collins-2009' });
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(compat(r)).toEqual([
      {
        code: 'compatibility_unknown',
        rule: 'compatibility.ketamine.magnesium-sulfate',
        severity: 'soft',
        passed: false,
        message:
          'No cited statement on ketamine with magnesium-sulfate in one bag: confirm compatibility (pharmacy, a compatibility reference) and acknowledge with a reason.',
      },
    ]);
  });

  it('ketamine, magnesium and pamidronate: three pairs in listed order; pamidronate (give in a separate line) refuses, citing its source', () => {
    // Pairs of [k, m, p]: (k, m), (k, p), (m, p), each once.
    const r = combine(
      ketamine,
      { protocol: 'magnesium-crps-collins-2009' },
      { protocol: 'pamidronate-crps-3day', dose: { duration: { value: 4, unit: 'h' } } },
    );
    expect(r.ok).toBe(false);
    const incompatible = (a: string) => ({
      code: 'incompatible_agents',
      rule: `compatibility.${a}.pamidronate`,
      severity: 'hard',
      passed: false,
      source: pamidronateAlone?.source,
      message: `${a} with pamidronate: pamidronate: Give in a separate line (no calcium-containing solutions).`,
      path: ['components'],
    });
    // A refusal lists the hard findings only: the two pairs with pamidronate.
    expect(compat(r)).toEqual([incompatible('ketamine'), incompatible('magnesium-sulfate')]);
  });

  it('the cited compatible pair (dexmedetomidine with magnesium): an info note that passes, with its statement and source', () => {
    // Called directly: dexmedetomidine's only protocol does not make up a whole bag, so no built-in
    // combination holds this pair (combination_not_whole_bag). Three agents give the pairs in order.
    const rec = COMPATIBILITY.find((c) => c.agents.includes('dexmedetomidine'));
    expect(compatibilityChecks(['ketamine', 'dexmedetomidine', 'magnesium-sulfate'])).toEqual([
      {
        code: 'compatibility_unknown',
        rule: 'compatibility.ketamine.dexmedetomidine',
        severity: 'soft',
        passed: false,
        message:
          'No cited statement on ketamine with dexmedetomidine in one bag: confirm compatibility (pharmacy, a compatibility reference) and acknowledge with a reason.',
      },
      {
        code: 'compatibility_unknown',
        rule: 'compatibility.ketamine.magnesium-sulfate',
        severity: 'soft',
        passed: false,
        message:
          'No cited statement on ketamine with magnesium-sulfate in one bag: confirm compatibility (pharmacy, a compatibility reference) and acknowledge with a reason.',
      },
      {
        code: 'compatible_agents',
        rule: 'compatibility.dexmedetomidine.magnesium-sulfate',
        severity: 'info',
        passed: true,
        source: rec?.source,
        message: 'dexmedetomidine with magnesium-sulfate: The Precedex label lists magnesium sulfate 100 mg/mL as compatible (Y-site).',
      },
    ]);
  });
});

describe('pre-infusion requirements', () => {
  // Schwartzman ketamine at 80 kg: ketamine's requirements are an escort, then fasting for 8 h.
  const schwartzman = (readiness?: Json) =>
    planInfusion({
      patient: { weight: { value: 80, unit: 'kg' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      ...(readiness ? { readiness } : {}),
    });
  const req = (id: string) => (BUILTIN_CATALOGUE.agents.find((a) => a.id === 'ketamine')?.requirements ?? []).find((q) => q.id === id);
  const ESCORT = 'An adult to take the patient home: outpatients leave only with a responsible adult, and no driving.';
  const FASTING = 'Fast for at least 8 hours before the infusion (vomiting and aspiration are possible).';
  const checks = (r: ReturnType<typeof planInfusion>) => (r.ok ? r.plan.checks.filter((c) => c.rule?.startsWith('requirement.')) : []);

  it('nothing stated: each unconfirmed, an info note asking to confirm', () => {
    expect(checks(schwartzman())).toEqual([
      {
        code: 'requirement_unconfirmed',
        rule: 'requirement.escort',
        severity: 'info',
        passed: false,
        agent: 'ketamine',
        source: req('escort')?.source,
        message: `Confirm before starting: ${ESCORT}`,
      },
      {
        code: 'requirement_unconfirmed',
        rule: 'requirement.fasting',
        severity: 'info',
        passed: false,
        agent: 'ketamine',
        source: req('fasting')?.source,
        message: `Confirm before starting: ${FASTING}`,
      },
    ]);
  });

  it('fasted 8 h (exactly the 8 h asked) and no escort: fasting confirmed with its hours, the escort not met (no hours on it)', () => {
    const r = schwartzman({ fastingHours: 8, escort: false });
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(checks(r)).toEqual([
      {
        code: 'no_escort',
        rule: 'requirement.escort',
        severity: 'soft',
        passed: false,
        agent: 'ketamine',
        source: req('escort')?.source,
        message: `Not met: ${ESCORT} Resolve it, or acknowledge with a reason.`,
      },
      {
        code: 'fasting_too_short',
        rule: 'requirement.fasting',
        severity: 'soft',
        passed: true,
        agent: 'ketamine',
        observed: { value: '8', unit: 'h' },
        limit: { value: '8', unit: 'h' },
        source: req('fasting')?.source,
        message: `Confirmed: ${FASTING}`,
      },
    ]);
  });

  it('fasted 6 h with an escort: fasting not met (6 h < 8 h), the escort confirmed', () => {
    const r = schwartzman({ fastingHours: 6, escort: true });
    expect(checks(r).map((c) => [c.code, c.passed, c.observed?.value, c.limit?.value, c.message])).toEqual([
      ['no_escort', true, undefined, undefined, `Confirmed: ${ESCORT}`],
      ['fasting_too_short', false, '6', '8', `Not met: ${FASTING} Resolve it, or acknowledge with a reason.`],
    ]);
  });
});
