// Issue 12 item 2, the differential property: the prepared history (src/schema/history-view.ts), which
// a course's sessions share, answers every question exactly as the plain re-walk of the history does
// (tests/support/plain-history.ts): the sessions a window counts, in the same order, their total and
// the ones recorded without one or counted conservatively; the short intervals; the entries after this
// session; the severe events. Random histories (date-only and timed, several agents, doses in g, mg,
// mcg, mg/kg or none), random sessions planned before (in order, and out of order), and several session
// dates asked of one view in turn, as a course asks it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../../src/decimal/index.js';
import type { Limit, Protocol } from '../../src/catalogue/types.js';
import { isBefore } from '../../src/dates/session-time.js';
import { BUILTIN_CATALOGUE } from '../../src/formulary/builtin.js';
import type { HistorySession } from '../../src/schema/history.js';
import { firstAfter, viewOfHistory } from '../../src/schema/history-view.js';
import { intervalChecks, severeEventsOfAgent } from '../../src/rules/history-rules.js';
import { windowTotal } from '../../src/stages/window.js';
import { readDoseUnit } from '../../src/units/index.js';
import { plainIndexesAfter, plainSevereEvents, plainShortIntervals, plainWindowTotal } from '../support/plain-history.js';
import { runs } from '../support/runs.js';

const catalogue = BUILTIN_CATALOGUE;
const protocolOf = (id: string) => catalogue.protocols.find((p) => p.id === id) as Protocol;
/** Protocols of agents with windowed limits (magnesium, clonidine), one that titrates, and IVIG with its 504 h minimum interval. */
const PROTOCOLS = ['magnesium-crps-collins-2009', 'magnesium-phn-kim-2015', 'clonidine-iv-150-300', 'ketamine-clinic-course-2x3', 'ivig-crps-lips-goebel-2014'];
const windowed = catalogue.agents.flatMap((a) => a.limits.filter((l) => l.window !== undefined));
/** The built-in windowed limits, and the same limits over other windows: the course, half an hour, three days. */
const LIMITS: readonly Limit[] = [
  ...windowed,
  ...windowed.flatMap((l) => [
    { ...l, id: `${l.id}.course`, window: 'course' as const },
    { ...l, id: `${l.id}.half-hour`, window: { hours: '0.5' } },
    { ...l, id: `${l.id}.72h`, window: { hours: '72' } },
  ]),
];

const DAY0 = Date.UTC(2026, 0, 1);
function sessionTime(day: number, minute: number | undefined): string {
  const date = new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
  if (minute === undefined) return date;
  return `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

const doseArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ value: fc.constantFrom('4.9', '12', '0.5', '30'), unit: fc.constantFrom('g', 'mg', 'ug', 'mg/kg') }),
);
const entryArb = fc.record({
  gapDays: fc.integer({ min: 0, max: 3 }),
  minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
  protocol: fc.constantFrom(...PROTOCOLS),
  total: doseArb,
  severe: fc.boolean(),
});
type EntryDraft = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function session(date: string, d: EntryDraft, n: number): HistorySession {
  const unit = d.total ? readDoseUnit(d.total.unit) : undefined;
  return {
    date,
    protocol: d.protocol,
    session: 1 + (n % 10),
    given: d.total && unit ? { total: { value: dec(d.total.value), unit } } : {},
    adverseEvents: d.severe ? [{ kind: 'hypotension', severity: 'severe' }] : [],
    completed: true,
  };
}

/** A history as the door admits it: dates strictly increasing (two on one day only when both are timed, in order). */
function history(drafts: readonly EntryDraft[]): HistorySession[] {
  const out: HistorySession[] = [];
  let day = 0;
  for (const d of drafts) {
    const last = out[out.length - 1];
    day += d.gapDays;
    let date = sessionTime(day, d.minute);
    if (last !== undefined && !isBefore(last.date, date)) {
      day += 1;
      date = sessionTime(day, d.minute);
    }
    out.push(session(date, d, out.length));
  }
  return out;
}

/** Sessions planned before, at any day in the same range, in drawn order (so sometimes out of order). */
function planned(drafts: readonly { day: number; minute: number | undefined; d: EntryDraft }[]): HistorySession[] {
  return drafts.map((p, i) => session(sessionTime(p.day, p.minute), p.d, i));
}

const caseArb = fc.record({
  history: fc.array(entryArb, { maxLength: 40 }),
  planned: fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 120 }), minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }), d: entryArb }),
    {
      maxLength: 15,
    },
  ),
  sortPlanned: fc.boolean(),
  ats: fc.array(fc.record({ day: fc.integer({ min: -2, max: 130 }), minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  withoutDate: fc.boolean(),
  weight: fc.constantFrom('70', '82.5', '0.9'),
});

describe('the prepared history answers as the plain re-walk does', () => {
  it('windows, short intervals, entries after the session and severe events, for several sessions asked of one view', () => {
    let counted = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const h = history(c.history);
        const before = planned(c.planned);
        if (c.sortPlanned) before.sort((a, b) => (isBefore(a.date, b.date) ? -1 : isBefore(b.date, a.date) ? 1 : 0));
        // One view and one planned timeline for every session asked, as a course shares them.
        const view = viewOfHistory(h);
        const timeline = viewOfHistory(before);
        const W = dec(c.weight);
        const ats: (string | undefined)[] = c.ats.map((a) => sessionTime(a.day, a.minute));
        if (c.withoutDate) ats.push(undefined);
        // Every protocol asks the same view in turn, so what one remembers must not answer for another.
        const asks = ats.flatMap((at, k) => PROTOCOLS.map((id) => ({ at, k, protocol: protocolOf(id) })));
        asks.forEach(({ at, k, protocol }) => {
          const count = Math.min(before.length, k * 3);
          const earlier = [...h, ...before.slice(0, count)];
          for (const limit of LIMITS) {
            const fast = windowTotal(limit, { history: view, planned: { timeline, count } }, catalogue, protocol, at, W);
            const plain = plainWindowTotal(limit, earlier, catalogue, protocol, at, W);
            expect(fast?.prior).toEqual(plain?.prior);
            expect(fast?.priorMg.toString()).toBe(plain?.priorMg.toString());
            expect(fast?.unknown).toEqual(plain?.unknown);
            expect(fast?.conservative).toEqual(plain?.conservative);
            counted += fast?.prior.length ?? 0;
          }
          const checks = intervalChecks(protocol, view, at);
          const short = plainShortIntervals(protocol, h, at);
          expect(checks.map((x) => [x.rule, x.observed?.value])).toEqual(
            short.map((s) => [s.b === 'this' ? 'history.min-interval.planned' : 'history.min-interval', String(s.hours)]),
          );
          checks.forEach((x, i) => expect(x.message).toContain(short[i]?.a === 'this' ? 'this session' : `history entry ${short[i]?.a} (`));
          if (at !== undefined) expect(Array.from({ length: h.length }, (_, i) => i).slice(firstAfter(view, at))).toEqual(plainIndexesAfter(h, at));
          expect(severeEventsOfAgent(catalogue, protocol.agent, view)).toEqual(plainSevereEvents(catalogue, protocol.agent, h));
        });
      }),
      { numRuns: runs(150), seed: 122 },
    );
    // The cases reach the windows: sessions were counted in them, not only empty windows compared.
    expect(counted).toBeGreaterThan(1000);
  }, 120_000);
});
