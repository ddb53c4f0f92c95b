/**
 * Compile-time tests of the request types (issue 13 item 1), checked by `npm run typecheck` (tsc reads
 * tests/): each request type names exactly the fields of its zod door shape, level by level, so the
 * types and the runtime door cannot drift; a typed caller gets a compile error for a misspelt field, a
 * unit the door does not read and an acknowledgement of a code that does not exist.
 */
import type * as z from 'zod/mini';
import { expectTypeOf } from 'vitest';
import type { combinationShape } from '../../src/schema/combination.js';
import type { courseInputShape } from '../../src/schema/course.js';
import type { inputShape } from '../../src/schema/input.js';
import type { nasalInputShape } from '../../src/schema/nasal.js';
import type { SchemaOf } from '../../src/schema/lazy.js';
import {
  type CheckCode,
  type CombinationRequest,
  type CourseRequest,
  type NasalSprayRequest,
  type PlanRequest,
  type PlanResult,
  planCombination,
  planCourse,
  planInfusion,
  planNasalSpray,
  verifyAdministration,
} from '../../src/index.js';

/** The keys of an object type, optional or not. */
type Keys<T> = keyof NonNullable<T>;
type Elem<T> = NonNullable<T> extends readonly (infer E)[] ? E : never;
/** The type with every readonly removed (the zod input types use mutable arrays; a request is readonly). */
type Mutable<T> = T extends readonly (infer E)[] ? Mutable<E>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

type Door = z.input<SchemaOf<typeof inputShape>>;
// Level by level: the request type and the door's shape name the same fields.
expectTypeOf<Keys<PlanRequest>>().toEqualTypeOf<Keys<Door>>();
expectTypeOf<Keys<PlanRequest['patient']>>().toEqualTypeOf<Keys<Door['patient']>>();
expectTypeOf<Keys<PlanRequest['dose']>>().toEqualTypeOf<Keys<Door['dose']>>();
expectTypeOf<Keys<PlanRequest['preparation']>>().toEqualTypeOf<Keys<Door['preparation']>>();
expectTypeOf<Keys<PlanRequest['pump']>>().toEqualTypeOf<Keys<Door['pump']>>();
expectTypeOf<Keys<PlanRequest['readiness']>>().toEqualTypeOf<Keys<Door['readiness']>>();
expectTypeOf<Keys<Elem<PlanRequest['acknowledgements']>>>().toEqualTypeOf<Keys<Elem<Door['acknowledgements']>>>();
expectTypeOf<Keys<PlanRequest['titration']>>().toEqualTypeOf<Keys<Door['titration']>>();
// Every typed request is something the door's shape accepts.
expectTypeOf<Mutable<PlanRequest>>().toExtend<Door>();

type CombinationDoor = z.input<SchemaOf<typeof combinationShape>>;
expectTypeOf<Keys<CombinationRequest>>().toEqualTypeOf<Keys<CombinationDoor>>();
expectTypeOf<Keys<Elem<CombinationRequest['components']>>>().toEqualTypeOf<Keys<Elem<CombinationDoor['components']>>>();
expectTypeOf<Keys<CombinationRequest['preparation']>>().toEqualTypeOf<Keys<CombinationDoor['preparation']>>();
expectTypeOf<Mutable<CombinationRequest>>().toExtend<CombinationDoor>();

type CourseDoor = z.input<SchemaOf<typeof courseInputShape>>;
expectTypeOf<Keys<CourseRequest>>().toEqualTypeOf<Keys<CourseDoor>>();

type NasalDoor = z.input<SchemaOf<typeof nasalInputShape>>;
expectTypeOf<Keys<NasalSprayRequest>>().toEqualTypeOf<Keys<NasalDoor>>();
expectTypeOf<Mutable<NasalSprayRequest>>().toExtend<NasalDoor>();

// The history entry names the fields of the history door (src/schema/history.ts reads these).
expectTypeOf<Keys<Elem<PlanRequest['history']>>>().toEqualTypeOf<
  'date' | 'protocol' | 'session' | 'given' | 'pain' | 'reliefPercent' | 'adverseEvents' | 'completed' | 'stoppedReason'
>();

// A typed caller: the README's request compiles, and the result's lists are typed.
const request = {
  patient: { weight: { value: 82, unit: 'kg' }, height: { value: '178', unit: 'cm' }, sex: 'male', ageYears: 46 },
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
  acknowledgements: [{ code: 'weight_unusual', reason: 'weighed today', by: 'J. Doe', at: '2026-11-28T09:30Z' }],
} satisfies PlanRequest;
const result = planInfusion(request);
expectTypeOf(result).toEqualTypeOf<PlanResult>();
if (result.ok) {
  expectTypeOf(result.needsAcknowledgement[0]?.code).toEqualTypeOf<CheckCode | undefined>();
  expectTypeOf(result.plan.library.version).toEqualTypeOf<string>();
}

// Misspelt fields, a unit the door does not read, and an unknown code do not compile.
// @ts-expect-error `patinet` is not a field
planInfusion({ patinet: { weight: { value: 82, unit: 'kg' } }, protocol: 'x', session: 1 });
// @ts-expect-error `sesion` is not a field (and `session` is missing)
planInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'x', sesion: 1 });
// @ts-expect-error `stone` is not a weight unit the door reads
planInfusion({ patient: { weight: { value: 12, unit: 'stone' } }, protocol: 'x', session: 1 });
// @ts-expect-error `mg/kg/hr` is not a UCUM dose-rate unit
planInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'x', session: 1, dose: { rate: { value: 0.35, unit: 'mg/kg/hr' } } });
// @ts-expect-error `weight_unusal` is not a check code
planInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'x', session: 1, acknowledgements: [{ code: 'weight_unusal', reason: 'r' }] });
// @ts-expect-error `componets` is not a field
planCombination({ patient: { weight: { value: 82, unit: 'kg' } }, session: 1, componets: [] });
// @ts-expect-error `startdate` is not a field
planCourse({ protocol: 'x', startdate: '2026-02-02' });
// @ts-expect-error a nasal dose in mL is not a mass
const nasalDose: NasalSprayRequest['dose'] = { value: 1, unit: 'mL' };
planNasalSpray({
  concentration: { value: 100, unit: 'mg/mL' },
  dose: nasalDose,
  dosesPerDay: 1,
  bottleVolume: { value: 5, unit: 'mL' },
  maxDailyDose: { value: 100, unit: 'mg' },
});
// @ts-expect-error `pumprate` is not a field
verifyAdministration({ bag: { ingredients: [], finalVolume: { value: 250, unit: 'mL' } }, pumprate: { value: 1, unit: 'mL/h' } });
if (result.ok) {
  // @ts-expect-error comparing a check code with a code that does not exist
  if (result.warnings[0]?.code === 'weight_unusal') throw new Error('unreachable');
}

// A value of unknown type goes through the same door with a cast; JSON.parse output (any) compiles as it is.
const fromFile: unknown = JSON.parse('{}');
planInfusion(fromFile as PlanRequest);
planInfusion(JSON.parse('{}'));
