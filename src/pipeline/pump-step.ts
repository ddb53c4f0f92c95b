/** The pipeline's pump step: segments programmed, their working, and the pump range judged. */
import { type Dec, dec } from '../decimal/index.js';
import type { PumpRange } from '../checks/pump-range.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { pumpSteps } from '../present/trace-pump.js';
import { DEFAULT_PUMP_RANGE } from '../pump/range.js';
import { DEFAULT_RATE_INCREMENT, type PumpPlan } from '../pump/settings.js';
import { RULES, judge } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import type { LabelRamp } from '../stages/features.js';
import { programPump } from '../stages/pump-program.js';
import type { BagFacts } from './bag-step.js';
import type { Ceilings, Order } from './order-step.js';
import type { Params } from './params-step.js';
import type { Findings } from './state.js';

/** The pump program and the settings it was made with. */
export interface PumpFacts {
  readonly pump: PumpPlan;
  readonly increment: Dec;
  readonly range: PumpRange;
}

/** The default pump range and rate increment, read once when the module loads. */
const DEFAULT_MIN_RATE = dec(DEFAULT_PUMP_RANGE.minRate);
const DEFAULT_MAX_RATE = dec(DEFAULT_PUMP_RANGE.maxRate);
const DEFAULT_INCREMENT = dec(DEFAULT_RATE_INCREMENT);

/** The pump range in force: the input's, else the default with its source. */
function pumpRangeOf(input: PlanInput): PumpRange {
  const given = input.pump.minRate !== undefined || input.pump.maxRate !== undefined;
  return {
    minRate: input.pump.minRate?.value ?? DEFAULT_MIN_RATE,
    maxRate: input.pump.maxRate?.value ?? DEFAULT_MAX_RATE,
    source: given ? { citation: 'Pump range given in the input', grade: 'derived', verified: true } : DEFAULT_PUMP_RANGE.source,
  };
}

/** Programs the pump and judges its range. */
export function pumpStep(
  input: PlanInput,
  p: PreparedProtocol,
  bag: BagFacts,
  order: Order,
  params: Params,
  ramp: LabelRamp | undefined,
  W: Dec,
  ceilings: Ceilings,
  f: Findings,
): PumpFacts {
  const increment = input.pump.increment?.value ?? DEFAULT_INCREMENT;
  const pump = programPump({
    exact: p.exact,
    limitsInForce: p.limitsInForce,
    prep: bag.prep,
    ordered: order.ordered,
    loading: order.loading,
    loadingMg: order.loadingMg,
    ramp: ramp?.ramp,
    rate: params.rate,
    W,
    ceilings,
    increment,
  });
  f.trace.push(...pumpSteps(pump, bag.prep, order.ordered.durationH, increment));
  const range = pumpRangeOf(input);
  f.checks.push(...judge(RULES.pump, { p, prep: bag.prep, pump, range }, f.paths));
  return { pump, increment, range };
}
