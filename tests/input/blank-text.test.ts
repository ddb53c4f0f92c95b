// Issue 12 item 5: a reason that holds no visible character is no reason. trim() keeps the zero-width
// space (U+200B), so "\u200B" passed as an acknowledgement's reason; it is now refused at every door.
import { describe, expect, it } from 'vitest';
import { planCombination, planInfusion, planNasalSpray } from '../support/untyped.js';
import { isBlankText } from '../../src/types/text.js';
import { nasalOrder } from '../support/orders.js';

const INVISIBLE = ['\u200B', '\u200B\u200C\u200D', '\u2060', '\uFEFF', ' \u00A0\u3000', '\u0301', '\u3164'];

const ketamine = (reason: string) => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
  acknowledgements: [{ code: 'overfill_not_stated', reason }],
});

describe('blank recorded text (issue 12 item 5)', () => {
  it.each(INVISIBLE.map((s) => [JSON.stringify(s), s]))('%s is blank', (_name, s) => {
    expect(isBlankText(s)).toBe(true);
  });

  it('visible text is not blank, whatever the script', () => {
    for (const s of ['ok', ' pharmacy reviewed ', '薬剤部確認', 'é', '\u200Bx']) expect(isBlankText(s)).toBe(false);
  });

  it('planInfusion refuses a zero-width space as an acknowledgement reason', () => {
    const r = planInfusion(ketamine('\u200B'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['acknowledgement_reason_required', ['acknowledgements', 0, 'reason']]]);
    // The same acknowledgement with a visible reason plans.
    expect(planInfusion(ketamine('bag from pharmacy, no overfill')).ok).toBe(true);
  });

  it('planNasalSpray refuses it too', () => {
    const r = planNasalSpray({
      ...nasalOrder(),
      acknowledgements: [{ code: 'priming_not_stated', reason: '\u200B' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toContain('acknowledgement_reason_required');
  });

  it('planCombination refuses it too', () => {
    const r = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      acknowledgements: [{ code: 'compatibility_unknown', reason: '\u200B' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toContain('acknowledgement_reason_required');
  });
});
