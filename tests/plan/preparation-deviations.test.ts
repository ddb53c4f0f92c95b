// A preparation the protocol does not describe is a finding, not a silent change: a product the
// protocol does not list, and a bag size the diluent is not stocked in.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../../src/index.js';

const codes = (r: ReturnType<typeof planInfusion>) => (r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code));

describe("a product outside the protocol's list needs acknowledgement", () => {
  // RCH draws lidocaine 2% (20 mg/mL) into a syringe (RCH Melbourne); its record lists only that product.
  const rch = (preparation?: Record<string, unknown>) =>
    planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'lidocaine-chronic-pain-rch',
      session: 1,
      dose: { rate: { value: 40, unit: 'ug/kg/min' }, total: { value: 5, unit: 'mg/kg' } },
      ...(preparation ? { preparation } : {}),
    });

  it('the 4 mg/mL premix for RCH is a soft finding naming the products RCH lists', () => {
    const r = rch({ product: 'lidocaine-4mg-ml-premix-500ml' });
    const f = r.ok ? r.plan.checks.find((c) => c.code === 'product_not_in_protocol') : undefined;
    expect([f?.severity, f?.passed]).toEqual(['soft', false]);
    expect(f?.message).toContain('(lidocaine-20mg-ml)');
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
  });

  it("RCH's own 2% product raises no such finding", () => {
    expect(codes(rch())).not.toContain('product_not_in_protocol');
    expect(codes(rch({ product: 'lidocaine-20mg-ml' }))).not.toContain('product_not_in_protocol');
  });
});

describe('a bag size the diluent is not stocked in needs acknowledgement', () => {
  const clinic = (ml: number) =>
    planInfusion({
      patient: { weight: { value: 80, unit: 'kg' } },
      protocol: 'ketamine-clinic-course-2x3',
      session: 1,
      dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: ml, unit: 'mL' } },
    });

  it('a 333 mL NS bag is not a stocked size: soft, naming the stocked sizes', () => {
    const r = clinic(333);
    const f = r.ok ? r.plan.checks.find((c) => c.code === 'container_volume_not_stocked') : undefined;
    expect([f?.severity, f?.observed]).toEqual(['soft', { value: '333', unit: 'mL' }]);
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
  });

  it('a stocked 250 mL bag raises no such finding', () => {
    const r = clinic(250);
    expect(codes(r)).not.toContain('container_volume_not_stocked');
    expect(r.ok && r.plan.status).toBe('ready');
  });
});
