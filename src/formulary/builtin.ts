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
import { alendronate } from '../agents/alendronate.js';
import { clodronate } from '../agents/clodronate.js';
import { clonidine } from '../agents/clonidine.js';
import { dexmedetomidine } from '../agents/dexmedetomidine.js';
import { immuneGlobulin } from '../agents/immune-globulin.js';
import { neridronate } from '../agents/neridronate.js';
import { pamidronate } from '../agents/pamidronate.js';
import { zoledronicAcid } from '../agents/zoledronic-acid.js';
import { clonidineIv150300 } from '../protocols/clonidine-iv-150-300.js';
import { dexmedetomidineProceduralLabel } from '../protocols/dexmedetomidine-procedural-label.js';
import { ketamineBoosterGetson } from '../protocols/ketamine-booster-getson.js';
import { ketamineEscalationRema2012 } from '../protocols/ketamine-escalation-rema-2012.js';
import { ketamineKitTankha2025 } from '../protocols/ketamine-kit-tankha-2025.js';
import { ketamineOutpatientGoldberg2005 } from '../protocols/ketamine-outpatient-goldberg-2005.js';
import { ketamineTestInfusionCohen2018 } from '../protocols/ketamine-test-infusion-cohen-2018.js';
import { lidocaine5mgkg40min } from '../protocols/lidocaine-5mgkg-40min.js';
import { lidocainePerioperativeFoo2021 } from '../protocols/lidocaine-perioperative-foo-2021.js';
import { magnesiumPhnBrill2002 } from '../protocols/magnesium-phn-brill-2002.js';
import { magnesiumPhnKim2015 } from '../protocols/magnesium-phn-kim-2015.js';
import { pamidronateCrps3day } from '../protocols/pamidronate-crps-3day.js';
import { pamidronateCrpsCortet1997 } from '../protocols/pamidronate-crps-cortet-1997.js';
import { pamidronateCrpsRobinson2004 } from '../protocols/pamidronate-crps-robinson-2004.js';
import { zoledronicAcid4mgByCrcl } from '../protocols/zoledronic-acid-4mg-by-crcl.js';
import { zoledronicAcidCrps5mg } from '../protocols/zoledronic-acid-crps-5mg.js';
import { ivigCrpsGoebel2010 } from '../protocols/ivig-crps-goebel-2010.js';
import { ivigCrpsLipsGoebel2014 } from '../protocols/ivig-crps-lips-goebel-2014.js';
import { ivigDpnJann2020 } from '../protocols/ivig-dpn-jann-2020.js';
import { ADULT_PATIENT_LIMITS } from '../patient/limits.js';
import { neridronateCrpsVarenna2013 } from '../protocols/neridronate-crps-varenna-2013.js';
import { alendronateCrpsAdami1997 } from '../protocols/alendronate-crps-adami-1997.js';
import { clodronateCrpsVarenna2000 } from '../protocols/clodronate-crps-varenna-2000.js';
import type { Catalogue, Protocol } from '../catalogue/types.js';
import { deepFreeze, markValidated } from './validate.js';

/**
 * The catalogue that ships with the library.
 *
 * Not yet in it, though their records exist: the neridronate, alendronate and clodronate
 * protocols, for which the reference gives no product.
 */
export const BUILTIN_CATALOGUE: Catalogue = markValidated(
  deepFreeze({
    id: 'infusion-dose/builtin',
    version: '2026.11.0',
    agents: [
      ketamine,
      lidocaine,
      magnesiumSulfate,
      dexmedetomidine,
      clonidine,
      immuneGlobulin,
      pamidronate,
      zoledronicAcid,
      neridronate,
      alendronate,
      clodronate,
    ],
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
      clonidineIv150300,
      dexmedetomidineProceduralLabel,
      ketamineBoosterGetson,
      ketamineEscalationRema2012,
      ketamineKitTankha2025,
      ketamineOutpatientGoldberg2005,
      ketamineTestInfusionCohen2018,
      lidocaine5mgkg40min,
      lidocainePerioperativeFoo2021,
      magnesiumPhnBrill2002,
      magnesiumPhnKim2015,
      pamidronateCrps3day,
      pamidronateCrpsCortet1997,
      pamidronateCrpsRobinson2004,
      zoledronicAcid4mgByCrcl,
      zoledronicAcidCrps5mg,
      ivigCrpsGoebel2010,
      ivigCrpsLipsGoebel2014,
      ivigDpnJann2020,
    ],
    patientLimits: ADULT_PATIENT_LIMITS,
  }),
);

/**
 * Protocol records that exist but are not yet in {@link BUILTIN_CATALOGUE}: neridronate,
 * alendronate and clodronate, for which the reference gives no product. Marked pure: the freeze only
 * matters to a reader of this list, so a bundle that never reads it (an app that plans infusions) drops
 * the three records, which nothing else reaches.
 */
export const PROTOCOLS_NOT_IN_CATALOGUE: readonly Protocol[] = /* @__PURE__ */ deepFreeze([
  neridronateCrpsVarenna2013,
  alendronateCrpsAdami1997,
  clodronateCrpsVarenna2000,
]);
