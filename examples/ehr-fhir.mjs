// @ts-check
// For EHR developers: plan a session and hand it to the EHR as an HL7 FHIR R4 MedicationRequest.
// Run: npm run build && node examples/ehr-fhir.mjs
import { planInfusion, toFhir } from 'infusion-dose';

const result = planInfusion({
  patient: { weight: { value: 82, unit: 'kg' } },
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
});
if (!result.ok) {
  console.error(JSON.stringify(result.issues, null, 2));
  process.exit(2);
}
const fhir = toFhir(result.plan);
if ('issues' in fhir) {
  // A plan R4 cannot hold faithfully (several agents, several dose-rate caps) is a coded failure.
  console.error(JSON.stringify(fhir.issues, null, 2));
  process.exit(2);
}
// The EHR fills in the patient reference; the library never guesses it.
const request = { ...fhir, subject: { reference: 'Patient/example-123' } };
console.log(JSON.stringify(request, null, 2));
