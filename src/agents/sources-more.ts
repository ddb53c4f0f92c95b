/**
 * Source records for the second batch of data: dexmedetomidine, clonidine, immune globulin, the
 * bisphosphonates and the further ketamine, lidocaine and magnesium protocols. Each citation is as
 * given in the project's reference data (shared/reference/clinical-dosing.md); grades follow its key.
 * A source is `verified: false` where the reference marks the value [UNVERIFIED], [CONFLICT] or
 * "[secondary - check]", or where a record had to make a choice the reference does not make.
 */
import type { Source } from '../catalogue/types.js';

// ---------------------------------------------------------------------------------------------
// Ketamine protocols (section 1 and section 8)

export const COHEN_2018_TEST_INFUSION = {
  citation:
    'Cohen SP et al., Reg Anesth Pain Med 2018;43:521-546 (ASRA/AAPM/ASA consensus); the 80 mg figure as quoted in CASA Bulletin of Anesthesiology 2021;8(6):44',
  grade: 'secondary',
  verified: false,
  note: 'The 80 mg over more than 2 h test infusion (grade C) was seen only in a secondary summary; the reference lists the Cohen 2018 full text as not yet checked (gaps, item 1).',
} as const satisfies Source;

export const NOPPERS_VIA_CASA = {
  citation: 'Noppers et al., as quoted in CASA Bulletin of Anesthesiology 2021',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

export const GETSON_PROTOCOL = {
  citation: 'Medscape CRPS answer (Gupta G, 2018, refs 134/137); Power of Pain Foundation page naming Schwartzman & Getson',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

export const GOLDBERG_2005 = {
  citation: 'Goldberg ME et al., Pain Physician 2005;8:175-179',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const REMA_2012 = {
  citation: 'Rema EW et al., AAPM 2012 abstract (empr.com) (NY-Presbyterian daily escalation)',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const TANKHA_2025 = {
  citation: 'Tankha H et al., Reg Anesth Pain Med 2025 (Cleveland Clinic KIT; n=1,034, retrospective)',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Magnesium PHN protocols (section 3, P14)

export const BRILL_2002 = {
  citation: 'Brill 2002, BJA 89:711 (painmuse.org summary)',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

export const KIM_2015 = {
  citation: 'Kim YH 2015, J Clin Anesth (painmuse.org summary)',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Lidocaine protocols (section 2, P16)

export const LIDOCAINE_5MGKG_40MIN_STUDY = {
  citation: 'Neuropathic-pain study indexed at search.bvsalud.org (authors not captured)',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const FOO_2021_SECONDARY = {
  citation: 'droracle.ai summaries citing Foo I et al., Anaesthesia 2021;76:238-250',
  grade: 'secondary',
  verified: false,
  note: 'The reference marks these further Foo 2021 caps [secondary - check against full text].',
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Dexmedetomidine (section 4)

export const DEXMEDETOMIDINE_LABEL = {
  citation: 'Precedex (dexmedetomidine) label (drugs.com; fda.report; GlobalRPh; MIMS)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const DEXMEDETOMIDINE_PREMIX_LABEL = {
  citation: 'Precedex premix label (drugs.com "4ug in 1mL"; prescriberpoint)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const ASHP_S4S_2016 = {
  citation: 'ASHP Standardized concentrations - adult continuous IV infusions v1.01 (Nov 2016), docslib copy',
  grade: 'guideline',
  verified: true,
  note: 'Dexmedetomidine 4 mcg/mL, dosing unit mcg/kg/h, commercially available. The reference notes the S4S list is ASHP-copyrighted; check licensing before shipping it.',
} as const satisfies Source;

export const DEXMEDETOMIDINE_UP_TO_1_5 = {
  citation: 'droracle.ai summary ("some sources allow up to 1.5 mcg/kg/h")',
  grade: 'secondary',
  verified: false,
  note: 'Secondary only: the label range the reference gives extends to about 1 mcg/kg/h.',
} as const satisfies Source;

export const DEXMEDETOMIDINE_CHRONIC_PAIN = {
  citation:
    'Jeon & Jang, Korean J Anesthesiol (ekja.org case report); HCPLive report of an AAN 2013 abstract; Nama 2010, Pain Physician 13:365-368 (cited on clinic page 000)',
  grade: 'obs',
  verified: true,
  note: 'Case reports only (graded [case] in the reference); no dosing standard for chronic pain.',
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Clonidine (section 5)

export const DURACLON_LABEL = {
  citation: 'Duraclon (clonidine injection, epidural) label (drugs.com, druglib, DailyMed mirror)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const CLONIDINE_IV_HOSP = {
  citation: 'Galway University Hospitals IV guide (medinfogalway.ie); Wellington ICU drug manual / LITFL',
  grade: 'hosp',
  verified: true,
} as const satisfies Source;

export const CLONIDINE_DILUENT_CONFLICT = {
  citation: 'Galway University Hospitals IV guide (medinfogalway.ie); Wellington ICU drug manual',
  grade: 'hosp',
  verified: false,
  conflict: 'NS or D5W (Galway); NS only (Wellington) [CONFLICT - minor].',
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Immune globulin (section 6)

export const IVIG_PRODUCTS = {
  citation: 'EU SmPCs (ec.europa.eu); openFDA NDC 44206-439 (Privigen 40 g/400 mL)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const PRIVIGEN_PI = {
  citation: 'Privigen prescribing information (privigen.com / Privigen PI)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const GAMMAGARD_LIQUID_LABEL = {
  citation: 'Gammagard Liquid 10% HCP dosing (gammagard.com)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const GAMUNEX_C_LABEL = {
  citation: 'Gamunex-C label (MIMS Thailand)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const IVIG_5PCT_MONOGRAPH = {
  citation: 'Skyscape RxDrugs monograph (rate ramp for one unnamed 5% IGIV product)',
  grade: 'label',
  verified: false,
  note: 'Graded [label-derived] in the reference, for one 5% product it does not name; it is not attached to Flebogamma DIF 5% or Intratect.',
} as const satisfies Source;

export const IGIV_LABELS = {
  citation: 'IGIV labels (skyscape Bivigam/other monographs; Privigen PI)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const NEWFOUNDLAND_IVIG = {
  citation: 'Newfoundland & Labrador IVIG rate tables NL-IVIG002 (2017)',
  grade: 'hosp',
  verified: true,
} as const satisfies Source;

export const IVIG_PREMEDICATION_CONFLICT = {
  citation: 'droracle.ai pages on IVIG premedication',
  grade: 'secondary',
  verified: false,
  conflict: 'Not routine for IVIG-naive patients (one view); others give acetaminophen 650-1000 mg plus diphenhydramine 25-50 mg 30-60 min before.',
} as const satisfies Source;

export const NBA_BLOODSTAR = {
  citation: 'Australian National Blood Authority BloodSTAR (nba.gov.au): dose-determining weight',
  grade: 'guideline',
  verified: true,
  note: 'Dose-determining weight = IBW + 0.4 x (actual - IBW), used at clinician discretion, mainly in obesity. The UK 2007 guideline recommended adjusted weight but dropped it in the 2008/2011 updates; AAAAI: no definitive evidence.',
} as const satisfies Source;

export const ASCIA_WHOLE_VIALS = {
  citation: 'ASCIA guideline (round IVIG doses to whole vials); UbaCare order form (nearest 5 g vial) [weak]',
  grade: 'guideline',
  verified: true,
  note: 'The reference does not say which way to round; the only direction given is "nearest" (a commercial order form, graded weak).',
} as const satisfies Source;

export const IVIG_ROUNDING_TOLERANCE = {
  citation:
    'Australian National Blood Authority BloodSTAR / ASCIA guidance on rounding IVIG doses to the nearest vial, commonly quoted as within 10% of the prescribed dose (borrowed; not in the reference)',
  grade: 'guideline',
  verified: false,
  note: 'The reference says only "round doses to whole vials" (ASCIA) and "nearest 5 g vial" (a commercial order form, weak); it gives no tolerance. The 10% figure is borrowed from the commonly quoted NBA/ASCIA practice of rounding to the nearest vial within 10% and is not verified against the source text. Rounding further than 10% from the order needs an acknowledgement; twice the order or more, or half or less, is refused by the planner whatever the tolerance.',
} as const satisfies Source;

export const IVIG_VIAL_FAMILY = {
  citation: 'EU SmPCs (ec.europa.eu); openFDA NDC 44206-439 (Privigen 40 g/400 mL); ASCIA guideline (round IVIG doses to whole vials)',
  grade: 'label',
  verified: false,
  note: "The reference lists each product's vial sizes (Privigen 2.5/5/10/20/40 g; Flebogamma DIF 5% 0.5-20 g) and says to round doses to whole vials; it does not say in words that sizes of one product may be combined in one dose. Combining vials of the same product and strength is taken as allowed (a dose rounded to whole vials is made of the sizes stocked), so this is marked unverified.",
} as const satisfies Source;

export const GOEBEL_2010 = {
  citation: 'Goebel A et al., Ann Intern Med 2010;152:152-158; dose split per review quoted on healthrising.org and PMC7669498 table',
  grade: 'RCT',
  verified: true,
  note: '0.5 g/kg total is the trial dose; the split into 0.25 g/kg on each of 2 days is from secondary summaries.',
} as const satisfies Source;

export const GOEBEL_LIPS = {
  citation: 'Goebel A et al., Trials 2014;15:404 (LIPS protocol) and Ann Intern Med 2017 (result per PMC7669498 table)',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

export const IVIG_CONTINUATION = {
  citation: 'Review text quoted on healthrising.org',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

export const JANN_2020 = {
  citation: 'Jann 2020, per PMC7669498 table',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Pamidronate (section 7a)

export const PAMIDRONATE_LABEL = {
  citation: 'Pamidronate label (Medscape Aredia monograph; skyscape)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const PAMIDRONATE_PRODUCTS = {
  citation: 'Medscape Aredia monograph; openFDA NDC 61703-324 (3 mg/mL x 10 mL), 67457-446 (9 mg/mL x 10 mL)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const PAMIDRONATE_DILUENT_LABEL = {
  citation: 'Pamidronate label via droracle.ai',
  grade: 'label',
  verified: true,
  note: 'Graded [label/secondary] in the reference: label text seen through a secondary page. Dilute in 250-500 mL NS, 0.45% NaCl or D5W; separate line.',
} as const satisfies Source;

export const PAMIDRONATE_CALCIUM_UNVERIFIED = {
  citation: 'CHEO zoledronic acid IV monograph (outreach.cheo.on.ca); pamidronate label knowledge',
  grade: 'hosp',
  verified: false,
  note: 'The reference states this for zoledronic acid (CHEO); for pamidronate it is from label knowledge and [UNVERIFIED in retrieved text].',
} as const satisfies Source;

export const PAMIDRONATE_RENAL_SECONDARY = {
  citation: 'droracle.ai summary of the pamidronate label (severe renal impairment)',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

export const ROBINSON_2004 = {
  citation: 'Robinson JN et al., Pain Med 2004;5:276-280',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

export const KUBALEK_2001 = {
  citation: 'Kubalek I et al., Rheumatology 2001;40:1394-1397',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const CORTET_1997 = {
  citation: 'Cortet B et al., Clin Rheumatol 1997;16:51-56',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const SOHN_2008 = {
  citation: 'Sohn MK et al., J Korean Acad Rehabil Med 2008;32:651-656',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Zoledronic acid (section 7b)

export const ZOLEDRONIC_ACID_PRODUCTS = {
  citation: 'EU SmPC (Mylan zoledronic acid 4 mg/5 mL); Zometa SmPC; PDR Reclast',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const ZOLEDRONIC_ACID_LABEL = {
  citation: 'Pfizer zoledronic acid label, sections 2.1 and 2.6',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const ZOMETA_CRCL_TABLE = {
  citation: 'Zometa SmPC (120ty.net copy); Aapro 2008 table (PMC3459591)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const RECLAST_PI = {
  citation: 'Reclast prescribing information (cancertherapyadvisor; droracle)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const CHEO_ZOLEDRONIC_ACID = {
  citation: 'CHEO IV drug manual, zoledronic acid monograph (outreach.cheo.on.ca)',
  grade: 'hosp',
  verified: true,
} as const satisfies Source;

export const ZOLEDRONIC_ACID_CRPS_TRIAL = {
  citation: 'NCT01788176 (Sao Paulo; status unknown), via clinicaltrialexchange',
  grade: 'RCT',
  verified: true,
  note: 'A trial registration, not a published result.',
} as const satisfies Source;

export const FERRARO_META_ANALYSIS = {
  citation: 'Ferraro MC et al., Ann Intern Med (2025/26 meta-analysis; 11 RCTs, 754 participants; searched to Sep 2025)',
  grade: 'review',
  verified: true,
  note: 'Bisphosphonates in CRPS: low-certainty short-term benefit (pain MD -10/100 at >4 wk-3 mo); little or no difference at 4 wk or less and at 3-6 mo.',
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Neridronate, alendronate, clodronate (sections 7c, 7d)

export const VARENNA_2013 = {
  citation: 'Varenna M et al., Rheumatology 2013;52:534-542, as summarized by Resmini G et al., Clin Cases Miner Bone Metab 2015',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

export const NERIDRONATE_ADMINISTRATION_UNVERIFIED = {
  citation: 'Reference data, neridronate interval, diluent and duration (no source named)',
  grade: 'weak',
  verified: false,
  note: '[UNVERIFIED] Often given as 100 mg every 3 days (days 1, 4, 7, 10) in 500 mL NS over 2 h.',
} as const satisfies Source;

export const NERIDRONATE_AVAILABILITY = {
  citation: 'Faggiani M et al., Acta Biomed; clinic page 000',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const ADAMI_1997 = {
  citation: 'Adami S et al., Ann Rheum Dis 1997;56:201-204',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

export const VARENNA_2000 = {
  citation: 'Varenna M et al., J Rheumatol 2000;27:1477-1483',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;
