/**
 * The rule table: every safety rule the pipeline judges once a stage has computed, as a rule object
 * in one ordered table per phase, run by one evaluator. A rule declares its codes, their severity,
 * where a refusal by it points, the facts it reads and where its source comes from (src/rules/rule.ts);
 * it reads the facts of its phase and returns its findings (passed or not, each with its code,
 * severity, observed value, limit, source and message). The order of the table is the order of
 * `plan.checks`. docs/rules.md is generated from it.
 */
import { appliesToPatient } from '../checks/agent-limits.js';
import { DEVINE_BELOW_60_IN } from '../patient/weights.js';
import { capAppliedCheck, capChecks } from '../checks/caps.js';
import { patientChecks } from '../checks/patient.js';
import { pumpRangeChecks } from '../checks/pump-range.js';
import { unverified } from '../checks/unverified.js';
import { checkParam } from './param-checks.js';
import { PARAM_RULES, RESOLVED_PARAM_RULES } from './param-rules.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import type { Check } from '../types/plan.js';
import {
  containerNotStockedCheck,
  containerVolumeCheck,
  productNotInProtocolCheck,
  dilutionChecks,
  overfillNotStatedCheck,
  residualCheck,
  roundedDownCheck,
  wholeVialsChecks,
} from './bag-rules.js';
import { dateRequiredCheck, durationRangeChecks } from './delivered-rules.js';
import { ibwExtrapolatedCheck, sessionInCourseCheck } from './patient-rules.js';
import { PUMP_ROUNDING_SOURCE, emptySegmentChecks, pumpRoundingChecks } from './pump-rules.js';
import { compatibilityChecks } from './compatibility-rules.js';
import { adjustmentChecks } from './adjustment-rules.js';
import { intervalChecks, severeEventCheck } from './history-rules.js';
import { historyNotUsedCheck, sessionMismatchCheck } from './dose-rules.js';
import { requirementChecks } from './requirement-rules.js';
import { type InputPath, type Rule, at, rulesOf } from './rule.js';
import {
  type BagPhase,
  type CombinationPhase,
  type DeliveredPhase,
  type HistoryPhase,
  type OrderPhase,
  type PatientPhase,
  type PumpPhase,
  type SharedBagAgentPhase,
  type TitrationPhase,
  type WeightPhase,
  deliveredLimitChecks,
  windowedLimitChecks,
} from './phases.js';
import { AGENT_LIMIT_CODES, AGENT_LIMIT_SEVERITY, PATIENT_SEVERITY, agentLimitPath, patientPath, unionOf } from './metadata.js';
import { PATIENT_CODES } from '../types/codes.js';

export { type InputPath, type RefusalPaths, type Rule, judge, refusalsOf } from './rule.js';
export * from './phases.js';

const some = (c: Check | undefined): readonly Check[] => (c ? [c] : []);

const patientRule = /* @__PURE__ */ rulesOf<PatientPhase>();
const weightRule = /* @__PURE__ */ rulesOf<WeightPhase>();
const historyRule = /* @__PURE__ */ rulesOf<HistoryPhase>();
const titrationRule = /* @__PURE__ */ rulesOf<TitrationPhase>();
const orderRule = /* @__PURE__ */ rulesOf<OrderPhase>();
const bagRule = /* @__PURE__ */ rulesOf<BagPhase>();
const pumpRule = /* @__PURE__ */ rulesOf<PumpPhase>();
const deliveredRule = /* @__PURE__ */ rulesOf<DeliveredPhase>();
const sharedBagRule = /* @__PURE__ */ rulesOf<SharedBagAgentPhase>();
const combinationRule = /* @__PURE__ */ rulesOf<CombinationPhase>();

const PATIENT_RULES = [
  /* @__PURE__ */ patientRule({
    id: 'patient.plausibility',
    codes: PATIENT_CODES,
    severity: PATIENT_SEVERITY,
    path: patientPath,
    reads: ['p.catalogue.patientLimits', 'body', 'input.patient'],
    source: "Each patient limit's own source (the catalogue's patientLimits).",
    evaluate: ({ p, input, body }) =>
      patientChecks(p.catalogue.patientLimits, {
        weight: body.weightKg,
        ...(body.heightCm ? { height: body.heightCm } : {}),
        ...(input.patient.ageYears ? { age: input.patient.ageYears } : {}),
        ...(input.patient.creatinineMgDl ? { creatinine: input.patient.creatinineMgDl } : {}),
      }),
  }),
];

const DOSING_WEIGHT_RULES = [
  /* @__PURE__ */ weightRule({
    id: 'patient.ideal-weight.height-under-60-in',
    codes: ['ibw_extrapolated'],
    severity: 'soft',
    path: at('patient', 'height', 'value'),
    reads: ['dosingWeight.extrapolated', 'body.heightCm'],
    source: DEVINE_BELOW_60_IN.citation,
    evaluate: ({ dosingWeight, body }) => (dosingWeight.extrapolated && body.heightCm ? [ibwExtrapolatedCheck(body.heightCm)] : []),
  }),
  /* @__PURE__ */ weightRule({
    id: 'weight-basis.unverified',
    codes: ['unverified_data'],
    severity: 'info',
    path: at('patient'),
    reads: ['weightRule.source'],
    source: "The dosing-weight rule's source (the protocol's or the agent's weight rule).",
    evaluate: ({ weightRule }) => some(unverified('weight-basis', 'The dosing-weight rule', weightRule.source)),
  }),
  /* @__PURE__ */ weightRule({
    id: 'protocol.schedule.sessions',
    codes: ['session_beyond_course'],
    severity: 'soft',
    path: at('session'),
    reads: ['input.session', 'p.protocol.schedule'],
    source: "The protocol's schedule source.",
    evaluate: ({ input, p }) => [sessionInCourseCheck(input.session, p.protocol)],
  }),
];

const HISTORY_RULES = [
  /* @__PURE__ */ historyRule({
    id: 'history.min-interval',
    codes: ['interval_below_minimum'],
    severity: 'soft',
    // This session's interval points at its date; two earlier sessions, at the history.
    path: (_f, c) => (c.rule === 'history.min-interval.planned' ? ['date'] : ['history']),
    reads: ['protocol.schedule', 'history', 'date'],
    source: "The protocol's minimum-interval source (schedule.pattern.minIntervalSource, else the schedule's source).",
    evaluate: ({ protocol, history, date }) => intervalChecks(protocol, history, date),
  }),
  /* @__PURE__ */ historyRule({
    id: 'history.severe-event',
    codes: ['severe_event_needs_clearance', 'severe_event_cleared'],
    severity: { severe_event_needs_clearance: 'hard', severe_event_cleared: 'info' },
    path: at('history'),
    reads: ['history', 'severe', 'agent', 'clearance'],
    source: 'None cited: a severe adverse event with the agent needs a clinician to clear the patient.',
    evaluate: ({ history, severe, agent, clearance }) => severeEventCheck(history.sessions, severe, agent, clearance),
  }),
];

// Judged once the titration engine has decided (hasRule), or when the protocol has no rule (the step ends there).
const TITRATION_RULES = [
  /* @__PURE__ */ titrationRule({
    id: 'titration.none',
    codes: ['history_not_used'],
    severity: 'info',
    path: at('history'),
    reads: ['hasRule', 'earlier'],
    source: 'None: a note that the protocol has no titration rule.',
    evaluate: ({ hasRule, earlier }) => (!hasRule && earlier > 0 ? [historyNotUsedCheck()] : []),
  }),
  /* @__PURE__ */ titrationRule({
    id: 'titration.session',
    codes: ['session_number_mismatch'],
    severity: 'soft',
    path: at('session'),
    reads: ['hasRule', 'earlier', 'session'],
    source: 'None: the session asked for against the earlier sessions of the protocol in the history.',
    evaluate: ({ hasRule, earlier, session }) => (hasRule && session !== earlier + 1 ? [sessionMismatchCheck(session, earlier)] : []),
  }),
];

const ORDER_RULES = [
  /* @__PURE__ */ orderRule({
    id: 'protocol.loading.range',
    codes: ['loading_above_protocol_range', 'loading_below_protocol_range', 'loading_differs_from_protocol', 'tenfold_dose', 'tenfold_low_dose'],
    severity: {
      loading_above_protocol_range: 'soft',
      loading_below_protocol_range: 'soft',
      loading_differs_from_protocol: 'soft',
      tenfold_dose: 'hard',
      tenfold_low_dose: 'soft',
    },
    path: at('dose', 'loading'),
    reads: ['loading'],
    source: "The protocol's loading parameter source; ISMP on tenfold (decimal-slip) errors.",
    evaluate: ({ loading }) => (loading ? checkParam(loading) : []),
  }),
  /* @__PURE__ */ orderRule({
    id: 'protocol.caps.applied',
    codes: ['protocol_cap_applied'],
    severity: 'info',
    path: at('dose'),
    reads: ['caps', 'agent'],
    source: "Each protocol cap's own source.",
    evaluate: ({ caps, agent }) => caps.map((c) => capAppliedCheck(c, agent)),
  }),
];

const BAG_RULES = [
  /* @__PURE__ */ bagRule({
    id: 'product.dilution',
    codes: ['product_not_for_dilution', 'product_requires_dilution'],
    severity: { product_not_for_dilution: 'soft', product_requires_dilution: 'hard' },
    path: at('preparation'),
    reads: ['prep.additive', 'prep.diluent', 'product.dilution', 'p.agent'],
    source: "The product's label (its source).",
    evaluate: ({ prep, product, p }) => (prep.additive ? dilutionChecks(product, prep, p.agent) : []),
  }),
  /* @__PURE__ */ bagRule({
    id: 'protocol.whole-vials',
    codes: ['whole_vials_far_from_order', 'whole_vials_beyond_tolerance', 'rounded_to_whole_vials'],
    severity: { whole_vials_far_from_order: 'hard', whole_vials_beyond_tolerance: 'soft', rounded_to_whole_vials: 'info' },
    // The order the whole vials cannot make (the request has no 'whole-vials' field to point at).
    path: at('dose'),
    reads: ['p.exact.wholeVials', 'prep.additive', 'product', 'p.agent'],
    source: "The protocol's wholeVials source and its tolerance's source.",
    evaluate: ({ prep, product, p }) => wholeVialsChecks(p.exact.wholeVials, prep, product, p.agent),
  }),
  /* @__PURE__ */ bagRule({
    id: 'product.unverified',
    codes: ['unverified_data'],
    severity: 'info',
    path: at('preparation', 'product'),
    reads: ['product.source'],
    source: "The product's source.",
    evaluate: ({ product }) => some(unverified(product.id, `The product ${product.name}`, product.source)),
  }),
  /* @__PURE__ */ bagRule({
    id: 'preparation.overfill',
    codes: ['overfill_not_stated'],
    severity: 'info',
    path: at('preparation', 'overfill'),
    reads: ['prep.diluent'],
    source: 'None: a note that no overfill was given.',
    evaluate: ({ prep }) => (prep.diluent && !prep.diluent.overfillStated ? [overfillNotStatedCheck()] : []),
  }),
  /* @__PURE__ */ bagRule({
    id: 'protocol.container-volume',
    codes: ['container_volume_differs_from_protocol'],
    severity: 'soft',
    path: at('preparation', 'containerVolume'),
    reads: ['p.protocol.preparation', 'p.exact.containerMl', 'chosenContainerMl'],
    source: "The protocol's preparation source.",
    evaluate: ({ p, chosenContainerMl }) => some(containerVolumeCheck(p.protocol, p.exact.containerMl, chosenContainerMl)),
  }),
  /* @__PURE__ */ bagRule({
    id: 'protocol.products',
    codes: ['product_not_in_protocol'],
    severity: 'soft',
    path: at('preparation', 'product'),
    reads: ['p.protocol.preparation', 'product', 'p.agent'],
    source: "The protocol's preparation source.",
    evaluate: ({ p, product }) => some(productNotInProtocolCheck(p.protocol, product, p.agent)),
  }),
  /* @__PURE__ */ bagRule({
    id: 'preparation.container-volume.stocked',
    codes: ['container_volume_not_stocked'],
    severity: 'soft',
    path: at('preparation', 'containerVolume'),
    reads: ['p.exact.diluents', 'prep.diluent', 'chosenContainerMl'],
    source: "The catalogue's diluent record (its bagVolumes).",
    evaluate: ({ p, prep, chosenContainerMl }) => {
      const diluent = prep.diluent ? p.exact.diluents.get(prep.diluent.diluent.id) : undefined;
      return diluent && chosenContainerMl ? some(containerNotStockedCheck(diluent, chosenContainerMl)) : [];
    },
  }),
];

const PUMP_RULES = [
  /* @__PURE__ */ pumpRule({
    id: 'rounding.ceiling',
    codes: ['rounded_down_for_limit'],
    severity: 'info',
    path: at('pump'),
    reads: ['pump.segments', 'prep.additive', 'p.agent'],
    source: 'None: a note that rounding went down to stay under a cap or hard limit.',
    evaluate: ({ pump, prep, p }) =>
      pump.segments.some((seg) => seg.rate.roundedDownForLimit || seg.volume?.roundedDownForLimit === true) || prep.additive?.drawn.roundedDownForLimit
        ? [roundedDownCheck(p.agent)]
        : [],
  }),
  /* @__PURE__ */ pumpRule({
    id: 'pump.range',
    codes: ['pump_rate_below_minimum', 'pump_rate_above_maximum'],
    severity: 'hard',
    path: at('pump'),
    reads: ['pump.segments', 'range'],
    source: 'The pump range in force (the input or the default pump range and its source).',
    evaluate: ({ pump, range }) =>
      pumpRangeChecks(
        pump.segments.map((seg) => seg.rate.value),
        range,
      ),
  }),
  // Issue 12 item 5: the rate the pump runs at, against the ordered rate (see pump-rules.ts for the 5%).
  /* @__PURE__ */ pumpRule({
    id: 'pump.rounding',
    codes: ['pump_rounding_far_from_order', 'pump_rounding_beyond_tolerance'],
    severity: { pump_rounding_far_from_order: 'hard', pump_rounding_beyond_tolerance: 'soft' },
    // Today's refusal path, kept as it was.
    path: at('dose'),
    reads: ['pump.segments', 'p.agent'],
    source: PUMP_ROUNDING_SOURCE.citation,
    evaluate: ({ pump, p }) => pumpRoundingChecks(pump.segments, p.agent.id),
  }),
  // Issue 12 item 5: no segment may run for 0 min or infuse 0 mL.
  /* @__PURE__ */ pumpRule({
    id: 'pump.segments',
    codes: ['pump_segment_empty'],
    severity: 'hard',
    path: at('dose'),
    reads: ['pump.segments', 'p.agent'],
    source: 'None needed: a segment that delivers nothing is not the order.',
    evaluate: ({ pump, p }) => emptySegmentChecks(pump.segments, p.agent.id),
  }),
];

const DELIVERED_RULES = [
  /* @__PURE__ */ deliveredRule({
    id: 'cumulative.date',
    codes: ['date_required_for_window'],
    severity: { date_required_for_window: ['hard', 'soft'] },
    path: at('date'),
    reads: ['input.date', 'input.history', 'p.limitsInForce', 'risks'],
    source: "The windowed limits' own sources.",
    evaluate: ({ input, p, risks }) => {
      if (input.date !== undefined || input.history.length === 0) return [];
      const windowed = p.limitsInForce.filter((l) => l.window !== undefined && l.window !== 'course' && appliesToPatient(l, risks));
      if (windowed.length === 0) return [];
      return [dateRequiredCheck(windowed.some((l) => l.severity === 'hard') ? 'hard' : 'soft')];
    },
  }),
  /* @__PURE__ */ deliveredRule({
    id: 'agent.limits',
    codes: AGENT_LIMIT_CODES,
    severity: AGENT_LIMIT_SEVERITY,
    path: agentLimitPath,
    reads: ['p.limitsInForce', 'risks', 'pump', 'prep.concentrationMgPerMl', 'W', 'windows'],
    source: "Each agent limit's own source (the catalogue's agent limits in force).",
    evaluate: deliveredLimitChecks,
  }),
  /* @__PURE__ */ deliveredRule({
    id: 'protocol.caps.delivered',
    codes: ['protocol_cap_exceeded'],
    severity: 'hard',
    path: at('dose'),
    reads: ['caps', 'pump.deliveredRateMgH', 'pump.deliveredMg', 'loadingMg'],
    source: "Each protocol cap's own source.",
    evaluate: ({ caps, pump, loadingMg, p }) => capChecks(caps, { rateMgH: pump.deliveredRateMgH, sessionMg: pump.deliveredMg.sub(loadingMg) }, p.agent.id),
  }),
  /* @__PURE__ */ deliveredRule({
    id: 'preparation.residual',
    codes: ['residual_in_container'],
    severity: 'info',
    path: at('preparation'),
    reads: ['prep.finalMl', 'pump.vtbiMl'],
    source: 'None: a note on what to discard as waste.',
    evaluate: ({ prep, pump, p }) => {
      const residualMl = prep.finalMl.sub(pump.vtbiMl);
      return residualMl.gt(0) ? [residualCheck(residualMl, prep, p.agent)] : [];
    },
  }),
  /* @__PURE__ */ deliveredRule({
    id: 'protocol.duration',
    codes: ['duration_below_protocol_range', 'duration_above_protocol_range'],
    severity: 'soft',
    path: at('dose', 'duration'),
    reads: ['derivedDuration', 'p.protocol.duration', 'p.exact.duration', 'pump.durationH'],
    source: "The protocol's duration source.",
    evaluate: ({ derivedDuration, p, pump }) => (derivedDuration ? durationRangeChecks(p.protocol, p.exact.duration, pump.durationH) : []),
  }),
  /* @__PURE__ */ deliveredRule({
    id: 'requirements',
    codes: ['requirement_unconfirmed', 'fasting_too_short', 'no_escort', 'ecg_missing'],
    severity: { requirement_unconfirmed: 'info', fasting_too_short: 'soft', no_escort: 'soft', ecg_missing: 'soft' },
    path: at('readiness'),
    reads: ['confirmations', 'input.readiness'],
    source: "Each requirement's own source (the protocol's requirements).",
    evaluate: ({ confirmations, input, p }) => requirementChecks(confirmations, input.readiness, p.agent.id),
  }),
  /* @__PURE__ */ deliveredRule({
    id: 'patient.adjustments',
    codes: [
      'adjustment_for_age',
      'adjustment_for_renal_impairment',
      'adjustment_for_hepatic_impairment',
      'contraindicated_for_patient',
      'age_required_for_adjustment',
    ],
    // An adjustment for age is hard when it contraindicates the agent over an age; the age it needs,
    // when missing, is hard when a contraindication needs it (it cannot be judged).
    severity: {
      adjustment_for_age: ['soft', 'hard'],
      adjustment_for_renal_impairment: 'soft',
      adjustment_for_hepatic_impairment: 'soft',
      contraindicated_for_patient: 'hard',
      age_required_for_adjustment: ['soft', 'hard'],
    },
    // A contraindication is about the patient's state, which the input gives in patient.risks, or
    // about the age (a refusal by adjustment_for_age is a contraindication by age).
    path: (_f, c): InputPath =>
      c.code === 'contraindicated_for_patient'
        ? ['patient', 'risks']
        : c.code === 'age_required_for_adjustment' || c.code === 'adjustment_for_age'
          ? ['patient', 'ageYears']
          : ['dose'],
    reads: ['p.exact.adjustments', 'input.patient.ageYears', 'risks', 'loadingMg', 'W', 'pump.durationH'],
    source: "Each adjustment's own source (the agent's label or guideline).",
    evaluate: (d) =>
      adjustmentChecks({
        agent: d.p.agent.id,
        adjustments: d.p.exact.adjustments,
        ageYears: d.input.patient.ageYears,
        risks: d.risks,
        // mg/kg = mg / kg of dosing weight
        loadingMgPerKg: d.loadingMg.gt(0) ? d.loadingMg.div(d.W) : undefined,
        durationH: d.pump.durationH,
      }),
  }),
];

// The same limit and cap rules as an agent's own plan, on what the shared bag delivers at the shared
// rate (no loading dose here; a windowed limit adds the earlier sessions its own plan counted).
const SHARED_BAG_AGENT_RULES = [
  /* @__PURE__ */ sharedBagRule({
    id: 'agent.limits',
    codes: AGENT_LIMIT_CODES,
    severity: AGENT_LIMIT_SEVERITY,
    path: agentLimitPath,
    reads: ['facts.limits', 'facts.risks', 'observed', 'amountMg', 'facts.dosingWeightKg', 'facts.windows'],
    source: "Each agent limit's own source (the catalogue's agent limits in force).",
    evaluate: ({ facts, observed, amountMg }) =>
      windowedLimitChecks({
        limits: facts.limits,
        risks: facts.risks,
        agent: facts.agent,
        observed,
        peak: observed,
        mg: amountMg,
        W: facts.dosingWeightKg,
        windows: facts.windows,
        withNotes: false,
      }),
  }),
  /* @__PURE__ */ sharedBagRule({
    id: 'protocol.caps.delivered',
    codes: ['protocol_cap_exceeded'],
    severity: 'hard',
    path: at('dose'),
    reads: ['facts.caps', 'rateMgH', 'amountMg'],
    source: "Each protocol cap's own source.",
    evaluate: ({ facts, rateMgH, amountMg }) => capChecks(facts.caps, { rateMgH, sessionMg: amountMg }, facts.agent),
  }),
];

/** The component a finding names, by its agent: its index in the request's components, or -1. */
const componentOf = (f: CombinationPhase, c: Check): number => f.facts.findIndex((x) => x.agent === c.agent);

const sharedRate = /* @__PURE__ */ unionOf(SHARED_BAG_AGENT_RULES);
const ownFindings = /* @__PURE__ */ unionOf([
  ...PATIENT_RULES,
  ...DOSING_WEIGHT_RULES,
  ...HISTORY_RULES,
  ...TITRATION_RULES,
  ...RESOLVED_PARAM_RULES,
  ...PARAM_RULES,
  ...ORDER_RULES,
  ...BAG_RULES,
  ...PUMP_RULES,
  ...DELIVERED_RULES,
]);

const COMBINATION_RULES: readonly Rule<CombinationPhase>[] = [
  /* @__PURE__ */ combinationRule({
    id: 'compatibility',
    codes: ['incompatible_agents', 'compatible_agents', 'compatibility_unknown'],
    severity: { incompatible_agents: 'hard', compatible_agents: 'info', compatibility_unknown: 'soft' },
    path: at('components'),
    reads: ['facts'],
    source: 'Each pair of agents: its cited compatibility record, or none (a soft finding).',
    evaluate: ({ facts }) => compatibilityChecks(facts.map((f) => f.agent)),
  }),
  {
    id: 'agents.shared-rate',
    ...sharedRate,
    // An agent's refusal points at its component, then where its own plan would place it.
    path: (f, c) => ['components', componentOf(f, c), ...(f.agentPaths.get(c) ?? [])],
    reads: ['agentChecks', 'agentPaths', 'facts'],
    source: 'The shared-bag agent rules (agent.limits, protocol.caps.delivered) on each agent at the shared rate.',
    evaluate: ({ agentChecks }) => agentChecks,
  },
  {
    id: 'components.own',
    ...ownFindings,
    // Carried over from plans that were not refused, so never a refusal: the component it came from.
    path: (f, c) => (componentOf(f, c) < 0 ? ['components'] : ['components', componentOf(f, c)]),
    reads: ['carriedOver', 'facts'],
    source: "Each component's own plan: the findings that do not depend on the bag.",
    evaluate: ({ carriedOver }) => carriedOver,
  },
  /* @__PURE__ */ combinationRule({
    id: 'rounding.ceiling',
    codes: ['rounded_down_for_limit'],
    severity: 'info',
    path: at('pump'),
    reads: ['segment'],
    source: "None: a note that the shared rate was rounded down to stay within an agent's ceiling or minimum duration.",
    evaluate: ({ segment }) => (segment.rate.roundedDownForLimit ? [roundedDownCheck()] : []),
  }),
  /* @__PURE__ */ combinationRule({
    id: 'pump.range',
    codes: ['pump_rate_below_minimum', 'pump_rate_above_maximum'],
    severity: 'hard',
    path: at('pump'),
    reads: ['facts.pumpRange', 'rate'],
    source: 'The pump range in force (the input or the default pump range and its source).',
    evaluate: ({ facts, rate }) => pumpRangeChecks([rate], (facts[0] as ComponentFacts).pumpRange),
  }),
  // Issue 12: the shared rate gets the single-agent pump rules (the rounding moves every agent's dose rate alike).
  /* @__PURE__ */ combinationRule({
    id: 'pump.rounding',
    codes: ['pump_rounding_far_from_order', 'pump_rounding_beyond_tolerance'],
    severity: { pump_rounding_far_from_order: 'hard', pump_rounding_beyond_tolerance: 'soft' },
    path: at('pump'),
    reads: ['segment'],
    source: PUMP_ROUNDING_SOURCE.citation,
    evaluate: ({ segment }) => pumpRoundingChecks([segment]),
  }),
  /* @__PURE__ */ combinationRule({
    id: 'pump.segments',
    codes: ['pump_segment_empty'],
    severity: 'hard',
    path: at('pump'),
    reads: ['segment'],
    source: 'None needed: a segment that delivers nothing is not the order.',
    evaluate: ({ segment }) => emptySegmentChecks([segment]),
  }),
];

/** The rules, phase by phase, in the order the plan shows their findings. */
export const RULES = {
  patient: PATIENT_RULES,
  dosingWeight: DOSING_WEIGHT_RULES,
  history: HISTORY_RULES,
  titration: TITRATION_RULES,
  resolvedParam: RESOLVED_PARAM_RULES,
  params: PARAM_RULES,
  order: ORDER_RULES,
  bag: BAG_RULES,
  pump: PUMP_RULES,
  delivered: DELIVERED_RULES,
  sharedBagAgent: SHARED_BAG_AGENT_RULES,
  combination: COMBINATION_RULES,
} as const;
