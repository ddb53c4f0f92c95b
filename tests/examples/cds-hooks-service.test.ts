// Issue 14 item 4: the CDS Hooks example service answers discovery and an order-sign request on
// 127.0.0.1 (a free port), run as a separate process from the built package.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  const proc = spawn(process.execPath, ['examples/cds-hooks-service.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child = proc;
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service did not start')), 20_000);
    proc.stdout?.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', () => reject(new Error('the service exited')));
  });
}, 30_000);

afterAll(() => {
  child?.kill();
});

const observation = (loinc: string, value: number, code: string) => ({
  resource: {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    effectiveDateTime: new Date(Date.now() - 86_400_000).toISOString(),
    valueQuantity: { value, unit: code, system: 'http://unitsofmeasure.org', code },
  },
});
const orderSign = (protocol: string, weightKg: number) => ({
  hook: 'order-sign',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: {
    userId: 'Practitioner/1',
    patientId: '123',
    draftOrders: {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'MedicationRequest', status: 'draft', intent: 'order', instantiatesCanonical: [`PlanDefinition/${protocol}`] } }],
    },
  },
  prefetch: {
    patient: { resourceType: 'Patient', id: '123', gender: 'male', birthDate: '1970-01-01' },
    observations: { resourceType: 'Bundle', type: 'searchset', entry: [observation('29463-7', weightKg, 'kg'), observation('8302-2', 178, 'cm')] },
  },
});

describe('examples/cds-hooks-service.mjs', () => {
  it('answers discovery with the order-sign service', async () => {
    const r = await fetch(`${base}/cds-services`);
    const body = (await r.json()) as { services: { hook: string; id: string }[] };
    expect(body.services.map((s) => [s.hook, s.id])).toEqual([['order-sign', 'infusion-dose-order-sign']]);
  });

  it('answers an order-sign request with the plan findings as cards', async () => {
    // Lidocaine 5 mg/kg over 40 min for 70 kg: 350 mg in 150 mL, first 300 mL/h = 700 mg/h, above the soft
    // dose-rate limit: a warning card with override reasons.
    const r = await fetch(`${base}/cds-services/infusion-dose-order-sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(orderSign('lidocaine-5mgkg-40min', 70)),
    });
    expect(r.status).toBe(200);
    const { cards } = (await r.json()) as { cards: { indicator: string; source: { topic: { code: string } }; overrideReasons?: unknown[] }[] };
    const warning = cards.find((c) => c.indicator === 'warning');
    expect(warning?.source.topic.code).toBe('dose_rate_above_soft_limit');
    expect(warning?.overrideReasons?.length).toBeGreaterThan(0);
  });

  it('a refused order (an implausible 700 kg weight) comes back as critical cards', async () => {
    const r = await fetch(`${base}/cds-services/infusion-dose-order-sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(orderSign('ketamine-crps-schwartzman-2009', 700)),
    });
    const { cards } = (await r.json()) as { cards: { indicator: string }[] };
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.indicator === 'critical')).toBe(true);
  });
});
