/**
 * Issue 14 item 2: toPcd03, read back by an independent HL7 v2 parser.
 *
 * Parser: `hl7v2` (pinned devDependency, with its `hl7v2-dictionary` of the v2.6 segment
 * definitions). It shares no code with the writer: it splits the message by the encoding
 * characters MSH declares, resolves the escapes, and types each field by the v2.6 dictionary (an NM
 * field reads back as a JS number). The tests read the values back through it and compare them with
 * the plan.
 */
import { HL7Message } from 'hl7v2';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion, toPcd03, PCD03_PID_PLACEHOLDER, type Plan } from '../support/untyped.js';
import { PROTOCOL_INPUTS } from './protocol-inputs.js';

const OPTIONS = { messageDateTime: '20260105093000', messageControlId: 'MSG-1', orderId: 'ORD-7', pumpId: 'PUMP-3' } as const;

function planOf(input: unknown): Plan {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

function messageOf(plan: Plan, options: Parameters<typeof toPcd03>[1] = OPTIONS): string {
  const r = toPcd03(plan, options);
  if (!r.ok) throw new Error(`toPcd03 refused: ${JSON.stringify(r.issues)}`);
  return r.message;
}

const parse = (message: string): HL7Message => HL7Message.parse(message);
type Segment = HL7Message['segments'][number];
const segmentsOf = (m: HL7Message, type: string): Segment[] => m.segments.filter((s) => s.segmentType === type);
const value = (s: Segment | undefined, field: number, component?: number): unknown => s?.field(field).getValue(component);
/** The OBX whose OBX-3 reference id is `refId`. */
const obx = (m: HL7Message, refId: string): Segment[] => segmentsOf(m, 'OBX').filter((s) => value(s, 3, 2) === refId);

/** The protocols PIV can express; IVIG plans of one segment are among them (no ramp is stepped). */
describe('toPcd03: every built-in protocol parses in the independent parser and reads back as the plan', () => {
  for (const [id, input] of Object.entries(PROTOCOL_INPUTS)) {
    it(id, () => {
      const plan = planOf(input);
      const m = parse(messageOf(plan, { ...OPTIONS, allowNotReady: true }));
      expect([m.version, m.messageType]).toEqual(['2.6', 'RGV^O15']);
      expect(value(m.header, 21, 3)).toBe('1.3.6.1.4.1.19376.1.6.1.3.1');
      const rxg = segmentsOf(m, 'RXG');
      const steps = plan.pump.segments;
      expect(rxg).toHaveLength(steps.length);
      const additive = plan.bag.additives[0];
      steps.forEach((s, i) => {
        const g = rxg[i];
        expect(value(g, 1)).toBe(i + 1);
        expect(value(g, 5)).toBe(Number(s.volume.value));
        expect(value(g, 7, 2)).toBe('MDC_DIM_MILLI_L');
        // RXG-23 is the bag's final volume; RXG-17 the amount in it (the additive's, or a premix's strength x volume).
        expect(value(g, 23)).toBe(Number(plan.bag.finalVolume.value));
        if (additive !== undefined)
          expect([value(g, 17), additive.amount.unit]).toEqual([Number(additive.amount.value), value(g, 18, 2) === 'MDC_DIM_X_G' ? 'g' : additive.amount.unit]);
        // RXG-15 is one of the plan's own numbers for this step: the rate for a phase, the amount with TQ1, or the prescribed rate.
        const given = String(value(g, 15));
        const candidates = [s.rate.value, s.doses[0]?.amount.value, plan.agents[0]?.prescribed.rate?.value];
        expect(candidates).toContain(given);
      });
      // The planned pump rate of every step travels in an OBX MDC_FLOW_FLUID_PUMP, in mL/h.
      expect(obx(m, 'MDC_FLOW_FLUID_PUMP').map((o) => [Number(value(o, 5)), value(o, 6, 2)])).toEqual(
        steps.map((s) => [Number(s.rate.value), 'MDC_DIM_MILLI_L_PER_HR']),
      );
      // OBX-5 is of type Varies: the parser hands it back as text.
      expect(obx(m, 'MDC_ATTR_PT_WEIGHT').map((o) => value(o, 5))).toEqual([plan.patient.weight.value]);
      expect(value(obx(m, 'MDC_DEV_PUMP_INFUS_VMD')[0], 18)).toBe('PUMP-3');
      // OBX-1 numbers every OBX of the message in order.
      expect(segmentsOf(m, 'OBX').map((o) => value(o, 1))).toEqual(segmentsOf(m, 'OBX').map((_, i) => i + 1));
    });
  }
});

describe('toPcd03: particular messages, worked by hand', () => {
  it('Schwartzman, 70 kg: 0.35 mg/kg/h with the 70 kg weight, 98 mg in 100 mL, VTBI 100 mL, 25 mL/h, NDC 0409-2051', () => {
    // 0.35 mg/kg/h x 70 kg = 24.5 mg/h, under the 25 mg/h cap (not bound), so the order travels as written, per kg,
    // with the actual weight it multiplies. 24.5 mg/h x 4 h = 98 mg = 0.98 mL of 100 mg/mL; 100 mL over 4 h = 25 mL/h.
    const m = parse(messageOf(planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009'])));
    const [g] = segmentsOf(m, 'RXG');
    expect([value(g, 4, 1), value(g, 4, 3)]).toEqual(['0409-2051', 'NDC']);
    expect([value(g, 15), value(g, 16, 1), value(g, 16, 2)]).toEqual(['0.35', '265650', 'MDC_DIM_MILLI_G_PER_KG_PER_HR']);
    expect([value(g, 17), value(g, 18, 2), value(g, 23), value(g, 24, 2)]).toEqual([98, 'MDC_DIM_MILLI_G', 100, 'MDC_DIM_MILLI_L']);
    expect(value(g, 5)).toBe(100);
    expect(segmentsOf(m, 'TQ1')).toEqual([]);
    expect([value(obx(m, 'MDC_ATTR_PT_WEIGHT')[0], 5), value(obx(m, 'MDC_ATTR_PT_WEIGHT')[0], 6, 2)]).toEqual(['70', 'MDC_DIM_KILO_G']);
    expect(value(obx(m, 'MDC_FLOW_FLUID_PUMP')[0], 5)).toBe('25');
    expect([value(segmentsOf(m, 'RXR')[0], 1, 2), value(segmentsOf(m, 'RXR')[0], 3, 2), value(segmentsOf(m, 'ORC')[0], 1)]).toEqual(['IV', 'IVP', 'RE']);
  });

  it('Sanacora, 70 kg: a dose over a duration travels as 35 mg with TQ1 40 min', () => {
    // 0.5 mg/kg x 70 kg = 35 mg over 40 min.
    const message = messageOf(planOf(PROTOCOL_INPUTS['ketamine-depression-sanacora-2017']));
    const m = parse(message);
    const [g] = segmentsOf(m, 'RXG');
    expect([value(g, 15), value(g, 16, 2)]).toEqual(['35', 'MDC_DIM_MILLI_G']);
    expect(value(segmentsOf(m, 'TQ1')[0], 13, 1)).toBe(40);
    // The parser's v2.6 dictionary does not split TQ1-13's unit into subcomponents; the line itself carries them.
    expect(message.split('\r').filter((s) => s.startsWith('TQ1'))).toEqual(['TQ1|1||||||||||||40^264352&MDC_DIM_MIN&MDC']);
  });

  it('dexmedetomidine, 70 kg: two steps, a 70 mcg loading dose over 10 min then 0.6 mcg/kg/h, typed as PIV multistep', () => {
    // Loading 1 mcg/kg x 70 kg = 70 mcg over 10 min; maintenance 0.6 mcg/kg/h on actual weight.
    const message = messageOf(planOf(PROTOCOL_INPUTS['dexmedetomidine-procedural-label']), { ...OPTIONS, allowNotReady: true });
    const m = parse(message);
    const [g1, g2] = segmentsOf(m, 'RXG');
    expect([value(g1, 1), value(g1, 15), value(g1, 16, 2)]).toEqual([1, '70', 'MDC_DIM_MICRO_G']);
    expect([value(g2, 1), value(g2, 15), value(g2, 16, 2)]).toEqual([2, '0.6', 'MDC_DIM_MICRO_G_PER_KG_PER_HR']);
    expect(obx(m, 'MDCX_INFUSION_ORDER_STEP_TYPE').map((o) => value(o, 5))).toEqual(['loading dose', 'continuous']);
    expect(obx(m, 'MDCX_INFUS_TOTAL_NUM_STEPS').map((o) => value(o, 5))).toEqual(['2', '2']);
    expect(message.split('\r').filter((s) => s.startsWith('TQ1'))).toEqual(['TQ1|1||||||||||||10^264352&MDC_DIM_MIN&MDC']);
  });

  it('Foo lidocaine on ideal weight: the per-kg order is not sent per kg (the OBX weight is actual); amounts and durations instead', () => {
    const plan = planOf(PROTOCOL_INPUTS['lidocaine-perioperative-foo-2021']);
    expect(plan.dosingWeight.basis).toBe('ideal');
    const m = parse(messageOf(plan));
    for (const g of segmentsOf(m, 'RXG')) expect(String(value(g, 16, 2))).not.toContain('PER_KG');
    expect(segmentsOf(m, 'TQ1')).toHaveLength(2);
  });

  it('a rate order whose pump rate was rounded down to stay under a limit is not sent as the order: amount and duration instead', () => {
    const plan = planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009']);
    const rounded = { ...plan, pump: { ...plan.pump, rounding: { ...plan.pump.rounding, roundedDownForLimit: true } } };
    const [g] = segmentsOf(parse(messageOf(rounded)), 'RXG');
    // 98 mg over 240 min instead of 0.35 mg/kg/h.
    expect([value(g, 15), value(g, 16, 2)]).toEqual(['98', 'MDC_DIM_MILLI_G']);
  });

  it('a premix used as it is: RXG-17 is strength x volume (4 mg/mL x 500 mL = 2000 mg), RXG-23 500 mL, NDC 0338-0409', () => {
    const plan = planOf({ ...(PROTOCOL_INPUTS['lidocaine-perioperative-foo-2021'] as object), preparation: { product: 'lidocaine-4mg-ml-premix-500ml' } });
    const [g] = segmentsOf(parse(messageOf(plan)), 'RXG');
    expect([value(g, 4, 1), value(g, 17), value(g, 23)]).toEqual(['0338-0409', 2000, 500]);
  });

  it('UCUM units when asked: mg/kg/h^mg/kg/h^UCUM, kg and min', () => {
    const m = parse(messageOf(planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009']), { ...OPTIONS, units: 'ucum' }));
    const [g] = segmentsOf(m, 'RXG');
    expect([value(g, 16, 1), value(g, 16, 3), value(g, 7, 1)]).toEqual(['mg/kg/h', 'UCUM', 'mL']);
    expect(value(obx(m, 'MDC_ATTR_PT_WEIGHT')[0], 6, 1)).toBe('kg');
  });

  it('escapes HL7 delimiters and line breaks in every caller text: the parser reads them back unchanged', () => {
    const hostile = 'A|B^C&D~E\\F\rG\nH';
    const r = toPcd03(planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009']), { ...OPTIONS, orderId: hostile, pumpId: hostile, messageControlId: 'X|Y' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // No segment is opened by a caller's text: the same segments as without it.
    expect(r.segments.map((s) => s.slice(0, 3))).toEqual(
      toPcd03(planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009']), OPTIONS).ok ? r.segments.map((s) => s.slice(0, 3)) : [],
    );
    expect(r.message.split('\r')).toHaveLength(r.segments.length);
    const m = parse(r.message);
    expect(value(segmentsOf(m, 'ORC')[0], 2)).toBe(hostile);
    expect(value(obx(m, 'MDC_DEV_PUMP_INFUS_VMD')[0], 18)).toBe(hostile);
    expect(value(m.header, 10)).toBe('X|Y');
  });

  it('writes the PID placeholder for the caller to replace', () => {
    expect(toPcd03(planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009']), OPTIONS)).toMatchObject({
      ok: true,
      segments: expect.arrayContaining([PCD03_PID_PLACEHOLDER]),
    });
  });
});

describe('toPcd03: what PIV cannot express, or the caller did not allow, is refused with a code', () => {
  const codes = (r: ReturnType<typeof toPcd03>): string[] => (r.ok ? [] : r.issues.map((i) => i.code));
  const schwartzman = () => planOf(PROTOCOL_INPUTS['ketamine-crps-schwartzman-2009']);

  it('a plan that needs acknowledgement, unless allowNotReady', () => {
    const plan = planOf(PROTOCOL_INPUTS['lidocaine-5mgkg-40min']);
    expect(plan.status).toBe('needs-acknowledgement');
    expect(codes(toPcd03(plan, OPTIONS))).toEqual(['pcd03_not_ready']);
    expect(toPcd03(plan, { ...OPTIONS, allowNotReady: true }).ok).toBe(true);
  });

  it('a label rate ramp stepped over several segments', () => {
    // No built-in product has ramp steps in the reference (the plan then holds the start rate). A test
    // catalogue gives the Privigen ramp steps of 1, 2 and 4 mg/kg/min between its start and maximum,
    // so the planner steps through them: that program is refused.
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as { agents: { id: string; products: { ramp?: { steps: string[] } }[] }[] };
    for (const p of cat.agents.find((a) => a.id === 'immune-globulin')?.products ?? []) if (p.ramp !== undefined) p.ramp.steps = ['1', '2', '4'];
    const c = createCalculator(cat);
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    const r = c.calculator.planInfusion(PROTOCOL_INPUTS['ivig-crps-goebel-2010']);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.pump.segments.length).toBeGreaterThan(1);
    expect(codes(toPcd03(r.plan, { ...OPTIONS, allowNotReady: true }))).toEqual(['pcd03_label_ramp']);
  });

  it('a bag with two additives, and a plan with two agents', () => {
    const plan = schwartzman();
    const [a] = plan.bag.additives;
    if (a === undefined) throw new Error('no additive');
    expect(codes(toPcd03({ ...plan, bag: { ...plan.bag, additives: [a, a] } }, OPTIONS))).toEqual(['pcd03_multiple_additives']);
    const [agent] = plan.agents;
    if (agent === undefined) throw new Error('no agent');
    expect(codes(toPcd03({ ...plan, agents: [agent, { ...agent, agent: 'other' }] }, OPTIONS))).toEqual(['pcd03_multiple_agents']);
  });

  it('a value longer than its field (RXG-23 holds 5 characters), never truncated', () => {
    const plan = schwartzman();
    expect(codes(toPcd03({ ...plan, bag: { ...plan.bag, finalVolume: { value: '1000.25', unit: 'mL' } } }, OPTIONS))).toEqual(['pcd03_value_too_long']);
  });

  it('bad options: missing time and control id, a time that is not a DTM, an unknown key, unknown units', () => {
    const plan = schwartzman();
    expect(codes(toPcd03(plan, {} as never))).toEqual(['invalid_options', 'invalid_options']);
    expect(codes(toPcd03(plan, { ...OPTIONS, messageDateTime: '2026-01-05' }))).toEqual(['invalid_options']);
    expect(codes(toPcd03(plan, { ...OPTIONS, colour: 'red' } as never))).toEqual(['unknown_key']);
    expect(codes(toPcd03(plan, { ...OPTIONS, units: 'si' } as never))).toEqual(['invalid_options']);
  });

  it('not a plan', () => {
    expect(codes(toPcd03({} as Plan, OPTIONS))[0]).toBe('not_a_plan');
  });
});
