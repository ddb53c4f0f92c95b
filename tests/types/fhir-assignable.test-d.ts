/**
 * Compile-time test (issue 13 item 1), checked by `npm run typecheck`: what toFhir returns assigns to
 * @medplum/fhirtypes' MedicationRequest without a cast, for a single-infusion and a combination plan.
 * The resource is the caller's own copy (not frozen, shared with nothing), so it can be filled in.
 */
import type { MedicationRequest } from '@medplum/fhirtypes';
import { planCombination, planInfusion, toFhir } from '../../src/index.js';

const single = planInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
if (single.ok) {
  const out = toFhir(single.plan);
  if (!('ok' in out)) {
    const request: MedicationRequest = out;
    request.subject = { reference: 'Patient/123' };
  }
}

const bag = planCombination({
  patient: { weight: { value: 70, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: '0.3', unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
});
if (bag.ok) {
  const out = toFhir(bag.plan);
  if (!('ok' in out)) {
    const request: MedicationRequest = out;
    void request;
  }
}
