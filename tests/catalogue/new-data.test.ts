// The second batch of catalogue data, imported straight from its files (it is not in the built-in
// catalogue yet): ids, a source on every limit, parameter, cap and note, readable units, and values
// checked by hand against shared/reference/clinical-dosing.md.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/index.js';
import { dec } from '../../src/decimal/index.js';
import { readMeasure } from '../../src/units/measure.js';
import type { Agent, ClearanceBands, DoseParameter, PreparationRule, Protocol, Source } from '../../src/catalogue/types.js';
import { alendronate } from '../../src/agents/alendronate.js';
import { clodronate } from '../../src/agents/clodronate.js';
import { clonidine } from '../../src/agents/clonidine.js';
import { dexmedetomidine } from '../../src/agents/dexmedetomidine.js';
import { immuneGlobulin } from '../../src/agents/immune-globulin.js';
import { neridronate } from '../../src/agents/neridronate.js';
import { pamidronate } from '../../src/agents/pamidronate.js';
import { zoledronicAcid } from '../../src/agents/zoledronic-acid.js';
import { alendronateCrpsAdami1997 } from '../../src/protocols/alendronate-crps-adami-1997.js';
import { clodronateCrpsVarenna2000 } from '../../src/protocols/clodronate-crps-varenna-2000.js';
import { clonidineIv150300 } from '../../src/protocols/clonidine-iv-150-300.js';
import { dexmedetomidineProceduralLabel } from '../../src/protocols/dexmedetomidine-procedural-label.js';
import { ivigCrpsGoebel2010 } from '../../src/protocols/ivig-crps-goebel-2010.js';
import { ivigCrpsLipsGoebel2014 } from '../../src/protocols/ivig-crps-lips-goebel-2014.js';
import { ivigDpnJann2020 } from '../../src/protocols/ivig-dpn-jann-2020.js';
import { ketamineBoosterGetson } from '../../src/protocols/ketamine-booster-getson.js';
import { ketamineEscalationRema2012 } from '../../src/protocols/ketamine-escalation-rema-2012.js';
import { ketamineKitTankha2025 } from '../../src/protocols/ketamine-kit-tankha-2025.js';
import { ketamineOutpatientGoldberg2005 } from '../../src/protocols/ketamine-outpatient-goldberg-2005.js';
import { ketamineTestInfusionCohen2018 } from '../../src/protocols/ketamine-test-infusion-cohen-2018.js';
import { lidocaine5mgkg40min } from '../../src/protocols/lidocaine-5mgkg-40min.js';
import { lidocainePerioperativeFoo2021 } from '../../src/protocols/lidocaine-perioperative-foo-2021.js';
import { magnesiumPhnBrill2002 } from '../../src/protocols/magnesium-phn-brill-2002.js';
import { magnesiumPhnKim2015 } from '../../src/protocols/magnesium-phn-kim-2015.js';
import { neridronateCrpsVarenna2013 } from '../../src/protocols/neridronate-crps-varenna-2013.js';
import { pamidronateCrps3day } from '../../src/protocols/pamidronate-crps-3day.js';
import { pamidronateCrpsCortet1997 } from '../../src/protocols/pamidronate-crps-cortet-1997.js';
import { pamidronateCrpsRobinson2004 } from '../../src/protocols/pamidronate-crps-robinson-2004.js';
import { zoledronicAcid4mgByCrcl } from '../../src/protocols/zoledronic-acid-4mg-by-crcl.js';
import { zoledronicAcidCrps5mg } from '../../src/protocols/zoledronic-acid-crps-5mg.js';

const NEW_AGENTS: readonly Agent[] = [dexmedetomidine, clonidine, immuneGlobulin, pamidronate, zoledronicAcid, neridronate, alendronate, clodronate];

const NEW_PROTOCOLS: readonly Protocol[] = [
  ketamineTestInfusionCohen2018,
  ketamineBoosterGetson,
  ketamineOutpatientGoldberg2005,
  ketamineEscalationRema2012,
  ketamineKitTankha2025,
  magnesiumPhnBrill2002,
  magnesiumPhnKim2015,
  lidocaine5mgkg40min,
  lidocainePerioperativeFoo2021,
  dexmedetomidineProceduralLabel,
  clonidineIv150300,
  ivigCrpsGoebel2010,
  ivigCrpsLipsGoebel2014,
  ivigDpnJann2020,
  pamidronateCrpsRobinson2004,
  pamidronateCrps3day,
  pamidronateCrpsCortet1997,
  zoledronicAcidCrps5mg,
  zoledronicAcid4mgByCrcl,
  neridronateCrpsVarenna2013,
  alendronateCrpsAdami1997,
  clodronateCrpsVarenna2000,
];

// The built-in catalogue now holds most of these records; count each record once.
const ALL_AGENTS: readonly Agent[] = [...BUILTIN_CATALOGUE.agents, ...NEW_AGENTS.filter((a) => !BUILTIN_CATALOGUE.agents.includes(a))];
const DILUENT_IDS = BUILTIN_CATALOGUE.diluents.map((d) => d.id);

function expectSource(s: Source | undefined, where: string): void {
  expect(s, where).toBeDefined();
  expect(s?.citation.length, where).toBeGreaterThan(5);
  expect(typeof s?.verified, where).toBe('boolean');
  // Data that is not verified must say why, so the plan can tell the clinician.
  if (s && !s.verified) expect(s.note ?? s.conflict, `${where}: unverified without a note or conflict`).toBeDefined();
}

/** Every object under a `source` key anywhere in a record, with its path. */
function allSources(value: unknown, path = ''): { path: string; source: Source }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'source' ? [{ path: `${path}.source`, source: v as Source }] : allSources(v, `${path}.${k}`)));
}

/** A protocol's preparation through the declared type, so absent optional fields can be read. */
const prep = (p: Protocol): PreparationRule => p.preparation;

const measureOf = (value: string, unit: string) => readMeasure(dec(value), unit);

function agentOf(p: Protocol): Agent {
  const a = ALL_AGENTS.find((x) => x.id === p.agent);
  if (!a) throw new Error(`unknown agent ${p.agent}`);
  return a;
}

function limit(agent: Agent, id: string) {
  const l = agent.limits.find((x) => x.id === id);
  if (!l) throw new Error(`no limit ${id}`);
  return l;
}

function product(agent: Agent, id: string) {
  const p = agent.products.find((x) => x.id === id);
  if (!p) throw new Error(`no product ${id}`);
  return p;
}

/** First band whose range holds the clearance (min inclusive, max exclusive), as the type documents. */
function bandDose(bands: ClearanceBands, crcl: string): string | undefined | 'no band' {
  const c = dec(crcl);
  const band = bands.bands.find((b) => (b.min === undefined || c.gte(dec(b.min))) && (b.max === undefined || c.lt(dec(b.max))));
  return band === undefined ? 'no band' : band.dose;
}

describe('new agents', () => {
  it('have the expected ids, unique across the whole catalogue', () => {
    expect(NEW_AGENTS.map((a) => a.id)).toEqual([
      'dexmedetomidine',
      'clonidine',
      'immune-globulin',
      'pamidronate',
      'zoledronic-acid',
      'neridronate',
      'alendronate',
      'clodronate',
    ]);
    const agentIds = ALL_AGENTS.map((a) => a.id);
    expect(new Set(agentIds).size).toBe(agentIds.length);
    const productIds = ALL_AGENTS.flatMap((a) => a.products.map((p) => p.id));
    expect(new Set(productIds).size).toBe(productIds.length);
    const limitIds = [...ALL_AGENTS.flatMap((a) => a.limits.map((l) => l.id)), ...BUILTIN_CATALOGUE.patientLimits.map((l) => l.id)];
    expect(new Set(limitIds).size).toBe(limitIds.length);
  });

  for (const agent of NEW_AGENTS) {
    describe(agent.id, () => {
      it('has a source on everything, and every unverified source says why', () => {
        expectSource(agent.source, agent.id);
        expectSource(agent.weight.source, `${agent.id} weight`);
        for (const l of agent.limits) expectSource(l.source, l.id);
        for (const p of agent.products) expectSource(p.source, p.id);
        for (const d of agent.diluents) expectSource(d.source, `${agent.id} diluent ${d.id}`);
        for (const n of agent.notes) expectSource(n.source, `${agent.id} note`);
        for (const { path, source } of allSources(agent)) expectSource(source, `${agent.id}${path}`);
      });

      it('has readable limits named after their measure, soft inside hard, lower below upper', () => {
        for (const l of agent.limits) {
          const m = measureOf(l.value, l.unit);
          expect(m, l.id).toBeDefined();
          expect(m?.base.gt(0), l.id).toBe(true);
          expect(l.id).toBe(`${agent.id}.${m?.measure}.${l.bound}-${l.severity}`);
        }
        for (const a of agent.limits) {
          for (const b of agent.limits) {
            const ma = measureOf(a.value, a.unit);
            const mb = measureOf(b.value, b.unit);
            if (!ma || !mb || ma.measure !== mb.measure || a === b) continue;
            if (a.bound === 'upper' && b.bound === 'upper' && a.severity === 'soft' && b.severity === 'hard')
              expect(ma.base.lte(mb.base), `${a.id} <= ${b.id}`).toBe(true);
            if (a.bound === 'lower' && b.bound === 'lower' && a.severity === 'soft' && b.severity === 'hard')
              expect(ma.base.gte(mb.base), `${a.id} >= ${b.id}`).toBe(true);
            if (a.bound === 'lower' && b.bound === 'upper') expect(ma.base.lte(mb.base), `${a.id} <= ${b.id}`).toBe(true);
          }
        }
      });

      it('has products in mg/mL with volumes in mL, premixes with their bag volume, and known diluents', () => {
        for (const p of agent.products) {
          expect(p.agent).toBe(agent.id);
          expect(p.strength.unit).toBe('mg/mL');
          expect(dec(p.strength.value).gt(0), p.id).toBe(true);
          if (p.volume) {
            expect(p.volume.unit).toBe('mL');
            expect(dec(p.volume.value).gt(0), p.id).toBe(true);
          }
          if (p.form === 'premix') {
            expect(p.volume, p.id).toBeDefined();
            expect(p.dilution).toBe('ready-to-use');
          }
          if (p.ramp) {
            const r = p.ramp;
            expectSource(r.source, `${p.id} ramp`);
            const [start, max] = [dec(r.start), dec(r.max)];
            expect(start.gt(0) && start.lte(max), p.id).toBe(true);
            let prev = start;
            for (const s of r.steps) {
              expect(dec(s).gt(prev) && dec(s).lte(max), `${p.id} steps ascend within max`).toBe(true);
              prev = dec(s);
            }
            if (r.maxAtRisk !== undefined) expect(dec(r.maxAtRisk).lte(max), p.id).toBe(true);
          }
        }
        for (const d of agent.diluents) expect(DILUENT_IDS).toContain(d.id);
      });
    });
  }
});

describe('new protocols', () => {
  it('have the expected ids, unique across the whole catalogue, all at version 1.0.0', () => {
    expect(NEW_PROTOCOLS.map((p) => p.id)).toEqual([
      'ketamine-test-infusion-cohen-2018',
      'ketamine-booster-getson',
      'ketamine-outpatient-goldberg-2005',
      'ketamine-escalation-rema-2012',
      'ketamine-kit-tankha-2025',
      'magnesium-phn-brill-2002',
      'magnesium-phn-kim-2015',
      'lidocaine-5mgkg-40min',
      'lidocaine-perioperative-foo-2021',
      'dexmedetomidine-procedural-label',
      'clonidine-iv-150-300',
      'ivig-crps-goebel-2010',
      'ivig-crps-lips-goebel-2014',
      'ivig-dpn-jann-2020',
      'pamidronate-crps-robinson-2004',
      'pamidronate-crps-3day',
      'pamidronate-crps-cortet-1997',
      'zoledronic-acid-crps-5mg',
      'zoledronic-acid-4mg-by-crcl',
      'neridronate-crps-varenna-2013',
      'alendronate-crps-adami-1997',
      'clodronate-crps-varenna-2000',
    ]);
    const ids = [
      ...BUILTIN_CATALOGUE.protocols.map((p) => p.id),
      ...NEW_PROTOCOLS.filter((p) => !(BUILTIN_CATALOGUE.protocols as readonly unknown[]).includes(p)).map((p) => p.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of NEW_PROTOCOLS) expect(p.version, p.id).toBe('1.0.0');
  });

  for (const p of NEW_PROTOCOLS) {
    describe(p.id, () => {
      const agent = agentOf(p);

      it('has a source on every parameter, cap, note and rule', () => {
        expectSource(p.source, p.id);
        expectSource(p.preparation.source, `${p.id} preparation`);
        expectSource(p.schedule.source, `${p.id} schedule`);
        for (const c of p.caps) expectSource(c.source, c.id);
        for (const name of ['rate', 'total', 'duration'] as const) if (p[name]) expectSource(p[name]?.source, `${p.id}.${name}`);
        if (p.loading) {
          expectSource(p.loading.total.source, `${p.id} loading total`);
          expectSource(p.loading.duration.source, `${p.id} loading duration`);
        }
        if (p.clearanceBands) expectSource(p.clearanceBands.source, `${p.id} clearance bands`);
        if (p.wholeVials) expectSource(p.wholeVials.source, `${p.id} whole vials`);
        if (p.weight) expectSource(p.weight.source, `${p.id} weight`);
        for (const n of p.notes) expectSource(n.source, `${p.id} note`);
        for (const { path, source } of allSources(p)) expectSource(source, `${p.id}${path}`);
      });

      it('names a known agent, its products and its diluents', () => {
        for (const id of p.preparation.products)
          expect(
            agent.products.map((x) => x.id),
            p.id,
          ).toContain(id);
        if (p.preparation.diluent !== undefined) {
          expect(
            agent.diluents.map((d) => d.id),
            p.id,
          ).toContain(p.preparation.diluent);
          expect(DILUENT_IDS).toContain(p.preparation.diluent);
        }
        if (p.preparation.style === 'standard-concentration' && p.preparation.diluent !== undefined) {
          expect(p.preparation.concentration, p.id).toBeDefined();
        }
      });

      it('has the regimen inputs in readable units, ranges in order, and stays inside the agent hard limits', () => {
        const inputs = { 'rate-duration': ['rate', 'duration'], 'total-duration': ['total', 'duration'], 'total-rate': ['total', 'rate'] }[p.regimen] as (
          'rate' | 'total' | 'duration'
        )[];
        for (const name of inputs) {
          // Clearance bands stand in for `total`.
          if (name === 'total' && p.clearanceBands) continue;
          expect(p[name], `${p.id} needs ${name}`).toBeDefined();
        }
        const measures: Record<'rate' | 'total' | 'duration', readonly string[]> = {
          rate: ['dose-rate', 'dose-rate-per-kg'],
          total: ['session-dose', 'session-dose-per-kg'],
          duration: ['duration'],
        };
        const hardUppers = agent.limits.filter((l) => l.severity === 'hard' && l.bound === 'upper');
        const checkParam = (param: DoseParameter, kind: 'rate' | 'total' | 'duration', where: string) => {
          const m = measureOf('1', param.unit);
          expect(m && measures[kind].includes(m.measure), `${where} unit ${param.unit}`).toBe(true);
          const v = (x: string | undefined) => (x === undefined ? undefined : dec(x));
          const [min, value, max] = [v(param.min), v(param.value), v(param.max)];
          if (min && max) expect(min.lte(max), where).toBe(true);
          if (min && value) expect(value.gte(min), where).toBe(true);
          if (max && value) expect(value.lte(max), where).toBe(true);
          const top = param.max ?? param.value;
          if (top === undefined || kind === 'duration') return;
          const t = measureOf(top, param.unit);
          for (const l of hardUppers) {
            const lm = measureOf(l.value, l.unit);
            if (t && lm && lm.measure === t.measure) expect(t.base.lte(lm.base), `${where} within ${l.id}`).toBe(true);
          }
        };
        for (const name of ['rate', 'total', 'duration'] as const) {
          const param = p[name];
          if (param) checkParam(param, name, `${p.id}.${name}`);
        }
        if (p.loading) {
          checkParam(p.loading.total, 'total', `${p.id} loading total`);
          checkParam(p.loading.duration, 'duration', `${p.id} loading duration`);
        }
        for (const c of p.caps) {
          const m = measureOf(c.value, c.unit);
          expect(m && ['dose-rate', 'dose-rate-per-kg', 'session-dose', 'session-dose-per-kg'].includes(m.measure), c.id).toBe(true);
        }
        if (p.clearanceBands) {
          for (const b of p.clearanceBands.bands) {
            if (b.dose === undefined) continue;
            const d = measureOf(b.dose, p.clearanceBands.unit);
            for (const l of hardUppers) {
              const lm = measureOf(l.value, l.unit);
              if (d && lm && lm.measure === d.measure) expect(d.base.lte(lm.base), `${p.id} band within ${l.id}`).toBe(true);
            }
          }
        }
        if (p.phases) {
          p.phases.forEach((ph, i) => {
            expect(ph.rate.unit).toBe('mL/h');
            if (i < (p.phases?.length ?? 0) - 1) expect(ph.duration, `${p.id} phase ${i} needs a duration`).toBeDefined();
          });
        }
        expect(Number.isInteger(p.schedule.sessions) && p.schedule.sessions >= 1, p.id).toBe(true);
      });
    });
  }
});

describe('values checked against the reference', () => {
  it('clonidine: 150 mcg/mL ampoule with no volume, 750 mcg per 24 h hard, D5W in conflict, no US IV product', () => {
    const amp = product(clonidine, 'clonidine-150ug-ml-ampoule');
    expect(amp.strength).toEqual({ value: '0.15', unit: 'mg/mL' });
    expect(amp.volume).toBeUndefined();
    expect(clonidine.massUnit).toBe('ug');
    const max = limit(clonidine, 'clonidine.session-dose.upper-hard');
    expect([max.value, max.unit, max.bound, max.severity]).toEqual(['750', 'ug', 'upper', 'hard']);
    // 750 mcg = 0.75 mg
    expect(measureOf(max.value, max.unit)?.base.eq(dec('0.75'))).toBe(true);
    const d5w = clonidine.diluents.find((d) => d.id === 'dextrose-5');
    expect(d5w?.source.verified).toBe(false);
    expect('conflict' in (d5w?.source ?? {})).toBe(true);
    expect(clonidine.diluents.find((d) => d.id === 'sodium-chloride-0.9')?.source.verified).toBe(true);
    expect(clonidine.notes.some((n) => n.text.startsWith('No US IV clonidine product exists'))).toBe(true);
    expect(clonidine.notes.some((n) => n.text.includes('0.1 mg by mouth'))).toBe(true);

    expect(clonidineIv150300.total).toMatchObject({ unit: 'ug', min: '150', max: '300' });
    expect(clonidineIv150300.total).not.toHaveProperty('value');
    expect(clonidineIv150300.duration).toMatchObject({ unit: 'min', value: '15' });
    expect(clonidineIv150300.preparation.containerVolume).toBe('100');
  });

  it('dexmedetomidine: 100 mcg/mL concentrate, 4 mcg/mL premix (20 mL confirmed), label limits', () => {
    const conc = product(dexmedetomidine, 'dexmedetomidine-100ug-ml-2ml');
    expect([conc.strength.value, conc.volume?.value, conc.dilution]).toEqual(['0.1', '2', 'required']);
    const premix = product(dexmedetomidine, 'dexmedetomidine-4ug-ml-premix-20ml');
    expect([premix.strength.value, premix.volume?.value, premix.source.verified]).toEqual(['0.004', '20', true]);
    for (const mL of ['50', '100']) expect(product(dexmedetomidine, `dexmedetomidine-4ug-ml-premix-${mL}ml`).source.verified).toBe(false);
    expect(dexmedetomidine.massUnit).toBe('ug');
    expect(limit(dexmedetomidine, 'dexmedetomidine.dose-rate-per-kg.upper-soft').value).toBe('1');
    const secondary = limit(dexmedetomidine, 'dexmedetomidine.dose-rate-per-kg.upper-hard');
    expect([secondary.value, secondary.source.grade, secondary.source.verified]).toEqual(['1.5', 'secondary', false]);
    expect(limit(dexmedetomidine, 'dexmedetomidine.duration.upper-hard')).toMatchObject({ value: '24', unit: 'h' });
    expect(dexmedetomidine.notes.some((n) => n.kind === 'incompatibility' && n.text.includes('amphotericin B') && n.text.includes('diazepam'))).toBe(true);
    expect(dexmedetomidine.notes.some((n) => n.kind === 'compatibility' && n.text.includes('magnesium sulfate'))).toBe(true);

    const p = dexmedetomidineProceduralLabel;
    expect(p.loading.total).toMatchObject({ unit: 'ug/kg', value: '1' });
    expect(p.loading.duration).toMatchObject({ unit: 'min', value: '10' });
    expect(p.rate).toMatchObject({ unit: 'ug/kg/h', value: '0.6', max: '1' });
    // 24 h (label) less the 10-min loading dose and a 20-min margin for the pump's rounding: 23.5 h (issue 11 item 6).
    expect(p.duration).toMatchObject({ unit: 'h', max: '23.5' });
    expect(p.duration).not.toHaveProperty('value');
    // 4 mcg/mL = 0.004 mg/mL
    expect(p.preparation.concentration).toBe('0.004');
    expect(p.preparation.products).not.toContain('dexmedetomidine-4ug-ml-premix-50ml');
  });

  it('immune globulin: Privigen volumes, label ramps, adjusted weight, whole vials', () => {
    expect(immuneGlobulin.massUnit).toBe('g');
    expect(immuneGlobulin.weight.basis).toBe('adjusted');
    expect(immuneGlobulin.weight.reason).toContain("clinician's discretion");
    expect(immuneGlobulin.diluents).toEqual([]);
    // 10%: mL = g / 10% x 100
    for (const [g, mL] of [
      ['2.5', '25'],
      ['5', '50'],
      ['10', '100'],
      ['20', '200'],
      ['40', '400'],
    ] as const) {
      const v = product(immuneGlobulin, `immune-globulin-privigen-10pct-${g}g-${mL}ml`);
      expect(v.strength.value).toBe('100');
      expect(dec(v.volume?.value ?? '0').eq(dec(g).div(10).mul(100))).toBe(true);
      expect(v.ramp).toMatchObject({ unit: 'mg/kg/min', start: '0.5', steps: [], max: '8', maxAtRisk: '2' });
    }
    const gammagard = product(immuneGlobulin, 'immune-globulin-gammagard-liquid-10pct');
    expect(gammagard.ramp).toMatchObject({ unit: 'mL/kg/h', start: '0.5', steps: [], everyMinutes: '30', max: '5' });
    expect(gammagard.volume).toBeUndefined();
    // 2 mg/kg/min x 60 / 100 mg/mL = 1.2 mL/kg/h
    expect(
      dec('2')
        .mul(60)
        .div(100)
        .eq(dec(gammagard.ramp?.maxAtRisk ?? '0')),
    ).toBe(true);
    expect(product(immuneGlobulin, 'immune-globulin-gamunex-c-10pct').ramp).toMatchObject({ unit: 'mg/kg/min', start: '1', max: '8', maxAtRisk: '2' });
    for (const id of [
      'immune-globulin-flebogamma-dif-5pct-0.5g-10ml',
      'immune-globulin-flebogamma-dif-5pct-20g-400ml',
      'immune-globulin-intratect-5pct',
      'immune-globulin-octagam-10pct',
    ]) {
      expect(product(immuneGlobulin, id).ramp, id).toBeUndefined();
    }
    expect(product(immuneGlobulin, 'immune-globulin-intratect-5pct').strength.value).toBe('50');
    expect(product(immuneGlobulin, 'immune-globulin-flebogamma-dif-5pct-20g-400ml').volume?.value).toBe('400');
    expect((immuneGlobulin.notes.find((n) => n.text.startsWith('Premedication'))?.source as Source | undefined)?.conflict).toBeDefined();

    expect(ivigCrpsGoebel2010.total).toMatchObject({ unit: 'g/kg', value: '0.25' });
    expect(ivigCrpsGoebel2010.schedule.sessions).toBe(2);
    expect(ivigCrpsGoebel2010.wholeVials).toBeDefined();
    expect(prep(ivigCrpsGoebel2010).diluent).toBeUndefined();
    expect(ivigCrpsGoebel2010).not.toHaveProperty('duration');
    expect(ivigCrpsGoebel2010.rate).not.toHaveProperty('value');
    expect(ivigCrpsLipsGoebel2014.total).toMatchObject({ unit: 'g/kg', value: '0.5' });
    expect(ivigCrpsLipsGoebel2014.preparation.products).toEqual(['immune-globulin-intratect-5pct']);
    expect(ivigCrpsLipsGoebel2014.schedule.sessions).toBe(2);
    expect(ivigDpnJann2020.total).toMatchObject({ unit: 'g/kg', value: '0.4' });
    expect(ivigDpnJann2020.schedule.sessions).toBe(5);
  });

  it('pamidronate: 3, 6, 9 mg/mL x 10 mL, 90 mg and 2 h hard, calcium note unverified', () => {
    for (const s of ['3', '6', '9'])
      expect(product(pamidronate, `pamidronate-${s}mg-ml-10ml`)).toMatchObject({ strength: { value: s }, volume: { value: '10' } });
    expect(limit(pamidronate, 'pamidronate.session-dose.upper-hard')).toMatchObject({ value: '90', unit: 'mg' });
    expect(limit(pamidronate, 'pamidronate.duration.lower-hard')).toMatchObject({ value: '2', unit: 'h', bound: 'lower', severity: 'hard' });
    // Derived 45 mg/h = 90 mg / 2 h
    expect(dec(limit(pamidronate, 'pamidronate.dose-rate.upper-hard').value).eq(dec(90).div(2))).toBe(true);
    expect(pamidronate.notes.find((n) => n.kind === 'incompatibility')?.source.verified).toBe(false);

    expect(pamidronateCrpsRobinson2004.total).toMatchObject({ unit: 'mg', value: '60' });
    expect(prep(pamidronateCrpsRobinson2004).containerVolume).toBeUndefined();
    expect(pamidronateCrpsRobinson2004.duration).toMatchObject({ unit: 'h', min: '2' });
    expect(pamidronateCrpsRobinson2004.duration).not.toHaveProperty('value');
    expect(pamidronateCrps3day.preparation.containerVolume).toBe('500');
    expect(pamidronateCrps3day.schedule.sessions).toBe(3);
    expect(pamidronateCrpsCortet1997.total).toMatchObject({ unit: 'mg/kg', value: '1' });
    expect(pamidronateCrpsCortet1997.caps[0]).toMatchObject({ value: '90', unit: 'mg' });
  });

  it('zoledronic acid: products, 15 min hard, and the Zometa creatinine-clearance table', () => {
    expect(product(zoledronicAcid, 'zoledronic-acid-0.8mg-ml-5ml')).toMatchObject({ strength: { value: '0.8' }, volume: { value: '5' } });
    // 4 mg / 5 mL = 0.8 mg/mL; 4 mg / 100 mL = 0.04; 5 mg / 100 mL = 0.05
    expect(dec(4).div(5).eq(dec('0.8'))).toBe(true);
    expect(product(zoledronicAcid, 'zoledronic-acid-0.04mg-ml-premix-100ml')).toMatchObject({
      form: 'premix',
      strength: { value: '0.04' },
      volume: { value: '100' },
    });
    expect(product(zoledronicAcid, 'zoledronic-acid-0.05mg-ml-premix-100ml')).toMatchObject({
      form: 'premix',
      strength: { value: '0.05' },
      volume: { value: '100' },
    });
    expect(limit(zoledronicAcid, 'zoledronic-acid.duration.lower-hard')).toMatchObject({ value: '15', unit: 'min', bound: 'lower', severity: 'hard' });

    const bands = zoledronicAcid4mgByCrcl.clearanceBands;
    expect(bands.unit).toBe('mg');
    expect(bands.weight).toBe('actual');
    // >60: 4.0; 50-60: 3.5; 40-49: 3.3; 30-39: 3.0; <30: not recommended.
    const table: [string, string | undefined][] = [
      ['90', '4'],
      ['61', '4'],
      ['59', '3.5'],
      ['50', '3.5'],
      ['49', '3.3'],
      ['40', '3.3'],
      ['39', '3'],
      ['30', '3'],
      ['29', undefined],
      ['5', undefined],
    ];
    for (const [crcl, dose] of table) expect(bandDose(bands, crcl), `CrCl ${crcl}`).toBe(dose);
    expect(zoledronicAcid4mgByCrcl).not.toHaveProperty('total');
    expect(zoledronicAcid4mgByCrcl.preparation).toMatchObject({ diluent: 'sodium-chloride-0.9', containerVolume: '100' });
    expect(zoledronicAcid4mgByCrcl.duration).toMatchObject({ unit: 'min', min: '15' });

    expect(zoledronicAcidCrps5mg.total).toMatchObject({ unit: 'mg', value: '5' });
    expect(bandDose(zoledronicAcidCrps5mg.clearanceBands, '34.9')).toBeUndefined();
    expect(bandDose(zoledronicAcidCrps5mg.clearanceBands, '35')).toBe('5');
    expect(zoledronicAcidCrps5mg.preparation.products).toEqual(['zoledronic-acid-0.05mg-ml-premix-100ml']);
  });

  it('neridronate, alendronate, clodronate: no product in the reference, so none in the data', () => {
    for (const a of [neridronate, alendronate, clodronate]) expect(a.products).toEqual([]);
    for (const p of [neridronateCrpsVarenna2013, alendronateCrpsAdami1997, clodronateCrpsVarenna2000]) {
      expect(p.preparation.products).toEqual([]);
      expect(p.duration).not.toHaveProperty('value');
    }
    expect(neridronateCrpsVarenna2013.total).toMatchObject({ unit: 'mg', value: '100' });
    expect(neridronateCrpsVarenna2013.schedule.sessions).toBe(4);
    expect(neridronateCrpsVarenna2013.duration.source.verified).toBe(false);
    expect(prep(neridronateCrpsVarenna2013).containerVolume).toBeUndefined();
    expect(alendronateCrpsAdami1997.total).toMatchObject({ unit: 'mg', value: '7.5' });
    expect(alendronateCrpsAdami1997.preparation).toMatchObject({ diluent: 'sodium-chloride-0.9', containerVolume: '250' });
    expect(clodronateCrpsVarenna2000.total).toMatchObject({ unit: 'mg', value: '300' });
    expect(clodronateCrpsVarenna2000.schedule.sessions).toBe(10);
    expect(prep(clodronateCrpsVarenna2000).diluent).toBeUndefined();
  });

  it('lidocaine: the 5 mg/kg regimen phases empty 150 mL in 40 min; Foo 2021 loading and ceilings', () => {
    const [first, second] = lidocaine5mgkg40min.phases;
    // 300 mL/h x 10/60 h = 50 mL; (150 - 50) mL / 200 mL/h = 0.5 h = 30 min; 10 + 30 = 40 min
    const firstMl = dec(first.rate.value).mul(dec(first.duration.value)).div(60);
    expect(firstMl.eq(50)).toBe(true);
    const secondMin = dec(lidocaine5mgkg40min.preparation.containerVolume).sub(firstMl).div(dec(second.rate.value)).mul(60);
    expect(secondMin.add(dec(first.duration.value)).eq(dec(lidocaine5mgkg40min.duration.value))).toBe(true);
    expect(lidocaine5mgkg40min.total).toMatchObject({ unit: 'mg/kg', value: '5' });

    const foo = lidocainePerioperativeFoo2021;
    expect(foo.loading.total).toMatchObject({ unit: 'mg/kg', value: '1.5', max: '1.5' });
    expect(foo.loading.duration).toMatchObject({ unit: 'min', value: '10' });
    expect(foo.rate).toMatchObject({ unit: 'mg/kg/h', max: '1.5' });
    expect(foo.duration).toMatchObject({ unit: 'h', max: '24' });
    expect(foo.duration).not.toHaveProperty('value');
    expect(foo.weight.basis).toBe('ideal');
    expect(foo.caps[0]).toMatchObject({ value: '120', unit: 'mg/h' });
    expect(foo.caps[0].source.verified).toBe(false);
  });

  it('ketamine and magnesium regimens', () => {
    expect(ketamineTestInfusionCohen2018.total).toMatchObject({ unit: 'mg', value: '80' });
    expect(ketamineTestInfusionCohen2018.total.source.verified).toBe(false);
    expect(ketamineTestInfusionCohen2018.duration).toMatchObject({ unit: 'h', min: '2' });
    expect(ketamineTestInfusionCohen2018.duration).not.toHaveProperty('value');
    expect(ketamineBoosterGetson.total).toMatchObject({ unit: 'mg', min: '100', max: '200' });
    expect(ketamineBoosterGetson.duration.value).toBe('4');
    expect(ketamineOutpatientGoldberg2005.total).toMatchObject({ unit: 'mg', min: '40', max: '80' });
    expect(ketamineOutpatientGoldberg2005.schedule.sessions).toBe(10);
    expect(ketamineEscalationRema2012.rate).toMatchObject({ unit: 'mg/kg/h', min: '0.2', max: '0.6' });
    expect(ketamineEscalationRema2012.rate).not.toHaveProperty('value');
    expect(ketamineKitTankha2025.total).toMatchObject({ unit: 'mg/kg', value: '0.5' });
    expect(ketamineKitTankha2025.duration).toMatchObject({ unit: 'min', value: '40' });
    expect(ketamineKitTankha2025.schedule.sessions).toBe(5);
    for (const p of [ketamineTestInfusionCohen2018, ketamineBoosterGetson, ketamineOutpatientGoldberg2005, ketamineEscalationRema2012, ketamineKitTankha2025]) {
      expect(prep(p).containerVolume, p.id).toBeUndefined();
    }

    expect(magnesiumPhnBrill2002.total).toMatchObject({ unit: 'mg/kg', value: '30' });
    expect(magnesiumPhnBrill2002.duration).toMatchObject({ unit: 'min', value: '30' });
    expect(magnesiumPhnBrill2002.preparation.containerVolume).toBe('100');
    expect(magnesiumPhnKim2015.duration).toMatchObject({ unit: 'h', value: '1' });
    expect(magnesiumPhnKim2015.schedule.sessions).toBe(3);
    expect(magnesiumPhnKim2015.preparation.source.verified).toBe(false);
  });
});
