/**
 * The strict shapes of a course schedule pattern, shared by the course request and the catalogue.
 * Bounds keep a course to a plausible size (no clinical meaning).
 */
import * as z from 'zod/mini';
import { lazySchema, memoise } from './lazy.js';

/** The kinds' shapes, built together on first use (a taper's phases and the cited patterns reuse them). */
const kinds = /* @__PURE__ */ memoise(() => {
  const positive = (max: number) => z.int().check(z.minimum(1), z.maximum(max));
  const offset = z.int().check(z.minimum(0), z.maximum(6));
  const twiceWeekly = z.strictObject({
    kind: z.literal('twice-weekly'),
    weeks: positive(52),
    days: z.optional(z.tuple([offset, offset])),
    everyWeeks: z.optional(positive(4)),
  });
  const daily = z.strictObject({ kind: z.literal('daily'), days: positive(366) });
  const consecutiveDaysRepeated = z.strictObject({
    kind: z.literal('consecutive-days-repeated'),
    days: positive(31),
    repeats: positive(52),
    gapDays: z.int().check(z.minimum(0), z.maximum(365)),
  });
  const weekly = z.strictObject({ kind: z.literal('weekly'), count: positive(104) });
  const monthly = z.strictObject({ kind: z.literal('monthly'), count: positive(120), everyMonths: z.optional(positive(12)) });
  const everyNDays = z.strictObject({ kind: z.literal('every-n-days'), n: positive(365), count: positive(366) });
  const phase = z.discriminatedUnion('kind', [twiceWeekly, daily, consecutiveDaysRepeated, weekly, monthly, everyNDays]);
  const taper = z.strictObject({ kind: z.literal('taper'), phases: z.array(phase).check(z.minLength(1), z.maxLength(12)) });
  return { twiceWeekly, daily, consecutiveDaysRepeated, weekly, monthly, everyNDays, phase, taper };
});

/** A pattern that can be a phase of a taper (built on first use). */
export const phaseShape = /* @__PURE__ */ lazySchema(() => kinds().phase);

/** A course schedule pattern (built on first use). */
export const patternShape = /* @__PURE__ */ lazySchema(() => {
  const { twiceWeekly, daily, consecutiveDaysRepeated, weekly, monthly, everyNDays, taper } = kinds();
  return z.discriminatedUnion('kind', [twiceWeekly, daily, consecutiveDaysRepeated, weekly, monthly, everyNDays, taper]);
});

/**
 * A pattern with its citation, as a protocol record carries it: each kind's fields, then the
 * minimum interval in whole hours, the pattern's source, the interval's source and `openEnded`.
 */
export function citedPatternShape<S extends z.core.$ZodType>(source: S) {
  const { twiceWeekly, daily, consecutiveDaysRepeated, weekly, monthly, everyNDays, taper } = kinds();
  const citation = { minIntervalHours: z.int().check(z.minimum(1)), source, minIntervalSource: source, openEnded: z.boolean() };
  return z.discriminatedUnion('kind', [
    z.extend(twiceWeekly, citation),
    z.extend(daily, citation),
    z.extend(consecutiveDaysRepeated, citation),
    z.extend(weekly, citation),
    z.extend(monthly, citation),
    z.extend(everyNDays, citation),
    z.extend(taper, citation),
  ]);
}
