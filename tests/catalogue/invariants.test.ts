// Every entry of the built-in catalogue: limits readable and ordered, references resolve, sources present.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/index.js';
import { dec } from '../../src/decimal/index.js';
import { readMeasure } from '../../src/units/measure.js';
import type { Source } from '../../src/catalogue/types.js';

const cat = BUILTIN_CATALOGUE;

function expectSource(s: Source | undefined, where: string): void {
  expect(s, where).toBeDefined();
  expect(s?.citation.length, where).toBeGreaterThan(5);
  expect(typeof s?.verified, where).toBe('boolean');
}

describe('built-in catalogue', () => {
  it('is frozen and versioned', () => {
    expect(Object.isFrozen(cat)).toBe(true);
    expect(Object.isFrozen(cat.agents[0])).toBe(true);
    expect(cat.version).toMatch(/^\d{4}\.\d+\.\d+$/);
  });
  it('has unique ids', () => {
    const ids = [...cat.agents.map((a) => a.id), ...cat.protocols.map((p) => p.id), ...cat.agents.flatMap((a) => a.products.map((p) => p.id))];
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const agent of cat.agents) {
    describe(agent.id, () => {
      it('has sourced, readable limits with soft inside hard', () => {
        expectSource(agent.source, agent.id);
        expectSource(agent.weight.source, `${agent.id} weight`);
        for (const l of agent.limits) {
          expectSource(l.source, l.id);
          const m = readMeasure(dec(l.value), l.unit);
          expect(m, l.id).toBeDefined();
          expect(m?.base.gt(0), l.id).toBe(true);
        }
        for (const soft of agent.limits.filter((l) => l.severity === 'soft')) {
          const s = readMeasure(dec(soft.value), soft.unit);
          for (const hard of agent.limits.filter((l) => l.severity === 'hard' && l.bound === soft.bound)) {
            const h = readMeasure(dec(hard.value), hard.unit);
            const sameScope =
              JSON.stringify([soft.window, soft.condition, soft.careAreas, soft.appliesTo]) ===
              JSON.stringify([hard.window, hard.condition, hard.careAreas, hard.appliesTo]);
            if (!s || !h || s.measure !== h.measure || !sameScope) continue;
            if (soft.bound === 'upper') expect(s.base.lte(h.base), `${soft.id} <= ${hard.id}`).toBe(true);
            else expect(s.base.gte(h.base), `${soft.id} >= ${hard.id}`).toBe(true);
          }
        }
      });
      it('has positive product strengths and known diluents', () => {
        for (const p of agent.products) {
          expectSource(p.source, p.id);
          expect(p.agent).toBe(agent.id);
          expect(dec(p.strength.value).gt(0), p.id).toBe(true);
          expect(p.strength.unit).toBe('mg/mL');
          if (p.volume) expect(dec(p.volume.value).gt(0), p.id).toBe(true);
        }
        for (const d of agent.diluents) expect(cat.diluents.map((x) => x.id)).toContain(d.id);
      });
    });
  }
  for (const p of cat.protocols) {
    describe(p.id, () => {
      it('references a known agent, products and diluent, with sources on every number', () => {
        const agent = cat.agents.find((a) => a.id === p.agent);
        expect(agent, p.agent).toBeDefined();
        for (const id of p.preparation.products) expect(agent?.products.map((x) => x.id)).toContain(id);
        if (p.preparation.diluent) expect(agent?.diluents.map((x) => x.id)).toContain(p.preparation.diluent);
        expectSource(p.source, p.id);
        expectSource(p.preparation.source, `${p.id} preparation`);
        expectSource(p.schedule.source, `${p.id} schedule`);
        for (const c of p.caps) expectSource(c.source, c.id);
        expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
      });
      it('has ordered dose ranges in readable units', () => {
        for (const name of ['rate', 'total', 'duration'] as const) {
          const param = p[name];
          if (!param) continue;
          expectSource(param.source, `${p.id}.${name}`);
          expect(readMeasure(dec(1), param.unit), `${p.id}.${name} unit`).toBeDefined();
          const v = (x: string | undefined) => (x === undefined ? undefined : dec(x));
          const [min, value, max] = [v(param.min), v(param.value), v(param.max)];
          if (min && max) expect(min.lte(max)).toBe(true);
          if (min && value) expect(min.lte(value)).toBe(true);
          if (value && max) expect(value.lte(max)).toBe(true);
        }
      });
      it('needs exactly the two regimen inputs, each stated or left to the clinician', () => {
        const inputs = { 'rate-duration': ['rate', 'duration'], 'total-duration': ['total', 'duration'], 'total-rate': ['total', 'rate'] }[p.regimen];
        for (const name of inputs) {
          // A clearance-band protocol takes its total from the bands; fixed-rate phases set the duration.
          const supplied = (name === 'total' && p.clearanceBands !== undefined) || (name === 'duration' && p.phases !== undefined);
          if (!supplied) expect(p[name as 'rate' | 'total' | 'duration'], `${p.id}.${name}`).toBeDefined();
        }
      });
    });
  }
});
