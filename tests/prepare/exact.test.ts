/**
 * Issue 10 item 1: the numbers the rules read of a protocol are read once, when it is prepared
 * (src/prepare/exact.ts). Expected values are the catalogue's own data strings, read by hand:
 * - Zoledronic acid 4 mg by CrCl (Zometa table): bands < 30 (none), 30 to < 40 (3 mg), 40 to < 50
 *   (3.3 mg), 50 to 60 inclusive (3.5 mg), > 60 (4 mg), in mL/min.
 * - Ketamine's fasting requirement: 8 h (clinic page 004); its escort requirement states no hours.
 * - Dexmedetomidine over 65: a loading dose of at most 0.5 mcg/kg = 0.5 / 1000 = 0.0005 mg/kg.
 * - Magnesium: the two Collins adjustments belong to magnesium-crps-collins-2009 only.
 * - IVIG Goebel 2010: whole vials within 10% of the order.
 * - Diluents: NS is stocked in 50, 100, 150, 250, 500, 1000 mL; D5W in 50, 100, 250, 500, 1000 mL.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../../src/index.js';
import { dec } from '../../src/decimal/index.js';
import { type PreparedProtocol, prepareProtocol } from '../../src/prepare/protocol.js';
import { bandFor } from '../../src/rules/dose-rules.js';

function prepared(id: string): PreparedProtocol {
  const r = prepareProtocol(BUILTIN_CATALOGUE, id, undefined);
  if (!r.ok) throw new Error(`${id}: ${r.issue.code}`);
  return r.value;
}

const text = (d: { toFixed(): string } | undefined) => d?.toFixed();

describe('the prepared protocol reads each number its rules need once', () => {
  it('reads the creatinine-clearance bands in mL/min, in their order', () => {
    const bands = prepared('zoledronic-acid-4mg-by-crcl').exact.clearanceBands ?? [];
    expect(bands.map((b) => [text(b.min), text(b.max), b.band.dose])).toEqual([
      [undefined, '30', undefined],
      ['30', '40', '3'],
      ['40', '50', '3.3'],
      ['50', '60', '3.5'],
      ['60', undefined, '4'],
    ]);
    // The bounds as the table reads them: 30 is in the 30-40 band (min inclusive), 60 in the 50-60 band
    // (max inclusive), just above 60 in the last; just under 30 in the first, which has no dose.
    const dose = (crcl: string) => bandFor(bands, dec(crcl))?.band.dose;
    expect([dose('29.99'), dose('30'), dose('39.99'), dose('40'), dose('60'), dose('60.01')]).toEqual([undefined, '3', '3', '3.3', '3.5', '4']);
  });

  it("reads a fasting requirement's hours, and none for the others", () => {
    const reqs = prepared('ketamine-clinic-course-2x3').exact.requirements;
    const fasting = reqs.find((r) => r.req.id === 'fasting');
    const escort = reqs.find((r) => r.req.id === 'escort');
    expect(text(fasting?.hours)).toBe('8');
    expect(escort).toBeDefined();
    expect(escort?.hours).toBeUndefined();
  });

  it("reads an adjustment's age and value (in base units), and keeps only those of the protocol", () => {
    const dex = prepared('dexmedetomidine-procedural-label').exact.adjustments;
    const loading = dex.find((a) => a.adjustment.id === 'dexmedetomidine.age-over-65.loading');
    expect([text(loading?.ageOver), text(loading?.value?.stated), text(loading?.value?.read?.base)]).toEqual(['65', '0.5', '0.0005']);
    const collins = (id: string) => prepared(id).exact.adjustments.filter((a) => a.adjustment.id.startsWith('magnesium-sulfate.collins.')).length;
    expect([collins('magnesium-crps-collins-2009'), collins('magnesium-phn-brill-2002')]).toEqual([2, 0]);
  });

  it("reads the whole-vial tolerance, and the protocol's container volume", () => {
    expect(text(prepared('ivig-crps-goebel-2010').exact.wholeVials?.tolerancePercent)).toBe('10');
    expect(prepared('ketamine-clinic-course-2x3').exact.wholeVials).toBeUndefined();
  });

  it("keys each diluent's stocked volumes by its own id", () => {
    const { diluents } = prepared('ketamine-clinic-course-2x3').exact;
    expect((diluents.get('sodium-chloride-0.9')?.bagVolumesMl ?? []).map(text)).toEqual(['50', '100', '150', '250', '500', '1000']);
    expect((diluents.get('dextrose-5')?.bagVolumesMl ?? []).map(text)).toEqual(['50', '100', '250', '500', '1000']);
  });

  it('judges a bag volume against the chosen diluent, not the first one of the catalogue', () => {
    // 150 mL is an NS bag but not a D5W one.
    const plan = (diluent: string) =>
      planInfusion({
        patient: { weight: { value: 80, unit: 'kg' } },
        protocol: 'ketamine-clinic-course-2x3',
        session: 1,
        dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
        preparation: { diluent, containerVolume: { value: 150, unit: 'mL' } },
      });
    const notStocked = (diluent: string) => {
      const r = plan(diluent);
      if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
      return r.plan.checks.filter((c) => c.code === 'container_volume_not_stocked').map((c) => c.message);
    };
    expect(notStocked('sodium-chloride-0.9')).toEqual([]);
    expect(notStocked('dextrose-5')).toEqual([
      'Dextrose 5% in water (D5W) is stocked in 50, 100, 250, 500, 1000 mL bags; a 150 mL bag is not one of them. Check the bag, or acknowledge with a reason.',
    ]);
  });
});
