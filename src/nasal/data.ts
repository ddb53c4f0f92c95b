/**
 * Intranasal ketamine: the cited facts the nasal-spray bridging calculator plans against.
 *
 * The project's reference (shared/reference/clinical-dosing.md section 10) records only that
 * clinics offer compounded intranasal ketamine between infusions (clinic page 000, Ainsworth
 * Institute; clinic page 001, Florida Spine Institute); it has no numbers for it. Every number
 * below was found in a public source and is quoted in the record's `note`. Where no source gave a
 * number, there is no record: the calculator asks the clinician for it (see
 * {@link NASAL_UNSOURCED}).
 *
 * Compounded racemic ketamine nasal spray is not an FDA-approved product and has no approved
 * dosing regimen; esketamine (Spravato) is a different drug (the S-enantiomer) and its label is
 * quoted here only for its device facts and as context, never converted into a racemic dose.
 */
import type { DataQuantity, Limit, Source } from '../catalogue/types.js';

/** Version of this data set; echoed in every nasal-spray plan. */
export const NASAL_DATA_VERSION = '0.1.0';

// ---------------------------------------------------------------------------------------------
// Sources

/** The clinic page that motivates the calculator (no numbers). */
export const AINSWORTH_CLINIC_PAGE = {
  citation:
    'Ainsworth Institute of Pain Management, "Ketamine Infusion Therapy" page (shared/reference/clinic-pages/000_1a2f30b574aa0e16.txt; reference section 10)',
  grade: 'weak',
  verified: true,
  note: 'Quote: "The medication is made by a specialty pharmacy upon request from your doctor ... when used in conjunction with IV ketamine infusions, one can improve their pain control in the interim between their infusions". Gives no concentration, dose or device.',
} as const satisfies Source;

/** Spravato (esketamine) device facts, as listed in openFDA. */
export const SPRAVATO_NDC = {
  citation: 'openFDA NDC record 50458-028, Spravato (esketamine hydrochloride) nasal spray, Janssen (api.fda.gov/drug/ndc.json?search=product_ndc:"50458-028")',
  grade: 'label',
  verified: true,
  note: 'Quote: strength "28 mg/.2mL"; packaging ".2 mL in 1 VIAL, SINGLE-USE"; kits of 2 or 3 devices.',
} as const satisfies Source;

/** Spravato dosing and administration, as stated by the manufacturer's prescriber site. */
export const SPRAVATO_DOSING = {
  citation:
    'SPRAVATO (esketamine) Prescribing Information, Janssen, as summarised on spravatohcp.com/dosing-and-administration (cites PI July 2020); Mayo Clinic drug page esketamine (nasal route), proper use',
  grade: 'label',
  verified: true,
  note: 'Quotes (spravatohcp.com): "The Day 1 starting dose of SPRAVATO is 56 mg (2 devices)." "Each single-use device contains 2 sprays, 1 spray for each nostril." "Wait 5 minutes after each device to allow medication to absorb." "For patients requiring an 84-mg dose ... use 3 devices." "patients must be monitored by a healthcare professional for at least 2 hours following each treatment". Read through the manufacturer site and Mayo Clinic, not the PI PDF itself.',
} as const satisfies Source;

/** FDA's 2022 alert on compounded ketamine nasal spray. */
export const FDA_COMPOUNDED_KETAMINE_NASAL_2022 = {
  citation:
    'FDA, "FDA alerts health care professionals of potential risks associated with compounded ketamine nasal spray" (Feb 2022), as reproduced by the Hong Kong Drug Office (drugoffice.gov.hk, 2022-02-17) and summarised by Lachman Consultants (2022-02)',
  grade: 'secondary',
  verified: true,
  note: 'Quotes (Drug Office reproduction): "The reported concentrations of compounded ketamine nasal spray ranged from 125 to 200 mg/ml. Frequency of use varied from three sprays three times a day to six sprays eight times a day. The amount of medication administered to the patients with each spray is unknown." "There is no FDA-approved ketamine nasa[l spray]". Lachman: FDA "has not been able to determine the difference in quantity delivered by the off-the-shelf nasal spray bottles that are being used in pharmacy compounding settings." The FDA page itself was not read.',
} as const satisfies Source;

/** Lapidus 2014: the randomised trial of a single 50 mg intranasal racemic ketamine dose. */
export const LAPIDUS_2014 = {
  citation:
    'Lapidus KAB et al., "A Randomized Controlled Trial of Intranasal Ketamine in Major Depressive Disorder", Biol Psychiatry 2014;76(12):970-976 (PMC4185009)',
  grade: 'RCT',
  verified: true,
  note: 'Quote (abstract): "18 completed two treatment days with intranasal ketamine hydrochloride (50 mg) or saline solution in a randomized, double-blind, crossover study." The per-spray amount and device in the methods were not read, so no per-spray figure is taken from this trial.',
} as const satisfies Source;

/** Loo/Galvez 2018: repeated 100 mg intranasal racemic ketamine, stopped for poor tolerability. */
export const GALVEZ_LOO_2018 = {
  citation:
    'Galvez V, Li A, Huggins C, Glue P, Martin D, Somogyi AA, Alonzo A, Rodgers A, Mitchell PB, Loo CK, "Repeated intranasal ketamine for treatment-resistant depression - the way to go? Results from a pilot randomised controlled trial", J Psychopharmacol 2018;32(4):397-407 (PMID 29542371)',
  grade: 'RCT',
  verified: true,
  note: 'Quotes (abstract): "eight treatments of 100 mg ketamine or 4.5 mg midazolam. Each treatment was given as 10 separate IN sprays, self-administered 5 min apart. The study was stopped early due to poor tolerability after five treatment-resistant depressed participants were included." "Significant acute cardiovascular, psychotomimetic and neurological side effects occurred at doses < 100 mg ketamine. No participants were able to self-administer all 10 ketamine sprays due to incoordination". Pilot, n=5. 100 mg in 10 sprays is 10 mg a spray (derived); the concentration and spray volume were not read.',
} as const satisfies Source;

/** Singh et al.: dose-escalation trial of intranasal ketamine in cancer pain (10, 30, 50 mg). */
export const SINGH_CANCER_PAIN_IN = {
  citation:
    'Singh V et al., dose-escalation clinical trial of intranasal ketamine for uncontrolled cancer-related pain (Emory, NCT03146806), as summarised by IASP Pain Research Forum "Papers of the week"',
  grade: 'obs',
  verified: true,
  note: 'Quote: "Each patient received escalating doses of ketamine over four visits, each 2-5 days apart: 10 mg IN at visit 1, 10 mg intravenous (IV) at visit 2, 30 mg IN at visit 3, and 50 mg IN at visit 4." n=10.',
} as const satisfies Source;

/** Carr 2004: intranasal ketamine for breakthrough pain in chronic pain. */
export const CARR_2004 = {
  citation:
    'Carr DB et al., "Safety and efficacy of intranasal ketamine for the treatment of breakthrough pain in patients with chronic pain", Pain 2004;108(1-2):17-27 (PMID 15109503)',
  grade: 'RCT',
  verified: false,
  note: 'Quote (abstract): patients "self-administered up to five doses of intranasal ketamine or placebo at the onset of a spontaneous BTP episode"; "Two BTP episodes at least 48 h apart were treated". [UNVERIFIED] The amount in each of the five doses is in the full text, which was not read, so no mg figure is taken from this trial.',
} as const satisfies Source;

/** Compounding pharmacy product listing (503A): 100 mg/mL in 5 mL and 15 mL bottles. */
export const EMPOWER_KETAMINE_NASAL = {
  citation: 'Empower Pharmacy (503A compounding pharmacy), "Ketamine Nasal Spray" product page (empowerpharmacy.com/compounding-pharmacy/ketamine-nasal-spray)',
  grade: 'weak',
  verified: true,
  note: 'Quote (listing of the same text): "Dosage Strengths Ketamine Nasal Spray (5 mL) 100 mg/mL Ketamine Nasal Spray (15 mL) 100 mg/mL". A vendor page, not a study.',
} as const satisfies Source;

/** Compounding pharmacy formula: ketamine HCl 15% with lidocaine HCl 4% nasal spray. */
export const BAYVIEW_KETAMINE_LIDOCAINE_NASAL = {
  citation: 'Bayview Pharmacy, "Ketamine HCl 15%/Lidocaine HCl 4% Nasal Spray" formula page (bayviewrx.com)',
  grade: 'weak',
  verified: true,
  note: 'Quote: "Ketamine HCl 15%/Lidocaine HCl 4% Nasal Spray ... is a compounded liquid formulation intended for intranasal administration." 15% w/v = 150 mg/mL (derived). A vendor page.',
} as const satisfies Source;

/** Nasal spray pump volumes per actuation and priming, from pump makers' trade pages. */
export const NASAL_PUMP_TRADE_PAGES = {
  citation: 'Nanshan (spray-pump maker) "Quality evaluation: dosage" (nanshansg.com, 2022-07-27); Loyal Food Machines "Nasal spray pump" page',
  grade: 'weak',
  verified: true,
  note: 'Quotes: "The widely applied dosages in pharmaceiutcal sprays include 0.10ml, 0.14ml, 0.07ml and 0.05ml. ... These dosages are tested using pure water. For some viscous liquids, the dosages may be different." "Different pharmacopeia gives the standards of error from +/- 25% to +/- 15%." "Normally priming is 5 to 6 times." Loyal: metered pumps dispense "typically between 45 and 135 microliters". Trade pages, not standards: they show that the volume depends on the pump fitted, so the calculator takes it from the clinician.',
} as const satisfies Source;

/** British Pharmacopoeia monograph for unlicensed ketamine nasal spray. */
export const BP_KETAMINE_NASAL_SPRAY = {
  citation:
    'British Pharmacopoeia 2025 (Ph. Eur. 11.6 update), monograph "Ketamine Nasal Spray" (unlicensed formulations), as reproduced by nhathuocngocanh.com/bp/ketamine-nasal-spray',
  grade: 'standard',
  verified: true,
  note: 'Quotes: "Ketamine Nasal Spray is an aqueous solution of Ketamine Hydrochloride in a suitable container fitted with an appropriate nasal delivery system." "Content of ketamine, C13H16ClNO: 95.0 to 105.0% of the stated amount." "pH, 3.5 to 5.5". Action and use: "Anaesthetic; treatment of chronic pain." Gives no strength, spray volume, dose or shelf life.',
} as const satisfies Source;

/** USP <795> beyond-use dates (pre-2023 text) for water-containing mucosal liquids. */
export const USP_795_BUD_SUMMARY = {
  citation:
    'USP General Chapter <795> (pre-2023 revision) default beyond-use dates, as summarised by a state board handout "Nonsterile compounding: beyond use dates and labeling" (scribd 348362953)',
  grade: 'secondary',
  verified: false,
  note: 'Quote: "Water Containing Topical/Dermal and Mucosal Liquid and Semisolid Formulations: no longer than 30 days or the earliest expiration date of any ingredient used, whichever is shorter, and stored at controlled room temperatures." [UNVERIFIED] Superseded by the 2023 revision of <795>, whose figures were not read; no ketamine-nasal-specific stability study was found. The pharmacy label decides; the calculator does not assume a BUD.',
} as const satisfies Source;

/** Stability of compounded ketamine oral solutions (context only: oral, not nasal). */
export const ANCEDY_2021 = {
  citation:
    'Ancedy D et al., "Stability of 10-mg/mL and 50-mg/mL ketamine oral solutions", Am J Health-Syst Pharm 2021;78(9):825-831 (doi 10.1093/ajhp/zxab066)',
  grade: 'obs',
  verified: true,
  note: 'Quote: "For all solutions tested at each condition, the ketamine concentration remaining was at least 98% of the initial concentration over 90 days of storage" (2-8 C and 22-25 C, amber bottles, flavoured suspending excipient). Oral solutions: chemical stability only, not a nasal BUD.',
} as const satisfies Source;

/** Esketamine is not racemic ketamine. */
export const ESKETAMINE_NOT_RACEMIC = {
  citation: 'Psychiatry Advisor, "FDA: Safety Concerns With Compounded Ketamine Nasal Spray" (2022), summarising the FDA alert',
  grade: 'secondary',
  verified: true,
  note: 'Quote: "Esketamine and racemic ketamine are not the same drug."',
} as const satisfies Source;

// ---------------------------------------------------------------------------------------------
// Devices

/** A nasal spray device with a stated volume per actuation. */
export interface NasalDevice {
  readonly id: string;
  readonly name: string;
  /** The drug in the device (`esketamine` for Spravato); `null` for an empty pump. */
  readonly agent: 'esketamine' | null;
  /** mL delivered by one actuation (spray). */
  readonly actuationVolume: DataQuantity;
  /** Sprays per single-use device, when the device is single-use. */
  readonly spraysPerDevice?: number;
  /** mg of drug per spray, when the device is pre-filled. */
  readonly mgPerSpray?: DataQuantity;
  readonly source: Source;
}

/**
 * Devices whose volume per actuation a source states. None of them is a compounded racemic
 * ketamine bottle, so none is used as a default: the FDA could not determine what off-the-shelf
 * compounding spray bottles deliver, and the trade pages show volumes from 0.05 to 0.14 mL.
 */
export const NASAL_DEVICES = [
  {
    id: 'spravato-28mg-device',
    name: 'Spravato (esketamine) 28 mg single-use nasal spray device',
    agent: 'esketamine',
    // 0.2 mL per device / 2 sprays per device = 0.1 mL per spray (derived).
    actuationVolume: { value: '0.1', unit: 'mL' },
    spraysPerDevice: 2,
    // 28 mg per device / 2 sprays = 14 mg esketamine per spray (derived).
    mgPerSpray: { value: '14', unit: 'mg' },
    source: {
      ...SPRAVATO_NDC,
      grade: 'derived',
      note: `${SPRAVATO_NDC.note} With "Each single-use device contains 2 sprays" (SPRAVATO_DOSING): 0.2 mL / 2 = 0.1 mL and 28 mg / 2 = 14 mg per spray (derived).`,
    },
  },
  {
    id: 'metered-pump-0.1ml',
    name: 'Metered nasal spray pump, 0.1 mL per actuation (nominal, tested with water)',
    agent: null,
    actuationVolume: { value: '0.1', unit: 'mL' },
    source: NASAL_PUMP_TRADE_PAGES,
  },
  {
    id: 'metered-pump-0.14ml',
    name: 'Metered nasal spray pump, 0.14 mL per actuation (nominal, tested with water)',
    agent: null,
    actuationVolume: { value: '0.14', unit: 'mL' },
    source: NASAL_PUMP_TRADE_PAGES,
  },
  {
    id: 'metered-pump-0.07ml',
    name: 'Metered nasal spray pump, 0.07 mL per actuation (nominal, tested with water)',
    agent: null,
    actuationVolume: { value: '0.07', unit: 'mL' },
    source: NASAL_PUMP_TRADE_PAGES,
  },
  {
    id: 'metered-pump-0.05ml',
    name: 'Metered nasal spray pump, 0.05 mL per actuation (nominal, tested with water)',
    agent: null,
    actuationVolume: { value: '0.05', unit: 'mL' },
    source: NASAL_PUMP_TRADE_PAGES,
  },
] as const satisfies readonly NasalDevice[];

// ---------------------------------------------------------------------------------------------
// Reported concentrations

/** A concentration of racemic ketamine nasal spray reported by a source (context, not a rule). */
export interface ReportedConcentration {
  readonly id: string;
  /** Lowest and highest reported, in `unit`; equal for a single strength. */
  readonly min: string;
  readonly max: string;
  readonly unit: 'mg/mL';
  readonly context: string;
  readonly source: Source;
}

/** Concentrations of compounded racemic ketamine nasal spray seen in sources. */
export const NASAL_CONCENTRATIONS = [
  {
    id: 'empower-100mg-ml',
    min: '100',
    max: '100',
    unit: 'mg/mL',
    context: 'Compounding pharmacy listing: 5 mL and 15 mL bottles.',
    source: EMPOWER_KETAMINE_NASAL,
  },
  {
    id: 'bayview-15pct-lidocaine',
    min: '150',
    max: '150',
    unit: 'mg/mL',
    context: 'Compounding pharmacy formula: ketamine HCl 15% (150 mg/mL, derived) with lidocaine HCl 4%.',
    source: BAYVIEW_KETAMINE_LIDOCAINE_NASAL,
  },
  {
    id: 'fda-case-reports-125-200mg-ml',
    min: '125',
    max: '200',
    unit: 'mg/mL',
    context: 'Concentrations in the five FDA adverse-event case reports (2016-2021); not a recommendation.',
    source: FDA_COMPOUNDED_KETAMINE_NASAL_2022,
  },
] as const satisfies readonly ReportedConcentration[];

// ---------------------------------------------------------------------------------------------
// Studied doses (context) and limits (rules)

/** A single intranasal dose a source reports as studied or labelled. */
export interface StudiedDose {
  readonly id: string;
  readonly agent: 'ketamine' | 'esketamine';
  readonly dose: DataQuantity;
  readonly context: string;
  readonly source: Source;
}

/** Intranasal doses per administration found in sources. */
export const NASAL_STUDIED_DOSES = [
  {
    id: 'singh-10mg',
    agent: 'ketamine',
    dose: { value: '10', unit: 'mg' },
    context: 'Cancer pain, visit 1 of an escalation (n=10).',
    source: SINGH_CANCER_PAIN_IN,
  },
  { id: 'singh-30mg', agent: 'ketamine', dose: { value: '30', unit: 'mg' }, context: 'Cancer pain, visit 3 of an escalation.', source: SINGH_CANCER_PAIN_IN },
  {
    id: 'singh-50mg',
    agent: 'ketamine',
    dose: { value: '50', unit: 'mg' },
    context: 'Cancer pain, visit 4 (highest) of an escalation.',
    source: SINGH_CANCER_PAIN_IN,
  },
  { id: 'lapidus-50mg', agent: 'ketamine', dose: { value: '50', unit: 'mg' }, context: 'Depression RCT, single dose (n=18 completers).', source: LAPIDUS_2014 },
  {
    id: 'galvez-loo-100mg',
    agent: 'ketamine',
    dose: { value: '100', unit: 'mg' },
    context: 'Depression pilot RCT, 10 sprays 5 min apart; stopped early for poor tolerability; no participant completed all 10 sprays.',
    source: GALVEZ_LOO_2018,
  },
  {
    id: 'spravato-56mg',
    agent: 'esketamine',
    dose: { value: '56', unit: 'mg' },
    context: 'Esketamine label: starting dose (2 devices), in a certified centre with 2 h monitoring.',
    source: SPRAVATO_DOSING,
  },
  {
    id: 'spravato-84mg',
    agent: 'esketamine',
    dose: { value: '84', unit: 'mg' },
    context: 'Esketamine label: highest dose (3 devices), in a certified centre with 2 h monitoring.',
    source: SPRAVATO_DOSING,
  },
] as const satisfies readonly StudiedDose[];

/**
 * Limits on one intranasal racemic ketamine administration (mg per dose). An upper limit passes
 * when the dose is at or below it.
 *
 * - Soft 50 mg: the highest single racemic intranasal dose given in the trials found (Lapidus
 *   2014, 50 mg; Singh, 50 mg at the last escalation step). Above it needs a reason.
 * - Hard 100 mg: the dose of the only repeated-dose trial, stopped because it could not be
 *   tolerated (side effects below 100 mg; no participant completed the 10 sprays). No source gives
 *   a dose above it, so a plan above it is refused. 100 mg itself still needs an acknowledgement
 *   (it is above the soft limit).
 */
export const NASAL_DOSE_LIMITS = [
  {
    id: 'ketamine-nasal.dose.upper-soft',
    bound: 'upper',
    severity: 'soft',
    value: '50',
    unit: 'mg',
    source: {
      citation: `${LAPIDUS_2014.citation}; ${SINGH_CANCER_PAIN_IN.citation}`,
      grade: 'RCT',
      verified: true,
      note: `Highest single intranasal racemic ketamine dose in the trials found. ${LAPIDUS_2014.note} ${SINGH_CANCER_PAIN_IN.note}`,
    },
  },
  {
    id: 'ketamine-nasal.dose.upper-hard',
    bound: 'upper',
    severity: 'hard',
    value: '100',
    unit: 'mg',
    source: GALVEZ_LOO_2018,
  },
] as const satisfies readonly Limit[];

/**
 * What the sources do not give, so the calculator asks the clinician for it instead of assuming.
 * Each entry names the input that replaces the missing number.
 */
export const NASAL_UNSOURCED = [
  {
    what: 'A maximum daily dose of intranasal racemic ketamine',
    input: 'maxDailyDose',
    why: 'No guideline, label or trial found states one. The trials gave single doses on separate days (Carr 2004 treated episodes at least 48 h apart); the FDA case reports (up to six sprays eight times a day) describe harm, not a limit. The prescriber states the ceiling, and the plan refuses a daily total above it.',
  },
  {
    what: 'The volume one actuation of the dispensed bottle delivers',
    input: 'actuationVolume',
    why: "Compounding pharmacies fit off-the-shelf pumps; trade pages list 0.05, 0.07, 0.10 and 0.14 mL (tested with water), and the FDA could not determine what these bottles deliver. Spravato's 0.1 mL is for a different, single-use device. Take it from the pharmacy label or the pump specification.",
  },
  {
    what: 'The number of priming actuations of the dispensed pump',
    input: 'primingActuations',
    why: 'Only a pump maker\'s trade page ("Normally priming is 5 to 6 times") was found. When not given, the plan counts no priming and says so.',
  },
  {
    what: 'A beyond-use date for compounded ketamine nasal spray',
    input: '(none: read the pharmacy label)',
    why: 'No nasal stability study was found; the pre-2023 USP <795> default for water-containing mucosal liquids (30 days) is superseded. The plan reports days per bottle for the clinician to compare with the label.',
  },
] as const;

/** Notes every nasal-spray plan carries. */
export const NASAL_NOTES = [
  {
    kind: 'precaution',
    text: 'Compounded racemic ketamine nasal spray is not FDA-approved and has no approved dosing regimen; the FDA has received adverse-event reports (dissociation, hallucination, panic, misuse) with home use.',
    source: FDA_COMPOUNDED_KETAMINE_NASAL_2022,
  },
  {
    kind: 'precaution',
    text: 'Esketamine (Spravato) doses and devices are not racemic ketamine doses; this plan never converts between them.',
    source: ESKETAMINE_NOT_RACEMIC,
  },
  {
    kind: 'monitoring',
    text: 'For comparison, the esketamine label requires at least 2 hours of observation after each dose in a certified centre and 5 minutes between devices.',
    source: SPRAVATO_DOSING,
  },
  {
    kind: 'precaution',
    text: "Metered pumps are rated with water; a pump's delivered volume can differ for other liquids and pharmacopoeias allow +/-15 to 25% per actuation. Confirm the pump's volume per actuation with the pharmacy.",
    source: NASAL_PUMP_TRADE_PAGES,
  },
] as const;
