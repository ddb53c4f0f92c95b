/** The built-in catalogue: frozen, versioned, and recorded in every plan it produces. */
import { ketamine } from '../agents/ketamine.js';
import { lidocaine } from '../agents/lidocaine.js';
import { magnesiumSulfate } from '../agents/magnesium-sulfate.js';
import { REFERENCE_BAGS } from '../agents/sources.js';
import { ketamineClinicCourse2x3 } from '../protocols/ketamine-clinic-course-2x3.js';
import { ketamineCrpsSchwartzman2009 } from '../protocols/ketamine-crps-schwartzman-2009.js';
import { ketamineDepressionSanacora2017 } from '../protocols/ketamine-depression-sanacora-2017.js';
import { lidocaineChronicPainRch } from '../protocols/lidocaine-chronic-pain-rch.js';
import { magnesiumCrpsCollins2009 } from '../protocols/magnesium-crps-collins-2009.js';
import { ADULT_PATIENT_LIMITS } from '../patient/limits.js';
import type { Catalogue } from './types.js';
import { deepFreeze } from './validate.js';

/** The catalogue that ships with the library. */
export const BUILTIN_CATALOGUE: Catalogue = deepFreeze({
  id: 'infusion-dose/builtin',
  version: '2026.11.0',
  agents: [ketamine, lidocaine, magnesiumSulfate],
  diluents: [
    {
      id: 'sodium-chloride-0.9',
      name: 'Sodium chloride 0.9% (NS)',
      bagVolumes: ['50', '100', '150', '250', '500', '1000'],
      source: REFERENCE_BAGS,
    },
    {
      id: 'dextrose-5',
      name: 'Dextrose 5% in water (D5W)',
      bagVolumes: ['50', '100', '250', '500', '1000'],
      source: REFERENCE_BAGS,
    },
  ],
  protocols: [
    ketamineCrpsSchwartzman2009,
    ketamineDepressionSanacora2017,
    ketamineClinicCourse2x3,
    magnesiumCrpsCollins2009,
    lidocaineChronicPainRch,
  ],
  patientLimits: ADULT_PATIENT_LIMITS,
});
