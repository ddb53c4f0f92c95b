/** The working of a nasal-spray plan: one trace step per stage value, with inputs, formula and rounding. */
import { type Dec, dec } from '../decimal/index.js';
import type { TraceStep } from '../types/plan.js';
import { quantity } from '../units/quantity.js';
import type { BottleSupply } from './bottle.js';
import type { NostrilSplit, SprayDose } from './dose.js';
import type { NasalInput } from './input.js';
import { DOSE, SPRAY } from './units.js';

/** Steps for mg per spray, sprays per dose and the daily dose. */
function doseSteps(input: NasalInput, sprays: SprayDose): TraceStep[] {
  const { mgPerSpray, spraysExact, dailyDose } = sprays;
  return [
    {
      step: 'mg-per-spray',
      description: 'Ketamine in one spray of the dispensed pump.',
      formula: 'mg/{spray} = (mg/mL) x (mL/{spray})',
      inputs: { concentration: quantity(input.concentration, 'mg/mL'), actuationVolume: quantity(input.actuationVolume, 'mL') },
      result: quantity(mgPerSpray, `mg/${SPRAY}`),
    },
    {
      step: 'sprays-per-dose',
      // only a plan has a trace, and a dose that is not whole sprays is refused before one is built
      description: 'Sprays for one dose: a whole number, so the pump delivers the dose exactly.',
      formula: '{spray} = mg / (mg/{spray})',
      inputs: { dose: quantity(input.dose, 'mg'), mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`) },
      result: quantity(spraysExact, SPRAY),
    },
    {
      step: 'daily-dose',
      description: 'Ketamine per day.',
      formula: 'mg/d = (mg/{dose}) x ({dose}/d)',
      inputs: { dose: quantity(input.dose, 'mg'), dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`) },
      result: quantity(dailyDose, 'mg/d'),
    },
  ];
}

/** The step for the nostril split. */
function nostrilStep(spraysPerDose: Dec, nostrils: NostrilSplit): TraceStep {
  return {
    step: 'nostril-split',
    description: 'Sprays of one dose split between the nostrils, alternating.',
    formula: 'first = ceil({spray}/2); second = floor({spray}/2)',
    inputs: { spraysPerDose: quantity(spraysPerDose, SPRAY) },
    result: `${nostrils.first.toFixed()} + ${nostrils.second.toFixed()}`,
  };
}

/** Steps for the usable volume and the whole sprays in it. */
function volumeSteps(input: NasalInput, bottle: BottleSupply): TraceStep[] {
  return [
    {
      step: 'usable-volume',
      description: bottle.primingStated ? 'Volume left for doses after priming the pump.' : 'Volume left for doses (no priming stated, none counted).',
      formula: 'mL = bottle mL - (priming {spray} x mL/{spray})',
      inputs: {
        bottleVolume: quantity(input.bottleVolume, 'mL'),
        primingActuations: quantity(bottle.priming, SPRAY),
        actuationVolume: quantity(input.actuationVolume, 'mL'),
      },
      result: quantity(bottle.usableVolume, 'mL'),
    },
    {
      step: 'sprays-available',
      description: 'Whole sprays in the usable volume.',
      formula: '{spray} = floor(mL / (mL/{spray}))',
      inputs: { usableVolume: quantity(bottle.usableVolume, 'mL'), actuationVolume: quantity(input.actuationVolume, 'mL') },
      result: quantity(bottle.spraysAvailable, SPRAY),
      rounding: {
        exact: quantity(bottle.spraysAvailableExact, SPRAY),
        increment: { value: '1', unit: SPRAY },
        mode: 'floor',
        reason: 'A part spray does not deliver a full spray.',
      },
    },
  ];
}

/** Steps for the whole doses and whole days a bottle gives. */
function supplySteps(input: NasalInput, bottle: BottleSupply, spraysPerDose: Dec): TraceStep[] {
  return [
    {
      step: 'doses-per-bottle',
      description: 'Whole doses in the bottle.',
      formula: '{dose} = floor({spray} / ({spray}/{dose}))',
      inputs: { spraysAvailable: quantity(bottle.spraysAvailable, SPRAY), spraysPerDose: quantity(spraysPerDose, SPRAY) },
      result: quantity(bottle.dosesPerBottle, DOSE),
      rounding: {
        exact: quantity(bottle.dosesExact, DOSE),
        increment: { value: '1', unit: DOSE },
        mode: 'floor',
        reason: 'Sprays that do not make a whole dose are left over.',
      },
    },
    {
      step: 'days-per-bottle',
      description: 'Whole days of full dosing the bottle covers.',
      formula: 'd = floor({dose} / ({dose}/d))',
      inputs: { dosesPerBottle: quantity(bottle.dosesPerBottle, DOSE), dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`) },
      result: quantity(bottle.days, 'd'),
      rounding: {
        exact: quantity(bottle.daysExact, 'd'),
        increment: { value: '1', unit: 'd' },
        mode: 'floor',
        reason: 'A day with fewer than the prescribed doses is not a full day of supply.',
      },
    },
  ];
}

/** The whole working of a plan, in the order the values are worked out. */
export function sprayTrace(input: NasalInput, sprays: SprayDose, nostrils: NostrilSplit, bottle: BottleSupply): TraceStep[] {
  return [
    ...doseSteps(input, sprays),
    nostrilStep(sprays.spraysExact, nostrils),
    ...volumeSteps(input, bottle),
    ...supplySteps(input, bottle, sprays.spraysExact),
  ];
}
