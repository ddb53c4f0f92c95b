/**
 * NY-Presbyterian daily ketamine escalation (Rema 2012): 0.2, 0.4, then 0.6 mg/kg/h over 4 h on
 * consecutive days. The clinician chooses each day's rate within 0.2-0.6 mg/kg/h.
 */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { REMA_2012_TITRATION } from './titration-rules.js';
import { KETAMINE_LABEL } from '../agents/sources.js';
import { REMA_2012 } from '../agents/sources-more.js';

export const ketamineEscalationRema2012 = {
  id: 'ketamine-escalation-rema-2012',
  version: '1.0.0',
  name: 'Ketamine daily escalation, 0.2-0.6 mg/kg/h over 4 h (Rema 2012)',
  agent: 'ketamine',
  indication: 'Chronic pain (outpatient multi-day ketamine)',
  regimen: 'rate-duration',
  rate: {
    unit: 'mg/kg/h',
    // No value: the rate depends on the day of the course; the clinician chooses it.
    min: '0.2',
    max: '0.6',
    usual: '0.2',
    source: {
      ...REMA_2012,
      note: "0.2 -> 0.4 -> 0.6 mg/kg/h on consecutive days; the clinician chooses the day's rate. The usual rate for the tenfold check is the first day's.",
    },
  },
  duration: { unit: 'h', value: '4', usual: '4', source: REMA_2012 },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: 'withdraw-equal',
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for this regimen: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice.",
    },
  },
  titration: REMA_2012_TITRATION,
  schedule: {
    sessions: 3,
    description:
      'Consecutive days at 0.2, 0.4 and 0.6 mg/kg/h (the three steps the abstract reports; it calls the course multi-day outpatient and gives no other length)',
    source: REMA_2012,
    pattern: {
      ...dailyPattern(3, REMA_2012, ''),
      source: {
        ...REMA_2012,
        verified: false,
        note: '"Consecutive days" at 0.2, 0.4 and 0.6 mg/kg/h: 3 daily sessions, one per reported step. The abstract calls the course "multi-day outpatient" and gives no length.',
      },
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Escalate by 0.2 mg/kg/h a day (0.2, then 0.4, then 0.6 mg/kg/h). No haemodynamic difference between the steps; 0.6 mg/kg/h gave more NRS reduction.',
      source: REMA_2012,
    },
    {
      kind: 'precaution',
      text: 'Use immediately after dilution.',
      source: KETAMINE_LABEL,
    },
  ],
  source: REMA_2012,
} as const satisfies Protocol;
