/**
 * Golden tests for the five built-in protocols.
 *
 * Every expected value below was worked out by hand from the protocol's cited numbers
 * (shared/reference/clinical-dosing.md) and the documented rules, never copied from the planner's
 * output. The arithmetic is written above each case. If the planner disagrees with a value here,
 * find out which is wrong from the source; never edit an expectation to match the planner.
 *
 * Rules applied by hand (confirmed by reading src/, not by running it):
 * - Output strings: at most 6 decimal places, half-up, no trailing zeros.
 * - 1 lb = 0.45359237 kg exactly; 1 in = 2.54 cm exactly.
 * - Drawn volume: to 0.01 mL below 1 mL, to 0.1 mL from 1 mL up, half-up; rounded DOWN instead
 *   when the nearest volume would put the amount above a protocol cap, an agent limit (soft or
 *   hard), or the protocol's stated maximum dose, and the exact amount is not already above it. Among the candidate products the one whose rounded volume
 *   gives the amount closest to the ordered amount is used (first listed on a tie).
 * - Whole-bag protocols withdraw a volume of saline equal to the additive, so the final volume is
 *   the bag volume; the pump runs final volume / duration and infuses the whole bag.
 * - Depression protocol: 1 mg/mL in the smallest NS bag (50, 100, 150, 250, 500, 1000 mL) that
 *   holds the dose; the bag is made up with (bag mL x 1 mg/mL) of ketamine; VTBI = dose / 1 mg/mL
 *   to 0.1 mL; rate = dose rate / 1 mg/mL to 0.1 mL/h (half-up, never up across a ceiling).
 * - Lidocaine (RCH): drawn up neat from 2% (20 mg/mL) into a 50 mL syringe; the whole syringe is
 *   infused at (dose rate / 20 mg/mL) to 0.1 mL/h; doses by Devine ideal body weight (actual
 *   weight when lower).
 * - Duration = volume to be infused / rounded pump rate. Delivered = rounded rate (or volume) x
 *   final concentration.
 * - Ketamine hard limit: 4.5 mg/kg per session (top of the label IV induction range).
 *   Lidocaine hard limits: 500 mg per session, 1000 mg/h. Magnesium hard limits: 150 mg/min,
 *   40 g per session, 200 mg/mL.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, PlanResult } from '../../src/index.js';
import { only, planInfusion, planOk, q } from './helpers.js';

/** The per-field golden values of one plan, each a "value unit" string. */
interface Golden {
  readonly dosingWeight: string;
  readonly dosingBasis: 'actual' | 'ideal';
  /** Ordered dose rate and session dose after caps (agents[0].doseRate / totalDose). */
  readonly doseRate: string;
  readonly totalDose: string;
  /** The protocol cap's `bound`, or 'no cap' when the protocol has none. */
  readonly capBound: boolean | 'no cap';
  readonly productId: string;
  readonly drawnVolume: string;
  readonly drawnRoundedDownForLimit: boolean;
  readonly finalVolume: string;
  readonly concentration: string;
  readonly pumpRate: string;
  readonly pumpRateExact: string;
  readonly pumpRateRoundedDownForLimit: boolean;
  readonly volumeToBeInfused: string;
  readonly duration: string;
  readonly deliveredDoseRate: string;
  readonly deliveredTotalDose: string;
}

interface GoldenCase {
  readonly name: string;
  readonly input: Readonly<Record<string, unknown>>;
  /** Soft findings expected (each needs an acknowledgement); empty for a plan that is ready as is. */
  readonly soft: readonly string[];
  readonly expected: Golden;
}

function summarise(plan: Plan): Golden {
  const agent = only(plan.agents, 'agent');
  const additive = only(plan.bag.additives, 'additive');
  const cap = agent.caps.length === 0 ? 'no cap' : only(agent.caps, 'cap').bound;
  const basis = plan.dosingWeight.basis;
  if (basis !== 'actual' && basis !== 'ideal') throw new Error(`unexpected dosing basis ${basis}`);
  return {
    dosingWeight: q(plan.dosingWeight.value),
    dosingBasis: basis,
    doseRate: q(agent.doseRate),
    totalDose: q(agent.totalDose),
    capBound: cap,
    productId: additive.product.id,
    drawnVolume: q(additive.volume),
    drawnRoundedDownForLimit: additive.rounding.roundedDownForLimit,
    finalVolume: q(plan.bag.finalVolume),
    concentration: q(only(plan.bag.concentrations, 'concentration').value),
    pumpRate: q(plan.pump.rate),
    pumpRateExact: q(plan.pump.rateExact),
    pumpRateRoundedDownForLimit: plan.pump.rounding.roundedDownForLimit,
    volumeToBeInfused: q(plan.pump.volumeToBeInfused),
    duration: q(plan.pump.duration),
    deliveredDoseRate: q(agent.delivered.doseRate),
    deliveredTotalDose: q(agent.delivered.totalDose),
  };
}

function softCodes(result: Extract<PlanResult, { ok: true }>): string[] {
  return result.warnings
    .filter((w) => w.severity === 'soft')
    .map((w) => w.code)
    .sort();
}

const K50 = 'ketamine-50mg-ml-10ml';
const K100 = 'ketamine-100mg-ml-5ml';
const MG10 = 'magnesium-sulfate-500mg-ml-10ml';
const LIDO = 'lidocaine-20mg-ml';

const SCHWARTZMAN = 'ketamine-crps-schwartzman-2009';
const SANACORA = 'ketamine-depression-sanacora-2017';
const CLINIC = 'ketamine-clinic-course-2x3';
const COLLINS = 'magnesium-crps-collins-2009';
const RCH = 'lidocaine-chronic-pain-rch';

// Shared shape of a Schwartzman / Collins whole bag: 100 mL made up to 100 mL, run over 4 h.
//   pump = 100 mL / 4 h = 25 mL/h (exact, no rounding); VTBI = 100 mL; duration = 100 / 25 h = 240 min.
const BAG_100_OVER_4H = {
  finalVolume: '100 mL',
  pumpRate: '25 mL/h',
  pumpRateExact: '25 mL/h',
  pumpRateRoundedDownForLimit: false,
  volumeToBeInfused: '100 mL',
  duration: '240 min',
} as const;

const CASES: readonly GoldenCase[] = [
  // ---------------------------------------------------------------------------------------------
  // Ketamine for CRPS, Schwartzman 2009 (Pain 2009;147:107-115; NCT00579085): 0.35 mg/kg/h, never
  // above 25 mg/h (<= 100 mg per 4 h), 4 h; ketamine in 100 mL NS at 25 mL/h. Actual body weight.
  // Ceilings for rounding: rate <= min(25 mg/h cap, 0.35 mg/kg/h stated max x W); session <= 4.5 mg/kg x W.
  // Because the ordered dose always sits on the rate ceiling, any upward rounding crosses it.
  // Candidates: 50 mg/mL (10 mL vial), then 100 mg/mL (5 mL vial).
  // ---------------------------------------------------------------------------------------------

  // [Schwartzman 2009: 0.35 mg/kg/h, never above 25 mg/h, 4 h, 100 mL NS]
  // 70 kg: 0.35 x 70 = 24.5 mg/h <= 25 (cap not bound); 24.5 x 4 h = 98 mg. Ceiling min(25, 24.5) = 24.5 mg/h.
  //   50 mg/mL: 98 / 50 = 1.96 mL -> nearest 2.0 mL = 100 mg = 25 mg/h > 24.5 -> rounded down to 1.9 mL = 95 mg (off by 3).
  //   100 mg/mL: 98 / 100 = 0.98 mL (< 1 mL, 0.01 steps) -> 0.98 mL = 98 mg (off by 0) -> chosen.
  //   Final 100 mL -> 98 / 100 = 0.98 mg/mL. Delivered 25 mL/h x 0.98 = 24.5 mg/h; 100 mL x 0.98 = 98 mg.
  {
    name: 'Schwartzman, 70 kg: cap not bound, 100 mg/mL vial measures the dose exactly',
    input: { patient: { weight: { value: 70, unit: 'kg' } }, protocol: SCHWARTZMAN, session: 1 },
    soft: [],
    expected: {
      dosingWeight: '70 kg',
      dosingBasis: 'actual',
      doseRate: '24.5 mg/h',
      totalDose: '98 mg',
      capBound: false,
      productId: K100,
      drawnVolume: '0.98 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '0.98 mg/mL',
      deliveredDoseRate: '24.5 mg/h',
      deliveredTotalDose: '98 mg',
    },
  },

  // [Schwartzman 2009: 0.35 mg/kg/h, never above 25 mg/h, 4 h, 100 mL NS]
  // 71.4 kg (just under 25 / 0.35 = 71.428... kg): 0.35 x 71.4 = 24.99 mg/h <= 25 (not bound);
  //   24.99 x 4 = 99.96 mg. Ceiling min(25, 24.99) = 24.99 mg/h (= 99.96 mg over 4 h).
  //   50 mg/mL: 99.96 / 50 = 1.9992 mL -> nearest 2.0 mL = 100 mg = 25 mg/h > 24.99 -> down to 1.9 mL = 95 mg (off 4.96).
  //   100 mg/mL: 0.9996 mL (< 1 mL, 0.01 steps) -> nearest 1.00 mL = 100 mg crosses -> down to 0.99 mL = 99 mg (off 0.96) -> chosen.
  //   0.99 mL x 100 = 99 mg in 100 mL = 0.99 mg/mL. Delivered 25 x 0.99 = 24.75 mg/h; 99 mg.
  {
    name: 'Schwartzman, 71.4 kg: just below the cap, volume rounded down to stay within 0.35 mg/kg/h',
    input: { patient: { weight: { value: 71.4, unit: 'kg' } }, protocol: SCHWARTZMAN, session: 2 },
    soft: [],
    expected: {
      dosingWeight: '71.4 kg',
      dosingBasis: 'actual',
      doseRate: '24.99 mg/h',
      totalDose: '99.96 mg',
      capBound: false,
      productId: K100,
      drawnVolume: '0.99 mL',
      drawnRoundedDownForLimit: true,
      ...BAG_100_OVER_4H,
      concentration: '0.99 mg/mL',
      deliveredDoseRate: '24.75 mg/h',
      deliveredTotalDose: '99 mg',
    },
  },

  // [Schwartzman 2009: 0.35 mg/kg/h, never above 25 mg/h, 4 h, 100 mL NS]
  // 72 kg (just over 71.428... kg): 0.35 x 72 = 25.2 mg/h > 25 -> cap binds: 25 mg/h, 25 x 4 = 100 mg.
  //   50 mg/mL: 100 / 50 = 2.0 mL = 100 mg (off 0). 100 mg/mL: 1.0 mL (0.1 steps from 1 mL) = 100 mg (off 0).
  //   Tie -> first listed, 50 mg/mL, 2 mL. 100 mg / 100 mL = 1 mg/mL. Delivered 25 x 1 = 25 mg/h; 100 mg.
  {
    name: 'Schwartzman, 72 kg: 25 mg/h cap binds, tie between vials goes to the first listed',
    input: { patient: { weight: { value: 72, unit: 'kg' } }, protocol: SCHWARTZMAN, session: 3 },
    soft: [],
    expected: {
      dosingWeight: '72 kg',
      dosingBasis: 'actual',
      doseRate: '25 mg/h',
      totalDose: '100 mg',
      capBound: true,
      productId: K50,
      drawnVolume: '2 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '1 mg/mL',
      deliveredDoseRate: '25 mg/h',
      deliveredTotalDose: '100 mg',
    },
  },

  // [Schwartzman 2009: 0.35 mg/kg/h, never above 25 mg/h, 4 h, 100 mL NS; 1 lb = 0.45359237 kg]
  // 150 lb = 150 x 0.45359237 = 68.0388555 kg -> '68.038856' (6 dp, half-up).
  //   Rate 0.35 x 68.0388555 = 23.813599425 mg/h -> '23.813599' (not bound); total x 4 = 95.2543977 mg -> '95.254398'.
  //   50 mg/mL: 95.2543977 / 50 = 1.905087954 mL -> nearest 1.9 mL (down, so no ceiling question) = 95 mg (off 0.2543977).
  //   100 mg/mL: 0.952543977 mL -> 0.95 mL = 95 mg (off 0.2543977). Tie -> 50 mg/mL, 1.9 mL.
  //   95 mg / 100 mL = 0.95 mg/mL. Delivered 25 x 0.95 = 23.75 mg/h; 95 mg.
  {
    name: 'Schwartzman, 150 lb: weight in pounds, equal deviations go to the first listed vial',
    input: { patient: { weight: { value: 150, unit: 'lb' } }, protocol: SCHWARTZMAN, session: 1 },
    soft: [],
    expected: {
      dosingWeight: '68.038856 kg',
      dosingBasis: 'actual',
      doseRate: '23.813599 mg/h',
      totalDose: '95.254398 mg',
      capBound: false,
      productId: K50,
      drawnVolume: '1.9 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '0.95 mg/mL',
      deliveredDoseRate: '23.75 mg/h',
      deliveredTotalDose: '95 mg',
    },
  },

  // [Schwartzman 2009: 0.35 mg/kg/h, never above 25 mg/h, 4 h, 100 mL NS; NCHS 2025 weight 5th percentile 50.7 kg]
  // 45 kg (below the NCHS 5th-percentile soft limit of 50.7 kg -> weight_unusual):
  //   0.35 x 45 = 15.75 mg/h (not bound); x 4 = 63 mg. Ceiling 15.75 mg/h.
  //   50 mg/mL: 63 / 50 = 1.26 mL -> nearest 1.3 mL = 65 mg = 16.25 mg/h > 15.75 -> down to 1.2 mL = 60 mg (off 3).
  //   100 mg/mL: 0.63 mL = 63 mg (off 0) -> chosen. 63 / 100 = 0.63 mg/mL. Delivered 25 x 0.63 = 15.75 mg/h; 63 mg.
  {
    name: 'Schwartzman, 45 kg: unusual weight needs acknowledging',
    input: { patient: { weight: { value: 45, unit: 'kg' } }, protocol: SCHWARTZMAN, session: 1 },
    soft: ['weight_unusual'],
    expected: {
      dosingWeight: '45 kg',
      dosingBasis: 'actual',
      doseRate: '15.75 mg/h',
      totalDose: '63 mg',
      capBound: false,
      productId: K100,
      drawnVolume: '0.63 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '0.63 mg/mL',
      deliveredDoseRate: '15.75 mg/h',
      deliveredTotalDose: '63 mg',
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Ketamine for depression, Sanacora 2017 (JAMA Psychiatry, APA task force): 0.5 mg/kg over 40 min;
  // Andrade 2017 (J Clin Psychiatry 78:e852): 0.1-0.75 mg/kg, 2-100 min. Label: 1 mg/mL for infusion.
  // Dose rate = dose / (40/60 h) = 0.75 mg/kg/h x W. No protocol cap. Session ceiling for rounding:
  // min(4.5, 0.75 stated max) mg/kg x W. Bag: smallest NS bag holding dose / 1 mg/mL; ketamine added =
  // bag mL x 1 mg/mL; a 50 mL bag: 50 mg = 1.0 mL of 50 mg/mL or 0.5 mL of 100 mg/mL (tie -> 50 mg/mL);
  // a 100 mL bag: 2.0 mL vs 1.0 mL (tie -> 50 mg/mL); 150 mL: 3.0 mL vs 1.5 mL (tie -> 50 mg/mL).
  // Withdraw-equal, so final volume = bag volume and concentration = 1 mg/mL exactly.
  // Soft limit: 1 mg/kg/h (Pennsylvania DoH low-dose ketamine guideline).
  // ---------------------------------------------------------------------------------------------

  // [Sanacora 2017: 0.5 mg/kg over 40 min; ketamine label: 1 mg/mL]
  // 70 kg: 0.5 x 70 = 35 mg; 35 / (40/60) = 52.5 mg/h. 35 mL fits a 50 mL bag -> 1 mL of 50 mg/mL.
  //   VTBI 35 / 1 = 35 mL; rate 52.5 / 1 = 52.5 mL/h (already on the 0.1 grid).
  //   Duration 35 / 52.5 h = 40 min. Delivered 52.5 mg/h; 35 mg. 52.5 / 70 = 0.75 mg/kg/h <= 1.
  {
    name: 'Sanacora, 70 kg: 0.5 mg/kg over 40 min in a 50 mL bag at 1 mg/mL',
    input: { patient: { weight: { value: 70, unit: 'kg' } }, protocol: SANACORA, session: 1 },
    soft: [],
    expected: {
      dosingWeight: '70 kg',
      dosingBasis: 'actual',
      doseRate: '52.5 mg/h',
      totalDose: '35 mg',
      capBound: 'no cap',
      productId: K50,
      drawnVolume: '1 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '50 mL',
      concentration: '1 mg/mL',
      pumpRate: '52.5 mL/h',
      pumpRateExact: '52.5 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '35 mL',
      duration: '40 min',
      deliveredDoseRate: '52.5 mg/h',
      deliveredTotalDose: '35 mg',
    },
  },

  // [Sanacora 2017: 0.5 mg/kg over 40 min; ketamine label: 1 mg/mL]
  // 123.4 kg: 0.5 x 123.4 = 61.7 mg; 61.7 / (40/60) = 92.55 mg/h. 61.7 mL > 50 -> 100 mL bag -> 2 mL of 50 mg/mL.
  //   VTBI 61.7 mL (exact). Rate 92.55 mL/h -> half-up to 0.1 -> 92.6 mL/h (no rate ceiling in this protocol).
  //   Duration 61.7 / 92.6 h x 60 = 3702 / 92.6 = 39.978401727... -> '39.978402' min.
  //   Delivered 92.6 x 1 = 92.6 mg/h; 61.7 mg. 92.6 / 123.4 = 0.750 mg/kg/h <= 1.
  {
    name: 'Sanacora, 123.4 kg: 100 mL bag, pump rate 92.55 rounds half-up to 92.6 mL/h',
    input: { patient: { weight: { value: 123.4, unit: 'kg' } }, protocol: SANACORA, session: 2 },
    soft: [],
    expected: {
      dosingWeight: '123.4 kg',
      dosingBasis: 'actual',
      doseRate: '92.55 mg/h',
      totalDose: '61.7 mg',
      capBound: 'no cap',
      productId: K50,
      drawnVolume: '2 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '100 mL',
      concentration: '1 mg/mL',
      pumpRate: '92.6 mL/h',
      pumpRateExact: '92.55 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '61.7 mL',
      duration: '39.978402 min',
      deliveredDoseRate: '92.6 mg/h',
      deliveredTotalDose: '61.7 mg',
    },
  },

  // [Sanacora 2017: 0.5 mg/kg over 40 min; Andrade 2017: at most 0.75 mg/kg; ketamine label: 1 mg/mL]
  // 200 lb = 200 x 0.45359237 = 90.718474 kg. Dose 0.5 x 90.718474 = 45.359237 mg;
  //   rate 45.359237 / (40/60) = 68.0388555 mg/h -> '68.038856' (6 dp, half-up). 45.36 mL fits a 50 mL bag.
  //   VTBI 45.359237 -> 45.4 mL (45.4 mg <= 0.75 x 90.718474 = 68.04 mg ceiling, <= 50 mL bag).
  //   Rate 68.0388555 -> 68.0 mL/h. Duration 45.4 / 68 h x 60 = 2724 / 68 = 40.0588235... -> '40.058824' min.
  //   Delivered 68 mg/h; 45.4 mg.
  {
    name: 'Sanacora, 200 lb: weight in pounds, VTBI and rate to 0.1',
    input: { patient: { weight: { value: 200, unit: 'lb' } }, protocol: SANACORA, session: 3 },
    soft: [],
    expected: {
      dosingWeight: '90.718474 kg',
      dosingBasis: 'actual',
      doseRate: '68.038856 mg/h',
      totalDose: '45.359237 mg',
      capBound: 'no cap',
      productId: K50,
      drawnVolume: '1 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '50 mL',
      concentration: '1 mg/mL',
      pumpRate: '68 mL/h',
      pumpRateExact: '68.038856 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '45.4 mL',
      duration: '40.058824 min',
      deliveredDoseRate: '68 mg/h',
      deliveredTotalDose: '45.4 mg',
    },
  },

  // [Andrade 2017: up to 0.75 mg/kg; Sanacora 2017: 40 min; PA DoH 2020: low dose <= 1 mg/kg/h]
  // 61 kg at the stated maximum 0.75 mg/kg (Andrade 2017): 0.75 x 61 = 45.75 mg; / (40/60) = 68.625 mg/h.
  //   50 mL bag. VTBI 45.75 mL -> nearest 45.8 mL = 45.8 mg > 45.75 mg stated maximum -> rounded down to 45.7 mL.
  //   Rate 68.625 -> 68.6 mL/h. Duration 45.7 / 68.6 h x 60 = 2742 / 68.6 = 39.970845481... -> '39.970845' min.
  //   Delivered 68.6 mg/h; 45.7 mg. 68.6 / 61 = 1.1246 mg/kg/h > 1 mg/kg/h (PA DoH low-dose soft limit) -> soft finding.
  {
    name: 'Sanacora, 61 kg at 0.75 mg/kg: VTBI rounded down to stay within the stated maximum',
    input: {
      patient: { weight: { value: 61, unit: 'kg' } },
      protocol: SANACORA,
      session: 1,
      dose: { total: { value: 0.75, unit: 'mg/kg' } },
    },
    soft: ['dose_rate_per_kg_above_soft_limit'],
    expected: {
      dosingWeight: '61 kg',
      dosingBasis: 'actual',
      doseRate: '68.625 mg/h',
      totalDose: '45.75 mg',
      capBound: 'no cap',
      productId: K50,
      drawnVolume: '1 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '50 mL',
      concentration: '1 mg/mL',
      pumpRate: '68.6 mL/h',
      pumpRateExact: '68.625 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '45.7 mL',
      duration: '39.970845 min',
      deliveredDoseRate: '68.6 mg/h',
      deliveredTotalDose: '45.7 mg',
    },
  },

  // [Andrade 2017: 0.1-0.75 mg/kg, 2-100 min; ketamine label: 1 mg/mL; NCHS 2025 95th percentile 131.8 kg]
  // 180 kg at 0.75 mg/kg over 60 min (both within Andrade's 0.1-0.75 mg/kg, 2-100 min):
  //   0.75 x 180 = 135 mg; 135 / 1 h = 135 mg/h. 135 mL > 100 -> 150 mL bag -> 150 mg = 3.0 mL of 50 mg/mL
  //   (1.5 mL of 100 mg/mL ties; first listed wins). VTBI 135 mL; rate 135 mL/h; duration 135 / 135 h = 60 min.
  //   Delivered 135 mg/h (0.75 mg/kg/h); 135 mg. 180 kg > 131.8 kg -> weight_unusual.
  {
    name: 'Sanacora, 180 kg at 0.75 mg/kg over 60 min: 150 mL bag, unusual weight',
    input: {
      patient: { weight: { value: 180, unit: 'kg' } },
      protocol: SANACORA,
      session: 1,
      dose: { total: { value: 0.75, unit: 'mg/kg' }, duration: { value: 60, unit: 'min' } },
    },
    soft: ['weight_unusual'],
    expected: {
      dosingWeight: '180 kg',
      dosingBasis: 'actual',
      doseRate: '135 mg/h',
      totalDose: '135 mg',
      capBound: 'no cap',
      productId: K50,
      drawnVolume: '3 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '150 mL',
      concentration: '1 mg/mL',
      pumpRate: '135 mL/h',
      pumpRateExact: '135 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '135 mL',
      duration: '60 min',
      deliveredDoseRate: '135 mg/h',
      deliveredTotalDose: '135 mg',
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Clinic course (Ainsworth clinic page 000): 2 infusions a week for 3 weeks, about 4 h each, weight-
  // based, mixed in a saline bag. No dose and no bag volume are stated, so the clinician gives both.
  // No protocol cap; no stated maximum rate. Session ceiling 4.5 mg/kg x W. Withdraw-equal whole bag.
  // ---------------------------------------------------------------------------------------------

  // [Clinic page 000: ~4 h, weight-based, saline bag; dose and bag from the clinician]
  // 85 kg, 0.5 mg/kg/h, 250 mL: 0.5 x 85 = 42.5 mg/h; x 4 h = 170 mg.
  //   50 mg/mL: 3.4 mL = 170 mg; 100 mg/mL: 1.7 mL = 170 mg; tie -> 50 mg/mL, 3.4 mL.
  //   170 / 250 = 0.68 mg/mL. Pump 250 / 4 = 62.5 mL/h; VTBI 250 mL; 250 / 62.5 h = 240 min.
  //   Delivered 62.5 x 0.68 = 42.5 mg/h; 250 x 0.68 = 170 mg.
  {
    name: 'Clinic course, 85 kg at 0.5 mg/kg/h in 250 mL',
    input: {
      patient: { weight: { value: 85, unit: 'kg' } },
      protocol: CLINIC,
      session: 1,
      dose: { rate: { value: 0.5, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    },
    soft: [],
    expected: {
      dosingWeight: '85 kg',
      dosingBasis: 'actual',
      doseRate: '42.5 mg/h',
      totalDose: '170 mg',
      capBound: 'no cap',
      productId: K50,
      drawnVolume: '3.4 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '250 mL',
      concentration: '0.68 mg/mL',
      pumpRate: '62.5 mL/h',
      pumpRateExact: '62.5 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '250 mL',
      duration: '240 min',
      deliveredDoseRate: '42.5 mg/h',
      deliveredTotalDose: '170 mg',
    },
  },

  // [Clinic page 000: ~4 h, weight-based, saline bag; dose and bag from the clinician]
  // 63.3 kg, 0.3 mg/kg/h, 100 mL: 0.3 x 63.3 = 18.99 mg/h; x 4 = 75.96 mg.
  //   50 mg/mL: 1.5192 mL -> 1.5 mL = 75 mg (off 0.96). 100 mg/mL: 0.7596 mL -> 0.76 mL = 76 mg (off 0.04) -> chosen
  //   (76 mg is under the only ceiling, 4.5 x 63.3 = 284.85 mg, so rounding up is allowed).
  //   76 / 100 = 0.76 mg/mL. Pump 100 / 4 = 25 mL/h; 240 min. Delivered 25 x 0.76 = 19 mg/h; 76 mg.
  {
    name: 'Clinic course, 63.3 kg at 0.3 mg/kg/h in 100 mL: rounding up allowed with no ceiling near',
    input: {
      patient: { weight: { value: 63.3, unit: 'kg' } },
      protocol: CLINIC,
      session: 4,
      dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 100, unit: 'mL' } },
    },
    soft: [],
    expected: {
      dosingWeight: '63.3 kg',
      dosingBasis: 'actual',
      doseRate: '18.99 mg/h',
      totalDose: '75.96 mg',
      capBound: 'no cap',
      productId: K100,
      drawnVolume: '0.76 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '0.76 mg/mL',
      deliveredDoseRate: '19 mg/h',
      deliveredTotalDose: '76 mg',
    },
  },

  // [Clinic page 000: ~4 h, weight-based, saline bag; dose and bag from the clinician]
  // 110 kg, 0.2 mg/kg/h, 0.5 L (= 500 mL): 0.2 x 110 = 22 mg/h; x 4 = 88 mg.
  //   50 mg/mL: 1.76 mL -> 1.8 mL = 90 mg (off 2). 100 mg/mL: 0.88 mL = 88 mg (off 0) -> chosen.
  //   88 / 500 = 0.176 mg/mL. Pump 500 / 4 = 125 mL/h; VTBI 500 mL; 240 min.
  //   Delivered 125 x 0.176 = 22 mg/h; 500 x 0.176 = 88 mg.
  {
    name: 'Clinic course, 110 kg at 0.2 mg/kg/h in a 0.5 L bag',
    input: {
      patient: { weight: { value: 110, unit: 'kg' } },
      protocol: CLINIC,
      session: 6,
      dose: { rate: { value: 0.2, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 0.5, unit: 'L' } },
    },
    soft: [],
    expected: {
      dosingWeight: '110 kg',
      dosingBasis: 'actual',
      doseRate: '22 mg/h',
      totalDose: '88 mg',
      capBound: 'no cap',
      productId: K100,
      drawnVolume: '0.88 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '500 mL',
      concentration: '0.176 mg/mL',
      pumpRate: '125 mL/h',
      pumpRateExact: '125 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '500 mL',
      duration: '240 min',
      deliveredDoseRate: '22 mg/h',
      deliveredTotalDose: '88 mg',
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Magnesium sulfate for CRPS-1, Collins 2009 (Pain Med 10:930) / Fischer 2013 (Pain Med 14:1388):
  // 70 mg/kg over 4 h, made up to 100 mL NS, run at 25 mL/h. 50% = 500 mg/mL vials (10, 20, 50, 2 mL
  // as listed; all the same strength, so always a tie -> the 10 mL vial). Doses are written in g.
  // Dose rate = 70 x W / 4 = 17.5 mg/kg/h x W. No cap; hard ceilings 150 mg/min and 40 g are far away.
  // Soft limit 70 mg/kg per session on the DELIVERED dose (not a rounding ceiling).
  // ---------------------------------------------------------------------------------------------

  // [Collins 2009 / Fischer 2013: 70 mg/kg over 4 h in 100 mL NS at 25 mL/h; label: 500 mg/mL]
  // 70 kg: 70 x 70 = 4900 mg = 4.9 g; 4900 / 4 = 1225 mg/h = 1.225 g/h. 4900 / 500 = 9.8 mL (exact).
  //   4900 / 100 mL = 49 mg/mL. Delivered 25 x 49 = 1225 mg/h = 1.225 g/h; 100 x 49 = 4900 mg = 4.9 g.
  {
    name: 'Collins magnesium, 70 kg: 4.9 g in 100 mL',
    input: { patient: { weight: { value: 70, unit: 'kg' } }, protocol: COLLINS, session: 1 },
    soft: [],
    expected: {
      dosingWeight: '70 kg',
      dosingBasis: 'actual',
      doseRate: '1.225 g/h',
      totalDose: '4.9 g',
      capBound: 'no cap',
      productId: MG10,
      drawnVolume: '9.8 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '49 mg/mL',
      deliveredDoseRate: '1.225 g/h',
      deliveredTotalDose: '4.9 g',
    },
  },

  // [Collins 2009 / Fischer 2013: 70 mg/kg over 4 h in 100 mL NS at 25 mL/h; label: 500 mg/mL]
  // 72.5 kg: 70 x 72.5 = 5075 mg = 5.075 g; / 4 = 1268.75 mg/h = 1.26875 g/h.
  //   5075 / 500 = 10.15 mL -> half-up would be 10.2 mL = 5100 mg = 70.34 mg/kg, over the 70 mg/kg
  //   soft limit the exact dose respects, so the draw is rounded down: 10.1 mL = 5050 mg (69.66 mg/kg).
  //   5050 / 100 = 50.5 mg/mL. Delivered 25 x 50.5 = 1262.5 mg/h = 1.2625 g/h; 5.05 g.
  {
    name: 'Collins magnesium, 72.5 kg: the draw is rounded down so rounding adds no finding',
    input: { patient: { weight: { value: 72.5, unit: 'kg' } }, protocol: COLLINS, session: 2 },
    soft: [],
    expected: {
      dosingWeight: '72.5 kg',
      dosingBasis: 'actual',
      doseRate: '1.26875 g/h',
      totalDose: '5.075 g',
      capBound: 'no cap',
      productId: MG10,
      drawnVolume: '10.1 mL',
      drawnRoundedDownForLimit: true,
      ...BAG_100_OVER_4H,
      concentration: '50.5 mg/mL',
      deliveredDoseRate: '1.2625 g/h',
      deliveredTotalDose: '5.05 g',
    },
  },

  // [Collins 2009 / Fischer 2013: 70 mg/kg over 4 h in 100 mL NS at 25 mL/h; 1 lb = 0.45359237 kg]
  // 150 lb = 68.0388555 kg -> '68.038856'. 70 x 68.0388555 = 4762.719885 mg = 4.762719885 g -> '4.76272';
  //   / 4 = 1190.67997125 mg/h = 1.19067997125 g/h -> '1.19068'.
  //   4762.719885 / 500 = 9.52543977 mL -> 9.5 mL = 4750 mg. 4750 / 100 = 47.5 mg/mL.
  //   Delivered 25 x 47.5 = 1187.5 mg/h = 1.1875 g/h; 4.75 g (69.8 mg/kg, within 70).
  {
    name: 'Collins magnesium, 150 lb: weight in pounds, doses in grams',
    input: { patient: { weight: { value: 150, unit: 'lb' } }, protocol: COLLINS, session: 3 },
    soft: [],
    expected: {
      dosingWeight: '68.038856 kg',
      dosingBasis: 'actual',
      doseRate: '1.19068 g/h',
      totalDose: '4.76272 g',
      capBound: 'no cap',
      productId: MG10,
      drawnVolume: '9.5 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '47.5 mg/mL',
      deliveredDoseRate: '1.1875 g/h',
      deliveredTotalDose: '4.75 g',
    },
  },

  // [Collins 2009 / Fischer 2013: 70 mg/kg over 4 h; label: <= 150 mg/min, <= 200 mg/mL; NCHS 2025 131.8 kg]
  // 180 kg (> 131.8 kg -> weight_unusual): 70 x 180 = 12600 mg = 12.6 g; / 4 = 3150 mg/h = 3.15 g/h
  //   (52.5 mg/min <= 150). 12600 / 500 = 25.2 mL. 12600 / 100 = 126 mg/mL (<= 200 mg/mL).
  //   Delivered 25 x 126 = 3150 mg/h = 3.15 g/h; 12.6 g.
  {
    name: 'Collins magnesium, 180 kg: heaviest case, unusual weight',
    input: { patient: { weight: { value: 180, unit: 'kg' } }, protocol: COLLINS, session: 1 },
    soft: ['weight_unusual'],
    expected: {
      dosingWeight: '180 kg',
      dosingBasis: 'actual',
      doseRate: '3.15 g/h',
      totalDose: '12.6 g',
      capBound: 'no cap',
      productId: MG10,
      drawnVolume: '25.2 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '126 mg/mL',
      deliveredDoseRate: '3.15 g/h',
      deliveredTotalDose: '12.6 g',
    },
  },

  // [Collins 2009 / Fischer 2013: 70 mg/kg over 4 h in 100 mL NS at 25 mL/h; NCHS 2025 50.7 kg]
  // 40 kg (< 50.7 kg -> weight_unusual): 70 x 40 = 2800 mg = 2.8 g; / 4 = 700 mg/h = 0.7 g/h.
  //   2800 / 500 = 5.6 mL. 2800 / 100 = 28 mg/mL. Delivered 25 x 28 = 700 mg/h = 0.7 g/h; 2.8 g.
  {
    name: 'Collins magnesium, 40 kg: lightest case, unusual weight',
    input: { patient: { weight: { value: 40, unit: 'kg' } }, protocol: COLLINS, session: 5 },
    soft: ['weight_unusual'],
    expected: {
      dosingWeight: '40 kg',
      dosingBasis: 'actual',
      doseRate: '0.7 g/h',
      totalDose: '2.8 g',
      capBound: 'no cap',
      productId: MG10,
      drawnVolume: '5.6 mL',
      drawnRoundedDownForLimit: false,
      ...BAG_100_OVER_4H,
      concentration: '28 mg/mL',
      deliveredDoseRate: '0.7 g/h',
      deliveredTotalDose: '2.8 g',
    },
  },

  // ---------------------------------------------------------------------------------------------
  // IV lidocaine for chronic pain, RCH Melbourne: total 5-7.5 mg/kg, at most 500 mg; 40-75 mcg/kg/min;
  // 60-120 min; drawn up neat from 2% (20 mg/mL) into a 50 mL syringe. Dosing weight: ideal body
  // weight (Foo 2021 consensus), Devine: male 50 kg, female 45.5 kg, + 2.3 kg per inch over 60 in
  // (in = cm / 2.54); actual weight when lower. mcg/kg/min x 60 / 1000 = mg/kg/h.
  // Ceilings: session <= min(500 mg cap, 500 mg hard, 7.5 mg/kg x W); rate <= min(1000 mg/h hard,
  // 75 mcg/kg/min = 4.5 mg/kg/h x W). Duration = total / rate. The whole syringe is infused.
  // Soft limit 300 mg/h (Xylocaine label), so rates here stay under it.
  // ---------------------------------------------------------------------------------------------

  // [RCH Melbourne: 5-7.5 mg/kg, max 500 mg, 40-75 mcg/kg/min, 2% neat; Foo 2021 / Devine 1974: IBW]
  // Male, 70 in (177.8 cm), 90 kg: IBW = 50 + 2.3 x (70 - 60) = 73 kg < 90 -> 73 kg.
  //   Total 5 x 73 = 365 mg <= 500 (cap not bound). Rate 50 mcg/kg/min = 3 mg/kg/h x 73 = 219 mg/h.
  //   Duration ordered 365 / 219 h = 100 min. Draw 365 / 20 = 18.25 mL -> half-up 18.3 mL = 366 mg
  //   (366 <= 500; 366 / (5/3 h) = 219.6 mg/h <= 4.5 x 73 = 328.5) -> 18.3 mL.
  //   Pump 219 / 20 = 10.95 mL/h -> half-up 11 mL/h (220 mg/h <= 328.5). Duration 18.3 / 11 h x 60
  //   = 1098 / 11 = 99.8181818... -> '99.818182' min. Delivered 11 x 20 = 220 mg/h; 18.3 x 20 = 366 mg.
  {
    name: 'RCH lidocaine, male 70 in, 90 kg: IBW 73 kg, 5 mg/kg at 50 mcg/kg/min',
    input: {
      patient: { weight: { value: 90, unit: 'kg' }, height: { value: 70, unit: 'in' }, sex: 'male' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 50, unit: 'mcg/kg/min' } },
    },
    soft: [],
    expected: {
      dosingWeight: '73 kg',
      dosingBasis: 'ideal',
      doseRate: '219 mg/h',
      totalDose: '365 mg',
      capBound: false,
      productId: LIDO,
      drawnVolume: '18.3 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '18.3 mL',
      concentration: '20 mg/mL',
      pumpRate: '11 mL/h',
      pumpRateExact: '10.95 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '18.3 mL',
      duration: '99.818182 min',
      deliveredDoseRate: '220 mg/h',
      deliveredTotalDose: '366 mg',
    },
  },

  // [RCH Melbourne: 5-7.5 mg/kg, max 500 mg, 40-75 mcg/kg/min, 2% neat; Foo 2021 / Devine 1974: IBW]
  // Male, 73 in (185.42 cm), 100 kg: IBW = 50 + 2.3 x 13 = 79.9 kg.
  //   Total 7 x 79.9 = 559.3 mg > 500 -> cap binds: 500 mg. Rate 60 mcg/kg/min = 3.6 mg/kg/h x 79.9 = 287.64 mg/h.
  //   Draw 500 / 20 = 25 mL (exact). Pump 287.64 / 20 = 14.382 -> 14.4 mL/h (288 mg/h <= 4.5 x 79.9 = 359.55).
  //   Duration 25 / 14.4 h x 60 = 1500 / 14.4 = 104.1666... -> '104.166667' min. Delivered 288 mg/h; 500 mg.
  {
    name: 'RCH lidocaine, male 73 in, 100 kg: 7 mg/kg x 79.9 kg = 559.3 mg, 500 mg cap binds',
    input: {
      patient: { weight: { value: 100, unit: 'kg' }, height: { value: 73, unit: 'in' }, sex: 'male' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 7, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } },
    },
    soft: [],
    expected: {
      dosingWeight: '79.9 kg',
      dosingBasis: 'ideal',
      doseRate: '287.64 mg/h',
      totalDose: '500 mg',
      capBound: true,
      productId: LIDO,
      drawnVolume: '25 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '25 mL',
      concentration: '20 mg/mL',
      pumpRate: '14.4 mL/h',
      pumpRateExact: '14.382 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '25 mL',
      duration: '104.166667 min',
      deliveredDoseRate: '288 mg/h',
      deliveredTotalDose: '500 mg',
    },
  },

  // [RCH Melbourne: 5-7.5 mg/kg, max 500 mg, 40-75 mcg/kg/min, 2% neat; Foo 2021 / Devine 1974: IBW]
  // Male, 170.18 cm (= 67 in), 75 kg: IBW = 50 + 2.3 x 7 = 66.1 kg.
  //   Total 7.5 x 66.1 = 495.75 mg <= 500 (cap not bound). Rate 75 mcg/kg/min = 4.5 mg/kg/h x 66.1 = 297.45 mg/h.
  //   Ceilings: session min(500, 495.75) = 495.75 mg; rate min(1000, 297.45) = 297.45 mg/h.
  //   Draw 495.75 / 20 = 24.7875 mL -> nearest 24.8 mL = 496 mg > 495.75 -> rounded down to 24.7 mL = 494 mg.
  //   Pump 297.45 / 20 = 14.8725 -> nearest 14.9 = 298 mg/h > 297.45 -> rounded down to 14.8 mL/h.
  //   Duration 24.7 / 14.8 h x 60 = 1482 / 14.8 = 100.135135... -> '100.135135' min.
  //   Delivered 14.8 x 20 = 296 mg/h; 24.7 x 20 = 494 mg.
  {
    name: 'RCH lidocaine, male 170.18 cm, 75 kg: 7.5 mg/kg x 66.1 kg = 495.75 mg, just under the cap; both roundings go down',
    input: {
      patient: { weight: { value: 75, unit: 'kg' }, height: { value: 170.18, unit: 'cm' }, sex: 'male' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 7.5, unit: 'mg/kg' }, rate: { value: 75, unit: 'mcg/kg/min' } },
    },
    soft: [],
    expected: {
      dosingWeight: '66.1 kg',
      dosingBasis: 'ideal',
      doseRate: '297.45 mg/h',
      totalDose: '495.75 mg',
      capBound: false,
      productId: LIDO,
      drawnVolume: '24.7 mL',
      drawnRoundedDownForLimit: true,
      finalVolume: '24.7 mL',
      concentration: '20 mg/mL',
      pumpRate: '14.8 mL/h',
      pumpRateExact: '14.8725 mL/h',
      pumpRateRoundedDownForLimit: true,
      volumeToBeInfused: '24.7 mL',
      duration: '100.135135 min',
      deliveredDoseRate: '296 mg/h',
      deliveredTotalDose: '494 mg',
    },
  },

  // [RCH Melbourne: 5-7.5 mg/kg, max 500 mg, 40-75 mcg/kg/min; Foo 2021 / GlobalRPh: actual weight when lower]
  // Female, 67 in (170.18 cm), 55 kg: IBW = 45.5 + 2.3 x 7 = 61.6 kg > 55 -> actual weight 55 kg.
  //   Total 6 x 55 = 330 mg. Rate 60 mcg/kg/min = 3.6 mg/kg/h x 55 = 198 mg/h. Draw 330 / 20 = 16.5 mL (exact).
  //   Pump 198 / 20 = 9.9 mL/h. Duration 16.5 / 9.9 h x 60 = 100 min. Delivered 198 mg/h; 330 mg.
  {
    name: 'RCH lidocaine, female 67 in, 55 kg: actual weight below IBW 61.6 kg is used',
    input: {
      patient: { weight: { value: 55, unit: 'kg' }, height: { value: 67, unit: 'in' }, sex: 'female' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 6, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } },
    },
    soft: [],
    expected: {
      dosingWeight: '55 kg',
      dosingBasis: 'actual',
      doseRate: '198 mg/h',
      totalDose: '330 mg',
      capBound: false,
      productId: LIDO,
      drawnVolume: '16.5 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '16.5 mL',
      concentration: '20 mg/mL',
      pumpRate: '9.9 mL/h',
      pumpRateExact: '9.9 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '16.5 mL',
      duration: '100 min',
      deliveredDoseRate: '198 mg/h',
      deliveredTotalDose: '330 mg',
    },
  },

  // [RCH Melbourne: 5-7.5 mg/kg, max 500 mg, 40-75 mcg/kg/min, 2% neat; Foo 2021 / Devine 1974: IBW]
  // Female, 65 in (165.1 cm), 180 lb (= 81.6466266 kg): IBW = 45.5 + 2.3 x 5 = 57 kg < 81.65 -> 57 kg.
  //   Total 5 x 57 = 285 mg. Rate 45 mcg/kg/min = 2.7 mg/kg/h x 57 = 153.9 mg/h.
  //   Draw 285 / 20 = 14.25 mL -> half-up 14.3 mL = 286 mg (<= min(500, 7.5 x 57 = 427.5); 286 / (285/153.9 h)
  //   = 154.44 mg/h <= 4.5 x 57 = 256.5). Pump 153.9 / 20 = 7.695 -> 7.7 mL/h.
  //   Duration 14.3 / 7.7 h x 60 = 858 / 7.7 = 111.428571... -> '111.428571' min. Delivered 154 mg/h; 286 mg.
  {
    name: 'RCH lidocaine, female 65 in, 180 lb: IBW 57 kg, weight in pounds',
    input: {
      patient: { weight: { value: 180, unit: 'lb' }, height: { value: 65, unit: 'in' }, sex: 'female' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 45, unit: 'mcg/kg/min' } },
    },
    soft: [],
    expected: {
      dosingWeight: '57 kg',
      dosingBasis: 'ideal',
      doseRate: '153.9 mg/h',
      totalDose: '285 mg',
      capBound: false,
      productId: LIDO,
      drawnVolume: '14.3 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '14.3 mL',
      concentration: '20 mg/mL',
      pumpRate: '7.7 mL/h',
      pumpRateExact: '7.695 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '14.3 mL',
      duration: '111.428571 min',
      deliveredDoseRate: '154 mg/h',
      deliveredTotalDose: '286 mg',
    },
  },

  // [RCH Melbourne: 5-7.5 mg/kg, max 500 mg, 40-75 mcg/kg/min, 2% neat; Foo 2021 / Devine 1974: IBW]
  // Male, 175 cm, 120 kg: 175 / 2.54 = 8750/127 in; IBW = 50 + 2.3 x (8750/127 - 60) = 50 + 2599/127
  //   = 8949/127 = 70.4645669... kg -> '70.464567'.
  //   Total 7.5 x 8949/127 = 528.48425... mg > 500 -> cap binds: 500 mg.
  //   Rate 65 mcg/kg/min = 3.9 mg/kg/h x 8949/127 = 274.8118110... mg/h -> '274.811811'.
  //   Draw 500 / 20 = 25 mL. Pump 274.811811... / 20 = 13.7405905... -> '13.740591', rounded 13.7 mL/h (down by nearest).
  //   Duration 25 / 13.7 h x 60 = 1500 / 13.7 = 109.4890510... -> '109.489051' min. Delivered 274 mg/h; 500 mg.
  {
    name: 'RCH lidocaine, male 175 cm, 120 kg: non-whole-inch height, 500 mg cap binds',
    input: {
      patient: { weight: { value: 120, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 7.5, unit: 'mg/kg' }, rate: { value: 65, unit: 'mcg/kg/min' } },
    },
    soft: [],
    expected: {
      dosingWeight: '70.464567 kg',
      dosingBasis: 'ideal',
      doseRate: '274.811811 mg/h',
      totalDose: '500 mg',
      capBound: true,
      productId: LIDO,
      drawnVolume: '25 mL',
      drawnRoundedDownForLimit: false,
      finalVolume: '25 mL',
      concentration: '20 mg/mL',
      pumpRate: '13.7 mL/h',
      pumpRateExact: '13.740591 mL/h',
      pumpRateRoundedDownForLimit: false,
      volumeToBeInfused: '25 mL',
      duration: '109.489051 min',
      deliveredDoseRate: '274 mg/h',
      deliveredTotalDose: '500 mg',
    },
  },
];

interface RefusedCase {
  readonly name: string;
  readonly input: Readonly<Record<string, unknown>>;
  /** Hard findings expected, sorted. */
  readonly codes: readonly string[];
}

const REFUSED: readonly RefusedCase[] = [
  // [Clinic page 000 dose from clinician; usual 0.35 mg/kg/h (Schwartzman 2009); ISMP tenfold; ketamine label 4.5 mg/kg]
  // Clinic course, 70 kg, 3.5 mg/kg/h (a slip for 0.35): 3.5 / 0.35 usual (Schwartzman, guideline-graded) = 10
  //   -> tenfold_dose (hard, ratio >= 10). Session 3.5 x 70 x 4 = 980 mg = 14 mg/kg > 4.5 mg/kg
  //   (label-derived hard limit) -> session_dose_per_kg_above_hard_limit.
  {
    name: 'Clinic course, 70 kg at 3.5 mg/kg/h: tenfold slip and over 4.5 mg/kg',
    input: {
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: CLINIC,
      session: 1,
      dose: { rate: { value: 3.5, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    },
    codes: ['session_dose_per_kg_above_hard_limit', 'tenfold_dose'],
  },
  // [RCH Melbourne 40-75 mcg/kg/min; 1000 mg/h hard limit from PMID 29016948 (Pain Med)]
  // RCH lidocaine, male 70 in (IBW 73 kg), 80 kg, 5 mg/kg at 250 mcg/kg/min: 250 x 60 / 1000 = 15 mg/kg/h
  //   x 73 = 1095 mg/h > 1000 mg/h (highest rate in the reference, PMID 29016948) -> dose_rate_above_hard_limit.
  //   (250 / 40 = 6.25, under tenfold; the range and 20-min duration findings are soft.)
  {
    name: 'RCH lidocaine at 250 mcg/kg/min: over the 1000 mg/h hard limit',
    input: {
      patient: { weight: { value: 80, unit: 'kg' }, height: { value: 70, unit: 'in' }, sex: 'male' },
      protocol: RCH,
      session: 1,
      dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 250, unit: 'mcg/kg/min' } },
    },
    codes: ['dose_rate_above_hard_limit'],
  },
];

describe('golden plans, worked by hand', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { plan, result } = planOk(c.input);
    expect(summarise(plan)).toEqual(c.expected);
    expect(softCodes(result)).toEqual([...c.soft].sort());
    expect(plan.status).toBe(c.soft.length === 0 ? 'ready' : 'needs-acknowledgement');

    if (c.soft.length > 0) {
      const acknowledged = planOk({
        ...c.input,
        acknowledgements: c.soft.map((code) => ({ code, reason: `Golden test: ${code} confirmed by the prescriber.` })),
      });
      expect(acknowledged.plan.status).toBe('ready');
      expect(summarise(acknowledged.plan)).toEqual(c.expected);
      expect(acknowledged.result.warnings.map((w) => w.code)).not.toContain('acknowledgement_unused');
    }
  });

  it('covers every protocol, weights 40-180 kg, pounds, both sides of each cap', () => {
    const protocols = new Set(CASES.map((c) => c.input['protocol']));
    expect([...protocols].sort()).toEqual([CLINIC, SANACORA, SCHWARTZMAN, RCH, COLLINS].sort());
    expect(CASES.length + REFUSED.length).toBeGreaterThanOrEqual(18);
    const capSides = (id: string) => new Set(CASES.filter((c) => c.input['protocol'] === id).map((c) => c.expected.capBound));
    expect(capSides(SCHWARTZMAN)).toEqual(new Set([true, false]));
    expect(capSides(RCH)).toEqual(new Set([true, false]));
  });
});

describe('golden refusals, worked by hand', () => {
  it.each(REFUSED.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = planInfusion(c.input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code).sort()).toEqual([...c.codes]);
  });
});
