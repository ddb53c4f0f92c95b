/**
 * Product codes (US NDC, labeler-product, as the openFDA records in the reference give them), each
 * with its source. Only codes the reference ties to one catalogue product are here: the magnesium
 * sulfate NDCs (0409-2168; 63323-106, 63323-108, 25021-612, 70121-1719) are listed in the reference
 * without saying which vial size or premix each one is, so no magnesium product carries a code; the
 * ketamine 50 mg/mL and lidocaine 2% products have no NDC in the reference and carry none. The
 * reference gives no RxNorm concept for any agent.
 */
import type { ProductCode } from '../catalogue/types.js';

const NDC = 'http://hl7.org/fhir/sid/ndc';

const ndc = (code: string, row: string, what: string): ProductCode => ({
  system: NDC,
  code,
  source: { citation: `openFDA NDC ${code} (${what}), as listed in the reference data (${row})`, grade: 'label', verified: true },
});

/** Ketamine 100 mg/mL, 5 mL vial. */
export const KETAMINE_100_5_CODES: readonly ProductCode[] = [ndc('0409-2051', 'ketamine, commercial vials', 'ketamine 100 mg/mL x 5 mL')];
/** Ketamine 10 mg/mL, 20 mL vial: Ketalar and a second labeler, the same strength and size. */
export const KETAMINE_10_20_CODES: readonly ProductCode[] = [
  ndc('42023-113', 'ketamine, commercial vials', 'Ketalar 10 mg/mL x 20 mL'),
  ndc('55150-438', 'ketamine, commercial vials', 'ketamine 10 mg/mL x 20 mL'),
];
/** Lidocaine 0.4% (4 mg/mL) in D5W, 500 mL premix. */
export const LIDOCAINE_4_500_CODES: readonly ProductCode[] = [ndc('0338-0409', 'lidocaine, vial / premix concentrations', 'lidocaine 4 mg/mL x 500 mL premix')];
/** Lidocaine 0.8% (8 mg/mL) in D5W, 250 mL premix. */
export const LIDOCAINE_8_250_CODES: readonly ProductCode[] = [
  ndc('51662-1657', 'lidocaine, vial / premix concentrations', 'lidocaine 8 mg/mL x 250 mL premix'),
];
/** Lidocaine 1% (10 mg/mL). */
export const LIDOCAINE_10_CODES: readonly ProductCode[] = [ndc('0404-9888', 'lidocaine, vial / premix concentrations', 'lidocaine 10 mg/mL')];
/** Privigen 10%, 40 g in 400 mL. */
export const PRIVIGEN_40_CODES: readonly ProductCode[] = [ndc('44206-439', 'IVIG, concentrations', 'Privigen 40 g/400 mL')];
/** Pamidronate 3 mg/mL, 10 mL vial. */
export const PAMIDRONATE_3_CODES: readonly ProductCode[] = [ndc('61703-324', 'pamidronate, vials', 'pamidronate 3 mg/mL x 10 mL')];
/** Pamidronate 9 mg/mL, 10 mL vial. */
export const PAMIDRONATE_9_CODES: readonly ProductCode[] = [ndc('67457-446', 'pamidronate, vials', 'pamidronate 9 mg/mL x 10 mL')];
