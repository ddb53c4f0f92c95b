/**
 * The clinic's own course: two 4-hour weight-based ketamine infusions a week for three weeks.
 * The clinic page gives no dose and no bag volume, so the clinician must supply both.
 */
import type { Protocol } from '../catalogue/types.js';
import { oneADayInterval } from './course-patterns.js';
import { CLINIC_COURSE_TITRATION } from './titration-rules.js';
import { CLINIC_PAGE_000, KETAMINE_LABEL, SCHWARTZMAN_2009 } from '../agents/sources.js';

export const ketamineClinicCourse2x3 = {
  id: 'ketamine-clinic-course-2x3',
  version: '1.0.0',
  name: 'Clinic ketamine course, 2 infusions a week for 3 weeks',
  agent: 'ketamine',
  indication: 'Chronic neuropathic pain (clinic practice)',
  regimen: 'rate-duration',
  rate: {
    unit: 'mg/kg/h',
    // No value: the page says the amount is "based on your individual weight" and gives no number.
    usual: '0.35',
    // The page gives no ceiling either; titration needs one, so the course stops at the state
    // guideline's low-dose infusion ceiling (1 mg/kg/h, PA DoH 2020) and says so.
    max: '1',
    source: {
      ...CLINIC_PAGE_000,
      verified: false,
      note: 'No dose is stated, so the clinician supplies it. The usual dose for the tenfold check is the guideline-graded Schwartzman 0.35 mg/kg/h. The maximum, 1 mg/kg/h, is the Pennsylvania Department of Health low-dose infusion ceiling (2020), borrowed because the page gives none.',
    },
  },
  duration: { unit: 'h', value: '4', usual: '4', source: { ...CLINIC_PAGE_000, note: 'Each infusion lasts approximately 4 hours.' } },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: the page says "mix it with saline in an IV bag" and names no volume.
    additiveVolume: 'withdraw-equal',
    source: {
      ...KETAMINE_LABEL,
      note: 'Saline bag per the clinic page; bag volume from the clinician. Vial per the label dilution rules.',
    },
  },
  titration: CLINIC_COURSE_TITRATION,
  schedule: {
    sessions: 6,
    description: '2 infusions a week for 3 weeks (6 in all), about 4 h each',
    source: CLINIC_PAGE_000,
    pattern: {
      kind: 'twice-weekly',
      weeks: 3,
      minIntervalHours: 24,
      source: {
        ...CLINIC_PAGE_000,
        note: '2 infusions a week x 3 weeks (6 in all). The page names no weekdays: the day offsets [0, 3] are the library default and may be changed.',
      },
      minIntervalSource: oneADayInterval(CLINIC_PAGE_000, '"2 a week" fixes only that the two sessions fall on different days.'),
      openEnded: false,
    },
  },
  adjuncts: [
    {
      drug: 'midazolam',
      route: 'IV',
      when: 'before the infusion, for mild sedation and amnesia',
      optional: true,
      source: {
        citation:
          'Restore Orthopedics and Spine Center clinic page (clinic page 003): optional midazolam premedication; benzodiazepine for dysphoria (clinic page 001)',
        grade: 'weak',
        verified: true,
        note: 'No dose is given; the clinician chooses it.',
      },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'The dose should vary with weight, the number of infusions already given and the response to them (titration from history is a later feature of this library).',
      source: CLINIC_PAGE_000,
    },
    {
      kind: 'monitoring',
      text: 'Vital signs monitored throughout the infusion.',
      source: CLINIC_PAGE_000,
    },
  ],
  source: { ...CLINIC_PAGE_000, note: `Dose reference point: ${SCHWARTZMAN_2009.citation}` },
} as const satisfies Protocol;
