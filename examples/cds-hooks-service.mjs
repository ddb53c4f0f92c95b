// @ts-check
// For EHR developers: a CDS Hooks service (order-sign) with nothing but node:http. The EHR sends the
// draft MedicationRequest and the patient's Observations (prefetch); the service reads them into a plan
// request, plans, and answers with cards. TLS, authorisation (JWT), logging and feedback stay with you.
// Run: npm run build && node examples/cds-hooks-service.mjs   (PORT=0 picks a free port)
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { fromFhir, planInfusion, toCdsHooksCards } from 'infusion-dose';

const SERVICE_ID = 'infusion-dose-order-sign';
/** How old an Observation may be before it is not used (a local policy, not a clinical rule of the library). */
const MAX_AGE_DAYS = 30;
const BODY_LIMIT = 1_000_000;

const DISCOVERY = {
  services: [
    {
      hook: 'order-sign',
      id: SERVICE_ID,
      title: 'infusion-dose order check',
      description: 'Plans the draft IV infusion order from the patient observations and returns its findings as cards.',
      prefetch: {
        patient: 'Patient/{{context.patientId}}',
        observations: 'Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7,http://loinc.org|8302-2,http://loinc.org|2160-0&_sort=-date',
      },
    },
  ],
};

/** @param {unknown} bundle */
const resources = (bundle) =>
  bundle && typeof bundle === 'object' && Array.isArray(/** @type {any} */ (bundle).entry)
    ? /** @type {any} */ (bundle).entry.map((/** @type {any} */ e) => e?.resource)
    : [];

/** The cards for one order-sign request. @param {any} body */
function answer(body) {
  const orders = resources(body?.context?.draftOrders).filter((/** @type {any} */ r) => r?.resourceType === 'MedicationRequest');
  const observations = resources(body?.prefetch?.observations);
  const patient = body?.prefetch?.patient;
  const cards = [];
  for (const medicationRequest of orders) {
    const read = fromFhir({ observations, medicationRequest, patient, now: new Date().toISOString(), maxAgeDays: MAX_AGE_DAYS });
    const result = read.ok ? planInfusion(read.request) : read;
    const mapped = toCdsHooksCards(result);
    if (mapped.ok) cards.push(...mapped.cards);
  }
  return { cards };
}

/** @param {http.ServerResponse} res @param {number} status @param {unknown} json */
function send(res, status, json) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(json));
}

/** @type {http.RequestListener} */
function handle(req, res) {
  if (req.method === 'GET' && req.url === '/cds-services') return send(res, 200, DISCOVERY);
  if (req.method !== 'POST' || req.url !== `/cds-services/${SERVICE_ID}`) return send(res, 404, { error: 'not found' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => {
    body += chunk;
    if (body.length > BODY_LIMIT) req.destroy();
  });
  req.on('end', () => {
    try {
      send(res, 200, answer(JSON.parse(body)));
    } catch {
      send(res, 400, { error: 'the request body is not JSON' });
    }
  });
}

/** A server for the service (not yet listening). */
export function createService() {
  return http.createServer(handle);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createService();
  server.listen(Number(process.env['PORT'] ?? 3000), '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening on http://127.0.0.1:${address && typeof address === 'object' ? address.port : ''}/cds-services`);
  });
}
