// Valid requests several test files start from, each worked by hand once here. Each call returns a
// fresh object, so a test may spread or change it.
import type { CombinationRequest, NasalSprayRequest, PlanRequest } from '../../src/index.js';

/**
 * A nasal spray order: 100 mg/mL, 0.1 mL pump, 20 mg twice a day, 5 mL bottle, 40 mg a day at most,
 * 5 priming sprays. 100 x 0.1 = 10 mg a spray; 20 mg = 2 sprays; 2 doses a day = 4 sprays, 40 mg.
 * Priming 5 x 0.1 = 0.5 mL; 4.5 mL / 0.1 = 45 sprays; 45 / 2 = 22 doses, 1 spray left over;
 * 22 x 20 = 440 mg; 22 / 2 = 11 days.
 */
export const nasalOrder = (): NasalSprayRequest => ({
  concentration: { value: 100, unit: 'mg/mL' },
  actuationVolume: { value: 0.1, unit: 'mL' },
  dose: { value: 20, unit: 'mg' },
  dosesPerDay: 2,
  bottleVolume: { value: 5, unit: 'mL' },
  maxDailyDose: { value: 40, unit: 'mg' },
  primingActuations: 5,
});

/**
 * Ketamine 0.3 mg/kg/h (clinic course) with Collins magnesium 70 mg/kg, 70 kg, one 250 mL bag over 4 h:
 * ketamine 0.3 x 70 = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL; magnesium 70 x 70 = 4900 mg =
 * 9.8 mL of 500 mg/mL; withdrawn and replaced: 250 mL final, 250 / 4 = 62.5 mL/h. Their compatibility
 * has no cited record, so it is acknowledged.
 */
export const ketamineMagnesiumBag = (): CombinationRequest => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
});

/**
 * Schwartzman 2009 at 70 kg: 0.35 mg/kg/h x 70 = 24.5 mg/h (under its 25 mg/h cap) x 4 h = 98 mg,
 * 0.98 mL of the 100 mg/mL vial in a 100 mL bag (withdraw-equal): 0.98 mg/mL at 100 / 4 = 25 mL/h.
 */
export const schwartzman70 = (): PlanRequest => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
});

/**
 * Perioperative lidocaine (Foo 2021) for 2 h, 70 kg, 175 cm man: IBW = 50 + 2.3 x (175 / 2.54 - 60) =
 * 70.464567 kg, above 70 kg, so the dosing weight is 70 kg (actual when lower). Loading 1.5 x 70 = 105
 * mg over 10 min, then 105 mg/h, from the 4 mg/mL premix.
 */
export const fooLidocaine70 = (): PlanRequest => ({
  patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
  protocol: 'lidocaine-perioperative-foo-2021',
  session: 1,
  dose: { duration: { value: 2, unit: 'h' } },
});

/** The nasal order above with no priming stated: none is counted, and the plan says so (priming_not_stated). */
export const nasalOrderNoPriming = (): NasalSprayRequest => {
  const { primingActuations: _priming, ...order } = nasalOrder();
  return order;
};
