// Issue 13 item 2: one display unit per drug on every library surface (formatPlan, the worksheet,
// FHIR display text, check messages), mcg for dexmedetomidine and clonidine, g for magnesium. Every
// expected value is worked by hand from the protocol record and the reference (comments).
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion, type Plan } from '../../src/index.js';
import { formatPlan } from '../../src/format/plan.js';
import { formatWorksheet } from '../../src/format/worksheet.js';
import { approxText, enteredText, exactText, inDisplayUnit } from '../../src/format/agent-display.js';
import { toFhir } from '../../src/interop/fhir.js';
import { once } from '../support/once.js';

const kg = (value: number) => ({ value, unit: 'kg' }) as const;

function plan(input: unknown): Plan {
  const r = planInfusion(input as Parameters<typeof planInfusion>[0]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

function text(x: string | { readonly ok: false; readonly issues: unknown }): string {
  if (typeof x !== 'string') throw new Error(`refused: ${JSON.stringify(x)}`);
  return x;
}

/** Every text a person reads from a plan: formatPlan, the worksheet, and the FHIR request's text and Quantity units. */
function surfaces(p: Plan): { readonly summary: string; readonly worksheet: string; readonly fhirText: string; readonly fhirUnits: string[] } {
  const request = toFhir(p);
  if ('issues' in request) throw new Error(JSON.stringify(request.issues));
  const fhirText = [
    request.contained[0].code.text ?? '',
    ...request.contained[0].ingredient.map((i) => i.itemCodeableConcept.text ?? ''),
    ...request.dosageInstruction.map((d) => d.text),
    ...request.note.map((n) => n.text),
  ].join('\n');
  const fhirUnits =
    JSON.stringify(request)
      .match(/"unit":"[^"]*"/g)
      ?.map((u) => u.slice(8, -1)) ?? [];
  return { summary: text(formatPlan(p)), worksheet: text(formatWorksheet(p)), fhirText, fhirUnits };
}

/**
 * The mass units written anywhere in a text, after a number (`4 mcg/mL`, `0.07 g/kg`, `≈1.23 g/h`).
 * A product's name is its label, printed as the label reads (`Magnesium sulfate 50% (500 mg/mL)`), so
 * the names of the plan's products are taken out first.
 */
function massUnitsIn(s: string, p: Plan): Set<string> {
  const unlabelled = p.bag.additives.reduce((t, a) => t.split(a.product.name).join('[product]'), s);
  return new Set([...unlabelled.matchAll(/\d ((?:mcg|mg|ug|µg|g))(?=[/\s).,;]|$)/g)].map((m) => m[1] as string));
}

// Dexmedetomidine label dosing, 70 kg, 2 h, the clinician's maintenance rate 1.2 mcg/kg/h (above the
// 1 mcg/kg/h soft limit, so a check with a mass observed and limit is listed):
// loading 1 mcg/kg x 70 = 70 mcg over 10 min; maintenance 1.2 x 70 = 84 mcg/h x 2 h = 168 mcg;
// 238 mcg in all: two 200 mcg vials (100 mcg/mL, the record's 0.1 mg/mL x 1000, 2 mL each) = 4 mL
// into a 100 mL NS bag, 4 mL withdrawn: 400 mcg / 100 mL = 4 mcg/mL. Loading 70 / 4 = 17.5 mL at
// 105 mL/h; maintenance 84 / 4 = 21 mL/h x 2 h = 42 mL; infused 59.5 mL, left 40.5 mL = 162 mcg.
const dex = once(() =>
  plan({
    patient: { weight: kg(70) },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' }, rate: { value: 1.2, unit: 'ug/kg/h' } },
  }),
);

// Clonidine 400 mcg (above the protocol's 300 mcg maximum), 70 kg: 400 / 150 mcg/mL = 2.666667 mL,
// drawn to 0.1 mL as 2.7 mL = 405 mcg; 100 mL bag, 2.7 mL withdrawn: 405 / 100 = 4.05 mcg/mL;
// 100 mL over 15 min = 400 mL/h; 405 mcg over 0.25 h = 1,620 mcg/h.
const clonidine = once(() => plan({ patient: { weight: kg(70) }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 400, unit: 'ug' } } }));

// Collins magnesium, 70 kg: 70 mg/kg = 0.07 g/kg x 70 kg = 4.9 g = 9.8 mL of 500 mg/mL (0.5 g/mL);
// 100 mL NS, 9.8 mL withdrawn: 4.9 g / 100 mL = 0.049 g/mL; 100 mL over 4 h = 25 mL/h;
// 4.9 g / 4 h = 1.225 g/h; / 70 kg = 0.0175 g/kg/h.
const magnesium = once(() => plan({ patient: { weight: kg(70) }, protocol: 'magnesium-crps-collins-2009', session: 1 }));

describe('one display unit per drug', () => {
  it('each built-in agent declares its display unit with a source: mcg for dexmedetomidine and clonidine, g for magnesium and IVIG, mg otherwise', () => {
    const units = Object.fromEntries(BUILTIN_CATALOGUE.agents.map((a) => [a.id, a.displayUnit?.unit]));
    expect(units).toEqual({
      ketamine: 'mg',
      lidocaine: 'mg',
      'magnesium-sulfate': 'g',
      dexmedetomidine: 'ug',
      clonidine: 'ug',
      'immune-globulin': 'g',
      pamidronate: 'mg',
      'zoledronic-acid': 'mg',
      neridronate: 'mg',
      alendronate: 'mg',
      clodronate: 'mg',
    });
    for (const a of BUILTIN_CATALOGUE.agents) expect(a.displayUnit?.source.citation, a.id).toContain('ISMP');
  });

  it('dexmedetomidine: every surface in mcg, never mg or ug', () => {
    const p = dex();
    const s = surfaces(p);
    for (const [name, t] of Object.entries({ summary: s.summary, worksheet: s.worksheet, fhir: s.fhirText })) {
      expect([...massUnitsIn(t, p)], name).toEqual(['mcg']);
      expect(t, name).not.toMatch(/\bug\b|µg/);
    }
    // Every FHIR Quantity of the agent says mcg, none mg or ug.
    expect(s.fhirUnits.filter((u) => /^(mg|ug|µg)(\/|$)/.test(u))).toEqual([]);
    expect(s.fhirUnits).toContain('mcg/kg/h');
    // The vial and the bag, as the pharmacist reads them.
    expect(s.summary).toContain('strength 100 mcg/mL, for dexmedetomidine');
    expect(s.summary).toContain('Concentration of dexmedetomidine: 4 mcg/mL');
    expect(s.worksheet).toContain('Final concentration of dexmedetomidine: 4 mcg/mL');
    expect(s.worksheet).toContain('strength 100 mcg/mL = 400 mcg dexmedetomidine (open 2 x 2 mL)');
    expect(s.worksheet).toContain('Segment 2 (maintenance): 21 mL/h for 120 min (2 h), 42 mL; dexmedetomidine 168 mcg at 84 mcg/h');
  });

  it('dexmedetomidine: a check with a mass reads its observed value, its limit and its message in mcg', () => {
    // Delivered 84 mcg/h at 21 mL/h (4 mcg/mL x 21 = 84): 84 / 70 = 1.2 mcg/kg/h; the plan's check
    // holds 0.0012 mg/kg/h and the limit 0.001 mg/kg/h, shown x 1000.
    const s = surfaces(dex());
    expect(s.summary).toContain(
      'Dose rate per kg exceeds the soft upper limit of 1 mcg/kg/h; acknowledge with a reason to proceed. (observed 1.2 mcg/kg/h; limit 1 mcg/kg/h)',
    );
    // The residual message is written by the rule in mg (0.162 mg) and the plan states it in mcg
    // (tests/format/plan-display-units.test.ts): 40.5 mL x 4 mcg/mL = 162 mcg.
    const residual = dex().checks.find((c) => c.code === 'residual_in_container');
    expect(residual?.message).toContain('40.5 mL (162 mcg of Dexmedetomidine');
    expect(s.summary).toContain('40.5 mL (162 mcg of Dexmedetomidine (as hydrochloride)) stays in the bag');
    expect(s.worksheet).toContain('40.5 mL (162 mcg of Dexmedetomidine (as hydrochloride)) stays in the bag');
  });

  it('clonidine: the 150 mcg/mL ampoule, the bag and the checks in mcg on every surface', () => {
    const p = clonidine();
    const s = surfaces(p);
    for (const [name, t] of Object.entries({ summary: s.summary, worksheet: s.worksheet, fhir: s.fhirText })) {
      expect([...massUnitsIn(t, p)], name).toEqual(['mcg']);
    }
    expect(s.worksheet).toContain('Draw up 2.7 mL of Catapres (clonidine) 150 mcg/mL ampoule');
    expect(s.worksheet).toContain('strength 150 mcg/mL = 405 mcg clonidine');
    expect(s.worksheet).toContain('Final concentration of clonidine: 4.05 mcg/mL');
    expect(s.summary).toContain('Segment 1 (maintenance): 400 mL/h for 15 min, volume 100 mL; clonidine 405 mcg at 1,620 mcg/h');
    // The check holds 0.405 mg against 0.3 mg; its message says 300 ug.
    expect(s.summary).toContain(
      'Session dose exceeds the soft upper limit of 300 mcg; acknowledge with a reason to proceed. (observed 405 mcg; limit 300 mcg)',
    );
    expect(s.fhirText).toContain('Catapres (clonidine) 150 mcg/mL ampoule');
    expect(s.fhirText).toContain('405 mcg at 1,620 mcg/h');
  });

  it('magnesium: prescribed, ordered, delivered, strength and concentration all in g', () => {
    const p = magnesium();
    const s = surfaces(p);
    for (const [name, t] of Object.entries({ summary: s.summary, worksheet: s.worksheet, fhir: s.fhirText })) {
      expect([...massUnitsIn(t, p)], name).toEqual(['g']);
    }
    expect(s.worksheet).toContain('Prescribed: total 0.07 g/kg; duration 4 h');
    expect(s.worksheet).toContain('Ordered: dose rate 1.225 g/h; total 4.9 g for the session');
    expect(s.worksheet).toContain('Delivered as made up and set: 1.225 g/h (0.0175 g/kg/h); total 4.9 g (0.07 g/kg)');
    expect(s.worksheet).toContain('strength 0.5 g/mL = 4.9 g magnesium-sulfate');
    expect(s.worksheet).toContain('Final concentration of magnesium-sulfate: 0.049 g/mL');
    expect(s.fhirText).toContain('Magnesium sulfate (MgSO4.7H2O) 4.9 g at 1.225 g/h');
  });

  it('a magnesium finding: 25 g earlier the same day + 7 g now against 30 g, in g', () => {
    // Collins at 100 kg: 0.07 g/kg x 100 = 7 g; 7 + 25 = 32 g > 30 g (the check holds 32000 mg).
    const p = plan({
      patient: { weight: kg(100) },
      protocol: 'magnesium-crps-collins-2009',
      session: 2,
      date: '2026-03-02',
      history: [
        {
          date: '2026-03-02',
          protocol: 'magnesium-crps-collins-2009',
          session: 1,
          given: { total: { value: '25', unit: 'g' } },
          reliefPercent: 0,
          completed: true,
        },
      ],
    });
    expect(text(formatPlan(p))).toContain('(observed 32 g; limit 30 g)');
  });

  it('a premix concentration of a microgram agent is written in mcg in FHIR, with the UCUM code ug', () => {
    // The dexmedetomidine 4 mcg/mL premix as the bag: 0.004 mg/mL in the plan, 4 ug per 1 mL in FHIR.
    const p = plan({
      patient: { weight: kg(70) },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 0.5, unit: 'h' } },
      preparation: { product: 'dexmedetomidine-4ug-ml-premix-100ml' },
      acknowledgements: [{ code: 'unverified_data', reason: 'n/a' }],
    });
    expect(p.bag.concentrations[0]?.value).toEqual({ value: '0.004', unit: 'mg/mL' });
    const r = toFhir(p);
    if ('issues' in r) throw new Error(JSON.stringify(r.issues));
    const strength = r.contained[0].ingredient[0]?.strength;
    expect(strength?.numerator).toEqual({ value: 4, unit: 'mcg', system: 'http://unitsofmeasure.org', code: 'ug' });
    expect(strength?.denominator.value).toBe(1);
  });
});

describe('display precision and inputs as entered', () => {
  it('durations to the minute, with hours and minutes beside', () => {
    // 486.486486 min rounds to 486 min = 8 h 6 min.
    expect(approxText({ value: '486.486486', unit: 'min' })).toBe('≈486 min (8 h 6 min)');
    expect(approxText({ value: '240', unit: 'min' })).toBe('240 min (4 h)');
    expect(approxText({ value: '9.892473', unit: 'min' })).toBe('≈10 min');
  });

  it('volumes to what a syringe measures: 0.1 mL from 1 mL, 0.01 mL below', () => {
    expect(approxText({ value: '99.02', unit: 'mL' })).toBe('≈99 mL');
    expect(approxText({ value: '4.16', unit: 'mL' })).toBe('≈4.2 mL');
    expect(approxText({ value: '0.838239', unit: 'mL' })).toBe('≈0.84 mL');
    // A value that would read as 0 keeps its own digits, never shown as 0.
    expect(approxText({ value: '0.001', unit: 'mL' })).toBe('0.001 mL');
  });

  it('masses to four significant figures in the display unit; exact text keeps every digit', () => {
    // 0.000602238 mg/kg/h x 1000 = 0.602238 mcg/kg/h, four figures 0.6022.
    expect(approxText({ value: '0.000602238', unit: 'mg/kg/h' }, 'ug')).toBe('≈0.6022 mcg/kg/h');
    expect(exactText({ value: '0.1184', unit: 'mg' }, 'ug')).toBe('118.4 mcg');
    expect(exactText({ value: '70', unit: 'mg/kg' }, 'g')).toBe('0.07 g/kg');
    expect(inDisplayUnit({ value: '0.004', unit: 'mg/mL' }, 'ug')).toEqual({ value: '4', unit: 'ug/mL' });
    // Not a mass: unchanged.
    expect(inDisplayUnit({ value: '25', unit: 'mL/h' }, 'ug')).toEqual({ value: '25', unit: 'mL/h' });
  });

  it('echoes the weight as entered beside the converted one, in formatPlan and the worksheet', () => {
    // 82 lb x 0.45359237 = 37.19457434 kg, shown to 0.01 kg.
    expect(enteredText({ value: '82', unit: '[lb_av]' }, { value: '37.194574', unit: 'kg' })).toBe('82 lb (≈37.19 kg)');
    const p = plan({
      patient: { weight: { value: 82, unit: 'lb' }, height: { value: 69, unit: 'in' } },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    // 69 in x 2.54 = 175.26 cm.
    expect(text(formatPlan(p))).toContain('Weight: 82 lb (≈37.19 kg)');
    expect(text(formatPlan(p))).toContain('Height: 69 in (175.26 cm)');
    expect(text(formatWorksheet(p))).toContain('Weight: 82 lb (≈37.19 kg)');
  });
});
