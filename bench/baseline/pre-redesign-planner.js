// @ts-nocheck
/* eslint-disable */
// A frozen copy of the planner as it stood at commit 57ad7d0 (the public API of src/index.ts, bundled
// with esbuild, decimal.js and zod left as imports), kept while the planner is redesigned so that the
// differential test can require the same output from the new code. Delete it when the migration is
// done. Made with:
//   npx esbuild src/index.ts --bundle --format=esm --platform=neutral --external:decimal.js --external:zod --outfile=tests/differential/frozen-planner.js
// src/decimal/index.ts
import DecimalJs from "decimal.js";
var Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15
});
var ROUNDING_MODES = ["halfExpand", "halfEven", "trunc", "ceil", "floor"];
var MODE_TO_DECIMAL = {
  halfExpand: DecimalJs.ROUND_HALF_UP,
  halfEven: DecimalJs.ROUND_HALF_EVEN,
  trunc: DecimalJs.ROUND_DOWN,
  ceil: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR
};
var PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
function readDecimal(raw) {
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return { ok: false, problem: "not_a_number" };
    if (!Number.isFinite(raw)) return { ok: false, problem: "not_finite" };
    return { ok: true, value: new Dec(Object.is(raw, -0) ? 0 : raw) };
  }
  if (typeof raw === "string") {
    if (raw.length === 0) return { ok: false, problem: "empty_string" };
    if (!PLAIN_DECIMAL.test(raw)) return { ok: false, problem: "not_plain_decimal" };
    return { ok: true, value: new Dec(raw) };
  }
  return { ok: false, problem: "not_a_number" };
}
function dec(literal3) {
  return new Dec(literal3);
}
function roundToIncrement(x, increment, mode) {
  return x.div(increment).toDecimalPlaces(0, MODE_TO_DECIMAL[mode]).mul(increment);
}
var REPORT_DECIMALS = 6;
function toPlainString(x) {
  const rounded = x.toDecimalPlaces(REPORT_DECIMALS, DecimalJs.ROUND_HALF_UP);
  if (rounded.isZero()) return "0";
  return rounded.toFixed();
}
function minDec(a, b) {
  return a.lte(b) ? a : b;
}
function maxDec(a, b) {
  return a.gte(b) ? a : b;
}

// src/agents/sources.ts
var KETAMINE_LABEL = {
  citation: "Ketamine HCl injection label (Pfizer medical information; ASHP Handbook on Injectable Drugs); openFDA NDC 0409-2051, 42023-113, 55150-438",
  grade: "label",
  verified: true
};
var PA_LOW_DOSE_KETAMINE = {
  citation: "Pennsylvania Dept of Health, Guidelines for Safe Administration of Low-Dose Ketamine (rev. 2020)",
  grade: "guideline",
  verified: true,
  note: "Low dose: infusions no higher than 1 mg/kg/h, boluses no higher than 0.5 mg/kg."
};
var SCHWARTZMAN_2009 = {
  citation: "Schwartzman RJ et al., Pain 2009;147:107-115; NCT00579085",
  grade: "RCT",
  verified: true
};
var SANACORA_2017 = {
  citation: "Sanacora G et al., JAMA Psychiatry 2017 (APA Council of Research Task Force consensus)",
  grade: "guideline",
  verified: true
};
var ANDRADE_2017 = {
  citation: "Andrade C, J Clin Psychiatry 2017;78(7):e852-e857",
  grade: "review",
  verified: true
};
var COHEN_2018 = {
  citation: "Cohen SP et al., Reg Anesth Pain Med 2018;43:521-546 (ASRA/AAPM/ASA consensus)",
  grade: "guideline",
  verified: true
};
var CLINIC_PAGE_000 = {
  citation: "Ainsworth Institute of Pain Management, Ketamine Infusion Therapy page (clinic page 000)",
  grade: "weak",
  verified: true
};
var RCH_LIDOCAINE = {
  citation: "Royal Children's Hospital Melbourne, IV lignocaine (lidocaine) infusion for chronic pain (rch.org.au/anaes/pain_management)",
  grade: "hosp",
  verified: true
};
var FOO_2021 = {
  citation: "Foo I et al., Anaesthesia 2021;76:238-250 (international consensus on IV lidocaine)",
  grade: "guideline",
  verified: true
};
var XYLOCAINE_LABEL = {
  citation: "Xylocaine IV label (druglib.com)",
  grade: "label",
  verified: false,
  conflict: "The antiarrhythmic label says no more than 200-300 mg in any 1 h; the RCH chronic-pain range (40-75 mcg/kg/min) exceeds 300 mg/h above about 67 kg."
};
var LIDOCAINE_HIGH_RATE = {
  citation: "Tertiary Care Clinical Experience with IV Lidocaine Infusions, Pain Med (PMID 29016948): first challenge 1,000 mg/h for up to 30 min",
  grade: "obs",
  verified: true
};
var LIDOCAINE_PRODUCTS = {
  citation: "openFDA NDC 0338-0409 (4 mg/mL x 500 mL), 51662-1657 (8 mg/mL x 250 mL), 0404-9888 (10 mg/mL); CHEO IV monograph",
  grade: "label",
  verified: true
};
var CHEO_LIDOCAINE = {
  citation: "CHEO IV drug manual (outreach.cheo.on.ca)",
  grade: "hosp",
  verified: true
};
var MAGNESIUM_LABEL = {
  citation: "Magnesium sulfate 50% injection label (ASHP Handbook on Injectable Drugs; openFDA NDC 0409-2168)",
  grade: "label",
  verified: true
};
var MAGNESIUM_PREMIX = {
  citation: "Handbook on Injectable Drugs; openFDA NDC 63323-106, 63323-108, 25021-612, 70121-1719",
  grade: "label",
  verified: true
};
var COLLINS_2009 = {
  citation: "Collins S et al., Pain Med 2009;10:930-940; Fischer SGL et al., Pain Med 2013;14:1388-1399",
  grade: "RCT",
  verified: true
};
var PRECEDEX_LABEL = {
  citation: "Precedex (dexmedetomidine) label (MIMS)",
  grade: "label",
  verified: true
};
var REFERENCE_BAGS = {
  citation: "Bag volumes named in the reference data: 100 mL NS (Collins 2009; Schwartzman 2009), 150 mL NS (lidocaine 5 mg/kg/40 min study), 250 and 500 mL (ketamine label dilutions), 1000 mL (magnesium premix)",
  grade: "label",
  verified: true
};

// src/agents/ketamine.ts
var ketamine = {
  id: "ketamine",
  name: "Ketamine hydrochloride (racemic)",
  massUnit: "mg",
  controlledSubstance: "US schedule CIII",
  weight: {
    basis: "actual",
    reason: "Ketamine trials dosed by total body weight; no guideline names another weight (one small study supported actual weight).",
    source: {
      citation: "Reference data, ketamine weight basis: Kwasna J et al., preprint 2024 (doi 10.21203/rs.3.rs-4619443/v1); BMI cohort n=230",
      grade: "obs",
      verified: false,
      note: "No authoritative rule exists for ketamine; the reference marks this [No authoritative rule]."
    }
  },
  products: [
    {
      id: "ketamine-10mg-ml-20ml",
      agent: "ketamine",
      name: "Ketamine 10 mg/mL, 20 mL multi-dose vial",
      form: "vial",
      strength: { value: "10", unit: "mg/mL" },
      volume: { value: "20", unit: "mL" },
      multiDose: true,
      dilution: "not-recommended",
      source: KETAMINE_LABEL
    },
    {
      id: "ketamine-50mg-ml-10ml",
      agent: "ketamine",
      name: "Ketamine 50 mg/mL, 10 mL vial",
      form: "vial",
      strength: { value: "50", unit: "mg/mL" },
      volume: { value: "10", unit: "mL" },
      multiDose: false,
      dilution: "allowed",
      source: {
        ...KETAMINE_LABEL,
        verified: false,
        note: "[UNVERIFIED] The reference does not say whether this vial is multi-dose; it is treated as single-use so any remainder is reported as waste."
      }
    },
    {
      id: "ketamine-100mg-ml-5ml",
      agent: "ketamine",
      name: "Ketamine 100 mg/mL, 5 mL vial",
      form: "vial",
      strength: { value: "100", unit: "mg/mL" },
      volume: { value: "5", unit: "mL" },
      multiDose: false,
      dilution: "required",
      source: {
        ...KETAMINE_LABEL,
        verified: false,
        note: "[UNVERIFIED] The reference does not say whether this vial is multi-dose; it is treated as single-use so any remainder is reported as waste."
      }
    }
  ],
  diluents: [
    { id: "sodium-chloride-0.9", source: KETAMINE_LABEL },
    { id: "dextrose-5", source: KETAMINE_LABEL }
  ],
  limits: [
    {
      id: "ketamine.dose-rate-per-kg.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "1",
      unit: "mg/kg/h",
      source: PA_LOW_DOSE_KETAMINE
    },
    {
      id: "ketamine.session-dose-per-kg.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "4.5",
      unit: "mg/kg",
      source: {
        ...KETAMINE_LABEL,
        grade: "derived",
        note: "The top of the label IV induction range (1 to 4.5 mg/kg) is taken as the most a sub-anaesthetic outpatient session may ever deliver."
      }
    }
  ],
  notes: [
    {
      kind: "incompatibility",
      text: "Do not mix diazepam or barbiturates in the same container (precipitate).",
      source: KETAMINE_LABEL
    },
    {
      kind: "precaution",
      text: "The 100 mg/mL strength must be diluted before IV use; the 10 mg/mL strength should not be diluted. Use immediately after dilution.",
      source: KETAMINE_LABEL
    },
    {
      kind: "contraindication",
      text: "Poorly controlled cardiovascular disease; some poorly controlled psychoses; severe hepatic impairment; raised intracranial or intraocular pressure (do not use, or lower doses with extreme caution); no serial infusions with active substance abuse.",
      source: COHEN_2018
    },
    {
      kind: "monitoring",
      text: "Continuous ECG, pulse oximetry, NIBP every 15 min; recovery on site; discharge only with a responsible adult.",
      source: {
        citation: "Goldberg ME et al., Pain Physician 2005;8:175-179; ketamine label",
        grade: "obs",
        verified: true
      }
    }
  ],
  requirements: [
    {
      id: "escort",
      text: "An adult to take the patient home: outpatients leave only with a responsible adult, and no driving.",
      source: { ...KETAMINE_LABEL, note: "Label warning; also clinic pages 001 and 004." }
    },
    {
      id: "fasting",
      text: "Fast for at least 8 hours before the infusion (vomiting and aspiration are possible).",
      hours: "8",
      source: {
        citation: "Clinic page 004 (fast at least 8 hours); ketamine label (follow NPO guidance)",
        grade: "weak",
        verified: true,
        note: "The label asks for NPO guidance without a number; the 8 h comes from a clinic page."
      }
    }
  ],
  source: KETAMINE_LABEL
};

// src/agents/lidocaine.ts
var lidocaine = {
  id: "lidocaine",
  name: "Lidocaine hydrochloride (preservative-free, for IV use)",
  massUnit: "mg",
  weight: {
    basis: "ideal",
    reason: "The international consensus on IV lidocaine doses by ideal body weight (Devine), and actual weight when that is lower.",
    source: FOO_2021
  },
  products: [
    {
      id: "lidocaine-20mg-ml",
      agent: "lidocaine",
      name: "Lidocaine 2% (20 mg/mL), preservative-free",
      form: "ampoule",
      strength: { value: "20", unit: "mg/mL" },
      multiDose: false,
      dilution: "allowed",
      source: {
        ...LIDOCAINE_PRODUCTS,
        note: "The reference gives no container volume for the 1% and 2% products, so containers are not counted for them."
      }
    },
    {
      id: "lidocaine-10mg-ml",
      agent: "lidocaine",
      name: "Lidocaine 1% (10 mg/mL), preservative-free",
      form: "vial",
      strength: { value: "10", unit: "mg/mL" },
      multiDose: false,
      dilution: "allowed",
      source: LIDOCAINE_PRODUCTS
    },
    {
      id: "lidocaine-4mg-ml-premix-500ml",
      agent: "lidocaine",
      name: "Lidocaine 0.4% (4 mg/mL) in D5W, 500 mL premix",
      form: "premix",
      strength: { value: "4", unit: "mg/mL" },
      volume: { value: "500", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: LIDOCAINE_PRODUCTS
    },
    {
      id: "lidocaine-8mg-ml-premix-250ml",
      agent: "lidocaine",
      name: "Lidocaine 0.8% (8 mg/mL) in D5W, 250 mL premix",
      form: "premix",
      strength: { value: "8", unit: "mg/mL" },
      volume: { value: "250", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: LIDOCAINE_PRODUCTS
    }
  ],
  diluents: [
    { id: "sodium-chloride-0.9", source: CHEO_LIDOCAINE },
    { id: "dextrose-5", source: CHEO_LIDOCAINE }
  ],
  limits: [
    {
      id: "lidocaine.session-dose.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "500",
      unit: "mg",
      source: RCH_LIDOCAINE
    },
    {
      id: "lidocaine.session-dose-per-kg.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "7.5",
      unit: "mg/kg",
      source: RCH_LIDOCAINE
    },
    {
      id: "lidocaine.dose-rate-per-kg.upper-soft",
      // RCH's maintenance range; a protocol's loading dose has its own range on the protocol.
      appliesTo: "maintenance",
      bound: "upper",
      severity: "soft",
      value: "75",
      unit: "ug/kg/min",
      source: RCH_LIDOCAINE
    },
    {
      id: "lidocaine.dose-rate.upper-soft",
      // Mass in any one hour: a 10-min loading dose at a higher instantaneous rate does not break it alone.
      appliesTo: "maintenance",
      bound: "upper",
      severity: "soft",
      value: "300",
      unit: "mg/h",
      source: XYLOCAINE_LABEL
    },
    {
      id: "lidocaine.dose-rate.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "1000",
      unit: "mg/h",
      source: {
        ...LIDOCAINE_HIGH_RATE,
        grade: "derived",
        note: "The highest rate any protocol in the reference used (1,000 mg/h challenge, stopped by 30 min)."
      }
    },
    {
      id: "lidocaine.concentration.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "20",
      unit: "mg/mL",
      source: {
        ...LIDOCAINE_PRODUCTS,
        grade: "derived",
        note: "The strongest preservative-free IV product in the reference is 2% (20 mg/mL); nothing stronger can be made from it."
      }
    }
  ],
  notes: [
    {
      kind: "incompatibility",
      text: "Incompatible with phenytoin and thiopental. Do not give IV products that contain preservative or epinephrine.",
      source: CHEO_LIDOCAINE
    },
    {
      kind: "contraindication",
      text: "No monitored area; amide local-anaesthetic allergy; concurrent local anaesthetic by another route; arrhythmia or conduction block, pacemaker, other antiarrhythmics; cardiovascular instability; severe renal or hepatic impairment; reduced consciousness or seizure disorder; pregnancy.",
      source: RCH_LIDOCAINE
    },
    {
      kind: "monitoring",
      text: "12-lead ECG on file within 6 months. BP, HR, SpO2, pain and sedation hourly; watch for perioral numbness, metallic taste, tinnitus, dizziness, visual change, seizures, arrhythmia.",
      source: {
        citation: "UW Health Nursing Policy 10.18AP (2015); Hunter Pain Specialists infusion guideline",
        grade: "hosp",
        verified: true
      }
    },
    {
      kind: "precaution",
      text: "No IV lidocaine within 4 h of a nerve block, and no block until 4 h after stopping.",
      source: FOO_2021
    }
  ],
  requirements: [
    {
      id: "ecg",
      text: "A 12-lead ECG on file from within the last 6 months.",
      source: { citation: "UW Health Nursing Policy 10.18AP (2015)", grade: "hosp", verified: true }
    }
  ],
  source: RCH_LIDOCAINE
};

// src/agents/magnesium-sulfate.ts
var vial = (mL) => ({
  id: `magnesium-sulfate-500mg-ml-${mL}ml`,
  agent: "magnesium-sulfate",
  name: `Magnesium sulfate 50% (500 mg/mL), ${mL} mL single-use vial`,
  form: "vial",
  strength: { value: "500", unit: "mg/mL" },
  volume: { value: mL, unit: "mL" },
  multiDose: false,
  dilution: "required",
  source: MAGNESIUM_LABEL
});
var magnesiumSulfate = {
  id: "magnesium-sulfate",
  name: "Magnesium sulfate (MgSO4.7H2O)",
  // Doses are written in grams, as the label writes them.
  massUnit: "g",
  weight: {
    basis: "actual",
    reason: "The magnesium trials state mg/kg without naming a weight; actual weight is presumed.",
    source: {
      ...COLLINS_2009,
      verified: false,
      note: "[UNVERIFIED] The reference marks the weight basis for magnesium as presumed actual weight."
    }
  },
  products: [
    vial("2"),
    vial("10"),
    vial("20"),
    vial("50"),
    {
      id: "magnesium-sulfate-40mg-ml-premix-100ml",
      agent: "magnesium-sulfate",
      name: "Magnesium sulfate 4% (40 mg/mL) in water, 4 g/100 mL premix",
      form: "premix",
      strength: { value: "40", unit: "mg/mL" },
      volume: { value: "100", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: MAGNESIUM_PREMIX
    },
    {
      id: "magnesium-sulfate-10mg-ml-premix-100ml",
      agent: "magnesium-sulfate",
      name: "Magnesium sulfate 1% (10 mg/mL) in D5W, 1 g/100 mL premix",
      form: "premix",
      strength: { value: "10", unit: "mg/mL" },
      volume: { value: "100", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: MAGNESIUM_PREMIX
    }
  ],
  diluents: [
    { id: "sodium-chloride-0.9", source: MAGNESIUM_LABEL },
    { id: "dextrose-5", source: MAGNESIUM_LABEL }
  ],
  limits: [
    {
      id: "magnesium-sulfate.dose-rate.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "150",
      unit: "mg/min",
      source: { ...MAGNESIUM_LABEL, note: "Except severe eclampsia with seizures, which is outside this library." }
    },
    {
      id: "magnesium-sulfate.concentration.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "200",
      unit: "mg/mL",
      source: { ...MAGNESIUM_LABEL, note: "Dilute to 20% (200 mg/mL) or less before IV infusion." }
    },
    {
      id: "magnesium-sulfate.session-dose.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "30",
      unit: "g",
      window: { hours: "24" },
      source: { ...MAGNESIUM_LABEL, note: "Label daily maximum 30-40 g per 24 h." }
    },
    {
      id: "magnesium-sulfate.session-dose.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "40",
      unit: "g",
      window: { hours: "24" },
      source: { ...MAGNESIUM_LABEL, note: "Label daily maximum 30-40 g per 24 h." }
    },
    {
      id: "magnesium-sulfate.session-dose.upper-hard.renal-48h",
      bound: "upper",
      severity: "hard",
      value: "20",
      unit: "g",
      window: { hours: "48" },
      condition: "renal-impairment",
      source: { ...MAGNESIUM_LABEL, note: "Severe renal insufficiency: no more than 20 g in 48 h, with serum magnesium monitoring." }
    },
    {
      id: "magnesium-sulfate.session-dose-per-kg.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "70",
      unit: "mg/kg",
      source: {
        ...COLLINS_2009,
        grade: "derived",
        note: "The highest per-kg session dose of any chronic-pain magnesium regimen in the reference (70 mg/kg over 4 h)."
      }
    }
  ],
  notes: [
    {
      kind: "monitoring",
      text: "Urine output at least 100 mL in the 4 h before each dose; patellar reflex present; respiratory rate at least 16/min; serum Mg; IV calcium gluconate at hand. ECG for conduction block.",
      source: MAGNESIUM_LABEL
    },
    {
      kind: "precaution",
      text: "Severe renal insufficiency: at most 20 g per 48 h, with serum Mg monitoring.",
      source: MAGNESIUM_LABEL
    },
    {
      kind: "compatibility",
      text: "Y-site compatible with dexmedetomidine.",
      source: PRECEDEX_LABEL
    }
  ],
  requirements: [
    {
      id: "ecg",
      text: "An ECG before the infusion to exclude PR prolongation or heart block.",
      source: COLLINS_2009
    }
  ],
  source: MAGNESIUM_LABEL
};

// src/agents/sources-more.ts
var COHEN_2018_TEST_INFUSION = {
  citation: "Cohen SP et al., Reg Anesth Pain Med 2018;43:521-546 (ASRA/AAPM/ASA consensus); the 80 mg figure as quoted in CASA Bulletin of Anesthesiology 2021;8(6):44",
  grade: "secondary",
  verified: false,
  note: "The 80 mg over more than 2 h test infusion (grade C) was seen only in a secondary summary; the reference lists the Cohen 2018 full text as not yet checked (gaps, item 1)."
};
var NOPPERS_VIA_CASA = {
  citation: "Noppers et al., as quoted in CASA Bulletin of Anesthesiology 2021",
  grade: "secondary",
  verified: true
};
var GETSON_PROTOCOL = {
  citation: "Medscape CRPS answer (Gupta G, 2018, refs 134/137); Power of Pain Foundation page naming Schwartzman & Getson",
  grade: "secondary",
  verified: true
};
var GOLDBERG_2005 = {
  citation: "Goldberg ME et al., Pain Physician 2005;8:175-179",
  grade: "obs",
  verified: true
};
var REMA_2012 = {
  citation: "Rema EW et al., AAPM 2012 abstract (empr.com) (NY-Presbyterian daily escalation)",
  grade: "obs",
  verified: true
};
var TANKHA_2025 = {
  citation: "Tankha H et al., Reg Anesth Pain Med 2025 (Cleveland Clinic KIT; n=1,034, retrospective)",
  grade: "obs",
  verified: true
};
var BRILL_2002 = {
  citation: "Brill 2002, BJA 89:711 (painmuse.org summary)",
  grade: "secondary",
  verified: true
};
var KIM_2015 = {
  citation: "Kim YH 2015, J Clin Anesth (painmuse.org summary)",
  grade: "secondary",
  verified: true
};
var LIDOCAINE_5MGKG_40MIN_STUDY = {
  citation: "Neuropathic-pain study indexed at search.bvsalud.org (authors not captured)",
  grade: "obs",
  verified: true
};
var FOO_2021_SECONDARY = {
  citation: "droracle.ai summaries citing Foo I et al., Anaesthesia 2021;76:238-250",
  grade: "secondary",
  verified: false,
  note: "The reference marks these further Foo 2021 caps [secondary - check against full text]."
};
var DEXMEDETOMIDINE_LABEL = {
  citation: "Precedex (dexmedetomidine) label (drugs.com; fda.report; GlobalRPh; MIMS)",
  grade: "label",
  verified: true
};
var DEXMEDETOMIDINE_PREMIX_LABEL = {
  citation: 'Precedex premix label (drugs.com "4ug in 1mL"; prescriberpoint)',
  grade: "label",
  verified: true
};
var ASHP_S4S_2016 = {
  citation: "ASHP Standardized concentrations - adult continuous IV infusions v1.01 (Nov 2016), docslib copy",
  grade: "guideline",
  verified: true,
  note: "Dexmedetomidine 4 mcg/mL, dosing unit mcg/kg/h, commercially available. The reference notes the S4S list is ASHP-copyrighted; check licensing before shipping it."
};
var DEXMEDETOMIDINE_UP_TO_1_5 = {
  citation: 'droracle.ai summary ("some sources allow up to 1.5 mcg/kg/h")',
  grade: "secondary",
  verified: false,
  note: "Secondary only: the label range the reference gives extends to about 1 mcg/kg/h."
};
var DEXMEDETOMIDINE_CHRONIC_PAIN = {
  citation: "Jeon & Jang, Korean J Anesthesiol (ekja.org case report); HCPLive report of an AAN 2013 abstract; Nama 2010, Pain Physician 13:365-368 (cited on clinic page 000)",
  grade: "obs",
  verified: true,
  note: "Case reports only (graded [case] in the reference); no dosing standard for chronic pain."
};
var DURACLON_LABEL = {
  citation: "Duraclon (clonidine injection, epidural) label (drugs.com, druglib, DailyMed mirror)",
  grade: "label",
  verified: true
};
var CLONIDINE_IV_HOSP = {
  citation: "Galway University Hospitals IV guide (medinfogalway.ie); Wellington ICU drug manual / LITFL",
  grade: "hosp",
  verified: true
};
var CLONIDINE_DILUENT_CONFLICT = {
  citation: "Galway University Hospitals IV guide (medinfogalway.ie); Wellington ICU drug manual",
  grade: "hosp",
  verified: false,
  conflict: "NS or D5W (Galway); NS only (Wellington) [CONFLICT - minor]."
};
var IVIG_PRODUCTS = {
  citation: "EU SmPCs (ec.europa.eu); openFDA NDC 44206-439 (Privigen 40 g/400 mL)",
  grade: "label",
  verified: true
};
var PRIVIGEN_PI = {
  citation: "Privigen prescribing information (privigen.com / Privigen PI)",
  grade: "label",
  verified: true
};
var GAMMAGARD_LIQUID_LABEL = {
  citation: "Gammagard Liquid 10% HCP dosing (gammagard.com)",
  grade: "label",
  verified: true
};
var GAMUNEX_C_LABEL = {
  citation: "Gamunex-C label (MIMS Thailand)",
  grade: "label",
  verified: true
};
var IVIG_5PCT_MONOGRAPH = {
  citation: "Skyscape RxDrugs monograph (rate ramp for one unnamed 5% IGIV product)",
  grade: "label",
  verified: false,
  note: "Graded [label-derived] in the reference, for one 5% product it does not name; it is not attached to Flebogamma DIF 5% or Intratect."
};
var IGIV_LABELS = {
  citation: "IGIV labels (skyscape Bivigam/other monographs; Privigen PI)",
  grade: "label",
  verified: true
};
var NEWFOUNDLAND_IVIG = {
  citation: "Newfoundland & Labrador IVIG rate tables NL-IVIG002 (2017)",
  grade: "hosp",
  verified: true
};
var IVIG_PREMEDICATION_CONFLICT = {
  citation: "droracle.ai pages on IVIG premedication",
  grade: "secondary",
  verified: false,
  conflict: "Not routine for IVIG-naive patients (one view); others give acetaminophen 650-1000 mg plus diphenhydramine 25-50 mg 30-60 min before."
};
var NBA_BLOODSTAR = {
  citation: "Australian National Blood Authority BloodSTAR (nba.gov.au): dose-determining weight",
  grade: "guideline",
  verified: true,
  note: "Dose-determining weight = IBW + 0.4 x (actual - IBW), used at clinician discretion, mainly in obesity. The UK 2007 guideline recommended adjusted weight but dropped it in the 2008/2011 updates; AAAAI: no definitive evidence."
};
var ASCIA_WHOLE_VIALS = {
  citation: "ASCIA guideline (round IVIG doses to whole vials); UbaCare order form (nearest 5 g vial) [weak]",
  grade: "guideline",
  verified: true,
  note: 'The reference does not say which way to round; the only direction given is "nearest" (a commercial order form, graded weak).'
};
var GOEBEL_2010 = {
  citation: "Goebel A et al., Ann Intern Med 2010;152:152-158; dose split per review quoted on healthrising.org and PMC7669498 table",
  grade: "RCT",
  verified: true,
  note: "0.5 g/kg total is the trial dose; the split into 0.25 g/kg on each of 2 days is from secondary summaries."
};
var GOEBEL_LIPS = {
  citation: "Goebel A et al., Trials 2014;15:404 (LIPS protocol) and Ann Intern Med 2017 (result per PMC7669498 table)",
  grade: "RCT",
  verified: true
};
var IVIG_CONTINUATION = {
  citation: "Review text quoted on healthrising.org",
  grade: "secondary",
  verified: true
};
var JANN_2020 = {
  citation: "Jann 2020, per PMC7669498 table",
  grade: "RCT",
  verified: true
};
var PAMIDRONATE_LABEL = {
  citation: "Pamidronate label (Medscape Aredia monograph; skyscape)",
  grade: "label",
  verified: true
};
var PAMIDRONATE_PRODUCTS = {
  citation: "Medscape Aredia monograph; openFDA NDC 61703-324 (3 mg/mL x 10 mL), 67457-446 (9 mg/mL x 10 mL)",
  grade: "label",
  verified: true
};
var PAMIDRONATE_DILUENT_LABEL = {
  citation: "Pamidronate label via droracle.ai",
  grade: "label",
  verified: true,
  note: "Graded [label/secondary] in the reference: label text seen through a secondary page. Dilute in 250-500 mL NS, 0.45% NaCl or D5W; separate line."
};
var PAMIDRONATE_CALCIUM_UNVERIFIED = {
  citation: "CHEO zoledronic acid IV monograph (outreach.cheo.on.ca); pamidronate label knowledge",
  grade: "hosp",
  verified: false,
  note: "The reference states this for zoledronic acid (CHEO); for pamidronate it is from label knowledge and [UNVERIFIED in retrieved text]."
};
var PAMIDRONATE_RENAL_SECONDARY = {
  citation: "droracle.ai summary of the pamidronate label (severe renal impairment)",
  grade: "secondary",
  verified: true
};
var ROBINSON_2004 = {
  citation: "Robinson JN et al., Pain Med 2004;5:276-280",
  grade: "RCT",
  verified: true
};
var KUBALEK_2001 = {
  citation: "Kubalek I et al., Rheumatology 2001;40:1394-1397",
  grade: "obs",
  verified: true
};
var CORTET_1997 = {
  citation: "Cortet B et al., Clin Rheumatol 1997;16:51-56",
  grade: "obs",
  verified: true
};
var SOHN_2008 = {
  citation: "Sohn MK et al., J Korean Acad Rehabil Med 2008;32:651-656",
  grade: "obs",
  verified: true
};
var ZOLEDRONIC_ACID_PRODUCTS = {
  citation: "EU SmPC (Mylan zoledronic acid 4 mg/5 mL); Zometa SmPC; PDR Reclast",
  grade: "label",
  verified: true
};
var ZOLEDRONIC_ACID_LABEL = {
  citation: "Pfizer zoledronic acid label, sections 2.1 and 2.6",
  grade: "label",
  verified: true
};
var ZOMETA_CRCL_TABLE = {
  citation: "Zometa SmPC (120ty.net copy); Aapro 2008 table (PMC3459591)",
  grade: "label",
  verified: true
};
var RECLAST_PI = {
  citation: "Reclast prescribing information (cancertherapyadvisor; droracle)",
  grade: "label",
  verified: true
};
var CHEO_ZOLEDRONIC_ACID = {
  citation: "CHEO IV drug manual, zoledronic acid monograph (outreach.cheo.on.ca)",
  grade: "hosp",
  verified: true
};
var ZOLEDRONIC_ACID_CRPS_TRIAL = {
  citation: "NCT01788176 (Sao Paulo; status unknown), via clinicaltrialexchange",
  grade: "RCT",
  verified: true,
  note: "A trial registration, not a published result."
};
var FERRARO_META_ANALYSIS = {
  citation: "Ferraro MC et al., Ann Intern Med (2025/26 meta-analysis; 11 RCTs, 754 participants; searched to Sep 2025)",
  grade: "review",
  verified: true,
  note: "Bisphosphonates in CRPS: low-certainty short-term benefit (pain MD -10/100 at >4 wk-3 mo); little or no difference at 4 wk or less and at 3-6 mo."
};
var VARENNA_2013 = {
  citation: "Varenna M et al., Rheumatology 2013;52:534-542, as summarized by Resmini G et al., Clin Cases Miner Bone Metab 2015",
  grade: "RCT",
  verified: true
};
var NERIDRONATE_ADMINISTRATION_UNVERIFIED = {
  citation: "Reference data, neridronate interval, diluent and duration (no source named)",
  grade: "weak",
  verified: false,
  note: "[UNVERIFIED] Often given as 100 mg every 3 days (days 1, 4, 7, 10) in 500 mL NS over 2 h."
};
var NERIDRONATE_AVAILABILITY = {
  citation: "Faggiani M et al., Acta Biomed; clinic page 000",
  grade: "obs",
  verified: true
};
var ADAMI_1997 = {
  citation: "Adami S et al., Ann Rheum Dis 1997;56:201-204",
  grade: "RCT",
  verified: true
};
var VARENNA_2000 = {
  citation: "Varenna M et al., J Rheumatol 2000;27:1477-1483",
  grade: "RCT",
  verified: true
};

// src/titration/rules.ts
var TALATI_2019 = {
  citation: "Talati SK & Sharma M, Ind J Priv Psychiatry 2019 (single 0.5 mg/kg over 40 min + escitalopram)",
  grade: "RCT",
  verified: true
};
var SCHWARTZMAN_RESPONSE = {
  ...SCHWARTZMAN_2009,
  note: "Primary outcome of the Schwartzman ketamine RCT: >= 30% pain reduction (NCT00579085; reference section 8, response table). It is a trial outcome, used here as the session-to-session response threshold."
};
var borrowedSchwartzmanResponse = (regimen) => ({
  ...SCHWARTZMAN_RESPONSE,
  verified: false,
  note: `${regimen} gives no response threshold; borrowed: >= 30% pain reduction, the primary outcome of the Schwartzman ketamine RCT (NCT00579085). An institution must confirm it.`
});
var CLINIC_COURSE_TITRATION = {
  param: "rate",
  step: {
    value: "0.2",
    unit: "mg/kg/h",
    source: {
      ...REMA_2012,
      verified: false,
      note: "Borrowed: the clinic page (000) gives no escalation step. +0.2 mg/kg/h per session is the Rema 2012 daily step; replace it with the institution's own value."
    }
  },
  response: { kind: "relief-percent", threshold: "30", source: SCHWARTZMAN_RESPONSE },
  source: {
    ...CLINIC_PAGE_000,
    note: "Dose should vary with weight, the number of infusions already given, and the response to previous infusions (clinic page 000; reference section 10)."
  }
};
var REMA_2012_TITRATION = {
  param: "rate",
  step: {
    value: "0.2",
    unit: "mg/kg/h",
    source: { ...REMA_2012, note: "+0.2 mg/kg/h per day (0.2 -> 0.4 -> 0.6 mg/kg/h); reference P7." }
  },
  start: {
    value: "0.2",
    unit: "mg/kg/h",
    source: { ...REMA_2012, note: "First day 0.2 mg/kg/h; reference P7." }
  },
  response: { kind: "relief-percent", threshold: "30", source: borrowedSchwartzmanResponse("Rema 2012") },
  source: {
    ...REMA_2012,
    note: "The abstract escalates daily regardless of response; this rule holds on a response and steps down after a moderate event (engine policy, not Rema's)."
  }
};
var GETSON_INPATIENT_TITRATION = {
  param: "rate",
  step: { value: "5", unit: "mg/h", source: { ...GETSON_PROTOCOL, note: "+5 mg/h steps; reference P4." } },
  start: { value: "20", unit: "mg/h", source: { ...GETSON_PROTOCOL, note: "Inpatient start 20 mg/h; reference P4." } },
  response: { kind: "relief-percent", threshold: "30", source: borrowedSchwartzmanResponse("The Schwartzman/Getson inpatient description") },
  source: {
    ...GETSON_PROTOCOL,
    note: "Inpatient 5 days continuous; the steps are within one continuous infusion. Clonidine 0.1-0.2 mg daily/bid and lorazepam 1-2 mg for dysphoria as adjuncts."
  }
};
var GETSON_INPATIENT_RATE = {
  unit: "mg/h",
  value: "20",
  min: "20",
  max: "40",
  usual: "20",
  source: { ...GETSON_PROTOCOL, note: "Inpatient start 20 mg/h, +5 mg/h steps, max 40 mg/h; reference P4." }
};
var DEPRESSION_SANACORA_2017_TITRATION = {
  param: "total",
  step: {
    value: "0.25",
    unit: "mg/kg",
    source: {
      citation: `Derived from ${SANACORA_2017.citation} (usual 0.5 mg/kg) and ${ANDRADE_2017.citation} (up to 0.75 mg/kg)`,
      grade: "derived",
      verified: false,
      note: "No source gives a titration step for depression: 0.75 - 0.5 = 0.25 mg/kg. An institution must confirm or replace it."
    }
  },
  response: {
    kind: "relief-percent",
    threshold: "50",
    recordedOnly: true,
    source: {
      ...TALATI_2019,
      note: ">= 50% MADRS reduction = response. Pain scores cannot measure it: the engine reads reliefPercent as the clinician's recorded MADRS reduction (%)."
    }
  },
  futilityAfter: 3,
  futilitySource: {
    ...SANACORA_2017,
    note: "Few reports describe a response after more than 3 infusions when none occurred before (reference section 1 and P12)."
  },
  source: SANACORA_2017
};

// src/protocols/ketamine-clinic-course-2x3.ts
var ketamineClinicCourse2x3 = {
  id: "ketamine-clinic-course-2x3",
  version: "1.0.0",
  name: "Clinic ketamine course, 2 infusions a week for 3 weeks",
  agent: "ketamine",
  indication: "Chronic neuropathic pain (clinic practice)",
  regimen: "rate-duration",
  rate: {
    unit: "mg/kg/h",
    // No value: the page says the amount is "based on your individual weight" and gives no number.
    usual: "0.35",
    // The page gives no ceiling either; titration needs one, so the course stops at the state
    // guideline's low-dose infusion ceiling (1 mg/kg/h, PA DoH 2020) and says so.
    max: "1",
    source: {
      ...CLINIC_PAGE_000,
      verified: false,
      note: "No dose is stated, so the clinician supplies it. The usual dose for the tenfold check is the guideline-graded Schwartzman 0.35 mg/kg/h. The maximum, 1 mg/kg/h, is the Pennsylvania Department of Health low-dose infusion ceiling (2020), borrowed because the page gives none."
    }
  },
  duration: { unit: "h", value: "4", usual: "4", source: { ...CLINIC_PAGE_000, note: "Each infusion lasts approximately 4 hours." } },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the page says "mix it with saline in an IV bag" and names no volume.
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "Saline bag per the clinic page; bag volume from the clinician. Vial per the label dilution rules."
    }
  },
  titration: CLINIC_COURSE_TITRATION,
  schedule: {
    sessions: 6,
    description: "2 infusions a week for 3 weeks (6 in all), about 4 h each",
    source: CLINIC_PAGE_000
  },
  adjuncts: [
    {
      drug: "midazolam",
      route: "IV",
      when: "before the infusion, for mild sedation and amnesia",
      optional: true,
      source: {
        citation: "Restore Orthopedics and Spine Center clinic page (clinic page 003): optional midazolam premedication; benzodiazepine for dysphoria (clinic page 001)",
        grade: "weak",
        verified: true,
        note: "No dose is given; the clinician chooses it."
      }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "The dose should vary with weight, the number of infusions already given and the response to them (titration from history is a later feature of this library).",
      source: CLINIC_PAGE_000
    },
    {
      kind: "monitoring",
      text: "Vital signs monitored throughout the infusion.",
      source: CLINIC_PAGE_000
    }
  ],
  source: { ...CLINIC_PAGE_000, note: `Dose reference point: ${SCHWARTZMAN_2009.citation}` }
};

// src/protocols/ketamine-crps-schwartzman-2009.ts
var ketamineCrpsSchwartzman2009 = {
  id: "ketamine-crps-schwartzman-2009",
  version: "1.0.0",
  name: "Ketamine for CRPS, outpatient (Schwartzman 2009)",
  agent: "ketamine",
  indication: "Complex regional pain syndrome",
  regimen: "rate-duration",
  rate: {
    unit: "mg/kg/h",
    value: "0.35",
    max: "0.35",
    usual: "0.35",
    source: {
      ...SCHWARTZMAN_2009,
      verified: false,
      note: "The trial built the dose up over the course to at most 0.35 mg/kg/h; the day-1 start dose is [UNVERIFIED] (registry text truncated), so the protocol states the maximum and a clinician may order less."
    }
  },
  duration: { unit: "h", value: "4", usual: "4", source: SCHWARTZMAN_2009 },
  caps: [
    {
      id: "schwartzman.rate-cap",
      value: "25",
      unit: "mg/h",
      source: {
        ...SCHWARTZMAN_2009,
        note: "Never above 25 mg/h (at most 100 mg per 4 h); binds above 71.4 kg at 0.35 mg/kg/h."
      }
    }
  ],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "100",
    additiveVolume: "withdraw-equal",
    source: {
      ...SCHWARTZMAN_2009,
      note: "Ketamine in 100 mL NS run at 25 mL/h over 4 h, so the bag is made up to 100 mL. The vial is a pharmacy choice: the label says the 10 mg/mL strength should not be diluted."
    }
  },
  schedule: { sessions: 10, description: "Daily for 10 days", source: SCHWARTZMAN_2009 },
  adjuncts: [
    { drug: "midazolam", dose: { value: "2", unit: "mg" }, route: "IV", when: "twice each day (both trial arms)", optional: false, source: SCHWARTZMAN_2009 },
    { drug: "clonidine", dose: { value: "0.1", unit: "mg" }, route: "PO", when: "each day (both trial arms)", optional: false, source: SCHWARTZMAN_2009 }
  ],
  notes: [
    {
      kind: "precaution",
      text: "Premedication in the trial: midazolam 2 mg IV twice and clonidine 0.1 mg by mouth each day.",
      source: SCHWARTZMAN_2009
    },
    {
      kind: "precaution",
      text: "Use immediately after dilution.",
      source: KETAMINE_LABEL
    }
  ],
  source: SCHWARTZMAN_2009
};

// src/protocols/ketamine-depression-sanacora-2017.ts
var ketamineDepressionSanacora2017 = {
  id: "ketamine-depression-sanacora-2017",
  version: "1.0.0",
  name: "Ketamine for depression, 0.5 mg/kg over 40 min (Sanacora 2017)",
  agent: "ketamine",
  indication: "Major depressive episode without psychotic features",
  regimen: "total-duration",
  total: {
    unit: "mg/kg",
    value: "0.5",
    min: "0.1",
    max: "0.75",
    usual: "0.5",
    source: {
      ...SANACORA_2017,
      note: "0.5 mg/kg is most common (Sanacora 2017); some patients respond to 0.1 mg/kg, others need up to 0.75 mg/kg (Andrade 2017)."
    }
  },
  duration: {
    unit: "min",
    value: "40",
    min: "2",
    max: "100",
    usual: "40",
    source: { ...ANDRADE_2017, note: "40 min is conventional; 2-100 min sessions have been shown safe and effective." }
  },
  caps: [],
  preparation: {
    style: "standard-concentration",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    concentration: "1",
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "The label gives 1 mg/mL (500 mg in 500 mL) for infusion; the bag is the smallest stocked one that holds the dose."
    }
  },
  titration: DEPRESSION_SANACORA_2017_TITRATION,
  schedule: {
    sessions: 6,
    description: "Single infusion, or a course; clinics often give 6 infusions over 2 weeks (3 a week)",
    source: {
      citation: "Sanacora 2017; ketamine-infusion.com FAQ (6 over 2 weeks); Murrough 2013 [UNVERIFIED here]",
      grade: "weak",
      verified: false
    }
  },
  notes: [
    {
      kind: "precaution",
      text: "Few reports describe a response after more than 3 infusions when none occurred before; home self-administration is strongly discouraged.",
      source: SANACORA_2017
    }
  ],
  source: SANACORA_2017
};

// src/protocols/lidocaine-chronic-pain-rch.ts
var lidocaineChronicPainRch = {
  id: "lidocaine-chronic-pain-rch",
  version: "1.0.0",
  name: "IV lidocaine for chronic neuropathic pain (RCH Melbourne)",
  agent: "lidocaine",
  indication: "Neuropathic pain refractory to other treatment",
  regimen: "total-rate",
  total: { unit: "mg/kg", min: "5", max: "7.5", usual: "5", source: RCH_LIDOCAINE },
  rate: {
    unit: "ug/kg/min",
    min: "40",
    max: "75",
    usual: "40",
    source: { ...RCH_LIDOCAINE, note: "Titrated up or down on reported side effects." }
  },
  duration: {
    unit: "min",
    min: "60",
    max: "120",
    source: { ...RCH_LIDOCAINE, note: "The procedure takes 60-120 min; the duration follows from total and rate." }
  },
  caps: [{ id: "rch.total-cap", value: "500", unit: "mg", source: RCH_LIDOCAINE }],
  weight: {
    basis: "ideal",
    reason: "RCH doses per kg without naming the weight; the international consensus uses ideal body weight (actual weight when lower).",
    source: FOO_2021
  },
  preparation: {
    style: "standard-concentration",
    products: ["lidocaine-20mg-ml"],
    containerKind: "syringe",
    containerVolume: "50",
    concentration: "20",
    additiveVolume: "add",
    source: { ...RCH_LIDOCAINE, note: "Drawn up undiluted from 2% (20 mg/mL) ampoules into a 50 mL syringe." }
  },
  schedule: { sessions: 1, description: "Per session; repeated at the specialist's decision", source: RCH_LIDOCAINE },
  notes: [
    {
      kind: "precaution",
      text: "A bolus is not routine (1 mg/kg optional). Recovery averages 30 min.",
      source: RCH_LIDOCAINE
    }
  ],
  source: RCH_LIDOCAINE
};

// src/protocols/magnesium-crps-collins-2009.ts
var magnesiumCrpsCollins2009 = {
  id: "magnesium-crps-collins-2009",
  version: "1.0.0",
  name: "Magnesium sulfate for CRPS-1 (Collins 2009)",
  agent: "magnesium-sulfate",
  indication: "Complex regional pain syndrome type 1",
  regimen: "total-duration",
  total: {
    unit: "mg/kg",
    value: "70",
    usual: "70",
    source: {
      ...COLLINS_2009,
      note: "No significant difference from placebo in the 56-patient RCT (Fischer 2013)."
    }
  },
  duration: { unit: "h", value: "4", usual: "4", source: COLLINS_2009 },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: [
      "magnesium-sulfate-500mg-ml-10ml",
      "magnesium-sulfate-500mg-ml-20ml",
      "magnesium-sulfate-500mg-ml-50ml",
      "magnesium-sulfate-500mg-ml-2ml"
    ],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "100",
    additiveVolume: "withdraw-equal",
    source: { ...COLLINS_2009, note: "Dose made up to 100 mL with NS and run at 25 mL/h." }
  },
  schedule: { sessions: 5, description: "Daily for 5 consecutive days", source: COLLINS_2009 },
  notes: [
    {
      kind: "monitoring",
      text: "Continuous ECG; an ECG beforehand to exclude PR prolongation or block.",
      source: COLLINS_2009
    },
    {
      kind: "contraindication",
      text: "Excluded in the trial: renal or severe liver disease, active infection, malignancy, heart failure, pacemaker/ICD, pulmonary congestion, pregnancy.",
      source: COLLINS_2009
    }
  ],
  source: COLLINS_2009
};

// src/agents/alendronate.ts
var alendronate = {
  id: "alendronate",
  name: "Alendronate sodium (IV)",
  massUnit: "mg",
  weight: {
    basis: "actual",
    reason: "The IV regimen is a fixed dose (7.5 mg), so the dosing weight does not change the dose; no weight rule exists for bisphosphonates.",
    source: {
      ...ADAMI_1997,
      verified: false,
      note: "The reference says bisphosphonates have no authoritative weight rule (gaps, item 7)."
    }
  },
  // No product: the reference gives no IV alendronate strength or container.
  products: [],
  diluents: [{ id: "sodium-chloride-0.9", source: { ...ADAMI_1997, note: "7.5 mg in 250 mL NS." } }],
  limits: [
    {
      id: "alendronate.session-dose.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "7.5",
      unit: "mg",
      source: {
        ...ADAMI_1997,
        grade: "derived",
        note: "The only IV alendronate dose in the reference (7.5 mg a day); a larger dose needs a reason."
      }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "No IV alendronate product is in the catalogue: the reference gives no strength or container. The institution must add its product before a plan can be made. The infusion time was not captured.",
      source: ADAMI_1997
    }
  ],
  source: ADAMI_1997
};

// src/agents/clodronate.ts
var clodronate = {
  id: "clodronate",
  name: "Clodronate disodium (IV)",
  massUnit: "mg",
  weight: {
    basis: "actual",
    reason: "The IV regimen is a fixed dose (300 mg), so the dosing weight does not change the dose; no weight rule exists for bisphosphonates.",
    source: {
      ...VARENNA_2000,
      verified: false,
      note: "The reference says bisphosphonates have no authoritative weight rule (gaps, item 7)."
    }
  },
  // No product and no diluent: the reference gives neither for IV clodronate.
  products: [],
  diluents: [],
  limits: [
    {
      id: "clodronate.session-dose.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "300",
      unit: "mg",
      source: {
        ...VARENNA_2000,
        grade: "derived",
        note: "The only IV clodronate dose in the reference (300 mg a day); a larger dose needs a reason."
      }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "No IV clodronate product, diluent or infusion time is in the reference. The institution must add its product and preparation before a plan can be made.",
      source: VARENNA_2000
    }
  ],
  source: VARENNA_2000
};

// src/agents/clonidine.ts
var clonidine = {
  id: "clonidine",
  name: "Clonidine hydrochloride (IV; not available as an IV product in the US)",
  // Doses are written in mcg, as the hospital guides write them.
  massUnit: "ug",
  weight: {
    basis: "actual",
    reason: "The IV clonidine doses in the reference are fixed amounts (mcg), not per kg, so the dosing weight does not change the dose; actual weight is recorded for the patient checks only.",
    source: CLONIDINE_IV_HOSP
  },
  products: [
    {
      id: "clonidine-150ug-ml-ampoule",
      agent: "clonidine",
      name: "Catapres (clonidine) 150 mcg/mL ampoule (IE/UK/AU; not marketed in the US)",
      form: "ampoule",
      strength: { value: "0.15", unit: "mg/mL" },
      // No volume: the reference does not give the ampoule volume, so ampoules are not counted.
      multiDose: false,
      dilution: "allowed",
      source: {
        ...CLONIDINE_IV_HOSP,
        note: "Given by slow IV over 10-15 min or in 100 mL over 15 min. The reference gives no ampoule volume; the clinician or pharmacy must count ampoules."
      }
    }
  ],
  diluents: [
    { id: "sodium-chloride-0.9", source: { ...CLONIDINE_IV_HOSP, note: "Both hospital guides allow NS." } },
    { id: "dextrose-5", source: CLONIDINE_DILUENT_CONFLICT }
  ],
  limits: [
    {
      id: "clonidine.session-dose.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "300",
      unit: "ug",
      source: { ...CLONIDINE_IV_HOSP, note: "Top of the single IV dose range (150-300 mcg)." }
    },
    {
      id: "clonidine.session-dose.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "750",
      unit: "ug",
      source: {
        ...CLONIDINE_IV_HOSP,
        note: "May repeat to at most 750 mcg per 24 h; one session is counted as its 24 h until history is taken into account."
      }
    },
    {
      id: "clonidine.duration.lower-soft",
      bound: "lower",
      severity: "soft",
      value: "10",
      unit: "min",
      source: { ...CLONIDINE_IV_HOSP, note: "Slow IV over 10-15 min." }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "No US IV clonidine product exists. Duraclon (100 and 500 mcg/mL, preservative-free, 10 mL vials) is labelled only for continuous epidural use with opioids in severe cancer pain, with a boxed warning against obstetric, postpartum and perioperative use; it is not an IV product. An IV clonidine plan needs a non-US product such as Catapres 150 mcg/mL.",
      source: DURACLON_LABEL
    },
    {
      kind: "precaution",
      text: "The reference has no IV clonidine protocol for chronic pain. The IV regimen here (150-300 mcg over 10-15 min, at most 750 mcg per 24 h) is a hypertensive-crisis regimen; ICU sedation use (25-150 mcg every 6-8 h; PRN 15 mcg boluses up to 150 mcg) is unlicensed.",
      source: CLONIDINE_IV_HOSP
    },
    {
      kind: "precaution",
      text: "In the chronic-pain protocols clonidine is an oral adjunct to ketamine: 0.1 mg by mouth each day (Schwartzman 2009). This library does not plan oral doses.",
      source: SCHWARTZMAN_2009
    },
    {
      kind: "precaution",
      text: "Schwartzman/Getson inpatient ketamine protocol: clonidine 0.1-0.2 mg by mouth daily or twice daily (oral adjunct).",
      source: GETSON_PROTOCOL
    },
    {
      kind: "precaution",
      text: "IV regional clonidine (Reuben 2002, cited on a clinic page) is a Bier-block technique, not a systemic infusion.",
      source: CLINIC_PAGE_000
    },
    {
      kind: "monitoring",
      text: "Hypotension and bradycardia. Taper over 2-3 days to avoid rebound hypertension.",
      source: CLONIDINE_IV_HOSP
    }
  ],
  source: CLONIDINE_IV_HOSP
};

// src/agents/dexmedetomidine.ts
var unverifiedPremix = (mL) => ({
  id: `dexmedetomidine-4ug-ml-premix-${mL}ml`,
  agent: "dexmedetomidine",
  name: `Dexmedetomidine 4 mcg/mL in 0.9% NaCl, ${mL} mL ready-to-use premix (bag size unverified)`,
  form: "premix",
  strength: { value: "0.004", unit: "mg/mL" },
  volume: { value: mL, unit: "mL" },
  multiDose: false,
  dilution: "ready-to-use",
  source: {
    ...DEXMEDETOMIDINE_PREMIX_LABEL,
    verified: false,
    note: "Only the 20 mL (80 mcg) premix is confirmed; the reference calls 50 and 100 mL premixes usual but marks the bag list [UNVERIFIED]. Not used by any protocol unless named."
  }
});
var dexmedetomidine = {
  id: "dexmedetomidine",
  name: "Dexmedetomidine (as hydrochloride)",
  // The label writes doses in mcg and mcg/kg/h.
  massUnit: "ug",
  weight: {
    basis: "actual",
    reason: "The label doses per kg without naming a weight; the reference gives no weight rule for dexmedetomidine, so actual weight is used.",
    source: {
      ...DEXMEDETOMIDINE_LABEL,
      verified: false,
      note: "No weight basis is stated in the reference for dexmedetomidine; actual weight is a default, not a sourced rule."
    }
  },
  products: [
    {
      id: "dexmedetomidine-100ug-ml-2ml",
      agent: "dexmedetomidine",
      name: "Dexmedetomidine 100 mcg/mL concentrate, 2 mL vial (200 mcg)",
      form: "vial",
      strength: { value: "0.1", unit: "mg/mL" },
      volume: { value: "2", unit: "mL" },
      multiDose: false,
      dilution: "required",
      source: {
        ...DEXMEDETOMIDINE_LABEL,
        verified: false,
        note: "Strength is of the base (118 mcg dexmedetomidine HCl = 100 mcg base per mL). Dilute in NS to 4 mcg/mL (2 mL + 48 mL NS = 50 mL). [UNVERIFIED] The reference does not say whether this vial is multi-dose; it is treated as single-use so any remainder is reported as waste."
      }
    },
    {
      id: "dexmedetomidine-4ug-ml-premix-20ml",
      agent: "dexmedetomidine",
      name: "Dexmedetomidine 4 mcg/mL in 0.9% NaCl, 20 mL ready-to-use premix (80 mcg)",
      form: "premix",
      strength: { value: "0.004", unit: "mg/mL" },
      volume: { value: "20", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: { ...DEXMEDETOMIDINE_PREMIX_LABEL, note: "The 80 mcg/20 mL size is confirmed." }
    },
    unverifiedPremix("50"),
    unverifiedPremix("100")
  ],
  diluents: [
    { id: "sodium-chloride-0.9", source: { ...DEXMEDETOMIDINE_LABEL, note: "The label dilutes the concentrate in NS." } },
    { id: "dextrose-5", source: { ...DEXMEDETOMIDINE_LABEL, note: "D5W is in the label compatibility list." } }
  ],
  limits: [
    {
      id: "dexmedetomidine.dose-rate-per-kg.lower-soft",
      // A maintenance range: the 1 mcg/kg loading dose over 10 min (6 mcg/kg/h) has its own range on the protocol.
      appliesTo: "maintenance",
      bound: "lower",
      severity: "soft",
      value: "0.2",
      unit: "ug/kg/h",
      source: { ...DEXMEDETOMIDINE_LABEL, note: "Bottom of the label ICU maintenance range (0.2-0.7 mcg/kg/h)." }
    },
    {
      id: "dexmedetomidine.dose-rate-per-kg.upper-soft",
      // A maintenance range: the 1 mcg/kg loading dose over 10 min (6 mcg/kg/h) has its own range on the protocol.
      appliesTo: "maintenance",
      bound: "upper",
      severity: "soft",
      value: "1",
      unit: "ug/kg/h",
      source: {
        ...DEXMEDETOMIDINE_LABEL,
        note: "Procedural sedation starts at 0.6 mcg/kg/h and is titrated; the reference says the label range extends to about 1 mcg/kg/h (ICU range 0.2-0.7)."
      }
    },
    {
      id: "dexmedetomidine.dose-rate-per-kg.upper-hard",
      // A maintenance range: the 1 mcg/kg loading dose over 10 min (6 mcg/kg/h) has its own range on the protocol.
      appliesTo: "maintenance",
      bound: "upper",
      severity: "hard",
      value: "1.5",
      unit: "ug/kg/h",
      source: DEXMEDETOMIDINE_UP_TO_1_5
    },
    {
      id: "dexmedetomidine.duration.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "24",
      unit: "h",
      source: { ...DEXMEDETOMIDINE_LABEL, note: "Continuous infusion not exceeding 24 h (ICU sedation indication)." }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "Labelled only for ICU sedation (continuous infusion not exceeding 24 h) and procedural sedation of non-intubated adults. Chronic-pain use rests on case reports only; there is no dosing standard for chronic pain.",
      source: DEXMEDETOMIDINE_CHRONIC_PAIN
    },
    {
      kind: "precaution",
      text: "Loading dose 1 mcg/kg over 10 min; 0.5 mcg/kg over 10 min for less invasive procedures or age over 65; no loading dose when converting from another sedative. Consider a dose reduction in hepatic impairment and in patients over 65.",
      source: DEXMEDETOMIDINE_LABEL
    },
    {
      kind: "compatibility",
      text: "Compatible with NS, D5W, 20% mannitol, LR, magnesium sulfate 100 mg/mL and 0.3% KCl.",
      source: DEXMEDETOMIDINE_LABEL
    },
    {
      kind: "incompatibility",
      text: "Incompatible with amphotericin B and diazepam. Do not co-infuse with blood or plasma. May adsorb to natural rubber.",
      source: DEXMEDETOMIDINE_LABEL
    },
    {
      kind: "monitoring",
      text: "Continuous monitoring by skilled staff. The loading dose can cause a biphasic blood-pressure response; watch for hypotension and bradycardia; hyperthermia warning.",
      source: DEXMEDETOMIDINE_LABEL
    }
  ],
  source: DEXMEDETOMIDINE_LABEL
};

// src/agents/immune-globulin.ts
var SINGLE_USE_UNSTATED = "[UNVERIFIED] The reference does not say whether the vial is multi-dose; it is treated as single-use so any remainder is reported as waste. The reference says nothing about diluting IVIG; it is given at the product concentration (10 mL per g at 10%, 20 mL per g at 5%).";
var AT_RISK_NOTE = "maxAtRisk: one IGIV label (the reference does not say which: skyscape Bivigam/other monographs; Privigen PI) recommends less than 2 mg/kg/min when thrombosis risk is raised.";
var NO_STEPS_NOTE = "The reference gives no step sizes, so steps is empty: the plan holds the start rate and never steps to the maximum by itself; the clinician escalates as the label directs, never above max.";
var PRIVIGEN_RAMP = {
  unit: "mg/kg/min",
  start: "0.5",
  steps: [],
  everyMinutes: "30",
  max: "8",
  maxAtRisk: "2",
  source: {
    ...PRIVIGEN_PI,
    verified: false,
    note: `Start 0.5 mg/kg/min (0.005 mL/kg/min); maximum 8 mg/kg/min (0.08 mL/kg/min) for PI and CIDP (4 mg/kg/min for ITP, not used here). ${NO_STEPS_NOTE} The reference gives no interval either: everyMinutes (required by the type) holds 30 min from the Gammagard Liquid label as a placeholder, not a Privigen value, so this ramp is marked unverified. ${AT_RISK_NOTE}`
  }
};
var GAMMAGARD_RAMP = {
  unit: "mL/kg/h",
  start: "0.5",
  steps: [],
  everyMinutes: "30",
  max: "5",
  maxAtRisk: "1.2",
  source: {
    ...GAMMAGARD_LIQUID_LABEL,
    note: `PI: 0.5 mL/kg/h (0.8 mg/kg/min) for 30 min, increased every 30 min up to 5 mL/kg/h (8 mg/kg/min). The size of each increase is not in the reference. ${NO_STEPS_NOTE} CIDP/MMN maintenance allows up to 5.4 mL/kg/h (9 mg/kg/min); the PI maximum is used here. maxAtRisk 1.2 mL/kg/h is derived: 2 mg/kg/min x 60 min/h / 100 mg/mL. ${AT_RISK_NOTE}`
  }
};
var GAMUNEX_C_RAMP = {
  unit: "mg/kg/min",
  start: "1",
  steps: [],
  everyMinutes: "30",
  max: "8",
  maxAtRisk: "2",
  source: {
    ...GAMUNEX_C_LABEL,
    verified: false,
    note: `PI: start 1 mg/kg/min (0.01 mL/kg/min), maximum 8 mg/kg/min (0.08 mL/kg/min). ${NO_STEPS_NOTE} The reference gives no interval: everyMinutes (required by the type) holds 30 min from the Gammagard Liquid label as a placeholder, so this ramp is marked unverified. The CIDP start rate (often quoted as 2 mg/kg/min) is [UNVERIFIED] in the reference and not used. ${AT_RISK_NOTE}`
  }
};
var privigen = (g, mL) => ({
  id: `immune-globulin-privigen-10pct-${g}g-${mL}ml`,
  agent: "immune-globulin",
  name: `Privigen 10% (100 mg/mL), ${g} g in ${mL} mL vial`,
  form: "vial",
  strength: { value: "100", unit: "mg/mL" },
  volume: { value: mL, unit: "mL" },
  multiDose: false,
  dilution: "ready-to-use",
  ramp: PRIVIGEN_RAMP,
  source: {
    ...IVIG_PRODUCTS,
    verified: false,
    note: `Privigen vials 2.5/5/10/20/40 g (25-400 mL); each volume is grams / 10% x 100 (the reference's IVIG volume formula). ${SINGLE_USE_UNSTATED}`
  }
});
var unvolumed = (id2, name, mgPerMl, note2) => ({
  id: id2,
  agent: "immune-globulin",
  name,
  form: "vial",
  strength: { value: mgPerMl, unit: "mg/mL" },
  multiDose: false,
  dilution: "ready-to-use",
  source: { ...IVIG_PRODUCTS, verified: false, note: `${note2} ${SINGLE_USE_UNSTATED}` }
});
var immuneGlobulin = {
  id: "immune-globulin",
  name: "Immune globulin intravenous (human), IVIG",
  // Doses are written in grams (g/kg), as the guidelines write them.
  massUnit: "g",
  weight: {
    basis: "adjusted",
    reason: "Australia's National Blood Authority (BloodSTAR) doses IVIG by a dose-determining weight, IBW + 0.4 x (actual - IBW), used at the clinician's discretion, mainly in obesity; other guidelines differ (the UK dropped adjusted weight in its 2008/2011 updates; AAAAI finds no definitive evidence). Actual weight is used when it is not above ideal weight.",
    source: NBA_BLOODSTAR
  },
  products: [
    privigen("2.5", "25"),
    privigen("5", "50"),
    privigen("10", "100"),
    privigen("20", "200"),
    privigen("40", "400"),
    {
      id: "immune-globulin-gammagard-liquid-10pct",
      agent: "immune-globulin",
      name: "Gammagard Liquid 10% (100 mg/mL)",
      form: "vial",
      strength: { value: "100", unit: "mg/mL" },
      multiDose: false,
      dilution: "ready-to-use",
      ramp: GAMMAGARD_RAMP,
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `The reference gives no Gammagard Liquid vial sizes, so vials are not counted. ${SINGLE_USE_UNSTATED}`
      }
    },
    {
      id: "immune-globulin-gamunex-c-10pct",
      agent: "immune-globulin",
      name: "Gamunex-C 10% (100 mg/mL)",
      form: "vial",
      strength: { value: "100", unit: "mg/mL" },
      multiDose: false,
      dilution: "ready-to-use",
      ramp: GAMUNEX_C_RAMP,
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `The reference gives no Gamunex-C vial sizes, so vials are not counted. ${SINGLE_USE_UNSTATED}`
      }
    },
    unvolumed(
      "immune-globulin-octagam-10pct",
      "Octagam 10% (100 mg/mL)",
      "100",
      "The reference gives no Octagam 10% vial sizes and no rate ramp: vials are not counted and the clinician supplies the rate from the product label."
    ),
    {
      id: "immune-globulin-flebogamma-dif-5pct-0.5g-10ml",
      agent: "immune-globulin",
      name: "Flebogamma DIF 5% (50 mg/mL), 0.5 g in 10 mL vial",
      form: "vial",
      strength: { value: "50", unit: "mg/mL" },
      volume: { value: "10", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `Flebogamma 5% vials run from 0.5 g (10 mL) to 20 g (400 mL); the sizes in between are not in the reference. No rate ramp for this product is in the reference: the clinician supplies the rate from its SmPC. ${SINGLE_USE_UNSTATED}`
      }
    },
    {
      id: "immune-globulin-flebogamma-dif-5pct-20g-400ml",
      agent: "immune-globulin",
      name: "Flebogamma DIF 5% (50 mg/mL), 20 g in 400 mL vial",
      form: "vial",
      strength: { value: "50", unit: "mg/mL" },
      volume: { value: "400", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `Flebogamma 5% vials run from 0.5 g (10 mL) to 20 g (400 mL); the sizes in between are not in the reference. No rate ramp for this product is in the reference: the clinician supplies the rate from its SmPC. ${SINGLE_USE_UNSTATED}`
      }
    },
    unvolumed(
      "immune-globulin-intratect-5pct",
      "Intratect 50 g/L (5%, 50 mg/mL)",
      "50",
      "Used in the LIPS trial. The reference gives no Intratect vial sizes and no rate ramp: vials are not counted and the clinician supplies the rate from its SmPC."
    )
  ],
  // The reference names no diluent for immune globulin.
  diluents: [],
  limits: [
    {
      id: "immune-globulin.dose-rate-per-kg.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "8",
      unit: "mg/kg/min",
      source: {
        ...PRIVIGEN_PI,
        citation: `${PRIVIGEN_PI.citation}; ${GAMUNEX_C_LABEL.citation}; ${GAMMAGARD_LIQUID_LABEL.citation}`,
        note: "The PI maximum rate of the three 10% labels in the reference (Privigen and Gamunex-C 8 mg/kg/min; Gammagard Liquid 5 mL/kg/h, which the reference gives as 8 mg/kg/min and is 8.33 exactly). (The Newfoundland first-infusion maximum, 0.08 mL/kg/min, is the same rate for a 10% product and 4 mg/kg/min for a 5% one; a limit in mL/kg/min cannot be written as a Limit.)"
      }
    },
    {
      id: "immune-globulin.dose-rate-per-kg.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "9",
      unit: "mg/kg/min",
      source: {
        ...GAMMAGARD_LIQUID_LABEL,
        grade: "derived",
        note: "The highest rate any label in the reference allows (Gammagard Liquid CIDP/MMN maintenance, 5.4 mL/kg/h = 9 mg/kg/min)."
      }
    },
    {
      id: "immune-globulin.session-dose-per-kg.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "1",
      unit: "g/kg",
      source: {
        citation: "Privigen label; Gammagard Liquid CIDP label; Ontario IVIG guideline (ivig.transfusionontario.org); Geerts M et al., Neurology 2021;96:e2534",
        grade: "derived",
        verified: true,
        note: "The largest amount the reference gives in one day: 1 g/kg (CIDP maintenance over 1-2 days; small-fiber neuropathy 1 g/kg over 1-2 days). The chronic-pain regimens use 0.25-0.5 g/kg a day."
      }
    },
    {
      id: "immune-globulin.session-dose-per-kg.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "2",
      unit: "g/kg",
      source: {
        citation: "Privigen label; Gammagard Liquid CIDP label; Ontario IVIG guideline (ivig.transfusionontario.org); Geerts M et al., Neurology 2021;96:e2534",
        grade: "derived",
        verified: true,
        note: "The largest course total in the reference (2 g/kg loading), which is always split over at least 2 days, so no single session reaches it."
      }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "Boxed warning: thrombosis and renal failure. In patients at risk use the minimum practicable concentration and rate; one label recommends less than 2 mg/kg/min when thrombosis risk is raised.",
      source: IGIV_LABELS
    },
    {
      kind: "monitoring",
      text: "Hydrate before the infusion; check BUN and creatinine.",
      source: IGIV_LABELS
    },
    {
      kind: "contraindication",
      text: "IgA-deficient patients with antibodies against IgA are at risk of anaphylaxis.",
      source: IGIV_LABELS
    },
    {
      kind: "monitoring",
      text: "0.08 mL/kg/min is the recommended maximum for a first infusion. Vital signs before, at 15 min, at each rate increase, at the end and 30-60 min after. mL/h = mL/kg/min x kg x 60.",
      source: NEWFOUNDLAND_IVIG
    },
    {
      kind: "precaution",
      text: "Premedication: sources disagree. One view is that it is not routine for IVIG-naive patients; others give acetaminophen 650-1000 mg plus diphenhydramine 25-50 mg 30-60 min before.",
      source: IVIG_PREMEDICATION_CONFLICT
    },
    {
      kind: "precaution",
      text: "The reference's 5% rate example (30 mg/kg/h for 30 min, then 60 and 120 mg/kg/h for 30 min each, at most 200 mg/kg/h, about 3.3 mg/kg/min) is for one 5% product it does not name. It is not attached to Flebogamma DIF 5% or Intratect: take their rates from their own SmPC.",
      source: IVIG_5PCT_MONOGRAPH
    }
  ],
  source: IVIG_PRODUCTS
};
var IVIG_PRODUCT_PREFERENCE = [
  "immune-globulin-privigen-10pct-2.5g-25ml",
  "immune-globulin-privigen-10pct-5g-50ml",
  "immune-globulin-privigen-10pct-10g-100ml",
  "immune-globulin-privigen-10pct-20g-200ml",
  "immune-globulin-privigen-10pct-40g-400ml",
  "immune-globulin-gammagard-liquid-10pct",
  "immune-globulin-gamunex-c-10pct",
  "immune-globulin-octagam-10pct",
  "immune-globulin-flebogamma-dif-5pct-0.5g-10ml",
  "immune-globulin-flebogamma-dif-5pct-20g-400ml",
  "immune-globulin-intratect-5pct"
];

// src/agents/neridronate.ts
var neridronate = {
  id: "neridronate",
  name: "Neridronate (neridronic acid)",
  massUnit: "mg",
  weight: {
    basis: "actual",
    reason: "Neridronate is given as a fixed dose (100 mg), so the dosing weight does not change the dose; no weight rule exists for bisphosphonates.",
    source: {
      ...VARENNA_2013,
      verified: false,
      note: "The reference says bisphosphonates have no authoritative weight rule (gaps, item 7)."
    }
  },
  // No product: the reference gives no vial strength or volume for neridronate (gaps, item 4).
  products: [],
  diluents: [{ id: "sodium-chloride-0.9", source: NERIDRONATE_ADMINISTRATION_UNVERIFIED }],
  limits: [
    {
      id: "neridronate.session-dose.upper-soft",
      bound: "upper",
      severity: "soft",
      value: "100",
      unit: "mg",
      source: {
        ...VARENNA_2013,
        grade: "derived",
        note: "The only neridronate dose in the reference (100 mg per infusion); a larger dose needs a reason."
      }
    }
  ],
  notes: [
    {
      kind: "precaution",
      text: "No neridronate product is in the catalogue: the reference gives no vial strength, diluent, infusion time or interval (often quoted as 100 mg every 3 days in 500 mL NS over 2 h, all [UNVERIFIED]). The institution must add its product before a plan can be made.",
      source: NERIDRONATE_ADMINISTRATION_UNVERIFIED
    },
    {
      kind: "precaution",
      text: "Italian product (Nerixia); not FDA-approved. A US phase 3 trial (NCT02402530) used a 62.5 mg arm whose schedule is [UNVERIFIED].",
      source: { ...NERIDRONATE_AVAILABILITY, verified: false, note: "The phase 3 schedule is [UNVERIFIED] in the reference." }
    }
  ],
  source: VARENNA_2013
};

// src/agents/pamidronate.ts
var vial2 = (mgPerMl, mg) => ({
  id: `pamidronate-${mgPerMl}mg-ml-10ml`,
  agent: "pamidronate",
  name: `Pamidronate ${mgPerMl} mg/mL solution, 10 mL vial (${mg} mg)`,
  form: "vial",
  strength: { value: mgPerMl, unit: "mg/mL" },
  volume: { value: "10", unit: "mL" },
  multiDose: false,
  dilution: "required",
  source: {
    ...PAMIDRONATE_PRODUCTS,
    verified: false,
    note: "[UNVERIFIED] The reference does not say whether the vial is multi-dose; it is treated as single-use so any remainder is reported as waste. (The lyophilized 30 mg product is left out: the reference gives no reconstituted strength.)"
  }
});
var pamidronate = {
  id: "pamidronate",
  name: "Pamidronate disodium",
  massUnit: "mg",
  weight: {
    basis: "actual",
    reason: "One regimen doses per kg (Cortet 1997: 1 mg/kg) without naming a weight; no authoritative weight rule exists for bisphosphonates, so actual weight is presumed.",
    source: {
      citation: "Reference data, gaps and open items, item 7 (weight basis); Cortet B et al., Clin Rheumatol 1997;16:51-56",
      grade: "obs",
      verified: false,
      note: "The reference says bisphosphonates have no authoritative weight rule."
    }
  },
  products: [vial2("3", "30"), vial2("6", "60"), vial2("9", "90")],
  diluents: [
    { id: "sodium-chloride-0.9", source: PAMIDRONATE_DILUENT_LABEL },
    { id: "dextrose-5", source: PAMIDRONATE_DILUENT_LABEL }
  ],
  limits: [
    {
      id: "pamidronate.session-dose.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "90",
      unit: "mg",
      source: { ...PAMIDRONATE_LABEL, note: "Single dose at most 90 mg." }
    },
    {
      id: "pamidronate.duration.lower-hard",
      bound: "lower",
      severity: "hard",
      value: "2",
      unit: "h",
      source: {
        ...PAMIDRONATE_LABEL,
        note: "Infuse over at least 2 h (label range 2-24 h for hypercalcemia; myeloma 90 mg over 4 h; Paget 30 mg over 4 h x 3 days). Longer infusions lower renal risk."
      }
    },
    {
      id: "pamidronate.dose-rate.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "45",
      unit: "mg/h",
      source: {
        ...PAMIDRONATE_LABEL,
        grade: "derived",
        note: "Derived in the reference: 90 mg (largest single dose) over 2 h (shortest infusion) = 45 mg/h."
      }
    }
  ],
  notes: [
    {
      kind: "incompatibility",
      text: "Do not mix with calcium-containing solutions such as Ringer's; give in a separate line.",
      source: PAMIDRONATE_CALCIUM_UNVERIFIED
    },
    {
      kind: "precaution",
      text: "Dilute in 250-500 mL NS, 0.45% NaCl or D5W (0.45% NaCl is not yet a diluent in the catalogue); give in a separate line.",
      source: PAMIDRONATE_DILUENT_LABEL
    },
    {
      kind: "monitoring",
      text: "Check creatinine before every dose; withhold if renal function deteriorates.",
      source: PAMIDRONATE_LABEL
    },
    {
      kind: "precaution",
      text: "Severe renal impairment (SCr at least 3 mg/dL or CrCl below 30 mL/min): infuse over 4-6 h.",
      source: PAMIDRONATE_RENAL_SECONDARY
    },
    {
      kind: "monitoring",
      text: "Hypocalcemia and other electrolyte changes; osteonecrosis of the jaw. Fever and flu-like symptoms or diarrhoea in about 21% (Kubalek 2001).",
      source: { ...PAMIDRONATE_LABEL, citation: `${PAMIDRONATE_LABEL.citation}; ${KUBALEK_2001.citation}` }
    },
    {
      kind: "monitoring",
      text: "Post-stroke CRPS series: fever or myalgia in 11 of 24 and 2 allergic skin reactions.",
      source: SOHN_2008
    }
  ],
  source: PAMIDRONATE_LABEL
};

// src/agents/zoledronic-acid.ts
var zoledronicAcid = {
  id: "zoledronic-acid",
  name: "Zoledronic acid",
  massUnit: "mg",
  weight: {
    basis: "actual",
    reason: "Zoledronic acid doses are fixed amounts; weight enters only the Cockcroft-Gault creatinine clearance, for which the reference says the weight used varies (actual, IBW or AdjBW). Actual weight is used.",
    source: {
      ...ZOMETA_CRCL_TABLE,
      verified: false,
      note: "The Zometa SmPC specifies Cockcroft-Gault; which weight goes into it is not settled in the reference."
    }
  },
  products: [
    {
      id: "zoledronic-acid-0.8mg-ml-5ml",
      agent: "zoledronic-acid",
      name: "Zoledronic acid 4 mg/5 mL (0.8 mg/mL) concentrate, 5 mL vial (Zometa-type)",
      form: "vial",
      strength: { value: "0.8", unit: "mg/mL" },
      volume: { value: "5", unit: "mL" },
      multiDose: false,
      dilution: "required",
      source: {
        ...ZOLEDRONIC_ACID_PRODUCTS,
        verified: false,
        note: "Dilute in 100 mL NS or D5W. [UNVERIFIED] The reference does not say whether the vial is multi-dose; it is treated as single-use so any remainder is reported as waste."
      }
    },
    {
      id: "zoledronic-acid-0.04mg-ml-premix-100ml",
      agent: "zoledronic-acid",
      name: "Zoledronic acid 4 mg/100 mL (0.04 mg/mL) ready-to-use",
      form: "premix",
      strength: { value: "0.04", unit: "mg/mL" },
      volume: { value: "100", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: ZOLEDRONIC_ACID_PRODUCTS
    },
    {
      id: "zoledronic-acid-0.05mg-ml-premix-100ml",
      agent: "zoledronic-acid",
      name: "Zoledronic acid 5 mg/100 mL (0.05 mg/mL) ready-to-infuse (Reclast-type)",
      form: "premix",
      strength: { value: "0.05", unit: "mg/mL" },
      volume: { value: "100", unit: "mL" },
      multiDose: false,
      dilution: "ready-to-use",
      source: ZOLEDRONIC_ACID_PRODUCTS
    }
  ],
  diluents: [
    { id: "sodium-chloride-0.9", source: ZOLEDRONIC_ACID_PRODUCTS },
    { id: "dextrose-5", source: ZOLEDRONIC_ACID_PRODUCTS }
  ],
  limits: [
    {
      id: "zoledronic-acid.duration.lower-hard",
      bound: "lower",
      severity: "hard",
      value: "15",
      unit: "min",
      source: { ...ZOLEDRONIC_ACID_LABEL, note: "Infuse over at least 15 min at a constant rate." }
    },
    {
      id: "zoledronic-acid.session-dose.upper-hard",
      bound: "upper",
      severity: "hard",
      value: "5",
      unit: "mg",
      source: {
        ...ZOLEDRONIC_ACID_PRODUCTS,
        grade: "derived",
        note: "The largest single dose of any product in the reference (Reclast-type 5 mg/100 mL); the 4 mg oncology product is dosed at most 4 mg."
      }
    }
  ],
  notes: [
    {
      kind: "incompatibility",
      text: "Do not mix with calcium or other divalent-cation solutions such as lactated Ringer's; give alone in a separate line.",
      source: CHEO_ZOLEDRONIC_ACID
    },
    {
      kind: "precaution",
      text: "Follow the infusion with a 10 mL NS flush. Acetaminophen afterwards may reduce the acute-phase reaction.",
      source: ZOLEDRONIC_ACID_LABEL
    },
    {
      kind: "contraindication",
      text: "Reclast-type 5 mg: contraindicated if creatinine clearance is below 35 mL/min or in hypocalcemia.",
      source: RECLAST_PI
    },
    {
      kind: "monitoring",
      text: "4 mg oncology product: dose by Cockcroft-Gault creatinine clearance (not recommended below 30 mL/min). Withhold if serum creatinine rises by 0.5 mg/dL (normal baseline) or 1.0 mg/dL (abnormal baseline).",
      source: ZOMETA_CRCL_TABLE
    }
  ],
  source: ZOLEDRONIC_ACID_PRODUCTS
};

// src/protocols/clonidine-iv-150-300.ts
var clonidineIv150300 = {
  id: "clonidine-iv-150-300",
  version: "1.0.0",
  name: "IV clonidine 150-300 mcg in 100 mL over 15 min (non-US hospital guides)",
  agent: "clonidine",
  indication: "Hypertensive crisis (label-type regimen outside the US); no chronic-pain IV protocol exists",
  regimen: "total-duration",
  total: {
    unit: "ug",
    // No value: the guides give a range; the clinician chooses within it.
    min: "150",
    max: "300",
    usual: "150",
    source: {
      ...CLONIDINE_IV_HOSP,
      note: "150-300 mcg; the clinician chooses the dose. The usual dose for the tenfold check is the bottom of the range."
    }
  },
  duration: { unit: "min", value: "15", usual: "15", source: { ...CLONIDINE_IV_HOSP, note: "In 100 mL over 15 min." } },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["clonidine-150ug-ml-ampoule"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "100",
    additiveVolume: "withdraw-equal",
    source: {
      ...CLONIDINE_IV_HOSP,
      note: "In 100 mL over 15 min; NS is the diluent both guides allow (D5W only in one). The bag is made up to 100 mL."
    }
  },
  schedule: {
    sessions: 1,
    description: "Single dose; may be repeated to at most 750 mcg in 24 h",
    source: CLONIDINE_IV_HOSP
  },
  notes: [
    {
      kind: "precaution",
      text: "This is a hypertensive-crisis regimen. The reference has no IV clonidine protocol for chronic pain; in the chronic-pain protocols clonidine is an oral adjunct (0.1 mg by mouth with ketamine).",
      source: CLONIDINE_IV_HOSP
    },
    {
      kind: "precaution",
      text: "Non-US product only: no US IV clonidine exists, and Duraclon is labelled for epidural use only.",
      source: DURACLON_LABEL
    },
    {
      kind: "monitoring",
      text: "Hypotension and bradycardia; taper over 2-3 days to avoid rebound hypertension.",
      source: CLONIDINE_IV_HOSP
    }
  ],
  source: CLONIDINE_IV_HOSP
};

// src/protocols/dexmedetomidine-procedural-label.ts
var dexmedetomidineProceduralLabel = {
  id: "dexmedetomidine-procedural-label",
  version: "1.0.0",
  name: "Dexmedetomidine procedural sedation, label dosing (Precedex)",
  agent: "dexmedetomidine",
  indication: "Procedural sedation of non-intubated adults (label); chronic-pain use rests on case reports only",
  regimen: "rate-duration",
  loading: {
    total: {
      unit: "ug/kg",
      value: "1",
      min: "0.5",
      max: "1",
      usual: "1",
      source: {
        ...DEXMEDETOMIDINE_LABEL,
        note: "1 mcg/kg over 10 min; 0.5 mcg/kg over 10 min for less invasive procedures or age over 65; none when converting from another sedative."
      }
    },
    duration: { unit: "min", value: "10", usual: "10", source: DEXMEDETOMIDINE_LABEL }
  },
  rate: {
    unit: "ug/kg/h",
    value: "0.6",
    max: "1",
    usual: "0.6",
    source: {
      ...DEXMEDETOMIDINE_LABEL,
      note: "Start 0.6 mcg/kg/h and titrate; the reference says the label range extends to about 1 mcg/kg/h."
    }
  },
  duration: {
    unit: "h",
    // No value: the length of sedation is the clinician's; the label allows no more than 24 h.
    max: "24",
    source: { ...DEXMEDETOMIDINE_LABEL, note: "Continuous infusion not exceeding 24 h; the clinician supplies the duration." }
  },
  caps: [],
  preparation: {
    style: "standard-concentration",
    products: ["dexmedetomidine-100ug-ml-2ml", "dexmedetomidine-4ug-ml-premix-20ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    concentration: "0.004",
    additiveVolume: "withdraw-equal",
    source: {
      ...ASHP_S4S_2016,
      citation: `${ASHP_S4S_2016.citation}; ${DEXMEDETOMIDINE_LABEL.citation}`,
      note: "Standard concentration 4 mcg/mL (ASHP S4S; the label dilutes 2 mL of 100 mcg/mL with 48 mL NS to 50 mL). The confirmed 20 mL premix is the same concentration; the 50 and 100 mL premixes are not offered because the reference marks them [UNVERIFIED]."
    }
  },
  schedule: { sessions: 1, description: "One sedation session", source: DEXMEDETOMIDINE_LABEL },
  notes: [
    {
      kind: "precaution",
      text: "Over 65: loading dose 0.5 mcg/kg over 10 min and consider a lower maintenance dose. Consider a dose reduction in hepatic impairment.",
      source: DEXMEDETOMIDINE_LABEL
    },
    {
      kind: "precaution",
      text: "No dosing standard for chronic pain exists; the label sedation ranges are the only anchors.",
      source: DEXMEDETOMIDINE_CHRONIC_PAIN
    },
    {
      kind: "monitoring",
      text: "Continuous monitoring by skilled staff; biphasic blood-pressure response to the loading dose; hypotension, bradycardia.",
      source: DEXMEDETOMIDINE_LABEL
    }
  ],
  source: DEXMEDETOMIDINE_LABEL
};

// src/protocols/ketamine-booster-getson.ts
var ketamineBoosterGetson = {
  id: "ketamine-booster-getson",
  version: "1.0.0",
  name: "Ketamine outpatient booster, 100-200 mg over 4 h (Schwartzman/Getson)",
  agent: "ketamine",
  indication: "Complex regional pain syndrome: booster after an inpatient ketamine course",
  regimen: "total-duration",
  total: {
    unit: "mg",
    // No value: the source gives a range; the clinician chooses within it.
    min: "100",
    max: "200",
    usual: "100",
    source: {
      ...GETSON_PROTOCOL,
      note: "Boosters are 100-200 mg over 4 h; the clinician chooses the dose. The usual dose for the tenfold check is the bottom of the range."
    }
  },
  duration: { unit: "h", value: "4", usual: "4", source: GETSON_PROTOCOL },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for the boosters: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice."
    }
  },
  schedule: {
    sessions: 1,
    description: "Per booster. After discharge: 1-2 boosters a week, tapered to 2 a week every other week for 1 month, then 1 every other week for 1 month, monthly x 3, then every 3 months",
    source: GETSON_PROTOCOL
  },
  adjuncts: [
    { drug: "clonidine", dose: { min: "0.1", max: "0.2", unit: "mg" }, route: "PO", when: "daily or twice daily", optional: false, source: GETSON_PROTOCOL },
    { drug: "lorazepam", dose: { min: "1", max: "2", unit: "mg" }, route: "PO", when: "for dysphoria, as needed", optional: true, source: GETSON_PROTOCOL }
  ],
  notes: [
    {
      kind: "precaution",
      text: "Programme adjuncts: clonidine 0.1-0.2 mg by mouth daily or twice daily; lorazepam 1-2 mg for dysphoria.",
      source: GETSON_PROTOCOL
    },
    {
      kind: "precaution",
      text: "The inpatient part of the programme (start 20 mg/h, +5 mg/h steps, at most 40 mg/h, 5 days continuous) is not part of this protocol.",
      source: GETSON_PROTOCOL
    },
    {
      kind: "precaution",
      text: "Use immediately after dilution.",
      source: KETAMINE_LABEL
    }
  ],
  source: GETSON_PROTOCOL
};

// src/protocols/ketamine-escalation-rema-2012.ts
var ketamineEscalationRema2012 = {
  id: "ketamine-escalation-rema-2012",
  version: "1.0.0",
  name: "Ketamine daily escalation, 0.2-0.6 mg/kg/h over 4 h (Rema 2012)",
  agent: "ketamine",
  indication: "Chronic pain (outpatient multi-day ketamine)",
  regimen: "rate-duration",
  rate: {
    unit: "mg/kg/h",
    // No value: the rate depends on the day of the course; the clinician chooses it.
    min: "0.2",
    max: "0.6",
    usual: "0.2",
    source: {
      ...REMA_2012,
      note: "0.2 -> 0.4 -> 0.6 mg/kg/h on consecutive days; the clinician chooses the day's rate. The usual rate for the tenfold check is the first day's."
    }
  },
  duration: { unit: "h", value: "4", usual: "4", source: REMA_2012 },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for this regimen: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice."
    }
  },
  titration: REMA_2012_TITRATION,
  schedule: {
    sessions: 3,
    description: "Consecutive days at 0.2, 0.4 and 0.6 mg/kg/h (the three steps the abstract reports; it calls the course multi-day outpatient and gives no other length)",
    source: REMA_2012
  },
  notes: [
    {
      kind: "precaution",
      text: "Escalate by 0.2 mg/kg/h a day (0.2, then 0.4, then 0.6 mg/kg/h). No haemodynamic difference between the steps; 0.6 mg/kg/h gave more NRS reduction.",
      source: REMA_2012
    },
    {
      kind: "precaution",
      text: "Use immediately after dilution.",
      source: KETAMINE_LABEL
    }
  ],
  source: REMA_2012
};

// src/protocols/ketamine-kit-tankha-2025.ts
var ketamineKitTankha2025 = {
  id: "ketamine-kit-tankha-2025",
  version: "1.0.0",
  name: "Ketamine infusion therapy, 0.5 mg/kg over 40 min for 5 days (Cleveland Clinic KIT, Tankha 2025)",
  agent: "ketamine",
  indication: "Chronic pain (Cleveland Clinic standardized outpatient course)",
  regimen: "total-duration",
  total: { unit: "mg/kg", value: "0.5", usual: "0.5", source: TANKHA_2025 },
  duration: { unit: "min", value: "40", usual: "40", source: TANKHA_2025 },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for this regimen: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice."
    }
  },
  schedule: { sessions: 5, description: "5 consecutive days", source: TANKHA_2025 },
  notes: [
    {
      kind: "precaution",
      text: "Standardized dose with no titration (retrospective series, n=1,034).",
      source: TANKHA_2025
    },
    {
      kind: "precaution",
      text: "Use immediately after dilution.",
      source: KETAMINE_LABEL
    }
  ],
  source: TANKHA_2025
};

// src/protocols/ketamine-outpatient-goldberg-2005.ts
var ketamineOutpatientGoldberg2005 = {
  id: "ketamine-outpatient-goldberg-2005",
  version: "1.0.0",
  name: "Ketamine 10-day outpatient course, 40-80 mg per 4-h session (Goldberg 2005)",
  agent: "ketamine",
  indication: "Complex regional pain syndrome",
  regimen: "total-duration",
  total: {
    unit: "mg",
    // No value: the dose is titrated up across the days within 40-80 mg; the clinician chooses it.
    min: "40",
    max: "80",
    usual: "40",
    source: {
      ...GOLDBERG_2005,
      note: "40-80 mg per daily 4-h session, titrated up across the days. The usual dose for the tenfold check is the bottom of the range."
    }
  },
  duration: { unit: "h", value: "4", usual: "4", source: GOLDBERG_2005 },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for this regimen: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice."
    }
  },
  schedule: { sessions: 10, description: "10 daily treatments over 2 consecutive weeks, 4 h each", source: GOLDBERG_2005 },
  notes: [
    {
      kind: "precaution",
      text: "The dose is titrated up across the days (titration from history is a later feature of this library). Midazolam 2 mg was given.",
      source: GOLDBERG_2005
    },
    {
      kind: "precaution",
      text: "Another description of this 10-day course gives 70-200 mg a day titrated over 10 days, which does not match the 40-80 mg per session above.",
      source: { ...GETSON_PROTOCOL, verified: false, note: "Two descriptions of the same course disagree (40-80 mg per session vs 70-200 mg a day)." }
    },
    {
      kind: "monitoring",
      text: "Continuous ECG, pulse oximetry, NIBP every 15 min.",
      source: GOLDBERG_2005
    }
  ],
  source: GOLDBERG_2005
};

// src/protocols/ketamine-test-infusion-cohen-2018.ts
var ketamineTestInfusionCohen2018 = {
  id: "ketamine-test-infusion-cohen-2018",
  version: "1.0.0",
  name: "Ketamine test infusion, 80 mg over more than 2 h (ASRA/AAPM/ASA, Cohen 2018)",
  agent: "ketamine",
  indication: "Chronic pain: a single outpatient test infusion before deciding on a series",
  regimen: "total-duration",
  total: { unit: "mg", value: "80", usual: "80", source: COHEN_2018_TEST_INFUSION },
  duration: {
    unit: "h",
    // No value: "over >2 h" gives only a minimum, so the clinician chooses the duration.
    min: "2",
    source: {
      ...COHEN_2018_TEST_INFUSION,
      note: "The statement says over more than 2 h and gives no other duration; the clinician chooses it. (2 h is the floor: the source says more than 2 h.)"
    }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["ketamine-50mg-ml-10ml", "ketamine-100mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: "withdraw-equal",
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for the test infusion: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice (the label says the 10 mg/mL strength should not be diluted)."
    }
  },
  schedule: {
    sessions: 1,
    description: "One infusion, then reassess before a series",
    source: COHEN_2018_TEST_INFUSION
  },
  notes: [
    {
      kind: "precaution",
      text: "Escalate or repeat only with benefit. Higher doses, longer infusions and more frequent dosing work better but cause more adverse effects (moderate evidence).",
      source: COHEN_2018
    },
    {
      kind: "precaution",
      text: "Infusions under 2 h were unlikely to give relief at 48 h.",
      source: NOPPERS_VIA_CASA
    },
    {
      kind: "precaution",
      text: "Use immediately after dilution.",
      source: KETAMINE_LABEL
    }
  ],
  source: COHEN_2018_TEST_INFUSION
};

// src/protocols/lidocaine-5mgkg-40min.ts
var lidocaine5mgkg40min = {
  id: "lidocaine-5mgkg-40min",
  version: "1.0.0",
  name: "IV lidocaine 5 mg/kg in 150 mL over 40 min (two-rate regimen)",
  agent: "lidocaine",
  indication: "Neuropathic pain (single test or treatment infusion)",
  regimen: "total-duration",
  total: {
    unit: "mg/kg",
    value: "5",
    usual: "5",
    source: {
      ...LIDOCAINE_5MGKG_40MIN_STUDY,
      note: "Mean plasma lidocaine peaked at 2.7 mcg/mL at 40 min; analgesia above about 2 mcg/mL; 13 of 16 responded."
    }
  },
  duration: {
    unit: "min",
    value: "40",
    usual: "40",
    source: { ...LIDOCAINE_5MGKG_40MIN_STUDY, note: "The two fixed-rate phases give 40 min for a 150 mL bag." }
  },
  phases: [
    { rate: { value: "300", unit: "mL/h" }, duration: { value: "10", unit: "min" } },
    { rate: { value: "200", unit: "mL/h" } }
  ],
  caps: [],
  weight: {
    basis: "ideal",
    reason: "The study doses per kg without naming the weight; the international consensus uses ideal body weight (actual weight when lower).",
    source: FOO_2021
  },
  preparation: {
    style: "whole-bag",
    products: ["lidocaine-20mg-ml", "lidocaine-10mg-ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "150",
    additiveVolume: "withdraw-equal",
    source: {
      ...LIDOCAINE_5MGKG_40MIN_STUDY,
      note: "5 mg/kg in 150 mL NS. The bag is made up to 150 mL (an equal volume withdrawn first) so the two phases end at 40 min as the study states; the preservative-free product is a pharmacy choice."
    }
  },
  schedule: { sessions: 1, description: "Single test or treatment infusion", source: LIDOCAINE_5MGKG_40MIN_STUDY },
  notes: [
    {
      kind: "precaution",
      text: "This regimen is faster than the RCH chronic-pain range: 5 mg/kg over 40 min averages 125 mcg/kg/min (higher in the first 10 min), above 75 mcg/kg/min, and can pass 300 mg/h; expect the plan to show those soft findings.",
      source: { ...RCH_LIDOCAINE, citation: `${RCH_LIDOCAINE.citation}; ${XYLOCAINE_LABEL.citation}`, grade: "derived", verified: true }
    },
    {
      kind: "precaution",
      text: "The study states no session cap; the library's lidocaine session maximum (500 mg) still applies, so a dosing weight above 100 kg is refused rather than capped.",
      source: RCH_LIDOCAINE
    },
    {
      kind: "precaution",
      text: "Do not give IV products that contain preservative or epinephrine.",
      source: LIDOCAINE_PRODUCTS
    }
  ],
  source: LIDOCAINE_5MGKG_40MIN_STUDY
};

// src/protocols/lidocaine-perioperative-foo-2021.ts
var lidocainePerioperativeFoo2021 = {
  id: "lidocaine-perioperative-foo-2021",
  version: "1.0.0",
  name: "IV lidocaine, perioperative (Foo 2021 international consensus)",
  agent: "lidocaine",
  indication: "Perioperative analgesia (the consensus covers perioperative use, not chronic pain)",
  regimen: "rate-duration",
  loading: {
    total: {
      unit: "mg/kg",
      value: "1.5",
      max: "1.5",
      usual: "1.5",
      source: { ...FOO_2021, note: "Initial dose no more than 1.5 mg/kg IBW; the protocol states the maximum and a clinician may order less." }
    },
    duration: { unit: "min", value: "10", usual: "10", source: { ...FOO_2021, note: "Given as an infusion over 10 min." } }
  },
  rate: {
    unit: "mg/kg/h",
    value: "1.5",
    max: "1.5",
    usual: "1.5",
    source: { ...FOO_2021, note: "Then no more than 1.5 mg/kg/h; the protocol states the maximum and a clinician may order less." }
  },
  duration: {
    unit: "h",
    // No value: the consensus gives only the 24 h ceiling; the clinician supplies the duration.
    max: "24",
    source: { ...FOO_2021, note: "For 24 h or less, with review; the clinician supplies the maintenance duration." }
  },
  caps: [
    {
      id: "foo.rate-cap",
      value: "120",
      unit: "mg/h",
      source: {
        ...FOO_2021_SECONDARY,
        note: "Absolute 120 mg/h regardless of weight, seen only in secondary summaries of Foo 2021 [secondary - check against full text]. It caps the maintenance rate (it binds above 80 kg IBW at 1.5 mg/kg/h), not the 10-min loading dose."
      }
    }
  ],
  weight: {
    basis: "ideal",
    reason: "The consensus doses lidocaine by ideal body weight (Devine); actual weight is used when it is lower.",
    source: FOO_2021
  },
  preparation: {
    style: "standard-concentration",
    products: ["lidocaine-4mg-ml-premix-500ml", "lidocaine-8mg-ml-premix-250ml"],
    containerKind: "bag",
    additiveVolume: "add",
    source: {
      ...LIDOCAINE_PRODUCTS,
      verified: false,
      note: "Foo 2021 gives no preparation. The labelled D5W premixes are used as they are, the weaker (4 mg/mL) first; this is a pharmacy choice, not a value from the consensus."
    }
  },
  schedule: { sessions: 1, description: "One perioperative infusion, 24 h at most, with review", source: FOO_2021 },
  notes: [
    {
      kind: "precaution",
      text: "Treat as a high-risk medicine. No IV lidocaine within 4 h of a nerve block, and no block until 4 h after stopping.",
      source: FOO_2021
    },
    {
      kind: "precaution",
      text: "Avoid below 40 kg; beyond 24 h only at 50% of the rate; 20% lipid emulsion available; dedicated line.",
      source: FOO_2021_SECONDARY
    },
    {
      kind: "precaution",
      text: "The library's lidocaine session maximum of 500 mg (from the RCH chronic-pain protocol) is a hard limit on the agent, so a long maintenance duration at 1.5 mg/kg/h will be refused once loading plus maintenance pass 500 mg.",
      source: RCH_LIDOCAINE
    }
  ],
  source: FOO_2021
};

// src/protocols/magnesium-phn-brill-2002.ts
var magnesiumPhnBrill2002 = {
  id: "magnesium-phn-brill-2002",
  version: "1.0.0",
  name: "Magnesium sulfate for post-herpetic neuralgia, 30 mg/kg over 30 min (Brill 2002)",
  agent: "magnesium-sulfate",
  indication: "Post-herpetic neuralgia",
  regimen: "total-duration",
  total: { unit: "mg/kg", value: "30", usual: "30", source: BRILL_2002 },
  duration: { unit: "min", value: "30", usual: "30", source: BRILL_2002 },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: [
      "magnesium-sulfate-500mg-ml-10ml",
      "magnesium-sulfate-500mg-ml-20ml",
      "magnesium-sulfate-500mg-ml-50ml",
      "magnesium-sulfate-500mg-ml-2ml"
    ],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "100",
    additiveVolume: "withdraw-equal",
    source: {
      ...BRILL_2002,
      note: "30 mg/kg in 100 mL NS: the bag is made up to 100 mL (an equal volume of NS withdrawn first). The 50% vial is diluted well below the 20% maximum concentration."
    }
  },
  schedule: { sessions: 1, description: "Single dose", source: BRILL_2002 },
  notes: [
    {
      kind: "precaution",
      text: "Small trial summarized secondarily: at least 30% relief in 11 of 15 on magnesium.",
      source: BRILL_2002
    },
    {
      kind: "monitoring",
      text: "Label monitoring applies: urine output, patellar reflex, respiratory rate, serum Mg; IV calcium gluconate at hand.",
      source: MAGNESIUM_LABEL
    }
  ],
  source: BRILL_2002
};

// src/protocols/magnesium-phn-kim-2015.ts
var magnesiumPhnKim2015 = {
  id: "magnesium-phn-kim-2015",
  version: "1.0.0",
  name: "Magnesium sulfate for post-herpetic neuralgia, 30 mg/kg over 1 h every other day x 3 (Kim 2015)",
  agent: "magnesium-sulfate",
  indication: "Post-herpetic neuralgia",
  regimen: "total-duration",
  total: { unit: "mg/kg", value: "30", usual: "30", source: KIM_2015 },
  duration: { unit: "h", value: "1", usual: "1", source: KIM_2015 },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: [
      "magnesium-sulfate-500mg-ml-10ml",
      "magnesium-sulfate-500mg-ml-20ml",
      "magnesium-sulfate-500mg-ml-50ml",
      "magnesium-sulfate-500mg-ml-2ml"
    ],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "100",
    additiveVolume: "withdraw-equal",
    source: {
      ...KIM_2015,
      verified: false,
      note: 'The summary says "in 100 mL" without naming the fluid. NS is chosen (as in Brill 2002; NS and D5W are the labelled diluents); change it if the institution uses D5W. The bag is made up to 100 mL.'
    }
  },
  schedule: { sessions: 3, description: "Every other day, 3 infusions", source: KIM_2015 },
  notes: [
    {
      kind: "precaution",
      text: "The trial gave midazolam 0.1 mg/kg with each infusion (not planned by this library).",
      source: KIM_2015
    },
    {
      kind: "monitoring",
      text: "Label monitoring applies: urine output, patellar reflex, respiratory rate, serum Mg; IV calcium gluconate at hand.",
      source: MAGNESIUM_LABEL
    }
  ],
  source: KIM_2015
};

// src/protocols/pamidronate-crps-3day.ts
var KUBALEK_SOHN = {
  ...KUBALEK_2001,
  citation: `${KUBALEK_2001.citation}; ${SOHN_2008.citation}`
};
var pamidronateCrps3day = {
  id: "pamidronate-crps-3day",
  version: "1.0.0",
  name: "Pamidronate for CRPS, 60 mg a day for 3 days (Kubalek 2001; Sohn 2008)",
  agent: "pamidronate",
  indication: "Complex regional pain syndrome (including post-stroke CRPS)",
  regimen: "total-duration",
  total: { unit: "mg", value: "60", usual: "60", source: KUBALEK_SOHN },
  duration: {
    unit: "h",
    // No value: the reference gives only the label minimum (2 h); the clinician chooses the duration.
    min: "2",
    source: { ...PAMIDRONATE_LABEL, note: "At least 2 h each day (label). The clinician supplies the duration." }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["pamidronate-6mg-ml-10ml", "pamidronate-3mg-ml-10ml", "pamidronate-9mg-ml-10ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "500",
    additiveVolume: "add",
    source: {
      ...SOHN_2008,
      citation: `${SOHN_2008.citation}; ${PAMIDRONATE_DILUENT_LABEL.citation}`,
      verified: false,
      note: "500 mL is from Sohn 2008, which used 5% glucose-saline; that fluid is neither in the catalogue nor in the label's list (NS, 0.45% NaCl, D5W), so NS is used. Kubalek 2001's fluid and volume are not in the reference."
    }
  },
  schedule: { sessions: 3, description: "3 consecutive days (180 mg in all)", source: KUBALEK_SOHN },
  notes: [
    {
      kind: "monitoring",
      text: "Check creatinine before every dose; withhold if renal function deteriorates.",
      source: PAMIDRONATE_LABEL
    },
    {
      kind: "monitoring",
      text: "Fever and flu-like symptoms or diarrhoea in about 21% (Kubalek); fever or myalgia in 11 of 24 and 2 allergic skin reactions (Sohn).",
      source: KUBALEK_SOHN
    }
  ],
  source: KUBALEK_SOHN
};

// src/protocols/pamidronate-crps-cortet-1997.ts
var pamidronateCrpsCortet1997 = {
  id: "pamidronate-crps-cortet-1997",
  version: "1.0.0",
  name: "Pamidronate for CRPS, 1 mg/kg a day for 1-3 days (Cortet 1997)",
  agent: "pamidronate",
  indication: "Complex regional pain syndrome",
  regimen: "total-duration",
  total: { unit: "mg/kg", value: "1", usual: "1", source: CORTET_1997 },
  duration: {
    unit: "h",
    // No value: the reference gives only the label minimum (2 h); the clinician chooses the duration.
    min: "2",
    source: { ...PAMIDRONATE_LABEL, note: "At least 2 h each day (label). The clinician supplies the duration." }
  },
  caps: [
    {
      id: "cortet.session-cap",
      value: "90",
      unit: "mg",
      source: {
        ...PAMIDRONATE_LABEL,
        note: "Label single-dose maximum 90 mg; 1 mg/kg passes it above 90 kg, so the dose is capped there and the plan shows it."
      }
    }
  ],
  preparation: {
    style: "whole-bag",
    products: ["pamidronate-6mg-ml-10ml", "pamidronate-3mg-ml-10ml", "pamidronate-9mg-ml-10ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the study's section in the reference gives none (label: 250-500 mL).
    additiveVolume: "add",
    source: {
      ...PAMIDRONATE_DILUENT_LABEL,
      verified: false,
      note: `The reference's study row gives no diluent or volume for Cortet 1997 (its protocol table puts "60 mg/day (or 1 mg/kg/day) in 500 mL" on one line for three studies, but the study row ties 500 mL only to Sohn 2008). NS is one of the label's diluents; the clinician chooses the bag (label 250-500 mL).`
    }
  },
  schedule: {
    sessions: 3,
    description: "Daily for 1 to 3 days (the study gave 1-3 infusions); the clinician decides how many",
    source: CORTET_1997
  },
  notes: [
    {
      kind: "monitoring",
      text: "Check creatinine before every dose; withhold if renal function deteriorates.",
      source: PAMIDRONATE_LABEL
    }
  ],
  source: CORTET_1997
};

// src/protocols/pamidronate-crps-robinson-2004.ts
var pamidronateCrpsRobinson2004 = {
  id: "pamidronate-crps-robinson-2004",
  version: "1.0.0",
  name: "Pamidronate for CRPS, 60 mg once (Robinson 2004)",
  agent: "pamidronate",
  indication: "Complex regional pain syndrome",
  regimen: "total-duration",
  total: { unit: "mg", value: "60", usual: "60", source: ROBINSON_2004 },
  duration: {
    unit: "h",
    // No value: the label gives only a minimum (2 h); the clinician chooses the duration.
    min: "2",
    source: { ...PAMIDRONATE_LABEL, note: "At least 2 h (label); longer infusions lower renal risk. The clinician supplies the duration." }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["pamidronate-6mg-ml-10ml", "pamidronate-3mg-ml-10ml", "pamidronate-9mg-ml-10ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: the label allows 250-500 mL and nothing ties a volume to this regimen.
    additiveVolume: "add",
    source: {
      ...PAMIDRONATE_DILUENT_LABEL,
      verified: false,
      note: "The reference gives no diluent or volume for Robinson 2004. NS is one of the label's diluents (NS, 0.45% NaCl, D5W); the clinician chooses the bag (label 250-500 mL)."
    }
  },
  schedule: { sessions: 1, description: "Once", source: ROBINSON_2004 },
  notes: [
    {
      kind: "monitoring",
      text: "Check creatinine before the dose.",
      source: PAMIDRONATE_LABEL
    }
  ],
  source: ROBINSON_2004
};

// src/protocols/zoledronic-acid-4mg-by-crcl.ts
var zoledronicAcid4mgByCrcl = {
  id: "zoledronic-acid-4mg-by-crcl",
  version: "1.0.0",
  name: "Zoledronic acid 4 mg product, dose by creatinine clearance (Zometa)",
  agent: "zoledronic-acid",
  indication: "Oncology dosing of the 4 mg product (Zometa SmPC); the reference has no CRPS regimen with this product",
  regimen: "total-duration",
  // No `total`: the session dose comes from the clearance bands.
  clearanceBands: {
    // First match wins (mL/min): below 30 none; 30 to under 40; 40 to under 50; 50 to 60 inclusive; above 60.
    bands: [
      { max: "30" },
      { min: "30", max: "40", dose: "3" },
      { min: "40", max: "50", dose: "3.3" },
      { min: "50", max: "60", maxInclusive: true, dose: "3.5" },
      { min: "60", minExclusive: true, dose: "4" }
    ],
    unit: "mg",
    weight: "actual",
    source: {
      ...ZOMETA_CRCL_TABLE,
      verified: false,
      note: "Zometa: CrCl above 60 mL/min 4.0 mg; 50-60: 3.5 mg; 40-49: 3.3 mg; 30-39: 3.0 mg; below 30: not recommended (Cockcroft-Gault). The weight in Cockcroft-Gault is not settled in the reference (actual, IBW or AdjBW vary); actual weight is used, which gives the highest clearance in obesity. The label's 40-49 and 30-39 bands are read as 40 to under 50 and 30 to under 40."
    }
  },
  duration: {
    unit: "min",
    // No value: the label gives only a minimum (15 min); the clinician chooses the duration.
    min: "15",
    source: { ...ZOLEDRONIC_ACID_LABEL, note: "At least 15 min at a constant rate. The clinician supplies the duration." }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    products: ["zoledronic-acid-0.8mg-ml-5ml"],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "100",
    additiveVolume: "add",
    source: {
      ...ZOLEDRONIC_ACID_PRODUCTS,
      note: "The 4 mg/5 mL concentrate is drawn for the band dose and diluted in 100 mL NS (NS or D5W per the label). The 4 mg/100 mL ready-to-use product fits only the 4 mg band and is not offered here."
    }
  },
  schedule: {
    sessions: 1,
    description: "One dose; the repeat interval is not in the reference",
    source: ZOMETA_CRCL_TABLE
  },
  notes: [
    {
      kind: "monitoring",
      text: "Withhold if serum creatinine rises by 0.5 mg/dL (normal baseline) or 1.0 mg/dL (abnormal baseline).",
      source: ZOMETA_CRCL_TABLE
    },
    {
      kind: "incompatibility",
      text: "Do not mix with calcium or other divalent-cation solutions such as lactated Ringer's; give alone in a separate line.",
      source: CHEO_ZOLEDRONIC_ACID
    },
    {
      kind: "precaution",
      text: "Follow with a 10 mL NS flush; acetaminophen afterwards may reduce the acute-phase reaction.",
      source: ZOLEDRONIC_ACID_LABEL
    }
  ],
  source: ZOMETA_CRCL_TABLE
};

// src/protocols/zoledronic-acid-crps-5mg.ts
var zoledronicAcidCrps5mg = {
  id: "zoledronic-acid-crps-5mg",
  version: "1.0.0",
  name: "Zoledronic acid 5 mg once for CRPS (NCT01788176)",
  agent: "zoledronic-acid",
  indication: "Complex regional pain syndrome",
  regimen: "total-duration",
  total: { unit: "mg", value: "5", usual: "5", source: ZOLEDRONIC_ACID_CRPS_TRIAL },
  clearanceBands: {
    // First match wins; min inclusive, max exclusive (mL/min). Same 5 mg as `total` where allowed.
    bands: [{ max: "35" }, { min: "35", dose: "5" }],
    unit: "mg",
    weight: "actual",
    source: {
      ...RECLAST_PI,
      verified: false,
      note: "Reclast-type 5 mg is contraindicated if CrCl is below 35 mL/min. The weight used in Cockcroft-Gault is not settled in the reference (actual, IBW or AdjBW vary); actual weight is used here, which gives the highest clearance in obesity."
    }
  },
  duration: {
    unit: "min",
    // No value: the label gives only a minimum (15 min); the clinician chooses the duration.
    min: "15",
    source: { ...ZOLEDRONIC_ACID_LABEL, note: "At least 15 min at a constant rate. The clinician supplies the duration." }
  },
  caps: [],
  preparation: {
    style: "standard-concentration",
    products: ["zoledronic-acid-0.05mg-ml-premix-100ml"],
    // No diluent: the 5 mg/100 mL product is ready to infuse.
    containerKind: "bag",
    additiveVolume: "add",
    source: { ...ZOLEDRONIC_ACID_PRODUCTS, note: "Reclast-type 5 mg/100 mL ready-to-infuse, given as it is." }
  },
  schedule: { sessions: 1, description: "Once", source: ZOLEDRONIC_ACID_CRPS_TRIAL },
  notes: [
    {
      kind: "contraindication",
      text: "Contraindicated if creatinine clearance is below 35 mL/min or in hypocalcemia.",
      source: RECLAST_PI
    },
    {
      kind: "precaution",
      text: "Follow with a 10 mL NS flush; acetaminophen afterwards may reduce the acute-phase reaction.",
      source: ZOLEDRONIC_ACID_LABEL
    },
    {
      kind: "precaution",
      text: "The CRPS trial registration is of unknown status. Across bisphosphonates the evidence is a low-certainty short-term benefit.",
      source: FERRARO_META_ANALYSIS
    }
  ],
  source: ZOLEDRONIC_ACID_CRPS_TRIAL
};

// src/protocols/ivig-crps-goebel-2010.ts
var ivigCrpsGoebel2010 = {
  id: "ivig-crps-goebel-2010",
  version: "1.0.0",
  name: "IVIG for CRPS, 0.25 g/kg a day for 2 days (Goebel 2010)",
  agent: "immune-globulin",
  indication: "Complex regional pain syndrome (longstanding, refractory)",
  regimen: "total-rate",
  total: { unit: "g/kg", value: "0.25", usual: "0.25", source: GOEBEL_2010 },
  rate: {
    unit: "mg/kg/min",
    // No value: the rate follows the product's label ramp, or the clinician supplies it from the label.
    source: {
      ...IGIV_LABELS,
      note: "The trial's rate is not in the reference: the rate follows the chosen product's label ramp (start, never above its maximum, or its at-risk maximum). For a product with no ramp in the reference the clinician supplies the rate from its label. The duration follows from dose and rate."
    }
  },
  caps: [],
  wholeVials: { source: ASCIA_WHOLE_VIALS },
  preparation: {
    style: "standard-concentration",
    products: IVIG_PRODUCT_PREFERENCE,
    // No diluent: IVIG is given at the product's own concentration from its vials.
    containerKind: "bag",
    additiveVolume: "add",
    source: {
      ...IVIG_PRODUCTS,
      verified: false,
      note: "The product used in the trial is not in the reference, so any IVIG product may be chosen. Products with both vial sizes and a label ramp in the reference come first (Privigen, smallest vial first so whole-vial rounding is finest), then those with a ramp but no vial sizes, then the rest. IVIG runs from the product's own vials, which the container kinds (bag or syringe) cannot say; 'bag' is the nearest."
    }
  },
  schedule: {
    sessions: 2,
    description: "0.25 g/kg on each of 2 days (0.5 g/kg in all); a single course, repeated only with more than 30% relief",
    source: GOEBEL_2010
  },
  notes: [
    {
      kind: "precaution",
      text: "Crossover RCT against saline (washout at least 28 days): pain 1.55 NRS units lower on days 6-19; 3 of 12 had at least 50% reduction; pain back to baseline by 3 months.",
      source: GOEBEL_2010
    },
    {
      kind: "precaution",
      text: "Continue (maintenance) only with more than 30% pain relief; 1 g/kg was no better than 0.5 g/kg.",
      source: IVIG_CONTINUATION
    }
  ],
  source: GOEBEL_2010
};

// src/protocols/ivig-crps-lips-goebel-2014.ts
var ivigCrpsLipsGoebel2014 = {
  id: "ivig-crps-lips-goebel-2014",
  version: "1.0.0",
  name: "IVIG for CRPS, 0.5 g/kg Intratect on days 1 and 22 (LIPS, Goebel 2014/2017)",
  agent: "immune-globulin",
  indication: "Complex regional pain syndrome of 1-5 years (trial found no significant effect)",
  regimen: "total-rate",
  total: { unit: "g/kg", value: "0.5", usual: "0.5", source: GOEBEL_LIPS },
  rate: {
    unit: "mg/kg/min",
    // No value: the reference gives no Intratect rate; the clinician supplies it from the SmPC.
    source: {
      ...IVIG_PRODUCTS,
      note: "The reference gives no Intratect infusion rate or ramp; the clinician supplies the rate from the Intratect SmPC. The duration follows from dose and rate."
    }
  },
  caps: [],
  preparation: {
    style: "standard-concentration",
    products: ["immune-globulin-intratect-5pct"],
    // No diluent: given at the product's own 5% concentration.
    containerKind: "bag",
    additiveVolume: "add",
    source: {
      ...GOEBEL_LIPS,
      note: "Intratect 50 g/L as in the trial, given at its own concentration (20 mL per g). IVIG runs from the product's own vials; 'bag' is the nearest container kind."
    }
  },
  schedule: {
    sessions: 2,
    description: "Day 1 and day 22 (optional open-label doses on day 43 and day 64)",
    source: GOEBEL_LIPS
  },
  notes: [
    {
      kind: "precaution",
      text: "Negative trial: no significant effect against placebo (n=111).",
      source: GOEBEL_LIPS
    },
    {
      kind: "precaution",
      text: "Whole-vial rounding (ASCIA) is not applied: the reference gives no Intratect vial sizes.",
      source: ASCIA_WHOLE_VIALS
    },
    {
      kind: "precaution",
      text: "The reference's 5% rate example is for an unnamed product and is not Intratect's; do not use it for this protocol.",
      source: IVIG_5PCT_MONOGRAPH
    }
  ],
  source: GOEBEL_LIPS
};

// src/protocols/ivig-dpn-jann-2020.ts
var ivigDpnJann2020 = {
  id: "ivig-dpn-jann-2020",
  version: "1.0.0",
  name: "IVIG for painful diabetic polyneuropathy, 0.4 g/kg a day for 5 days (Jann 2020)",
  agent: "immune-globulin",
  indication: "Painful diabetic polyneuropathy",
  regimen: "total-rate",
  total: {
    unit: "g/kg",
    value: "0.4",
    usual: "0.4",
    source: { ...JANN_2020, note: "At least 50% pain reduction in 63.6% vs 0% on placebo (n=23)." }
  },
  rate: {
    unit: "mg/kg/min",
    // No value: the rate follows the product's label ramp, or the clinician supplies it from the label.
    source: {
      ...IGIV_LABELS,
      note: "The trial's rate is not in the reference: the rate follows the chosen product's label ramp; for a product with no ramp in the reference the clinician supplies it from its label. The duration follows from dose and rate."
    }
  },
  caps: [],
  wholeVials: { source: ASCIA_WHOLE_VIALS },
  preparation: {
    style: "standard-concentration",
    products: IVIG_PRODUCT_PREFERENCE,
    containerKind: "bag",
    additiveVolume: "add",
    source: {
      ...IVIG_PRODUCTS,
      verified: false,
      note: "The product used in the trial is not in the reference, so any IVIG product may be chosen; products with vial sizes and a label ramp come first. IVIG runs from the product's own vials; 'bag' is the nearest container kind."
    }
  },
  schedule: { sessions: 5, description: "Daily for 5 days", source: JANN_2020 },
  notes: [
    {
      kind: "precaution",
      text: "Small RCT (n=23), known only from a review table.",
      source: JANN_2020
    }
  ],
  source: JANN_2020
};

// src/patient/limits.ts
var NCHS_2025 = {
  citation: "Fryar CD et al., Anthropometric Reference Data for Children and Adults: United States, August 2021-August 2023. Vital Health Stat 3(50), NCHS 2025 (doi 10.15620/cdc/174595), Tables 3 and 7, adults 20 and over",
  grade: "standard",
  verified: true
};
var HARD_BOUND_CHOICE = {
  citation: "infusion-dose design choice anchored on NCHS 2025 (no published cutoff for an impossible adult value exists)",
  grade: "derived",
  verified: false,
  note: "Set far outside the NCHS 5th-95th percentiles so only values that cannot be an adult\u2019s (a unit or typing slip) are refused. Not a published value."
};
var ADULT_PATIENT_LIMITS = [
  { id: "patient.weight.lower-hard", bound: "lower", severity: "hard", value: "25", unit: "kg", source: HARD_BOUND_CHOICE },
  {
    id: "patient.weight.lower-soft",
    bound: "lower",
    severity: "soft",
    value: "50.7",
    unit: "kg",
    source: { ...NCHS_2025, note: "5th percentile of weight, women 20 and over (Table 3)." }
  },
  {
    id: "patient.weight.upper-soft",
    bound: "upper",
    severity: "soft",
    value: "131.8",
    unit: "kg",
    source: { ...NCHS_2025, note: "95th percentile of weight, men 20 and over (Table 3)." }
  },
  { id: "patient.weight.upper-hard", bound: "upper", severity: "hard", value: "350", unit: "kg", source: HARD_BOUND_CHOICE },
  { id: "patient.height.lower-hard", bound: "lower", severity: "hard", value: "100", unit: "cm", source: HARD_BOUND_CHOICE },
  {
    id: "patient.height.lower-soft",
    bound: "lower",
    severity: "soft",
    value: "149.6",
    unit: "cm",
    source: { ...NCHS_2025, note: "5th percentile of height, women 20 and over (Table 7)." }
  },
  {
    id: "patient.height.upper-soft",
    bound: "upper",
    severity: "soft",
    value: "187.2",
    unit: "cm",
    source: { ...NCHS_2025, note: "95th percentile of height, men 20 and over (Table 7)." }
  },
  { id: "patient.height.upper-hard", bound: "upper", severity: "hard", value: "250", unit: "cm", source: HARD_BOUND_CHOICE },
  {
    id: "patient.age.lower-hard",
    bound: "lower",
    severity: "hard",
    value: "18",
    unit: "a",
    source: {
      citation: "infusion-dose catalogue scope: the agents, protocols and limits come from adult studies and labels",
      grade: "derived",
      verified: true,
      note: "A child needs a paediatric formulary."
    }
  },
  { id: "patient.age.upper-hard", bound: "upper", severity: "hard", value: "120", unit: "a", source: HARD_BOUND_CHOICE }
];

// src/schema/catalogue.ts
import * as z from "zod/mini";

// src/catalogue/types.ts
var EVIDENCE_GRADES = [
  "label",
  "guideline",
  "RCT",
  "obs",
  "review",
  "hosp",
  "secondary",
  "weak",
  "standard",
  "derived"
];
var WEIGHT_BASES = ["actual", "ideal", "adjusted", "lean"];
var SEVERITIES = ["info", "soft", "hard"];

// src/schema/catalogue.ts
var decimalString = z.string().check(
  z.regex(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/, 'a plain decimal string such as "0.35"')
);
var id = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lower-case id of letters, digits, "." and "-"'));
var sourceSchema = z.strictObject({
  citation: z.string().check(z.minLength(3)),
  grade: z.enum(EVIDENCE_GRADES),
  verified: z.boolean(),
  conflict: z.optional(z.string()),
  note: z.optional(z.string())
});
var dataQuantity = z.strictObject({ value: decimalString, unit: z.string() });
var limitSchema = z.strictObject({
  id,
  careAreas: z.optional(z.array(id)),
  appliesTo: z.optional(z.enum(["maintenance"])),
  window: z.optional(z.union([z.strictObject({ hours: decimalString }), z.literal("course")])),
  condition: z.optional(z.enum(["renal-impairment", "thrombosis"])),
  bound: z.enum(["upper", "lower"]),
  severity: z.enum(["soft", "hard"]),
  value: decimalString,
  unit: z.string(),
  source: sourceSchema
});
var weightRule = z.strictObject({ basis: z.enum(WEIGHT_BASES), reason: z.string(), source: sourceSchema });
var productSchema = z.strictObject({
  id,
  agent: id,
  name: z.string(),
  form: z.enum(["vial", "ampoule", "premix"]),
  strength: dataQuantity,
  volume: z.optional(dataQuantity),
  multiDose: z.boolean(),
  dilution: z.enum(["required", "allowed", "not-recommended", "ready-to-use"]),
  ramp: z.optional(
    z.strictObject({
      unit: z.enum(["mg/kg/min", "mL/kg/min", "mg/kg/h", "mL/kg/h"]),
      start: decimalString,
      steps: z.array(decimalString),
      everyMinutes: decimalString,
      max: decimalString,
      maxAtRisk: z.optional(decimalString),
      source: sourceSchema
    })
  ),
  source: sourceSchema
});
var note = z.strictObject({
  kind: z.enum(["contraindication", "monitoring", "incompatibility", "precaution", "compatibility"]),
  text: z.string(),
  source: sourceSchema
});
var requirement = z.strictObject({
  id: z.enum(["fasting", "escort", "ecg"]),
  text: z.string(),
  hours: z.optional(decimalString),
  source: sourceSchema
});
var sourcedQuantity = z.strictObject({ value: decimalString, unit: z.string(), source: sourceSchema });
var titration = z.strictObject({
  param: z.enum(["rate", "total"]),
  step: sourcedQuantity,
  stepDown: z.optional(sourcedQuantity),
  response: z.strictObject({
    kind: z.enum(["relief-percent", "nrs-drop"]),
    threshold: decimalString,
    recordedOnly: z.optional(z.boolean()),
    source: sourceSchema
  }),
  futilityAfter: z.optional(z.int().check(z.minimum(1))),
  futilitySource: z.optional(sourceSchema),
  start: z.optional(sourcedQuantity),
  source: sourceSchema
});
var adjunct = z.strictObject({
  drug: z.string(),
  dose: z.optional(
    z.strictObject({ value: z.optional(decimalString), min: z.optional(decimalString), max: z.optional(decimalString), unit: z.string() })
  ),
  route: z.enum(["IV", "PO"]),
  when: z.string(),
  optional: z.boolean(),
  source: sourceSchema
});
var agentSchema = z.strictObject({
  id,
  name: z.string(),
  massUnit: z.enum(["g", "mg", "ug"]),
  weight: weightRule,
  products: z.array(productSchema),
  diluents: z.array(z.strictObject({ id, source: sourceSchema })),
  limits: z.array(limitSchema),
  notes: z.array(note),
  requirements: z.optional(z.array(requirement)),
  controlledSubstance: z.optional(z.string()),
  source: sourceSchema
});
var doseParameter = z.strictObject({
  unit: z.string(),
  value: z.optional(decimalString),
  min: z.optional(decimalString),
  max: z.optional(decimalString),
  usual: z.optional(decimalString),
  source: sourceSchema
});
var protocolSchema = z.strictObject({
  id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version such as "1.0.0"')),
  name: z.string(),
  agent: id,
  indication: z.string(),
  regimen: z.enum(["rate-duration", "total-duration", "total-rate"]),
  rate: z.optional(doseParameter),
  total: z.optional(doseParameter),
  duration: z.optional(doseParameter),
  caps: z.array(z.strictObject({ id, value: decimalString, unit: z.string(), source: sourceSchema })),
  loading: z.optional(z.strictObject({ total: doseParameter, duration: doseParameter })),
  phases: z.optional(
    z.array(z.strictObject({ rate: dataQuantity, duration: z.optional(dataQuantity) })).check(z.minLength(1))
  ),
  clearanceBands: z.optional(
    z.strictObject({
      bands: z.array(
        z.strictObject({
          min: z.optional(decimalString),
          max: z.optional(decimalString),
          minExclusive: z.optional(z.boolean()),
          maxInclusive: z.optional(z.boolean()),
          dose: z.optional(decimalString)
        })
      ),
      unit: z.string(),
      weight: z.enum(WEIGHT_BASES),
      source: sourceSchema
    })
  ),
  wholeVials: z.optional(z.strictObject({ source: sourceSchema })),
  weight: z.optional(weightRule),
  preparation: z.strictObject({
    style: z.enum(["whole-bag", "standard-concentration"]),
    products: z.array(id).check(z.minLength(1)),
    diluent: z.optional(id),
    containerVolume: z.optional(decimalString),
    containerKind: z.enum(["bag", "syringe"]),
    concentration: z.optional(decimalString),
    additiveVolume: z.enum(["add", "withdraw-equal"]),
    source: sourceSchema
  }),
  schedule: z.strictObject({ sessions: z.int().check(z.minimum(1)), description: z.string(), source: sourceSchema }),
  titration: z.optional(titration),
  adjuncts: z.optional(z.array(adjunct)),
  requirements: z.optional(z.array(requirement)),
  notes: z.array(note),
  source: sourceSchema
});
var diluentSchema = z.strictObject({
  id,
  name: z.string(),
  bagVolumes: z.array(decimalString),
  source: sourceSchema
});
var catalogueSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  agents: z.array(agentSchema),
  diluents: z.array(diluentSchema),
  protocols: z.array(protocolSchema),
  patientLimits: z.array(limitSchema)
});

// src/schema/issues.ts
function describeReceived(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value;
}

// src/schema/zod-issues.ts
function mapZodIssue(issue2) {
  const path = issue2.path.filter((p) => typeof p !== "symbol");
  if (issue2.code === "unrecognized_keys") {
    return issue2.keys.map((key) => ({
      code: "unknown_key",
      path: [...path, key],
      message: `"${key}" is not a field here; remove it or check its spelling.`
    }));
  }
  if (issue2.code === "invalid_type") {
    if (issue2.input === void 0) {
      return [{ code: "required", path, message: `${path.join(".") || "The input"} is required.`, expected: issue2.expected }];
    }
    return [
      {
        code: "invalid_type",
        path,
        message: `Expected ${issue2.expected} at ${path.join(".") || "the top level"}.`,
        expected: issue2.expected,
        received: describeReceived(issue2.input)
      }
    ];
  }
  if (issue2.code === "invalid_format" || issue2.code === "invalid_value" || issue2.code === "too_small" || issue2.code === "too_big") {
    return [{ code: "invalid_value", path, message: `${path.join(".") || "The value"}: ${issue2.message}` }];
  }
  return [{ code: "invalid_input", path, message: issue2.message }];
}

// src/units/index.ts
var MASS_UNITS = ["g", "mg", "ug"];
var MASS_TO_MG = { g: "1000", mg: "1", ug: "0.001" };
var VOLUME_TO_ML = { mL: "1", L: "1000" };
var TIME_IN_MIN = { h: "60", min: "1" };
var KG_PER_LB = "0.45359237";
var WEIGHT_TO_KG = { kg: "1", "[lb_av]": KG_PER_LB };
var CM_PER_INCH = "2.54";
var HEIGHT_TO_CM = { cm: "1", "[in_i]": CM_PER_INCH };
var MASS_SPELLINGS = { g: "g", mg: "mg", ug: "ug", mcg: "ug" };
var VOLUME_SPELLINGS = { mL: "mL", ml: "mL", L: "L" };
var TIME_SPELLINGS = { h: "h", min: "min" };
var WEIGHT_SPELLINGS = { kg: "kg", lb: "[lb_av]", "[lb_av]": "[lb_av]" };
var HEIGHT_SPELLINGS = { cm: "cm", in: "[in_i]", "[in_i]": "[in_i]" };
function factor(f) {
  return dec(f);
}
function lookup(table, spelling) {
  return Object.prototype.hasOwnProperty.call(table, spelling) ? table[spelling] : void 0;
}
function readMassUnit(spelling) {
  return lookup(MASS_SPELLINGS, spelling);
}
function readVolumeUnit(spelling) {
  return lookup(VOLUME_SPELLINGS, spelling);
}
function readTimeUnit(spelling) {
  return lookup(TIME_SPELLINGS, spelling);
}
function readWeightUnit(spelling) {
  return lookup(WEIGHT_SPELLINGS, spelling);
}
function readHeightUnit(spelling) {
  return lookup(HEIGHT_SPELLINGS, spelling);
}
function mgPer(u) {
  return factor(MASS_TO_MG[u]);
}
function mLPer(u) {
  return factor(VOLUME_TO_ML[u]);
}
function toHours(value, u) {
  return value.mul(dec(TIME_IN_MIN[u])).div(60);
}
function perHour(value, u) {
  return value.mul(dec(60)).div(dec(TIME_IN_MIN[u]));
}
function kgPer(u) {
  return factor(WEIGHT_TO_KG[u]);
}
function cmPer(u) {
  return factor(HEIGHT_TO_CM[u]);
}
function doseUnitCode(u) {
  return [u.mass, u.perKg ? "kg" : null, u.per].filter((p) => p !== null).join("/");
}
function readDoseUnit(spelling) {
  const parts = spelling.split("/");
  const mass = readMassUnit(parts[0]);
  if (mass === void 0) return void 0;
  let i = 1;
  let perKg = false;
  if (parts[i] === "kg") {
    perKg = true;
    i += 1;
  }
  let per = null;
  if (i < parts.length) {
    const t = readTimeUnit(parts[i]);
    if (t === void 0) return void 0;
    per = t;
    i += 1;
  }
  if (i !== parts.length) return void 0;
  return { mass, perKg, per };
}
var DOSE_UNIT_CODES = MASS_UNITS.flatMap(
  (mass) => [false, true].flatMap(
    (perKg) => [null, "min", "h"].map((per) => doseUnitCode({ mass, perKg, per }))
  )
);

// src/units/measure.ts
var MEASURE_BASE_UNIT = {
  "dose-rate": "mg/h",
  "dose-rate-per-kg": "mg/kg/h",
  "session-dose": "mg",
  "session-dose-per-kg": "mg/kg",
  concentration: "mg/mL",
  duration: "h"
};
function readMeasure(value, unit) {
  const dose = readDoseUnit(unit);
  if (dose) {
    const mg = value.mul(mgPer(dose.mass));
    const base = dose.per ? perHour(mg, dose.per) : mg;
    const measure = dose.per ? dose.perKg ? "dose-rate-per-kg" : "dose-rate" : dose.perKg ? "session-dose-per-kg" : "session-dose";
    return { measure, base };
  }
  const [m, v, extra] = unit.split("/");
  if (m !== void 0 && v !== void 0 && extra === void 0) {
    const mass = readMassUnit(m);
    const vol = readVolumeUnit(v);
    if (mass && vol) return { measure: "concentration", base: value.mul(mgPer(mass)).div(mLPer(vol)) };
  }
  const t = readTimeUnit(unit);
  if (t) return { measure: "duration", base: toHours(value, t) };
  return void 0;
}

// src/catalogue/validate.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
function duplicates(ids) {
  const seen = /* @__PURE__ */ new Set();
  const dup = /* @__PURE__ */ new Set();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return [...dup];
}
var PARAM_MEASURES = {
  rate: ["dose-rate", "dose-rate-per-kg"],
  total: ["session-dose", "session-dose-per-kg"],
  duration: ["duration"]
};
var PATIENT_UNITS = { weight: "kg", height: "cm", age: "a" };
function sameScope(a, b) {
  return JSON.stringify(a.window ?? null) === JSON.stringify(b.window ?? null) && a.condition === b.condition && JSON.stringify(a.careAreas ?? null) === JSON.stringify(b.careAreas ?? null) && a.appliesTo === b.appliesTo;
}
function checkLimits(limits, path, issues) {
  const read = [];
  limits.forEach((limit, i) => {
    const m = readMeasure(dec(limit.value), limit.unit);
    if (!m) {
      issues.push({
        code: "limit_unit_invalid",
        path: [...path, i, "unit"],
        message: `Limit ${limit.id}: "${limit.unit}" is not a dose, dose-rate, concentration or duration unit.`
      });
      return;
    }
    read.push({ limit, measure: m.measure, base: m.base, i });
  });
  for (const a of read) {
    for (const b of read) {
      if (a.measure !== b.measure || a.i === b.i || !sameScope(a.limit, b.limit)) continue;
      const la = a.limit;
      const lb = b.limit;
      const wrong = la.bound === "upper" && lb.bound === "upper" && la.severity === "soft" && lb.severity === "hard" && a.base.gt(b.base) || la.bound === "lower" && lb.bound === "lower" && la.severity === "soft" && lb.severity === "hard" && a.base.lt(b.base) || la.bound === "lower" && lb.bound === "upper" && a.base.gt(b.base);
      if (wrong) {
        issues.push({
          code: "limits_out_of_order",
          path: [...path, a.i],
          message: `Limit ${la.id} (${la.bound} ${la.severity} ${la.value} ${la.unit}) is out of order with ${lb.id} (${lb.bound} ${lb.severity} ${lb.value} ${lb.unit}).`
        });
      }
    }
  }
}
function checkParam(p, name, param, agent, path, issues) {
  const unit = readMeasure(dec(1), param.unit);
  if (!unit || !PARAM_MEASURES[name].includes(unit.measure)) {
    issues.push({
      code: "parameter_unit_invalid",
      path: [...path, "unit"],
      message: `Protocol ${p.id}: the ${name} unit "${param.unit}" must be one of the ${PARAM_MEASURES[name].join(" or ")} units.`
    });
    return;
  }
  const v = (x) => x === void 0 ? void 0 : dec(x);
  const [min, value, max] = [v(param.min), v(param.value), v(param.max)];
  if (min && max && min.gt(max) || min && value && value.lt(min) || max && value && value.gt(max)) {
    issues.push({
      code: "dose_range_out_of_order",
      path,
      message: `Protocol ${p.id}: the ${name} range is out of order (min ${param.min ?? "-"}, value ${param.value ?? "-"}, max ${param.max ?? "-"}).`
    });
  }
  const top = max ?? value;
  if (!agent || top === void 0 || name === "duration") return;
  const topBase = readMeasure(top, param.unit);
  if (!topBase) return;
  for (const limit of agent.limits) {
    if (limit.severity !== "hard" || limit.bound !== "upper") continue;
    const lm = readMeasure(dec(limit.value), limit.unit);
    if (lm && lm.measure === topBase.measure && topBase.base.gt(lm.base)) {
      issues.push({
        code: "dose_range_outside_hard_limit",
        path,
        message: `Protocol ${p.id}: its ${name} reaches ${top.toFixed()} ${param.unit}, above the hard limit ${limit.id} (${limit.value} ${limit.unit}) of ${agent.id}.`
      });
    }
  }
}
function validateCatalogue(raw) {
  const parsed = catalogueSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(mapZodIssue) };
  const cat = parsed.data;
  const issues = [];
  const dupGroups = [
    ["agent", cat.agents.map((a) => a.id), ["agents"]],
    ["product", cat.agents.flatMap((a) => a.products.map((p) => p.id)), ["agents"]],
    ["protocol", cat.protocols.map((p) => p.id), ["protocols"]],
    ["diluent", cat.diluents.map((d) => d.id), ["diluents"]],
    ["limit", [...cat.agents.flatMap((a) => a.limits.map((l) => l.id)), ...cat.patientLimits.map((l) => l.id)], ["agents"]]
  ];
  for (const [what, ids, path] of dupGroups) {
    for (const d of duplicates(ids)) {
      issues.push({ code: "duplicate_id", path, message: `The ${what} id "${d}" is used more than once.`, received: d });
    }
  }
  const diluentIds = new Set(cat.diluents.map((d) => d.id));
  cat.agents.forEach((agent, ai) => {
    agent.products.forEach((product, pi) => {
      if (product.agent !== agent.id) {
        issues.push({
          code: "product_agent_mismatch",
          path: ["agents", ai, "products", pi, "agent"],
          message: `Product ${product.id} names agent "${product.agent}" but is listed under ${agent.id}.`
        });
      }
      if (product.strength.unit !== "mg/mL" || dec(product.strength.value).lte(0)) {
        issues.push({
          code: "product_strength_invalid",
          path: ["agents", ai, "products", pi, "strength"],
          message: `Product ${product.id}: strength must be a positive value in mg/mL.`
        });
      }
      if (product.volume && (product.volume.unit !== "mL" || dec(product.volume.value).lte(0))) {
        issues.push({
          code: "product_volume_invalid",
          path: ["agents", ai, "products", pi, "volume"],
          message: `Product ${product.id}: volume must be a positive value in mL.`
        });
      }
      if (product.form === "premix" && !product.volume) {
        issues.push({
          code: "product_volume_invalid",
          path: ["agents", ai, "products", pi, "volume"],
          message: `Premix ${product.id} needs its bag volume.`
        });
      }
    });
    agent.diluents.forEach((d, di) => {
      if (!diluentIds.has(d.id)) {
        issues.push({ code: "unknown_diluent", path: ["agents", ai, "diluents", di, "id"], message: `Agent ${agent.id} lists unknown diluent "${d.id}".` });
      }
    });
    checkLimits(agent.limits, ["agents", ai, "limits"], issues);
  });
  cat.patientLimits.forEach((l, i) => {
    const kind = l.id.split(".")[1] ?? "";
    if (!l.id.startsWith("patient.") || PATIENT_UNITS[kind] !== l.unit) {
      issues.push({
        code: "patient_limit_invalid",
        path: ["patientLimits", i],
        message: `Patient limit ${l.id} must be named patient.weight.*, patient.height.* or patient.age.* in kg, cm or a.`
      });
    }
  });
  cat.protocols.forEach((p, pi) => {
    const path = ["protocols", pi];
    const agent = cat.agents.find((a) => a.id === p.agent);
    if (!agent) {
      issues.push({ code: "unknown_agent", path: [...path, "agent"], message: `Protocol ${p.id} names unknown agent "${p.agent}".` });
    }
    p.preparation.products.forEach((id2, i) => {
      if (agent && !agent.products.some((x) => x.id === id2)) {
        issues.push({
          code: "unknown_product",
          path: [...path, "preparation", "products", i],
          message: `Protocol ${p.id} names product "${id2}", which ${agent.id} does not have.`
        });
      }
    });
    const dil = p.preparation.diluent;
    if (dil !== void 0 && (!diluentIds.has(dil) || agent && !agent.diluents.some((d) => d.id === dil))) {
      issues.push({
        code: "unknown_diluent",
        path: [...path, "preparation", "diluent"],
        message: `Protocol ${p.id} names diluent "${dil}", which is unknown or not listed for its agent.`
      });
    }
    if (p.preparation.style === "whole-bag" && dil === void 0) {
      issues.push({ code: "preparation_invalid", path: [...path, "preparation"], message: `Protocol ${p.id}: a whole-bag preparation needs a diluent.` });
    }
    if (p.preparation.style === "standard-concentration" && dil !== void 0 && p.preparation.concentration === void 0) {
      issues.push({
        code: "preparation_invalid",
        path: [...path, "preparation"],
        message: `Protocol ${p.id}: a diluted standard-concentration preparation needs its concentration (mg/mL).`
      });
    }
    const needed = { "rate-duration": ["rate", "duration"], "total-duration": ["total", "duration"], "total-rate": ["total", "rate"] }[p.regimen];
    for (const name of needed) {
      const supplied = name === "total" && p.clearanceBands || name === "duration" && p.phases;
      if (!p[name] && !supplied) {
        issues.push({ code: "regimen_parameter_missing", path: [...path, name], message: `Protocol ${p.id}: a ${p.regimen} regimen needs a ${name}.` });
      }
    }
    for (const name of ["rate", "total", "duration"]) {
      const param = p[name];
      if (param) checkParam(p, name, param, agent, [...path, name], issues);
    }
    if (p.loading && p.preparation.style !== "standard-concentration") {
      issues.push({ code: "preparation_invalid", path: [...path, "loading"], message: `Protocol ${p.id}: a loading dose needs a standard-concentration preparation.` });
    }
    if (p.phases) {
      const open = p.phases.filter((ph) => ph.duration === void 0).length;
      const last = p.phases[p.phases.length - 1];
      if (p.preparation.style !== "whole-bag" || p.preparation.additiveVolume !== "withdraw-equal" || p.preparation.containerVolume === void 0) {
        issues.push({ code: "preparation_invalid", path: [...path, "phases"], message: `Protocol ${p.id}: fixed-rate phases need a whole bag of stated volume made up with withdraw-equal.` });
      }
      if (open !== 1 || last?.duration !== void 0 || p.phases.some((ph) => ph.rate.unit !== "mL/h")) {
        issues.push({ code: "phases_invalid", path: [...path, "phases"], message: `Protocol ${p.id}: phases are rates in mL/h; every phase but the last has a duration.` });
      }
    }
    p.caps.forEach((c, ci) => {
      const m = readMeasure(dec(c.value), c.unit);
      if (!m || m.measure === "concentration" || m.measure === "duration") {
        issues.push({ code: "cap_unit_invalid", path: [...path, "caps", ci, "unit"], message: `Cap ${c.id}: a cap must be on a dose rate or a session dose.` });
      }
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, catalogue: deepFreeze(cat) };
}

// src/catalogue/builtin.ts
var BUILTIN_CATALOGUE = deepFreeze({
  id: "infusion-dose/builtin",
  version: "2026.11.0",
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
    clodronate
  ],
  diluents: [
    {
      id: "sodium-chloride-0.9",
      name: "Sodium chloride 0.9% (NS)",
      bagVolumes: ["50", "100", "150", "250", "500", "1000"],
      source: REFERENCE_BAGS
    },
    {
      id: "dextrose-5",
      name: "Dextrose 5% in water (D5W)",
      bagVolumes: ["50", "100", "250", "500", "1000"],
      source: REFERENCE_BAGS
    }
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
    ivigDpnJann2020
  ],
  patientLimits: ADULT_PATIENT_LIMITS
});

// src/checks/acknowledge.ts
function acknowledge(checks, acks) {
  const out = checks.map((c) => {
    if (c.passed || c.severity !== "soft") return c;
    const ack = acks.find((a) => a.code === c.code);
    return ack ? { ...c, acknowledgement: { reason: ack.reason } } : c;
  });
  for (const a of acks) {
    if (!out.some((c) => !c.passed && c.severity === "soft" && c.code === a.code)) {
      out.push({
        code: "acknowledgement_unused",
        rule: "input.acknowledgements",
        severity: "info",
        passed: false,
        message: `The acknowledgement of "${a.code}" matches no soft finding in this plan; check the code.`
      });
    }
  }
  const needsAck = out.some((c) => c.severity === "soft" && !c.passed && c.acknowledgement === void 0);
  return { checks: out, needsAck };
}

// src/units/quantity.ts
function quantity(value, unit) {
  return { value: toPlainString(value), unit };
}

// src/checks/limits.ts
var MEASURE_CODE = {
  "dose-rate": "dose_rate",
  "dose-rate-per-kg": "dose_rate_per_kg",
  "session-dose": "session_dose",
  "session-dose-per-kg": "session_dose_per_kg",
  concentration: "concentration",
  duration: "duration"
};
var MEASURE_NAME = {
  "dose-rate": "Dose rate",
  "dose-rate-per-kg": "Dose rate per kg",
  "session-dose": "Session dose",
  "session-dose-per-kg": "Session dose per kg",
  concentration: "Final concentration",
  duration: "Infusion duration"
};
function limitCode(measure, bound, severity) {
  return `${MEASURE_CODE[measure]}_${bound === "upper" ? "above" : "below"}_${severity}_limit`;
}
function readLimit(limit) {
  const m = readMeasure(dec(limit.value), limit.unit);
  if (!m) throw new Error(`catalogue limit ${limit.id} has unit ${limit.unit}, which no limit can use`);
  return m;
}
function checkLimit(limit, observed, agent) {
  const { measure, base } = readLimit(limit);
  const value = observed[measure];
  if (value === void 0) return void 0;
  const passed = limit.bound === "upper" ? value.lte(base) : value.gte(base);
  const unit = MEASURE_BASE_UNIT[measure];
  const stated = `${limit.value} ${limit.unit}`;
  const what = MEASURE_NAME[measure];
  const message = passed ? `${what} is within the ${limit.severity} ${limit.bound} limit of ${stated}.` : `${what} ${limit.bound === "upper" ? "exceeds" : "is below"} the ${limit.severity} ${limit.bound} limit of ${stated}${limit.severity === "hard" ? "; this cannot be overridden" : "; acknowledge with a reason to proceed"}.`;
  return {
    code: limitCode(measure, limit.bound, limit.severity),
    rule: limit.id,
    severity: limit.severity,
    passed,
    ...agent ? { agent } : {},
    observed: quantity(value, unit),
    limit: quantity(base, unit),
    source: limit.source,
    message
  };
}

// src/checks/unverified.ts
function unverified(rule, what, source) {
  if (source.verified) return void 0;
  return {
    code: "unverified_data",
    rule,
    severity: "info",
    passed: false,
    source,
    message: `${what} rests on data the reference marks ${source.conflict ? "[CONFLICT]" : "[UNVERIFIED]"}${source.note ? `: ${source.note}` : ""}${source.conflict ? `: ${source.conflict}` : ""}`
  };
}

// src/checks/agent-limits.ts
function limitsForCareArea(limits, careArea) {
  return limits.filter((l) => l.careAreas === void 0 || careArea !== void 0 && l.careAreas.includes(careArea));
}
function appliesToPatient(limit, risks) {
  return limit.condition === void 0 || risks.has(limit.condition);
}
function agentLimitChecks(limits, risks, observedFor, agent, withNotes) {
  const checks = [];
  for (const limit of limits) {
    if (!appliesToPatient(limit, risks)) continue;
    const c = checkLimit(limit, observedFor(limit), agent);
    if (!c) continue;
    checks.push(c);
    const note2 = withNotes ? unverified(limit.id, `The limit ${limit.id}`, limit.source) : void 0;
    if (note2) checks.push(note2);
  }
  return checks;
}

// src/checks/caps.ts
function capChecks(caps, delivered, agent) {
  return caps.map((cap) => {
    const value = cap.perHour ? delivered.rateMgH : delivered.sessionMg;
    const unit = cap.perHour ? "mg/h" : "mg";
    const passed = value.lte(cap.limit);
    return {
      code: "protocol_cap_exceeded",
      rule: cap.id,
      severity: "hard",
      passed,
      agent,
      observed: quantity(value, unit),
      limit: quantity(cap.limit, unit),
      source: cap.source,
      message: passed ? `The delivered dose is within the protocol cap of ${cap.stated.value} ${cap.stated.unit}.` : `The delivered dose would exceed the protocol cap of ${cap.stated.value} ${cap.stated.unit}; it is refused.`
    };
  });
}

// src/checks/pump-range.ts
function pumpRangeChecks(rates, range) {
  const lowest = rates.reduce((m, r) => r.lt(m) ? r : m);
  const highest = rates.reduce((m, r) => r.gt(m) ? r : m);
  return [pumpRangeCheck("lower", lowest, range.minRate, range.source), pumpRangeCheck("upper", highest, range.maxRate, range.source)];
}
function pumpRangeCheck(bound, observedRate, lim, source) {
  const passed = bound === "lower" ? observedRate.gte(lim) : observedRate.lte(lim);
  const which = bound === "lower" ? "minimum" : "maximum";
  return {
    code: bound === "lower" ? "pump_rate_below_minimum" : "pump_rate_above_maximum",
    rule: `pump.${bound === "lower" ? "min" : "max"}-rate`,
    severity: "hard",
    passed,
    observed: quantity(observedRate, "mL/h"),
    limit: quantity(lim, "mL/h"),
    source,
    message: passed ? `Pump rate is within the pump's ${which} of ${quantity(lim, "mL/h").value} mL/h.` : `The pump cannot run at ${quantity(observedRate, "mL/h").value} mL/h (its ${which} is ${quantity(lim, "mL/h").value} mL/h); choose another container volume or concentration.`
  };
}

// src/checks/patient.ts
function patientChecks(limits, observed) {
  const checks = [];
  for (const limit of limits) {
    const kind = limit.id.split(".")[1];
    const value = kind === "weight" ? observed.weight : kind === "height" ? observed.height : observed.age;
    if (value === void 0) continue;
    const stated = dec(limit.value);
    const passed = limit.bound === "upper" ? value.lte(stated) : value.gte(stated);
    const what = kind === "age" ? "Age" : kind === "height" ? "Height" : "Weight";
    const adjective = limit.severity === "hard" ? "implausible" : "unusual";
    const code = kind === "age" && limit.bound === "lower" ? "patient_not_adult" : `${kind}_${adjective}`;
    checks.push({
      code,
      rule: limit.id,
      severity: limit.severity,
      passed,
      observed: quantity(value, limit.unit),
      limit: quantity(stated, limit.unit),
      source: limit.source,
      message: passed ? `${what} is within the ${limit.severity} ${limit.bound} limit of ${limit.value} ${limit.unit}.` : kind === "age" && limit.bound === "lower" ? `Age is under ${limit.value} years; the catalogue holds adult doses only.` : limit.severity === "hard" ? `${what} ${limit.bound === "upper" ? "above" : "below"} ${limit.value} ${limit.unit} cannot be an adult's: check the value and its unit.` : `${what} ${limit.bound === "upper" ? "above" : "below"} ${limit.value} ${limit.unit} is unusual for an adult: confirm it was measured, and acknowledge with a reason.`
    });
  }
  return checks;
}

// src/compounding/measurable.ts
function measurableIncrement(volumeMl) {
  return volumeMl.lt(1) ? dec("0.01") : dec("0.1");
}
function crossesNewCeiling(candidate, exact, ceilings) {
  return ceilings.some((c) => candidate.gt(c) && exact.lte(c));
}
function roundWithCeiling(exact, increment, crossesCeiling) {
  const nearest = roundToIncrement(exact, increment, "halfExpand");
  if (nearest.gt(exact) && crossesCeiling(nearest, exact)) {
    return { value: roundToIncrement(exact, increment, "floor"), increment, mode: "floor", roundedDownForLimit: true };
  }
  return { value: nearest, increment, mode: "halfExpand", roundedDownForLimit: false };
}

// src/compounding/prepare.ts
function amountIn(ml, c) {
  return ml.mul(c.mg).div(c.ml);
}
function volumeFor(mg, c) {
  return mg.mul(c.ml).div(c.mg);
}
function strengthOf(p) {
  return dec(p.strength.value);
}
function drawAdditive(product, orderedMg, crosses, wholeContainers = false) {
  const strength = strengthOf(product);
  const exactMl = orderedMg.div(strength);
  const each = wholeContainers && product.volume ? dec(product.volume.value) : void 0;
  const rounded = roundWithCeiling(
    exactMl,
    each ?? measurableIncrement(exactMl),
    (ml, exact) => crosses(ml.mul(strength), exact.mul(strength))
  );
  const drawn = each && rounded.value.lt(each) ? { ...rounded, value: each } : rounded;
  const amountMg = drawn.value.mul(strength);
  let containers = null;
  let leftoverMl = null;
  if (product.volume !== void 0) {
    const each2 = dec(product.volume.value);
    const n = drawn.value.div(each2).ceil();
    containers = maxDec(n, dec(1)).toNumber();
    leftoverMl = each2.mul(containers).sub(drawn.value);
  }
  return { product, orderedMg, exactMl, drawn, amountMg, containers, leftoverMl };
}
function prepareWholeBag(rule, product, diluent, containerMl, overfill, handling, orderedMg, crosses) {
  return addToBag(rule, diluent, containerMl, overfill, handling, drawAdditive(product, orderedMg, crosses));
}
function addToBag(rule, diluent, containerMl, overfill, handling, additive) {
  if (additive.drawn.value.lte(0)) return { ok: false, issue: notMeasurable(additive.exactMl) };
  const withdrawn = handling === "withdraw-equal" ? additive.drawn.value : dec(0);
  if (withdrawn.gt(containerMl)) {
    return {
      ok: false,
      issue: {
        code: "container_too_small",
        path: ["preparation", "containerVolume"],
        message: `The additive (${additive.drawn.value.toFixed()} mL) is more than the ${containerMl.toFixed()} mL bag it would replace; choose a larger bag or a stronger product.`
      }
    };
  }
  const volumeMl = containerMl.add(overfill.ml).sub(withdrawn);
  const finalMl = volumeMl.add(additive.drawn.value);
  return {
    ok: true,
    value: {
      style: rule.style,
      containerKind: rule.containerKind,
      nominalMl: containerMl,
      additive,
      diluent: { diluent, nominalMl: containerMl, overfillMl: overfill.ml, overfillStated: overfill.stated, withdrawnMl: withdrawn, volumeMl },
      additiveVolume: handling,
      finalMl,
      concentration: { mg: additive.amountMg, ml: finalMl },
      // mg/mL = mg / mL
      concentrationMgPerMl: additive.amountMg.div(finalMl)
    }
  };
}
function notMeasurable(exactMl) {
  return {
    code: "volume_not_measurable",
    path: ["dose"],
    message: `The dose needs ${exactMl.toFixed()} mL of the product, which rounds to nothing a syringe can measure; choose a weaker product.`
  };
}
function prepareStandard(rule, product, diluent, containerMl, overfill, handling, orderedMg, crosses, wholeVials = false) {
  const strength = strengthOf(product);
  if (product.form === "premix") {
    const volume = dec(product.volume.value);
    if (volume.mul(strength).lt(orderedMg)) {
      return {
        ok: false,
        issue: {
          code: "container_too_small",
          path: ["preparation", "product"],
          message: `${product.name} holds ${volume.mul(strength).toFixed()} mg, less than the ${orderedMg.toFixed()} mg ordered; choose a larger premix or make up a bag.`
        }
      };
    }
    return {
      ok: true,
      value: {
        style: rule.style,
        containerKind: "premix",
        nominalMl: volume,
        additive: null,
        diluent: null,
        additiveVolume: null,
        finalMl: volume,
        concentration: { mg: strength, ml: dec(1) },
        concentrationMgPerMl: strength
      }
    };
  }
  if (diluent === void 0) {
    if (wholeVials && product.volume === void 0) {
      return {
        ok: false,
        issue: {
          code: "product_volume_unknown",
          path: ["preparation", "product"],
          message: `This protocol rounds to whole vials, but the size of ${product.name} is not in the catalogue; choose a product with a stated vial size.`
        }
      };
    }
    const additive = drawAdditive(product, orderedMg, crosses, wholeVials);
    if (additive.drawn.value.lte(0)) return { ok: false, issue: notMeasurable(additive.exactMl) };
    const nominal = containerMl ?? additive.drawn.value;
    if (additive.drawn.value.gt(nominal)) {
      return {
        ok: false,
        issue: {
          code: "container_too_small",
          path: ["preparation", "containerVolume"],
          message: `The dose needs ${additive.drawn.value.toFixed()} mL, more than the ${nominal.toFixed()} mL ${rule.containerKind}.`
        }
      };
    }
    return {
      ok: true,
      value: {
        style: rule.style,
        containerKind: rule.containerKind,
        nominalMl: nominal,
        additive,
        diluent: null,
        additiveVolume: null,
        finalMl: additive.drawn.value,
        concentration: { mg: strength, ml: dec(1) },
        concentrationMgPerMl: strength
      }
    };
  }
  const target = dec(rule.concentration);
  if (target.gte(strength)) {
    return {
      ok: false,
      issue: {
        code: "preparation_invalid",
        path: ["preparation"],
        message: `A ${target.toFixed()} mg/mL bag cannot be made from ${product.name} (${strength.toFixed()} mg/mL) with a diluent; give it neat or choose a stronger product.`
      }
    };
  }
  const sizes = containerMl ? [containerMl] : diluent.bagVolumes.map((v) => dec(v)).sort((x, y) => x.comparedTo(y));
  for (const size of sizes) {
    const base = size.add(overfill.ml);
    const amountTarget = handling === "withdraw-equal" ? target.mul(base) : target.mul(base).div(dec(1).sub(target.div(strength)));
    const made = addToBag(rule, diluent, size, overfill, handling, drawAdditive(product, amountTarget, () => false));
    if (!made.ok) {
      if (containerMl) return made;
      continue;
    }
    if (made.value.concentration.mg.gte(orderedMg)) return { ok: true, value: { ...made.value, targetConcentration: target } };
  }
  return {
    ok: false,
    issue: {
      code: "container_too_small",
      path: ["preparation", "containerVolume"],
      message: containerMl ? `A ${containerMl.toFixed()} mL bag at ${target.toFixed()} mg/mL does not hold the ${orderedMg.toFixed()} mg dose; choose a larger bag.` : `No stocked ${diluent.name} bag holds the ${orderedMg.toFixed()} mg dose at ${target.toFixed()} mg/mL.`
    }
  };
}

// src/patient/formulas.ts
var CREATININE_UMOL_PER_MG_DL = "88.4";
function bodySurfaceArea(heightCm, weightKg) {
  return heightCm.mul(weightKg).div(3600).sqrt();
}
function creatinineMgDl(value, unit) {
  return unit === "mg/dL" ? value : value.div(dec(CREATININE_UMOL_PER_MG_DL));
}
function creatinineClearance(ageYears, weightKg, creatinineMgPerDl, sex) {
  const male = dec(140).sub(ageYears).mul(weightKg).div(dec(72).mul(creatinineMgPerDl));
  return sex === "female" ? male.mul(dec("0.85")) : male;
}

// src/patient/weights.ts
var SEXES = ["female", "male"];
var INCHES_AT_60 = dec(60);
function heightInches(heightCm) {
  return heightCm.div(dec(CM_PER_INCH));
}
function bodyMassIndex(weightKg, heightCm) {
  const m = heightCm.div(100);
  return weightKg.div(m.mul(m));
}
function idealBodyWeight(heightCm, sex) {
  const base = sex === "male" ? dec(50) : dec("45.5");
  return base.add(dec("2.3").mul(heightInches(heightCm).sub(INCHES_AT_60)));
}
function adjustedBodyWeight(weightKg, ibwKg) {
  return ibwKg.add(dec("0.4").mul(weightKg.sub(ibwKg)));
}
function leanBodyWeight(weightKg, heightCm, sex) {
  const bmi = bodyMassIndex(weightKg, heightCm);
  const denominator = sex === "male" ? dec(6680).add(dec(216).mul(bmi)) : dec(8780).add(dec(244).mul(bmi));
  return dec(9270).mul(weightKg).div(denominator);
}
function chooseDosingWeight(rule, body) {
  const actual = body.weightKg;
  if (rule.basis === "actual") {
    const extra = body.heightCm ? { bmi: bodyMassIndex(actual, body.heightCm) } : {};
    return {
      ok: true,
      value: {
        kg: actual,
        basis: "actual",
        requested: "actual",
        reason: rule.reason,
        source: rule.source,
        formula: "dosing weight = actual body weight",
        actualKg: actual,
        extrapolated: false,
        ...extra
      }
    };
  }
  const missing = [];
  if (body.heightCm === void 0) missing.push("height");
  if (body.sex === void 0) missing.push("sex");
  if (body.heightCm === void 0 || body.sex === void 0) return { ok: false, missing };
  const height = body.heightCm;
  const sex = body.sex;
  const ideal = idealBodyWeight(height, sex);
  const bmi = bodyMassIndex(actual, height);
  const extrapolated = heightInches(height).lt(INCHES_AT_60);
  const common = { requested: rule.basis, source: rule.source, actualKg: actual, idealKg: ideal, bmi, extrapolated };
  const devine = sex === "male" ? "IBW = 50 kg + 2.3 kg x (height in - 60)" : "IBW = 45.5 kg + 2.3 kg x (height in - 60)";
  if (rule.basis === "lean") {
    const lean = leanBodyWeight(actual, height, sex);
    return {
      ok: true,
      value: {
        ...common,
        kg: lean,
        basis: "lean",
        leanKg: lean,
        reason: rule.reason,
        formula: sex === "male" ? "LBW = 9270 x TBW / (6680 + 216 x BMI)" : "LBW = 9270 x TBW / (8780 + 244 x BMI)"
      }
    };
  }
  if (actual.lte(ideal)) {
    return {
      ok: true,
      value: {
        ...common,
        kg: actual,
        basis: "actual",
        reason: `${rule.reason} Actual weight is not above ideal weight, so actual weight is used.`,
        formula: `${devine}; actual weight <= IBW, so dosing weight = actual weight`
      }
    };
  }
  if (rule.basis === "ideal") {
    return {
      ok: true,
      value: { ...common, kg: ideal, basis: "ideal", reason: rule.reason, formula: devine }
    };
  }
  const adjusted = adjustedBodyWeight(actual, ideal);
  return {
    ok: true,
    value: {
      ...common,
      kg: maxDec(adjusted, ideal),
      basis: "adjusted",
      adjustedKg: adjusted,
      reason: rule.reason,
      formula: `${devine}; AdjBW = IBW + 0.4 x (TBW - IBW)`
    }
  };
}

// src/pump/settings.ts
var DEFAULT_RATE_INCREMENT = "0.1";
var VTBI_INCREMENT = "0.1";
function runSegments(specs, conc, increment, budgetMl) {
  const segments = [];
  let remaining = budgetMl;
  for (const spec of specs) {
    if (remaining.lte(0)) break;
    let rate = roundWithCeiling(
      spec.rateExact,
      increment,
      (r, exact) => crossesNewCeiling(amountIn(r, conc), amountIn(exact, conc), spec.rateCeilingsMgH ?? [])
    );
    let volume = null;
    let volumeExact;
    let volumeMl;
    if (spec.volumeExact !== void 0) {
      volumeExact = spec.volumeExact;
      volume = roundWithCeiling(
        spec.volumeExact,
        dec(VTBI_INCREMENT),
        (v, exact) => v.gt(remaining) || crossesNewCeiling(amountIn(v, conc), amountIn(exact, conc), spec.doseCeilingsMg ?? [])
      );
      volumeMl = minDec(volume.value, remaining);
    } else if (spec.durationH !== void 0) {
      volumeExact = rate.value.mul(spec.durationH);
      volumeMl = minDec(volumeExact, remaining);
    } else {
      volumeExact = remaining;
      volumeMl = remaining;
    }
    const minimums = spec.minDurationsH ?? [];
    if (rate.value.gt(spec.rateExact) && minimums.some((m) => volumeMl.div(rate.value).lt(m) && volumeMl.div(spec.rateExact).gte(m))) {
      rate = { value: roundToIncrement(spec.rateExact, increment, "floor"), increment, mode: "floor", roundedDownForLimit: true };
    }
    const durationH = rate.value.gt(0) ? volumeMl.div(rate.value) : dec(0);
    segments.push({
      kind: spec.kind,
      rateExact: spec.rateExact,
      rate,
      volumeExact,
      volume,
      volumeMl,
      durationH,
      // mg = mL x mg/mL; mg/h = mL/h x mg/mL
      doseMg: amountIn(volumeMl, conc),
      doseRateMgH: amountIn(rate.value, conc)
    });
    remaining = remaining.sub(volumeMl);
  }
  const main = segments[segments.length - 1];
  if (main === void 0) throw new Error("no pump segment: the container holds nothing to infuse");
  const sum = (f) => segments.reduce((a, s) => a.add(f(s)), dec(0));
  const maintenance = segments.filter((s) => s.kind !== "loading");
  return {
    segments,
    main,
    vtbiMl: sum((s) => s.volumeMl),
    durationH: sum((s) => s.durationH),
    deliveredMg: sum((s) => s.doseMg),
    deliveredRateMgH: maintenance.reduce((m, s) => s.doseRateMgH.gt(m) ? s.doseRateMgH : m, dec(0)),
    peakRateMgH: segments.reduce((m, s) => s.doseRateMgH.gt(m) ? s.doseRateMgH : m, dec(0))
  };
}
function plainSegment(prep, ordered, rateCeilingsMgH, doseCeilingsMg, minDurationsH = []) {
  const conc = prep.concentration;
  const ceilings = { rateCeilingsMgH, doseCeilingsMg, minDurationsH };
  if (prep.style === "whole-bag") {
    return { kind: "maintenance", rateExact: prep.finalMl.div(ordered.durationH), ...ceilings };
  }
  const rateExact = volumeFor(ordered.rateMgH, conc);
  if (prep.additive !== null && prep.diluent === null) return { kind: "maintenance", rateExact, ...ceilings };
  return { kind: "maintenance", rateExact, volumeExact: volumeFor(ordered.totalMg, conc), ...ceilings };
}
function phasesDuration(phases, finalMl) {
  let hours2 = dec(0);
  let remaining = finalMl;
  for (const ph of phases) {
    const rate = dec(ph.rate.value);
    if (ph.duration) {
      const h = dec(ph.duration.value).div(ph.duration.unit === "min" ? 60 : 1);
      const ml = minDec(rate.mul(h), remaining);
      hours2 = hours2.add(ml.div(rate));
      remaining = remaining.sub(ml);
    } else {
      hours2 = hours2.add(remaining.div(rate));
      remaining = dec(0);
    }
  }
  return hours2;
}

// src/schema/input.ts
import * as z3 from "zod/mini";

// src/schema/history.ts
import * as z2 from "zod/mini";

// src/schema/constants.ts
var MAX_SESSION = 1e3;

// src/schema/history.ts
var ADVERSE_EVENT_SEVERITIES = ["mild", "moderate", "severe"];
var quantityShape = z2.strictObject({ value: z2.unknown(), unit: z2.string() });
var entryShape = z2.strictObject({
  date: z2.string(),
  protocol: z2.string(),
  session: z2.unknown(),
  given: z2.strictObject({
    rate: z2.optional(quantityShape),
    total: z2.optional(quantityShape)
  }),
  pain: z2.optional(z2.strictObject({ before: z2.unknown(), after: z2.unknown() })),
  reliefPercent: z2.optional(z2.unknown()),
  adverseEvents: z2.optional(
    z2.array(z2.strictObject({ kind: z2.string(), severity: z2.enum(ADVERSE_EVENT_SEVERITIES) }))
  ),
  completed: z2.boolean(),
  stoppedReason: z2.optional(z2.string())
});
var historyShape = z2.array(z2.unknown());
var NUMBER_CODES = {
  not_a_number: "not_a_number",
  not_finite: "not_finite",
  not_plain_decimal: "not_plain_decimal",
  empty_string: "empty_number"
};
var NUMBER_MESSAGES = {
  not_a_number: 'Give a finite number or a plain decimal string such as "0.4".',
  not_finite: "Infinity is not a quantity; give a finite number.",
  not_plain_decimal: 'Write a plain decimal such as "0.4": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.5).',
  empty_string: 'The value is empty; give a number such as "0.4".'
};
function readNumber(raw, path, issues) {
  const r = readDecimal(raw);
  if (r.ok) return r.value;
  issues.push({
    code: NUMBER_CODES[r.problem],
    path,
    message: NUMBER_MESSAGES[r.problem],
    received: describeReceived(raw)
  });
  return void 0;
}
function readBounded(raw, path, lo, hi, code, what, issues) {
  const v = readNumber(raw, path, issues);
  if (v === void 0) return void 0;
  if (v.lt(lo) || v.gt(hi)) {
    issues.push({
      code,
      path,
      message: `${what} must be from ${lo} to ${hi}.`,
      expected: `${lo}..${hi}`,
      received: v.toFixed()
    });
    return void 0;
  }
  return v;
}
function readGivenDose(raw, path, issues) {
  const unit = readDoseUnit(raw.unit);
  if (unit === void 0) {
    issues.push({
      code: "unknown_unit",
      path: [...path, "unit"],
      message: `"${raw.unit}" is not a dose unit; use one of: ${DOSE_UNIT_CODES.join(", ")}.`,
      expected: DOSE_UNIT_CODES.join(", "),
      received: describeReceived(raw.unit)
    });
  }
  const value = readNumber(raw.value, [...path, "value"], issues);
  if (value !== void 0 && value.lte(0)) {
    issues.push({
      code: "not_positive",
      path: [...path, "value"],
      message: "A dose given must be greater than zero; leave the field out if nothing was given.",
      received: value.toFixed()
    });
    return void 0;
  }
  if (unit === void 0 || value === void 0) return void 0;
  return { value, unit };
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function isCalendarDate(s) {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}
function nonEmpty(s, path, what, issues) {
  if (s.trim().length > 0) return true;
  issues.push({ code: "invalid_value", path, message: `${what} must not be empty.`, received: describeReceived(s) });
  return false;
}
function parseEntry(raw, path, issues) {
  const shape = entryShape.safeParse(raw, { reportInput: true });
  if (!shape.success) {
    for (const zi of shape.error.issues) {
      for (const i of mapZodIssue(zi)) issues.push({ ...i, path: [...path, ...i.path] });
    }
    return void 0;
  }
  const s = shape.data;
  const before = issues.length;
  if (!isCalendarDate(s.date)) {
    issues.push({
      code: "invalid_date",
      path: [...path, "date"],
      message: 'date must be a real calendar date written YYYY-MM-DD, such as "2026-02-28".',
      expected: "YYYY-MM-DD",
      received: describeReceived(s.date)
    });
  }
  nonEmpty(s.protocol, [...path, "protocol"], "protocol", issues);
  let session;
  if (typeof s.session !== "number" || !Number.isInteger(s.session) || s.session < 1 || s.session > MAX_SESSION) {
    issues.push({
      code: s.session === void 0 ? "required" : "invalid_session",
      path: [...path, "session"],
      message: `session is the 1-based number of the infusion in its course: a whole number from 1 to ${MAX_SESSION}.`,
      received: describeReceived(s.session)
    });
  } else session = s.session;
  const rate = s.given.rate ? readGivenDose(s.given.rate, [...path, "given", "rate"], issues) : void 0;
  const total = s.given.total ? readGivenDose(s.given.total, [...path, "given", "total"], issues) : void 0;
  if (s.completed && s.given.rate === void 0 && s.given.total === void 0) {
    issues.push({
      code: "required",
      path: [...path, "given"],
      message: "A completed session must record what was given: given.rate, given.total, or both."
    });
  }
  let pain;
  if (s.pain !== void 0) {
    const b = readBounded(s.pain.before, [...path, "pain", "before"], 0, 10, "pain_out_of_range", "Pain before (0-10 scale)", issues);
    const a = readBounded(s.pain.after, [...path, "pain", "after"], 0, 10, "pain_out_of_range", "Pain after (0-10 scale)", issues);
    if (b !== void 0 && a !== void 0) pain = { before: b, after: a };
  }
  const reliefPercent = s.reliefPercent === void 0 ? void 0 : readBounded(s.reliefPercent, [...path, "reliefPercent"], 0, 100, "relief_out_of_range", "reliefPercent", issues);
  const adverseEvents = s.adverseEvents ?? [];
  adverseEvents.forEach((e, j) => nonEmpty(e.kind, [...path, "adverseEvents", j, "kind"], "An adverse event kind", issues));
  if (s.stoppedReason !== void 0) nonEmpty(s.stoppedReason, [...path, "stoppedReason"], "stoppedReason", issues);
  if (issues.length > before || session === void 0) return void 0;
  return {
    date: s.date,
    protocol: s.protocol,
    session,
    given: { ...rate ? { rate } : {}, ...total ? { total } : {} },
    ...pain ? { pain } : {},
    ...reliefPercent !== void 0 ? { reliefPercent } : {},
    adverseEvents: adverseEvents.map((e) => ({ kind: e.kind, severity: e.severity })),
    completed: s.completed,
    ...s.stoppedReason !== void 0 ? { stoppedReason: s.stoppedReason } : {}
  };
}
function parseHistory(raw, pathPrefix = ["history"]) {
  const top = historyShape.safeParse(raw, { reportInput: true });
  if (!top.success) {
    const issues2 = top.error.issues.flatMap(mapZodIssue).map((i) => ({ ...i, path: [...pathPrefix, ...i.path] }));
    return { ok: false, issues: issues2 };
  }
  const issues = [];
  const sessions = top.data.map((entry, i) => parseEntry(entry, [...pathPrefix, i], issues));
  let previous;
  top.data.forEach((entry, i) => {
    const date = sessions[i]?.date ?? readableDate(entry);
    if (date === void 0) return;
    if (previous !== void 0 && date <= previous.date) {
      issues.push({
        code: "history_out_of_order",
        path: [...pathPrefix, i, "date"],
        message: `Sessions must be listed oldest first with strictly increasing dates: ${date} is not after ${previous.date} (entry ${previous.index}).`,
        received: describeReceived(date)
      });
    }
    previous = { date, index: i };
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: sessions };
}
function readableDate(entry) {
  if (typeof entry !== "object" || entry === null) return void 0;
  const d = entry.date;
  return typeof d === "string" && isCalendarDate(d) ? d : void 0;
}

// src/schema/input.ts
var quantityShape2 = z3.strictObject({ value: z3.unknown(), unit: z3.string() });
var inputShape = z3.strictObject({
  patient: z3.strictObject({
    weight: quantityShape2,
    height: z3.optional(quantityShape2),
    sex: z3.optional(z3.string()),
    ageYears: z3.optional(z3.unknown()),
    creatinine: z3.optional(quantityShape2),
    risks: z3.optional(z3.array(z3.enum(["thrombosis", "renal-impairment"])))
  }),
  protocol: z3.string(),
  session: z3.unknown(),
  dose: z3.optional(
    z3.strictObject({
      rate: z3.optional(quantityShape2),
      loading: z3.optional(quantityShape2),
      total: z3.optional(quantityShape2),
      duration: z3.optional(quantityShape2)
    })
  ),
  preparation: z3.optional(
    z3.strictObject({
      product: z3.optional(z3.string()),
      diluent: z3.optional(z3.string()),
      containerVolume: z3.optional(quantityShape2),
      overfill: z3.optional(quantityShape2),
      additiveVolume: z3.optional(z3.string())
    })
  ),
  pump: z3.optional(
    z3.strictObject({
      increment: z3.optional(quantityShape2),
      minRate: z3.optional(quantityShape2),
      maxRate: z3.optional(quantityShape2)
    })
  ),
  careArea: z3.optional(z3.string()),
  date: z3.optional(z3.string()),
  readiness: z3.optional(
    z3.strictObject({ fastingHours: z3.optional(z3.unknown()), escort: z3.optional(z3.boolean()), ecgOnFile: z3.optional(z3.boolean()) })
  ),
  acknowledgements: z3.optional(z3.array(z3.strictObject({ code: z3.string(), reason: z3.string() }))),
  history: z3.optional(z3.array(z3.unknown())),
  titration: z3.optional(z3.strictObject({ clearance: z3.optional(z3.strictObject({ reason: z3.string() })) }))
});
var NUMBER_MESSAGES2 = {
  not_a_number: 'Give a finite number or a plain decimal string such as "70" or "70.5".',
  not_finite: "Infinity is not a quantity; give a finite number.",
  not_plain_decimal: 'Write a plain decimal such as "70.5": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.5).',
  empty_string: 'The value is empty; give a number such as "70".'
};
function readNumber2(raw, path, issues) {
  const r = readDecimal(raw);
  if (r.ok) return r.value;
  issues.push({
    code: r.problem === "not_finite" ? "not_finite" : r.problem === "empty_string" ? "empty_number" : r.problem === "not_plain_decimal" ? "not_plain_decimal" : "not_a_number",
    path,
    message: NUMBER_MESSAGES2[r.problem],
    received: describeReceived(raw)
  });
  return void 0;
}
function readQuantity(raw, path, readUnit, expected, issues) {
  const unit = readUnit(raw.unit);
  if (unit === void 0) {
    issues.push({
      code: "unknown_unit",
      path: [...path, "unit"],
      message: `"${raw.unit}" is not a unit this field takes; use one of: ${expected}.`,
      expected,
      received: describeReceived(raw.unit)
    });
  }
  const value = readNumber2(raw.value, [...path, "value"], issues);
  if (unit === void 0 || value === void 0) return void 0;
  return { value, unit };
}
var ML_PER_H = (s) => s === "mL/h" ? "mL/h" : void 0;
var CREATININE_UNIT = (s) => s === "mg/dL" || s === "umol/L" ? s : void 0;
function parsePlanInput(raw) {
  const shape = inputShape.safeParse(raw, { reportInput: true });
  if (!shape.success) return { ok: false, issues: shape.error.issues.flatMap(mapZodIssue) };
  const s = shape.data;
  const issues = [];
  const weight = readQuantity(s.patient.weight, ["patient", "weight"], readWeightUnit, "kg, lb", issues);
  const height = s.patient.height ? readQuantity(s.patient.height, ["patient", "height"], readHeightUnit, "cm, in", issues) : void 0;
  let sex;
  if (s.patient.sex !== void 0) {
    if (SEXES.includes(s.patient.sex)) sex = s.patient.sex;
    else
      issues.push({
        code: "invalid_value",
        path: ["patient", "sex"],
        message: 'sex must be "female" or "male" (the body-size formulas are defined for these).',
        expected: SEXES.join(", "),
        received: describeReceived(s.patient.sex)
      });
  }
  const ageYears = s.patient.ageYears === void 0 ? void 0 : readNumber2(s.patient.ageYears, ["patient", "ageYears"], issues);
  if (ageYears && ageYears.lt(0))
    issues.push({ code: "negative_value", path: ["patient", "ageYears"], message: "Age cannot be negative." });
  const creatinine = s.patient.creatinine ? readQuantity(s.patient.creatinine, ["patient", "creatinine"], CREATININE_UNIT, "mg/dL, umol/L", issues) : void 0;
  if (creatinine && creatinine.value.lte(0))
    issues.push({ code: "not_positive", path: ["patient", "creatinine", "value"], message: "Serum creatinine must be greater than zero." });
  let session;
  if (typeof s.session !== "number" || !Number.isInteger(s.session) || s.session < 1 || s.session > MAX_SESSION) {
    issues.push({
      code: s.session === void 0 ? "required" : "invalid_session",
      path: ["session"],
      message: `session is the 1-based number of this infusion in the course: a whole number from 1 to ${MAX_SESSION}.`,
      received: describeReceived(s.session)
    });
  } else session = s.session;
  const doseUnits = DOSE_UNIT_CODES.join(", ");
  const dose = {
    rate: s.dose?.rate ? readQuantity(s.dose.rate, ["dose", "rate"], readDoseUnit, doseUnits, issues) : void 0,
    loading: s.dose?.loading ? readQuantity(s.dose.loading, ["dose", "loading"], readDoseUnit, doseUnits, issues) : void 0,
    total: s.dose?.total ? readQuantity(s.dose.total, ["dose", "total"], readDoseUnit, doseUnits, issues) : void 0,
    duration: s.dose?.duration ? readQuantity(s.dose.duration, ["dose", "duration"], readTimeUnit, "min, h", issues) : void 0
  };
  const p = s.preparation ?? {};
  let additiveVolume;
  if (p.additiveVolume !== void 0) {
    if (p.additiveVolume === "add" || p.additiveVolume === "withdraw-equal") additiveVolume = p.additiveVolume;
    else
      issues.push({
        code: "invalid_value",
        path: ["preparation", "additiveVolume"],
        message: 'additiveVolume is "add" (the additive adds to the bag volume) or "withdraw-equal" (an equal volume of diluent is withdrawn first).',
        expected: "add, withdraw-equal",
        received: describeReceived(p.additiveVolume)
      });
  }
  const containerVolume = p.containerVolume ? readQuantity(p.containerVolume, ["preparation", "containerVolume"], readVolumeUnit, "mL, L", issues) : void 0;
  const overfill = p.overfill ? readQuantity(p.overfill, ["preparation", "overfill"], readVolumeUnit, "mL, L", issues) : void 0;
  const pumpIn = s.pump ?? {};
  const increment = pumpIn.increment ? readQuantity(pumpIn.increment, ["pump", "increment"], ML_PER_H, "mL/h", issues) : void 0;
  const minRate = pumpIn.minRate ? readQuantity(pumpIn.minRate, ["pump", "minRate"], ML_PER_H, "mL/h", issues) : void 0;
  const maxRate = pumpIn.maxRate ? readQuantity(pumpIn.maxRate, ["pump", "maxRate"], ML_PER_H, "mL/h", issues) : void 0;
  const fastingHours = s.readiness?.fastingHours === void 0 ? void 0 : readNumber2(s.readiness.fastingHours, ["readiness", "fastingHours"], issues);
  if (fastingHours && fastingHours.lt(0))
    issues.push({ code: "negative_value", path: ["readiness", "fastingHours"], message: "Fasting hours cannot be negative." });
  const acknowledgements = s.acknowledgements ?? [];
  acknowledgements.forEach((a, i) => {
    if (a.reason.trim().length === 0)
      issues.push({
        code: "acknowledgement_reason_required",
        path: ["acknowledgements", i, "reason"],
        message: `Acknowledging "${a.code}" needs a reason; it is recorded in the plan.`
      });
  });
  if (s.date !== void 0 && !isCalendarDate(s.date)) {
    issues.push({ code: "invalid_date", path: ["date"], message: "date is a calendar date written YYYY-MM-DD.", received: describeReceived(s.date) });
  }
  let history = [];
  if (s.history !== void 0) {
    const h = parseHistory(s.history, ["history"]);
    if (h.ok) history = h.value;
    else issues.push(...h.issues);
  }
  const positives = [
    [containerVolume, ["preparation", "containerVolume", "value"]],
    [increment, ["pump", "increment", "value"]],
    [minRate, ["pump", "minRate", "value"]],
    [maxRate, ["pump", "maxRate", "value"]],
    [dose.rate, ["dose", "rate", "value"]],
    [dose.loading, ["dose", "loading", "value"]],
    [dose.total, ["dose", "total", "value"]],
    [dose.duration, ["dose", "duration", "value"]]
  ];
  for (const [q3, path] of positives) {
    if (q3 && q3.value.lte(0))
      issues.push({ code: "not_positive", path, message: "This value must be greater than zero.", received: q3.value.toFixed() });
  }
  if (overfill && overfill.value.lt(0))
    issues.push({ code: "negative_value", path: ["preparation", "overfill", "value"], message: "Overfill cannot be negative." });
  if (issues.length > 0 || weight === void 0 || session === void 0) {
    return { ok: false, issues };
  }
  const patient = {
    weight,
    ...height ? { height } : {},
    ...sex ? { sex } : {},
    ...ageYears ? { ageYears } : {},
    ...creatinine ? { creatinineMgDl: creatinineMgDl(creatinine.value, creatinine.unit) } : {},
    ...s.patient.risks !== void 0 ? { risks: s.patient.risks } : {}
  };
  return {
    ok: true,
    value: {
      patient,
      protocol: s.protocol,
      session,
      dose: {
        ...dose.rate ? { rate: dose.rate } : {},
        ...dose.loading ? { loading: dose.loading } : {},
        ...dose.total ? { total: dose.total } : {},
        ...dose.duration ? { duration: dose.duration } : {}
      },
      preparation: {
        ...p.product !== void 0 ? { product: p.product } : {},
        ...p.diluent !== void 0 ? { diluent: p.diluent } : {},
        ...containerVolume ? { containerVolume } : {},
        ...overfill ? { overfill } : {},
        ...additiveVolume ? { additiveVolume } : {}
      },
      pump: {
        ...increment ? { increment } : {},
        ...minRate ? { minRate } : {},
        ...maxRate ? { maxRate } : {}
      },
      acknowledgements,
      ...s.careArea !== void 0 ? { careArea: s.careArea } : {},
      history,
      ...s.date !== void 0 ? { date: s.date } : {},
      ...s.titration?.clearance !== void 0 ? { titrationClearance: s.titration.clearance } : {},
      readiness: {
        ...fastingHours !== void 0 ? { fastingHours } : {},
        ...s.readiness?.escort !== void 0 ? { escort: s.readiness.escort } : {},
        ...s.readiness?.ecgOnFile !== void 0 ? { ecgOnFile: s.readiness.ecgOnFile } : {}
      }
    }
  };
}

// src/titration/decide.ts
var MEASURES_FOR = {
  rate: ["dose-rate", "dose-rate-per-kg"],
  total: ["session-dose", "session-dose-per-kg"]
};
function fail(issues) {
  return { ok: false, issues };
}
function label(s) {
  return `Session ${s.session} (${s.date})`;
}
function assess(s, c, t) {
  let status;
  let text;
  if (c.kind === "relief-percent") {
    if (s.reliefPercent !== void 0) {
      status = s.reliefPercent.gte(t) ? "responded" : "not-responded";
      text = `recorded response ${toPlainString(s.reliefPercent)}% against a ${c.threshold}% threshold`;
    } else if (c.recordedOnly === true) {
      status = "not-assessed";
      text = "no response percentage was recorded (this rule judges response only from the recorded percentage, not from pain scores)";
    } else if (s.pain !== void 0 && s.pain.before.gt(0)) {
      const { before, after } = s.pain;
      status = before.minus(after).mul(100).gte(t.mul(before)) ? "responded" : "not-responded";
      const pct = toPlainString(before.minus(after).div(before).mul(100));
      text = `pain ${toPlainString(before)} -> ${toPlainString(after)}, ${pct}% relief against a ${c.threshold}% threshold`;
    } else if (s.pain !== void 0) {
      status = "not-assessed";
      text = "pain before was 0, so percent relief cannot be worked out, and no relief percentage was recorded";
    } else {
      status = "not-assessed";
      text = "neither pain scores nor a relief percentage were recorded";
    }
  } else if (s.pain !== void 0) {
    const drop = s.pain.before.minus(s.pain.after);
    status = drop.gte(t) ? "responded" : "not-responded";
    text = `pain ${toPlainString(s.pain.before)} -> ${toPlainString(s.pain.after)}, a drop of ${toPlainString(drop)} points against a ${c.threshold}-point threshold`;
  } else {
    status = "not-assessed";
    text = "no pain scores were recorded, so the NRS drop cannot be worked out";
  }
  if (status === "not-responded" && !s.completed) {
    status = "not-assessed";
    text += `; the session was stopped early${s.stoppedReason !== void 0 ? ` (${s.stoppedReason})` : ""}, so it is not a fair test of the dose`;
  }
  return { status, text };
}
function countWithoutResponse(assessments) {
  let n = 0;
  for (let i = assessments.length - 1; i >= 0; i -= 1) {
    const a = assessments[i];
    if (a.status === "responded") break;
    if (a.status === "not-responded") n += 1;
  }
  return n;
}
function hasSeverity(s, severity) {
  return s.adverseEvents.some((e) => e.severity === severity);
}
function eventsText(s, severity) {
  return s.adverseEvents.filter((e) => e.severity === severity).map((e) => e.kind).join(", ");
}
function decideNextDose(rule, protocolParam, history, options = {}) {
  const hp = options.historyPath ?? ["history"];
  const issues = [];
  const num = (value, path) => {
    const r = readDecimal(value);
    if (r.ok) return r.value;
    issues.push({ code: "titration_rule_invalid", path, message: `"${value}" is not a plain decimal.`, received: value });
    return void 0;
  };
  const unitMeasure = (value, unit, path) => {
    const v = num(value, path);
    if (v === void 0) return void 0;
    const m = readMeasure(v, unit);
    if (m === void 0 || !MEASURES_FOR[rule.param].includes(m.measure)) {
      issues.push({
        code: "titration_rule_invalid",
        path,
        message: `The titration rule titrates the ${rule.param}, but ${value} ${unit} is not a ${rule.param === "rate" ? "dose rate" : "session dose"}.`,
        received: unit
      });
      return void 0;
    }
    return m.base;
  };
  const paramFactor = unitMeasure("1", protocolParam.unit, ["protocol", rule.param, "unit"]);
  const paramMeasure2 = readMeasure(dec(1), protocolParam.unit)?.measure;
  const sameKind = (q3, path) => {
    const base2 = unitMeasure(q3.value, q3.unit, path);
    if (base2 === void 0) return void 0;
    if (readMeasure(dec(1), q3.unit)?.measure !== paramMeasure2) {
      issues.push({
        code: "titration_rule_invalid",
        path,
        message: `The rule states ${q3.value} ${q3.unit}, but the protocol's ${rule.param} is in ${protocolParam.unit}; they must be the same kind (per kg or not).`,
        received: q3.unit
      });
      return void 0;
    }
    return base2;
  };
  const step = sameKind(rule.step, ["titration", "step"]);
  const stepDown = rule.stepDown !== void 0 ? sameKind(rule.stepDown, ["titration", "stepDown"]) : step;
  const start = rule.start !== void 0 ? sameKind(rule.start, ["titration", "start"]) : void 0;
  if (step !== void 0 && step.lte(0)) issues.push({ code: "titration_rule_invalid", path: ["titration", "step"], message: "The escalation step must be greater than zero." });
  if (rule.stepDown !== void 0 && stepDown !== void 0 && stepDown.lte(0)) issues.push({ code: "titration_rule_invalid", path: ["titration", "stepDown"], message: "The step down must be greater than zero." });
  if (rule.futilityAfter !== void 0 && (!Number.isInteger(rule.futilityAfter) || rule.futilityAfter < 1))
    issues.push({ code: "titration_rule_invalid", path: ["titration", "futilityAfter"], message: "futilityAfter must be a whole number of sessions, 1 or more." });
  if (options.clinicianClearance !== void 0 && options.clinicianClearance.reason.trim().length === 0)
    issues.push({
      code: "clearance_reason_required",
      path: ["clinicianClearance", "reason"],
      message: "Clearing a patient to continue after a severe adverse event needs a reason; it is recorded in the plan."
    });
  const threshold = num(rule.response.threshold, ["titration", "response", "threshold"]);
  if (threshold !== void 0 && threshold.lt(0))
    issues.push({ code: "titration_rule_invalid", path: ["titration", "response", "threshold"], message: "The response threshold cannot be negative." });
  const max = protocolParam.max !== void 0 ? unitMeasure(protocolParam.max, protocolParam.unit, ["protocol", rule.param, "max"]) : void 0;
  const protocolValue = protocolParam.value !== void 0 ? unitMeasure(protocolParam.value, protocolParam.unit, ["protocol", rule.param, "value"]) : void 0;
  if (issues.length > 0 || paramFactor === void 0 || step === void 0 || stepDown === void 0 || threshold === void 0)
    return fail(issues);
  const show2 = (base2) => `${toPlainString(base2.div(paramFactor))} ${protocolParam.unit}`;
  const quantityOf = (base2) => ({ value: toPlainString(base2.div(paramFactor)), unit: protocolParam.unit });
  const capText = () => protocolParam.max !== void 0 ? `${protocolParam.max} ${protocolParam.unit}` : "";
  if (history.length === 0) {
    const sources = [rule.source];
    if (start === void 0) {
      return {
        ok: true,
        value: {
          decision: "start",
          param: rule.param,
          rule: "titration.start",
          reason: `No earlier sessions: this is the first. The titration rule gives no start dose, so the protocol's own ${rule.param} (or the clinician's) applies.`,
          responded: false,
          sessionsWithoutResponse: 0,
          sources
        }
      };
    }
    sources.push(rule.start.source);
    const capped2 = max !== void 0 && start.gt(max);
    const dose2 = capped2 ? max : start;
    return {
      ok: true,
      value: {
        decision: "start",
        param: rule.param,
        dose: quantityOf(dose2),
        ...capped2 ? { bound: "maximum" } : {},
        rule: "titration.start",
        reason: capped2 ? `No earlier sessions: start. The rule's start ${show2(start)} is above the protocol maximum of ${capText()}; the maximum binds: ${show2(dose2)}.` : `No earlier sessions: start at ${show2(dose2)}, the rule's start dose.`,
        responded: false,
        sessionsWithoutResponse: 0,
        sources
      }
    };
  }
  const lastIndex = history.length - 1;
  const last = history[lastIndex];
  const assessments = history.map((s) => assess(s, rule.response, threshold));
  const lastAssessment = assessments[lastIndex];
  const responded = lastAssessment.status === "responded";
  const sessionsWithoutResponse = countWithoutResponse(assessments);
  const base = { param: rule.param, responded, sessionsWithoutResponse };
  const givenBase = (i) => {
    const g = history[i].given[rule.param];
    if (g === void 0) return void 0;
    const unit = doseUnitCode(g.unit);
    const m = readMeasure(g.value, unit);
    if (m === void 0 || m.measure !== paramMeasure2) {
      issues.push({
        code: "titration_unit_mismatch",
        path: [...hp, i, "given", rule.param, "unit"],
        message: `This protocol titrates its ${rule.param} in ${protocolParam.unit}; the ${rule.param} given in ${label(history[i])} is in ${unit}, which is not the same kind of dose. Record it in ${protocolParam.unit} or an equivalent unit.`,
        expected: protocolParam.unit,
        received: unit
      });
      return void 0;
    }
    return m.base;
  };
  const lastGiven = () => {
    for (let i = lastIndex; i >= 0; i -= 1) {
      const s = history[i];
      if (s.given[rule.param] === void 0) {
        if (i === lastIndex && s.completed) break;
        continue;
      }
      const d = givenBase(i);
      return d === void 0 ? void 0 : { index: i, dose: d };
    }
    issues.push({
      code: "titration_dose_not_recorded",
      path: [...hp, lastIndex, "given", rule.param],
      message: `The titration needs the ${rule.param} given in the last session, and ${label(last)} recorded none. Record the ${rule.param} actually given, in ${protocolParam.unit}.`
    });
    return void 0;
  };
  const lastGivenText = (g) => g.index === lastIndex ? `${show2(g.dose)} in ${label(last)}` : `${show2(g.dose)} in ${label(history[g.index])} (${label(last)} recorded no ${rule.param})`;
  const severe = history.map((s, i) => ({ s, i })).filter(({ s }) => hasSeverity(s, "severe"));
  if (severe.length > 0) {
    const severeText = severe.map(({ s }) => `${label(s)}: ${eventsText(s, "severe")}`).join("; ");
    if (options.clinicianClearance === void 0) {
      return {
        ok: true,
        value: {
          ...base,
          decision: "stop-severe",
          rule: "titration.stop-severe",
          reason: `A severe adverse event was recorded (${severeText}). Titration stops; no dose is proposed. A clinician may clear the patient to continue, with a reason, to hold at the last tolerated dose.`,
          sources: [rule.source]
        }
      };
    }
    let tolerated;
    for (let i = lastIndex; i >= 0 && tolerated === void 0; i -= 1) {
      const s = history[i];
      if (s.given[rule.param] === void 0 || hasSeverity(s, "severe") || hasSeverity(s, "moderate")) continue;
      const d = givenBase(i);
      if (d === void 0) return fail(issues);
      tolerated = { index: i, dose: d };
    }
    if (tolerated === void 0) {
      issues.push({
        code: "titration_no_tolerated_dose",
        path: [...hp],
        message: `A clinician cleared the patient after a severe adverse event (${severeText}), but no earlier session recorded a ${rule.param} given without a moderate or severe event. The clinician must choose the dose.`
      });
      return fail(issues);
    }
    const lg2 = lastGiven();
    if (lg2 === void 0) return fail(issues);
    let dose2 = minDec(tolerated.dose, lg2.dose);
    const capped2 = max !== void 0 && dose2.gt(max);
    if (capped2) dose2 = max;
    const toleratedText = `${show2(tolerated.dose)} in ${label(history[tolerated.index])}`;
    return {
      ok: true,
      value: {
        ...base,
        decision: "hold",
        dose: quantityOf(dose2),
        lastDose: quantityOf(lg2.dose),
        ...capped2 ? { bound: "maximum" } : {},
        rule: "titration.hold-after-severe-cleared",
        reason: `A severe adverse event was recorded (${severeText}); a clinician cleared the patient to continue: "${options.clinicianClearance.reason}". Hold at the last tolerated dose, ${toleratedText}` + (dose2.lt(tolerated.dose) ? `, lowered to ${show2(dose2)}${capped2 ? `, the protocol maximum of ${capText()}` : ", the last dose given"}` : "") + ". No escalation after a severe event.",
        sources: [rule.source]
      }
    };
  }
  if (hasSeverity(last, "moderate")) {
    const lg2 = lastGiven();
    if (lg2 === void 0) return fail(issues);
    let floor = start;
    let floorName = "the rule's start dose";
    if (floor === void 0 && protocolValue !== void 0) {
      floor = protocolValue;
      floorName = "the protocol's own dose";
    }
    if (floor === void 0) {
      const first = history.findIndex((s) => s.given[rule.param] !== void 0);
      floor = givenBase(first);
      if (floor === void 0) return fail(issues);
      floorName = `the first dose of the course (${label(history[first])})`;
    }
    const down = rule.stepDown ?? rule.step;
    const wanted2 = lg2.dose.minus(stepDown);
    const floored = wanted2.lt(floor);
    let dose2 = minDec(maxDec(wanted2, floor), lg2.dose);
    const capped2 = max !== void 0 && dose2.gt(max);
    if (capped2) dose2 = max;
    const sources = [rule.source, down.source];
    let reason = `${label(last)} recorded a moderate adverse event (${eventsText(last, "moderate")}). Step down by ${down.value} ${down.unit} from the last dose, ${lastGivenText(lg2)}`;
    if (floored) {
      reason += `: ${show2(wanted2)} would be below ${floorName}, ${show2(floor)}, so the start binds`;
      reason += lg2.dose.lte(floor) ? ` and the dose stays at the last dose, ${show2(dose2)}. Review whether to continue.` : `: ${show2(dose2)}.`;
    } else {
      reason += `: ${show2(dose2)}.`;
    }
    if (capped2) reason += ` The protocol maximum of ${capText()} binds.`;
    return {
      ok: true,
      value: {
        ...base,
        decision: "step-down",
        dose: quantityOf(dose2),
        lastDose: quantityOf(lg2.dose),
        ...capped2 ? { bound: "maximum" } : floored ? { bound: "start" } : {},
        rule: "titration.step-down-moderate",
        reason,
        sources
      }
    };
  }
  const holdAt = (lg2, id2, why, after) => {
    const capped2 = max !== void 0 && lg2.dose.gt(max);
    return {
      ok: true,
      value: {
        ...base,
        decision: "hold",
        dose: quantityOf(capped2 ? max : lg2.dose),
        lastDose: quantityOf(lg2.dose),
        ...capped2 ? { bound: "maximum" } : {},
        rule: id2,
        reason: `${why} Hold at the last dose, ${lastGivenText(lg2)}${capped2 ? `, lowered to the protocol maximum of ${capText()}` : ""}${after}`,
        sources: [rule.source, rule.response.source]
      }
    };
  };
  if (responded) {
    const lg2 = lastGiven();
    if (lg2 === void 0) return fail(issues);
    return holdAt(lg2, "titration.hold-response", `${label(last)} responded (${lastAssessment.text}) with no moderate or severe adverse event.`, ".");
  }
  if (rule.futilityAfter !== void 0 && sessionsWithoutResponse >= rule.futilityAfter) {
    return {
      ok: true,
      value: {
        ...base,
        decision: "stop-futile",
        rule: "titration.stop-futile",
        reason: `${sessionsWithoutResponse} assessed session${sessionsWithoutResponse === 1 ? "" : "s"} in a row without a response (the last: ${lastAssessment.text}); the rule stops after ${rule.futilityAfter}. No dose is proposed.`,
        sources: [rule.source, rule.response.source, ...rule.futilitySource !== void 0 ? [rule.futilitySource] : []]
      }
    };
  }
  const lg = lastGiven();
  if (lg === void 0) return fail(issues);
  if (lastAssessment.status === "not-assessed") {
    return holdAt(lg, "titration.hold-response-not-assessed", `The response to ${label(last)} cannot be judged: ${lastAssessment.text}.`, "; record the response to titrate.");
  }
  if (max === void 0) {
    issues.push({
      code: "titration_maximum_required",
      path: ["protocol", rule.param, "max"],
      message: `${label(last)} did not respond (${lastAssessment.text}), but the protocol states no maximum ${rule.param}, so the engine will not escalate. The clinician must choose the dose.`
    });
    return fail(issues);
  }
  const stepText = `${rule.step.value} ${rule.step.unit}`;
  if (lg.dose.gte(max)) {
    return {
      ok: true,
      value: {
        ...base,
        decision: "hold",
        dose: quantityOf(max),
        lastDose: quantityOf(lg.dose),
        bound: "maximum",
        rule: "titration.hold-at-maximum",
        reason: `${label(last)} did not respond (${lastAssessment.text}), but the last dose, ${lastGivenText(lg)}, is ${lg.dose.gt(max) ? "above" : "at"} the protocol maximum of ${capText()}. No escalation: hold at the maximum, ${show2(max)}.`,
        sources: [rule.source, rule.response.source, protocolParam.source]
      }
    };
  }
  const wanted = lg.dose.plus(step);
  const capped = wanted.gt(max);
  const dose = capped ? max : wanted;
  return {
    ok: true,
    value: {
      ...base,
      decision: "escalate",
      dose: quantityOf(dose),
      lastDose: quantityOf(lg.dose),
      ...capped ? { bound: "maximum" } : {},
      rule: "titration.escalate",
      reason: `${label(last)} was tolerated without a response (${lastAssessment.text}). Escalate by ${stepText} from ${lastGivenText(lg)}` + (capped ? `: ${show2(wanted)} would pass the protocol maximum of ${capText()}, so the maximum binds: ${show2(dose)}.` : `: ${show2(dose)}.`),
      sources: [rule.source, rule.step.source, rule.response.source, ...capped ? [protocolParam.source] : []]
    }
  };
}

// src/course/dates.ts
var WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
var MIN_DAY_NUMBER = -719162;
var MAX_DAY_NUMBER = 2932896;
var ISO_DATE2 = /^(\d{4})-(\d{2})-(\d{2})$/;
function isLeapYear2(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  if (month === 2) return isLeapYear2(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function readYmd(value) {
  const m = ISO_DATE2.exec(value);
  if (m === null) return void 0;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  return { year, month, day };
}
function isIsoDate(value) {
  return typeof value === "string" && readYmd(value) !== void 0;
}
function ymdOf(date) {
  const ymd = typeof date === "string" ? readYmd(date) : void 0;
  if (ymd === void 0) throw new RangeError(`"${String(date)}" is not a calendar date written YYYY-MM-DD.`);
  return ymd;
}
function dayNumberOf({ year, month, day }) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function ymdOfDayNumber(n) {
  const z7 = n + 719468;
  const era = Math.floor(z7 / 146097);
  const doe = z7 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
function format({ year, month, day }) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function requireInteger(name, value) {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number; received ${String(value)}.`);
}
function toDayNumber(date) {
  return dayNumberOf(ymdOf(date));
}
function fromDayNumber(dayNumber) {
  requireInteger("The day number", dayNumber);
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is outside 0001-01-01..9999-12-31.`);
  }
  return format(ymdOfDayNumber(dayNumber));
}
function addMonths(date, months) {
  requireInteger("The number of months", months);
  const { year, month, day } = ymdOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`${date} + ${months} months is outside years 0001-9999.`);
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}
function isMonthEndClamped(date, months) {
  return ymdOf(addMonths(date, months)).day !== ymdOf(date).day;
}
function daysBetween(from, to) {
  return toDayNumber(to) - toDayNumber(from);
}
function isoWeekday(date) {
  return ((toDayNumber(date) + 3) % 7 + 7) % 7 + 1;
}
function weekday(date) {
  return WEEKDAYS[isoWeekday(date) - 1];
}
function isWeekend(date) {
  return isoWeekday(date) >= 6;
}

// src/plan/dose.ts
var REGIMEN_INPUTS = {
  "rate-duration": ["rate", "duration"],
  "total-duration": ["total", "duration"],
  "total-rate": ["total", "rate"]
};
function paramMeasure(p, v) {
  const m = readMeasure(dec(v), p.unit);
  if (!m) throw new Error(`protocol parameter unit ${p.unit} is not a dose or time unit`);
  return m;
}
var PARAM_WORD = { rate: "dose rate", total: "session dose", duration: "duration", loading: "loading dose" };
function rangeText(p) {
  if (p.min !== void 0 && p.max !== void 0) return `${p.min} to ${p.max} ${p.unit}`;
  if (p.max !== void 0) return `at most ${p.max} ${p.unit}`;
  if (p.min !== void 0) return `at least ${p.min} ${p.unit}`;
  return `in ${p.unit}`;
}
function resolveParam(name, param, given) {
  if (param === void 0) throw new Error(`protocol regimen needs a ${name} parameter`);
  if (given !== void 0) {
    const unit = typeof given.unit === "string" ? given.unit : doseUnitCode(given.unit);
    const m2 = readMeasure(given.value, unit);
    const expected = paramMeasure(param, "1").measure;
    if (!m2 || m2.measure !== expected) {
      return {
        ok: false,
        issue: {
          code: "dose_unit_mismatch",
          path: ["dose", name, "unit"],
          message: `This protocol states its ${PARAM_WORD[name]} in ${param.unit}; give the ${name} in a unit of the same kind (${MEASURE_BASE_UNIT[expected]} or an equivalent).`,
          expected: param.unit,
          received: unit
        }
      };
    }
    return { ok: true, value: { name, measure: m2.measure, base: m2.base, stated: { value: given.value, unit }, from: "clinician", param } };
  }
  if (param.value === void 0) {
    return {
      ok: false,
      issue: {
        code: "dose_required",
        path: ["dose", name],
        message: `This protocol gives no ${PARAM_WORD[name]}; the clinician must supply one (${rangeText(param)}).`,
        expected: param.unit
      }
    };
  }
  const m = paramMeasure(param, param.value);
  return {
    ok: true,
    value: { name, measure: m.measure, base: m.base, stated: { value: dec(param.value), unit: param.unit }, from: "protocol", param }
  };
}
function checkParam2(r) {
  const checks = [];
  const p = r.param;
  const unit = MEASURE_BASE_UNIT[r.measure];
  if (r.from === "clinician") {
    if (p.max !== void 0) {
      const max = paramMeasure(p, p.max).base;
      const passed = r.base.lte(max);
      checks.push({
        code: `${r.name}_above_protocol_range`,
        rule: `protocol.${r.name}.max`,
        severity: "soft",
        passed,
        observed: quantity(r.base, unit),
        limit: quantity(max, unit),
        source: p.source,
        message: passed ? `The chosen ${PARAM_WORD[r.name]} is within the protocol's maximum of ${p.max} ${p.unit}.` : `The chosen ${PARAM_WORD[r.name]} is above the protocol's maximum of ${p.max} ${p.unit}; acknowledge with a reason to proceed.`
      });
    }
    if (p.min !== void 0) {
      const min = paramMeasure(p, p.min).base;
      const passed = r.base.gte(min);
      checks.push({
        code: `${r.name}_below_protocol_range`,
        rule: `protocol.${r.name}.min`,
        severity: "soft",
        passed,
        observed: quantity(r.base, unit),
        limit: quantity(min, unit),
        source: p.source,
        message: passed ? `The chosen ${PARAM_WORD[r.name]} is within the protocol's minimum of ${p.min} ${p.unit}.` : `The chosen ${PARAM_WORD[r.name]} is below the protocol's minimum of ${p.min} ${p.unit}; acknowledge with a reason to proceed.`
      });
    }
  }
  if (p.usual !== void 0) {
    const usual = paramMeasure(p, p.usual).base;
    const ratio = r.base.div(usual);
    const highIsDanger = r.name !== "duration";
    const tooHigh = ratio.gte(10);
    const tooLow = ratio.lte(dec("0.1"));
    const dangerous = highIsDanger ? tooHigh : tooLow;
    const odd = highIsDanger ? tooLow : tooHigh;
    const source = {
      citation: "ISMP: no universal maximum dose; tenfold (decimal-slip) errors are a known hazard",
      grade: "guideline",
      verified: true,
      note: `Usual ${PARAM_WORD[r.name]} for this protocol: ${p.usual} ${p.unit}.`
    };
    const dangerCode = highIsDanger ? "tenfold_dose" : "tenfold_short_duration";
    const oddCode = highIsDanger ? "tenfold_low_dose" : "tenfold_long_duration";
    checks.push({
      code: dangerCode,
      rule: `protocol.${r.name}.usual`,
      severity: "hard",
      passed: !dangerous,
      observed: quantity(r.base, unit),
      limit: quantity(highIsDanger ? usual.mul(10) : usual.div(10), unit),
      source,
      message: dangerous ? `The ${PARAM_WORD[r.name]} is ${highIsDanger ? "ten or more times" : "a tenth or less of"} the protocol's usual ${p.usual} ${p.unit}: a likely decimal or unit slip. It is refused.` : `The ${PARAM_WORD[r.name]} is within a factor of ten of the protocol's usual ${p.usual} ${p.unit}.`
    });
    checks.push({
      code: oddCode,
      rule: `protocol.${r.name}.usual`,
      severity: "soft",
      passed: !odd,
      observed: quantity(r.base, unit),
      limit: quantity(highIsDanger ? usual.div(10) : usual.mul(10), unit),
      source,
      message: odd ? `The ${PARAM_WORD[r.name]} is ${highIsDanger ? "a tenth or less of" : "ten or more times"} the protocol's usual ${p.usual} ${p.unit}: check for a decimal or unit slip, and acknowledge with a reason to proceed.` : `The ${PARAM_WORD[r.name]} is not a tenth or less of the usual.`
    });
  }
  return checks;
}
function orderDose(regimen, params, caps, weightKg) {
  const perKg = (r2) => r2 === void 0 ? void 0 : r2.measure === "dose-rate-per-kg" || r2.measure === "session-dose-per-kg" ? r2.base.mul(weightKg) : r2.base;
  let rate = perKg(params.rate);
  let total = perKg(params.total);
  let duration = params.duration?.base;
  if (regimen === "rate-duration") total = rate.mul(duration);
  else if (regimen === "total-duration") rate = total.div(duration);
  else duration = total.div(rate);
  let r = rate;
  let t = total;
  let d = duration;
  const outcomes = [];
  for (const cap of caps) {
    const m = readMeasure(dec(cap.value), cap.unit);
    if (!m) throw new Error(`protocol cap ${cap.id} has unit ${cap.unit}, which no cap can use`);
    if (m.measure === "dose-rate" || m.measure === "dose-rate-per-kg") {
      const limit = m.measure === "dose-rate" ? m.base : m.base.mul(weightKg);
      const bound = r.gt(limit);
      outcomes.push({ cap, measure: m.measure, limit, uncapped: r, bound });
      if (bound) {
        r = limit;
        if (regimen === "total-rate") d = t.div(r);
        else t = r.mul(d);
      }
    } else if (m.measure === "session-dose" || m.measure === "session-dose-per-kg") {
      const limit = m.measure === "session-dose" ? m.base : m.base.mul(weightKg);
      const bound = t.gt(limit);
      outcomes.push({ cap, measure: m.measure, limit, uncapped: t, bound });
      if (bound) {
        t = limit;
        if (regimen === "total-rate") d = t.div(r);
        else r = t.div(d);
      }
    } else {
      throw new Error(`protocol cap ${cap.id} must cap a dose rate or a session dose`);
    }
  }
  return { rateMgH: r, totalMg: t, durationH: d, caps: outcomes };
}

// src/plan/assemble.ts
function massQ(mg, agent) {
  return quantity(mg.div(mgPer(agent.massUnit)), agent.massUnit);
}
function massRateQ(mgH, agent) {
  const q3 = massQ(mgH, agent);
  return { value: q3.value, unit: `${q3.unit}/h` };
}
function massPerKgQ(mgKg, agent, perHour2) {
  const q3 = massQ(mgKg, agent);
  return { value: q3.value, unit: `${q3.unit}/kg${perHour2 ? "/h" : ""}` };
}
function assemblePlan(parts) {
  const { catalogue, protocol, agent, product, input, weightKg, heightCm, params, ordered, prep, pump, increment, minRate, maxPumpRate, needsAck, trace } = parts;
  const finalChecks = parts.checks;
  const W = parts.dosingWeight.kg;
  const dw = { value: parts.dosingWeight };
  const conc = prep.concentrationMgPerMl;
  const agentDose = {
    agent: agent.id,
    name: agent.name,
    prescribed: {
      ...params.rate ? { rate: quantity(params.rate.stated.value, params.rate.stated.unit) } : {},
      ...params.total ? { total: quantity(params.total.stated.value, params.total.stated.unit) } : {},
      ...params.duration ? { duration: quantity(params.duration.stated.value, params.duration.stated.unit) } : {},
      ...parts.loading ? { loading: quantity(parts.loading.stated.value, parts.loading.stated.unit) } : {},
      from: Object.fromEntries(Object.values(params).map((r) => [r.name, r.from]))
    },
    doseRate: massRateQ(ordered.rateMgH, agent),
    totalDose: massQ(ordered.totalMg.add(parts.loading?.mg ?? 0), agent),
    caps: ordered.caps.map((c) => {
      const perHour2 = c.measure.startsWith("dose-rate");
      const q3 = perHour2 ? massRateQ : massQ;
      return { id: c.cap.id, limit: q3(c.limit, agent), bound: c.bound, uncapped: q3(c.uncapped, agent), source: c.cap.source };
    }),
    delivered: {
      doseRate: massRateQ(pump.deliveredRateMgH, agent),
      doseRatePerKg: massPerKgQ(pump.deliveredRateMgH.div(W), agent, true),
      totalDose: massQ(pump.deliveredMg, agent),
      totalDosePerKg: massPerKgQ(pump.deliveredMg.div(W), agent, false)
    }
  };
  const bag = {
    style: prep.style,
    container: {
      kind: prep.containerKind,
      nominalVolume: quantity(prep.nominalMl, "mL"),
      ...prep.containerKind === "premix" ? { productId: product.id } : {}
    },
    additives: prep.additive ? [
      {
        agent: agent.id,
        product: { id: product.id, name: product.name, strength: quantity(dec(product.strength.value), "mg/mL") },
        orderedAmount: massQ(prep.additive.orderedMg, agent),
        exactVolume: quantity(prep.additive.exactMl, "mL"),
        volume: quantity(prep.additive.drawn.value, "mL"),
        amount: massQ(prep.additive.amountMg, agent),
        rounding: {
          increment: quantity(prep.additive.drawn.increment, "mL"),
          mode: prep.additive.drawn.mode,
          roundedDownForLimit: prep.additive.drawn.roundedDownForLimit
        },
        containers: prep.additive.containers,
        containerVolume: product.volume ? quantity(dec(product.volume.value), "mL") : null,
        leftover: prep.additive.leftoverMl === null ? null : {
          volume: quantity(prep.additive.leftoverMl, "mL"),
          amount: massQ(prep.additive.leftoverMl.mul(dec(product.strength.value)), agent),
          kind: product.multiDose ? "remains-in-multi-dose-vial" : "waste"
        }
      }
    ] : [],
    diluent: prep.diluent ? {
      id: prep.diluent.diluent.id,
      name: prep.diluent.diluent.name,
      nominalVolume: quantity(prep.diluent.nominalMl, "mL"),
      overfill: quantity(prep.diluent.overfillMl, "mL"),
      overfillStated: prep.diluent.overfillStated,
      withdrawn: quantity(prep.diluent.withdrawnMl, "mL"),
      volume: quantity(prep.diluent.volumeMl, "mL")
    } : null,
    additiveVolume: prep.additiveVolume,
    finalVolume: quantity(prep.finalMl, "mL"),
    concentrations: [{ agent: agent.id, value: quantity(conc, "mg/mL") }],
    residualVolume: quantity(prep.finalMl.sub(pump.vtbiMl), "mL")
  };
  const main = pump.main;
  const pumpSettings = {
    rateExact: quantity(main.rateExact, "mL/h"),
    rate: quantity(main.rate.value, "mL/h"),
    increment: quantity(increment, "mL/h"),
    rounding: { mode: main.rate.mode, roundedDownForLimit: main.rate.roundedDownForLimit },
    volumeToBeInfused: quantity(pump.vtbiMl, "mL"),
    duration: quantity(pump.durationH.mul(60), "min"),
    durationOrdered: quantity(ordered.durationH.add(parts.loading?.durationH ?? 0).mul(60), "min"),
    minRate: quantity(minRate, "mL/h"),
    maxRate: quantity(maxPumpRate, "mL/h"),
    segments: pump.segments.map((seg) => ({
      kind: seg.kind,
      rate: quantity(seg.rate.value, "mL/h"),
      duration: quantity(seg.durationH.mul(60), "min"),
      volume: quantity(seg.volumeMl, "mL"),
      doses: [{ agent: agent.id, amount: massQ(seg.doseMg, agent), doseRate: massRateQ(seg.doseRateMgH, agent) }]
    }))
  };
  const d = dw.value;
  const plan = {
    catalogue: { id: catalogue.id, version: catalogue.version, ...input.careArea !== void 0 ? { careArea: input.careArea } : {} },
    protocol: { id: protocol.id, version: protocol.version, name: protocol.name, indication: protocol.indication, source: protocol.source },
    session: { number: input.session, of: protocol.schedule.sessions, schedule: protocol.schedule.description },
    patient: {
      weight: quantity(weightKg, "kg"),
      ...heightCm ? { height: quantity(heightCm, "cm") } : {},
      ...input.patient.sex ? { sex: input.patient.sex } : {},
      ...input.patient.ageYears ? { ageYears: quantity(input.patient.ageYears, "a") } : {},
      ...input.patient.creatinineMgDl ? { creatinine: quantity(input.patient.creatinineMgDl, "mg/dL") } : {},
      ...parts.bsa ? { bodySurfaceArea: quantity(parts.bsa, "m2") } : {},
      ...parts.crcl ? { creatinineClearance: quantity(parts.crcl, "mL/min") } : {}
    },
    dosingWeight: {
      value: quantity(d.kg, "kg"),
      basis: d.basis,
      requestedBasis: d.requested,
      reason: d.reason,
      formula: d.formula,
      source: d.source,
      actual: quantity(d.actualKg, "kg"),
      ...d.idealKg ? { ideal: quantity(d.idealKg, "kg") } : {},
      ...d.adjustedKg ? { adjusted: quantity(d.adjustedKg, "kg") } : {},
      ...d.leanKg ? { lean: quantity(d.leanKg, "kg") } : {},
      ...d.bmi ? { bmi: quantity(d.bmi, "kg/m2") } : {}
    },
    agents: [agentDose],
    bag,
    pump: pumpSettings,
    checks: finalChecks,
    acknowledgements: input.acknowledgements.map((a) => ({ code: a.code, reason: a.reason })),
    status: needsAck ? "needs-acknowledgement" : "ready",
    notes: [...agent.notes, ...protocol.notes].map((n) => ({ kind: n.kind, text: n.text, source: n.source })),
    adjuncts: (protocol.adjuncts ?? []).map((a) => ({
      drug: a.drug,
      dose: !a.dose ? null : a.dose.value !== void 0 ? quantity(dec(a.dose.value), a.dose.unit) : { min: quantity(dec(a.dose.min ?? "0"), a.dose.unit), max: quantity(dec(a.dose.max ?? "0"), a.dose.unit) },
      route: a.route,
      when: a.when,
      optional: a.optional,
      source: a.source
    })),
    requirements: parts.requirements,
    ...parts.titration ? { titration: parts.titration } : {},
    trace
  };
  return { ok: true, plan, warnings: finalChecks.filter((c) => !c.passed) };
}

// src/plan/plan-infusion.ts
var DEFAULT_PUMP_RANGE = {
  minRate: "0.1",
  maxRate: "999",
  source: {
    citation: "Typical large-volume pump range: UCLH injectable medicines guide (usual range 1-999 mL/h); Alaris GP volumetric pump brochure (0.1-1200 mL/h); drugdose drip calculator warnings (below 0.1 or above 999 mL/h)",
    grade: "secondary",
    verified: true
  }
};
function fail2(issues) {
  return { ok: false, issues };
}
var PATIENT_PATH = {
  weight: ["patient", "weight", "value"],
  height: ["patient", "height", "value"],
  age: ["patient", "ageYears"]
};
function pathForCheck(c) {
  if (c.rule.startsWith("patient.")) return PATIENT_PATH[c.rule.split(".")[1]] ?? ["patient"];
  if (c.rule.startsWith("protocol.")) return ["dose", c.rule.split(".")[1]];
  if (c.code.startsWith("pump_rate")) return ["pump"];
  if (c.code.startsWith("concentration") || c.code.startsWith("product_")) return ["preparation"];
  return ["dose"];
}
function planInfusion(input, catalogue = BUILTIN_CATALOGUE) {
  return planInfusionWithFacts(input, catalogue).result;
}
function planInfusionWithFacts(input, catalogue) {
  const parsed = parsePlanInput(input);
  if (!parsed.ok) return { result: fail2(parsed.issues) };
  const out = {};
  const result = planParsed(parsed.value, catalogue, out);
  return result.ok && out.facts ? { result, facts: out.facts } : { result };
}
function planParsed(input, catalogue, out) {
  const trace = [];
  const checks = [];
  const issues = [];
  const protocol = catalogue.protocols.find((p) => p.id === input.protocol);
  if (!protocol) {
    return fail2([
      {
        code: "unknown_protocol",
        path: ["protocol"],
        message: `No protocol "${input.protocol}" in catalogue ${catalogue.id} ${catalogue.version}; known: ${catalogue.protocols.map((p) => p.id).join(", ")}.`,
        expected: catalogue.protocols.map((p) => p.id).join(", "),
        received: JSON.stringify(input.protocol)
      }
    ]);
  }
  const agent = catalogue.agents.find((a) => a.id === protocol.agent);
  if (!agent) throw new Error(`catalogue protocol ${protocol.id} names unknown agent ${protocol.agent}`);
  const careAreas = new Set(catalogue.agents.flatMap((a) => a.limits.flatMap((l) => l.careAreas ?? [])));
  if (input.careArea !== void 0 && !careAreas.has(input.careArea)) {
    return fail2([
      {
        code: "unknown_care_area",
        path: ["careArea"],
        message: `No limits are set for care area "${input.careArea}" in this catalogue; known: ${[...careAreas].join(", ") || "(none)"}.`
      }
    ]);
  }
  const limitsInForce = limitsForCareArea(agent.limits, input.careArea);
  trace.push({
    step: "catalogue",
    description: "Catalogue and protocol used",
    result: `${catalogue.id} ${catalogue.version}; ${protocol.id} ${protocol.version}${input.careArea ? `; care area ${input.careArea}` : ""}`
  });
  const weightKg = input.patient.weight.value.mul(kgPer(input.patient.weight.unit));
  trace.push({
    step: "patient.weight",
    description: "Body weight in kg",
    formula: input.patient.weight.unit === "kg" ? "kg" : "kg = lb x 0.45359237 (exact)",
    inputs: { weight: quantity(input.patient.weight.value, input.patient.weight.unit) },
    result: quantity(weightKg, "kg")
  });
  const heightCm = input.patient.height ? input.patient.height.value.mul(cmPer(input.patient.height.unit)) : void 0;
  if (input.patient.height && heightCm) {
    trace.push({
      step: "patient.height",
      description: "Height in cm",
      formula: input.patient.height.unit === "cm" ? "cm" : "cm = in x 2.54 (exact)",
      inputs: { height: quantity(input.patient.height.value, input.patient.height.unit) },
      result: quantity(heightCm, "cm")
    });
  }
  if (weightKg.lte(0)) {
    return fail2([{ code: "weight_not_positive", path: ["patient", "weight", "value"], message: "Weight must be greater than zero." }]);
  }
  if (heightCm && heightCm.lte(0)) {
    return fail2([{ code: "height_not_positive", path: ["patient", "height", "value"], message: "Height must be greater than zero." }]);
  }
  const patientObserved = { weight: weightKg };
  if (heightCm) patientObserved.height = heightCm;
  if (input.patient.ageYears) patientObserved.age = input.patient.ageYears;
  checks.push(...patientChecks(catalogue.patientLimits, patientObserved));
  const patientHard = checks.filter((c) => c.severity === "hard" && !c.passed);
  if (patientHard.length > 0) return fail2(patientHard.map((c) => ({ ...c, path: pathForCheck(c) })));
  const weightRule2 = protocol.weight ?? agent.weight;
  const dw = chooseDosingWeight(weightRule2, {
    weightKg,
    ...heightCm ? { heightCm } : {},
    ...input.patient.sex ? { sex: input.patient.sex } : {}
  });
  if (!dw.ok) {
    return fail2(
      dw.missing.map((m) => ({
        code: `${m}_required`,
        path: ["patient", m],
        message: `This protocol doses by ${weightRule2.basis} body weight, which needs the patient's ${m}.`,
        source: weightRule2.source
      }))
    );
  }
  const W = dw.value.kg;
  trace.push({
    step: "dosing-weight",
    description: `Dosing weight (${dw.value.basis}${dw.value.basis !== dw.value.requested ? `, requested ${dw.value.requested}` : ""}): ${dw.value.reason}`,
    formula: dw.value.formula,
    inputs: {
      actual: quantity(weightKg, "kg"),
      ...heightCm ? { height: quantity(heightCm, "cm") } : {},
      ...input.patient.sex ? { sex: input.patient.sex } : {}
    },
    result: quantity(W, "kg")
  });
  if (W.lte(0)) {
    return fail2([
      {
        code: "dosing_weight_not_positive",
        path: ["patient", "height"],
        message: "The ideal-weight formula gives no positive weight at this height; check the height and its unit."
      }
    ]);
  }
  if (dw.value.extrapolated && heightCm) {
    checks.push({
      code: "ibw_extrapolated",
      rule: "patient.ideal-weight.height-under-60-in",
      severity: "soft",
      passed: false,
      observed: quantity(heightInches(heightCm), "[in_i]"),
      limit: quantity(dec(60), "[in_i]"),
      source: { citation: "GlobalRPh IBW calculator; calculatorhub (Devine not validated under 60 in)", grade: "secondary", verified: false },
      message: "Height is under 60 in, where the Devine formula is not validated; the line was continued below 60 in. Confirm the dosing weight and acknowledge."
    });
  }
  const weightNote = unverified("weight-basis", "The dosing-weight rule", weightRule2.source);
  if (weightNote) checks.push(weightNote);
  checks.push({
    code: "session_beyond_course",
    rule: "protocol.schedule.sessions",
    severity: "soft",
    passed: input.session <= protocol.schedule.sessions,
    observed: { value: String(input.session), unit: "{session}" },
    limit: { value: String(protocol.schedule.sessions), unit: "{session}" },
    source: protocol.schedule.source,
    message: input.session <= protocol.schedule.sessions ? `Session ${input.session} of ${protocol.schedule.sessions} (${protocol.schedule.description}).` : `Session ${input.session} is beyond the protocol's course of ${protocol.schedule.sessions} (${protocol.schedule.description}); acknowledge with a reason.`
  });
  const bsa = heightCm ? bodySurfaceArea(heightCm, weightKg) : void 0;
  const clearance = (weightBasisKg) => input.patient.ageYears && input.patient.sex && input.patient.creatinineMgDl ? creatinineClearance(input.patient.ageYears, weightBasisKg, input.patient.creatinineMgDl, input.patient.sex) : void 0;
  const bands = protocol.clearanceBands;
  const crcl = clearance(bands && bands.weight !== "actual" ? W : weightKg);
  if (bsa) {
    trace.push({
      step: "patient.bsa",
      description: "Body-surface area (Mosteller)",
      formula: "m2 = sqrt(cm x kg / 3600)",
      inputs: { height: quantity(heightCm, "cm"), weight: quantity(weightKg, "kg") },
      result: quantity(bsa, "m2")
    });
  }
  if (crcl) {
    trace.push({
      step: "patient.creatinine-clearance",
      description: "Creatinine clearance (Cockcroft-Gault)",
      formula: "mL/min = (140 - age) x kg / (72 x SCr mg/dL), x 0.85 if female",
      inputs: {
        age: quantity(input.patient.ageYears, "a"),
        weight: quantity(bands && bands.weight !== "actual" ? W : weightKg, "kg"),
        creatinine: quantity(input.patient.creatinineMgDl, "mg/dL")
      },
      result: quantity(crcl, "mL/min")
    });
  }
  const [first, second] = REGIMEN_INPUTS[protocol.regimen];
  const derivedName = ["rate", "total", "duration"].find((n) => n !== first && n !== second);
  if (input.dose[derivedName] !== void 0) {
    issues.push({
      code: "dose_not_adjustable",
      path: ["dose", derivedName],
      message: `In this protocol the ${derivedName} follows from the ${first} and the ${second}; give those instead.`
    });
  }
  const params = {};
  const firstProductId = input.preparation.product ?? protocol.preparation.products[0];
  const rampProduct = agent.products.find((p) => p.id === firstProductId && p.ramp !== void 0);
  const atRisk = (input.patient.risks ?? []).length > 0;
  const ramp = rampProduct?.ramp ? rampInMgPerKgMin(rampProduct.ramp, dec(rampProduct.strength.value), atRisk) : void 0;
  const containerMl = input.preparation.containerVolume ? input.preparation.containerVolume.value.mul(mLPer(input.preparation.containerVolume.unit)) : protocol.preparation.containerVolume !== void 0 ? dec(protocol.preparation.containerVolume) : void 0;
  const overfill = input.preparation.overfill ? { ml: input.preparation.overfill.value.mul(mLPer(input.preparation.overfill.unit)), stated: true } : { ml: dec(0), stated: false };
  const courseHistory = input.history.filter((h) => h.protocol === protocol.id);
  let titration2;
  if (input.history.length > 0 && protocol.titration) {
    const rule2 = protocol.titration;
    const titrated = protocol[rule2.param];
    if (!titrated) throw new Error(`protocol ${protocol.id} titrates a ${rule2.param} it does not have`);
    const decided = decideNextDose(rule2, titrated, courseHistory, {
      ...input.titrationClearance ? { clinicianClearance: input.titrationClearance } : {}
    });
    if (!decided.ok) return fail2([...decided.issues]);
    titration2 = decided.value;
    trace.push({
      step: "titration",
      description: `Titration from ${courseHistory.length} earlier session(s): ${titration2.decision} (${titration2.rule})`,
      inputs: titration2.lastDose ? { lastDose: titration2.lastDose } : {},
      result: titration2.dose ?? "no dose"
    });
    if (titration2.decision === "stop-severe" || titration2.decision === "stop-futile") {
      return fail2([
        {
          code: titration2.decision === "stop-severe" ? "titration_stop_severe" : "titration_stop_futile",
          path: ["history"],
          message: titration2.reason,
          rule: titration2.rule,
          sources: titration2.sources
        }
      ]);
    }
    if (input.session !== courseHistory.length + 1) {
      checks.push({
        code: "session_number_mismatch",
        rule: "titration.session",
        severity: "soft",
        passed: false,
        message: `Session ${input.session} was asked for, but the history holds ${courseHistory.length} earlier session(s) of this protocol; check the record and acknowledge.`
      });
    }
  } else if (input.history.length > 0 && courseHistory.length > 0) {
    checks.push({
      code: "history_not_used",
      rule: "titration.none",
      severity: "info",
      passed: false,
      message: "This protocol has no titration rule: the earlier sessions do not change the dose."
    });
  }
  for (const name of [first, second]) {
    let param = protocol[name];
    if (name === "rate" && ramp && rampProduct?.ramp && param && param.value === void 0) {
      param = {
        unit: "mg/kg/min",
        ...input.dose.rate === void 0 ? { value: ramp.start.toFixed() } : {},
        max: ramp.max.toFixed(),
        source: rampProduct.ramp.source
      };
      if (input.dose.rate !== void 0) {
        const given2 = resolveParam("rate", param, input.dose.rate);
        if (given2.ok) {
          const maxBase = readMeasure(ramp.max, "mg/kg/min")?.base ?? dec(0);
          checks.push({
            code: "rate_above_label_maximum",
            rule: `${rampProduct.id}.ramp.max`,
            severity: "hard",
            passed: given2.value.base.lte(maxBase),
            observed: quantity(given2.value.base.div(60), "mg/kg/min"),
            limit: quantity(ramp.max, "mg/kg/min"),
            source: rampProduct.ramp.source,
            message: `The rate ${given2.value.base.lte(maxBase) ? "is within" : "is above"} the label's maximum of ${quantity(ramp.max, "mg/kg/min").value} mg/kg/min for ${rampProduct.name}${atRisk ? " in a patient at risk of thrombosis or renal injury" : ""}.`
          });
        }
      }
    }
    if (name === "duration" && protocol.phases) {
      if (input.dose.duration !== void 0) {
        issues.push({ code: "dose_not_adjustable", path: ["dose", "duration"], message: "In this protocol the duration follows from its fixed-rate phases." });
        continue;
      }
      const finalMl = (containerMl ?? dec(0)).add(overfill.ml);
      param = { unit: "h", value: phasesDuration(protocol.phases, finalMl).toFixed(), source: protocol.preparation.source };
    }
    if (name === "total" && bands) {
      const missing = [
        ...input.patient.ageYears ? [] : ["ageYears"],
        ...input.patient.sex ? [] : ["sex"],
        ...input.patient.creatinineMgDl ? [] : ["creatinine"]
      ];
      if (missing.length > 0 || crcl === void 0) {
        issues.push(
          ...missing.map((m) => ({
            code: `${m === "ageYears" ? "age" : m}_required`,
            path: ["patient", m],
            message: `This protocol doses by creatinine clearance (Cockcroft-Gault), which needs the patient's age, sex and serum creatinine.`,
            source: bands.source
          }))
        );
        continue;
      }
      if (input.dose.total !== void 0) {
        issues.push({ code: "dose_not_adjustable", path: ["dose", "total"], message: "In this protocol the dose follows from the creatinine-clearance band." });
        continue;
      }
      const band = bands.bands.find(
        (b) => (b.min === void 0 || (b.minExclusive ? crcl.gt(dec(b.min)) : crcl.gte(dec(b.min)))) && (b.max === void 0 || (b.maxInclusive ? crcl.lte(dec(b.max)) : crcl.lt(dec(b.max))))
      );
      checks.push({
        code: "clearance_band",
        rule: "protocol.clearance-bands",
        severity: "hard",
        passed: band?.dose !== void 0,
        observed: quantity(crcl, "mL/min"),
        ...band?.max !== void 0 ? { limit: quantity(dec(band.max), "mL/min") } : band?.min !== void 0 ? { limit: quantity(dec(band.min), "mL/min") } : {},
        source: bands.source,
        message: band?.dose !== void 0 ? `Creatinine clearance ${quantity(crcl, "mL/min").value} mL/min gives a dose of ${band.dose} ${bands.unit}.` : `Creatinine clearance ${quantity(crcl, "mL/min").value} mL/min is in a band where this product is not recommended.`
      });
      if (band?.dose === void 0) continue;
      param = { unit: bands.unit, value: band.dose, max: band.dose, source: bands.source };
    }
    const titratedDose = titration2?.dose && protocol.titration?.param === name && input.dose[name] === void 0 ? readTitrated(titration2.dose) : void 0;
    const given = input.dose[name] ?? titratedDose;
    const resolved = resolveParam(name, param, given);
    const r = resolved.ok && titratedDose ? { ok: true, value: { ...resolved.value, from: "titration" } } : resolved;
    if (titration2?.dose && protocol.titration?.param === name && input.dose[name] !== void 0 && r.ok) {
      const t = readTitrated(titration2.dose);
      const tm = t ? readMeasure(t.value, doseUnitCode(t.unit)) : void 0;
      if (tm && r.value.base.gt(tm.base)) {
        checks.push({
          code: "dose_above_titration",
          rule: titration2.rule,
          severity: "soft",
          passed: false,
          observed: quantity(r.value.stated.value, r.value.stated.unit),
          limit: titration2.dose,
          message: `The chosen dose is above the titration engine's next dose (${titration2.dose.value} ${titration2.dose.unit}: ${titration2.reason}); acknowledge with a reason.`
        });
      }
    }
    if (r.ok) params[name] = r.value;
    else issues.push(r.issue);
  }
  const refusedBand = checks.filter((c) => (c.code === "clearance_band" || c.code === "rate_above_label_maximum") && !c.passed);
  if (issues.length > 0 || refusedBand.length > 0) {
    return fail2([...issues, ...refusedBand.map((c) => ({ ...c, path: c.code === "clearance_band" ? ["patient", "creatinine"] : ["dose", "rate"] }))]);
  }
  for (const r of Object.values(params)) {
    checks.push(...checkParam2(r));
    const note2 = unverified(`protocol.${r.name}`, `The protocol's ${r.name}`, r.param.source);
    if (note2 && r.from === "protocol") checks.push(note2);
    trace.push({
      step: `dose.${r.name}`,
      description: `${r.name} from the ${r.from}`,
      inputs: { stated: quantity(r.stated.value, r.stated.unit) },
      result: quantity(r.base, { "dose-rate": "mg/h", "dose-rate-per-kg": "mg/kg/h", "session-dose": "mg", "session-dose-per-kg": "mg/kg", concentration: "mg/mL", duration: "h" }[r.measure])
    });
  }
  const ordered = orderDose(protocol.regimen, params, protocol.caps, W);
  let loading;
  if (protocol.loading) {
    const lt = resolveParam("loading", protocol.loading.total, input.dose.loading);
    const ld = resolveParam("duration", protocol.loading.duration, void 0);
    if (!lt.ok) return fail2([{ ...lt.issue, path: ["dose", "loading"] }]);
    if (!ld.ok) throw new Error(`protocol ${protocol.id} loading dose has no duration`);
    checks.push(...checkParam2(lt.value));
    const perKg = lt.value.measure === "session-dose-per-kg";
    const mg = perKg ? lt.value.base.mul(W) : lt.value.base;
    const max = lt.value.param.max !== void 0 ? readMeasure(dec(lt.value.param.max), lt.value.param.unit) : void 0;
    loading = { mg, durationH: ld.value.base, ceilings: max ? [perKg ? max.base.mul(W) : max.base] : [], stated: lt.value.stated };
    trace.push({
      step: "dose.loading",
      description: `Loading dose from the ${lt.value.from}, over ${quantity(ld.value.base.mul(60), "min").value} min`,
      formula: perKg ? "mg = mg/kg x kg" : "mg",
      inputs: { stated: quantity(lt.value.stated.value, lt.value.stated.unit), dosingWeight: quantity(W, "kg") },
      result: quantity(mg, "mg")
    });
  } else if (input.dose.loading !== void 0) {
    return fail2([{ code: "dose_not_adjustable", path: ["dose", "loading"], message: "This protocol has no loading dose." }]);
  }
  const loadingMg = loading?.mg ?? dec(0);
  trace.push({
    step: "dose.ordered",
    description: `Ordered dose (${protocol.regimen}; ${derivedName} derived)`,
    formula: {
      "rate-duration": "mg = mg/h x h; mg/h = mg/kg/h x kg for a per-kg rate",
      "total-duration": "mg/h = mg / h; mg = mg/kg x kg for a per-kg dose",
      "total-rate": "h = mg / (mg/h); mg = mg/kg x kg, mg/h = mg/kg/h x kg for per-kg values"
    }[protocol.regimen],
    inputs: { dosingWeight: quantity(W, "kg") },
    result: `${quantity(ordered.rateMgH, "mg/h").value} mg/h for ${quantity(ordered.durationH, "h").value} h = ${quantity(ordered.totalMg, "mg").value} mg`
  });
  for (const c of ordered.caps) {
    const unit = c.measure.startsWith("dose-rate") ? "mg/h" : "mg";
    trace.push({
      step: `cap.${c.cap.id}`,
      description: c.bound ? `Protocol cap ${c.cap.value} ${c.cap.unit} binds` : `Protocol cap ${c.cap.value} ${c.cap.unit} does not bind`,
      formula: "capped = min(uncapped, cap)",
      inputs: { uncapped: quantity(c.uncapped, unit), cap: quantity(c.limit, unit) },
      result: quantity(minDec(c.uncapped, c.limit), unit)
    });
    checks.push({
      code: "protocol_cap_applied",
      rule: c.cap.id,
      severity: "info",
      passed: !c.bound,
      agent: agent.id,
      observed: quantity(c.uncapped, unit),
      limit: quantity(c.limit, unit),
      source: c.cap.source,
      message: c.bound ? `The protocol cap of ${c.cap.value} ${c.cap.unit} binds: the dose is lowered from ${quantity(c.uncapped, unit).value} ${unit} to ${quantity(c.limit, unit).value} ${unit}.` : `The protocol cap of ${c.cap.value} ${c.cap.unit} does not bind.`
    });
  }
  const upperLimits = limitsInForce.filter((l) => l.bound === "upper").map((l) => readLimit(l));
  const rateCeilings = [];
  const totalCeilings = [];
  for (const c of ordered.caps) (c.measure.startsWith("dose-rate") ? rateCeilings : totalCeilings).push(c.limit);
  for (const l of upperLimits) {
    if (l.measure === "dose-rate") rateCeilings.push(l.base);
    if (l.measure === "dose-rate-per-kg") rateCeilings.push(l.base.mul(W));
    if (l.measure === "session-dose") totalCeilings.push(l.base);
    if (l.measure === "session-dose-per-kg") totalCeilings.push(l.base.mul(W));
  }
  for (const r of Object.values(params)) {
    if (r.param.max === void 0 || r.name === "duration") continue;
    const m = readMeasure(dec(r.param.max), r.param.unit);
    if (!m) continue;
    const perKg = m.measure === "dose-rate-per-kg" || m.measure === "session-dose-per-kg";
    (r.name === "rate" ? rateCeilings : totalCeilings).push(perKg ? m.base.mul(W) : m.base);
  }
  const rule = protocol.preparation;
  const firstCandidate = agent.products.find((p) => p.id === (input.preparation.product ?? rule.products[0]));
  const sameFamily = (id2) => {
    const p = agent.products.find((x) => x.id === id2);
    return p !== void 0 && firstCandidate !== void 0 && p.volume !== void 0 && p.strength.value === firstCandidate.strength.value && JSON.stringify(p.ramp) === JSON.stringify(firstCandidate.ramp);
  };
  const candidateIds = input.preparation.product !== void 0 ? [input.preparation.product] : protocol.wholeVials ? rule.products.filter(sameFamily) : rule.products;
  const candidates = [];
  for (const id2 of candidateIds) {
    const product2 = agent.products.find((p) => p.id === id2);
    if (!product2) {
      return fail2([
        {
          code: "unknown_product",
          path: ["preparation", "product"],
          message: `No ${agent.name} product "${id2}"; known: ${agent.products.map((p) => p.id).join(", ")}.`,
          expected: agent.products.map((p) => p.id).join(", ")
        }
      ]);
    }
    candidates.push(product2);
  }
  const diluentId = input.preparation.diluent ?? rule.diluent;
  const diluent = diluentId === void 0 ? void 0 : catalogue.diluents.find((d) => d.id === diluentId);
  if (diluentId !== void 0 && (!diluent || !agent.diluents.some((d) => d.id === diluentId))) {
    return fail2([
      {
        code: "unknown_diluent",
        path: ["preparation", "diluent"],
        message: `"${diluentId}" is not a diluent listed for ${agent.name}; use one of: ${agent.diluents.map((d) => d.id).join(", ")}.`,
        expected: agent.diluents.map((d) => d.id).join(", ")
      }
    ]);
  }
  const handling = input.preparation.additiveVolume ?? rule.additiveVolume;
  const crosses = (mg, exactMg) => crossesNewCeiling(mg, exactMg, totalCeilings) || crossesNewCeiling(mg.div(ordered.durationH), exactMg.div(ordered.durationH), rateCeilings);
  if (rule.style === "whole-bag" && containerMl === void 0) {
    return fail2([
      {
        code: "container_volume_required",
        path: ["preparation", "containerVolume"],
        message: 'This protocol gives no bag volume; the clinician must choose one (for example { "value": 250, "unit": "mL" }).',
        source: rule.source
      }
    ]);
  }
  const prepareWith = (product2) => {
    if (rule.style === "standard-concentration") {
      return prepareStandard(rule, product2, diluent, containerMl, overfill, handling, ordered.totalMg.add(loadingMg), crosses, protocol.wholeVials !== void 0);
    }
    if (product2.form === "premix") {
      return {
        ok: false,
        issue: {
          code: "product_not_usable",
          path: ["preparation", "product"],
          message: `${product2.name} is a ready-to-use premix; this protocol makes up a bag from a vial or ampoule.`
        }
      };
    }
    if (diluent === void 0 || containerMl === void 0) throw new Error(`whole-bag protocol ${protocol.id} has no diluent`);
    return prepareWholeBag(rule, product2, diluent, containerMl, overfill, handling, ordered.totalMg, crosses);
  };
  let prepared;
  let product = candidates[0];
  let bestDeviation;
  let bestContainers = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const attempt = prepareWith(candidate);
    if (!attempt.ok) {
      prepared ??= attempt;
      continue;
    }
    const a = attempt.value.additive;
    const deviation = a ? a.amountMg.sub(a.orderedMg).abs() : dec(0);
    const containers = a?.containers ?? 0;
    const fewer = protocol.wholeVials !== void 0 && containers < bestContainers;
    if (bestDeviation === void 0 || deviation.lt(bestDeviation) || deviation.eq(bestDeviation) && fewer) {
      bestContainers = containers;
      bestDeviation = deviation;
      prepared = attempt;
      product = candidate;
    }
  }
  if (prepared === void 0) throw new Error(`protocol ${protocol.id} lists no products`);
  if (candidates.length > 1 && prepared.ok) {
    trace.push({
      step: "bag.product",
      description: "Product chosen: the one whose measurable volume comes closest to the ordered amount",
      inputs: Object.fromEntries(candidates.map((c, i) => [`candidate${i + 1}`, c.id])),
      result: product.id
    });
  }
  if (!prepared.ok) return fail2([prepared.issue]);
  const prep = prepared.value;
  if (prep.additive) {
    const a = prep.additive;
    trace.push({
      step: "bag.additive",
      description: `Volume of ${product.name} to draw up`,
      formula: "mL = mg / (mg/mL), rounded to a measurable volume (0.01 mL under 1 mL, 0.1 mL from 1 mL)",
      inputs: { amount: quantity(a.orderedMg, "mg"), strength: quantity(dec(product.strength.value), "mg/mL") },
      result: quantity(a.drawn.value, "mL"),
      rounding: {
        exact: quantity(a.exactMl, "mL"),
        increment: quantity(a.drawn.increment, "mL"),
        mode: a.drawn.mode,
        ...a.drawn.roundedDownForLimit ? { reason: "rounded down: the nearest volume would cross a protocol cap, protocol maximum or agent limit" } : {}
      }
    });
    if (product.dilution === "not-recommended" && prep.diluent) {
      checks.push({
        code: "product_not_for_dilution",
        rule: `${product.id}.dilution`,
        severity: "soft",
        passed: false,
        agent: agent.id,
        source: product.source,
        message: `The label does not recommend diluting ${product.name}; choose another strength or acknowledge with a reason.`
      });
    }
    if (product.dilution === "required" && !prep.diluent) {
      checks.push({
        code: "product_requires_dilution",
        rule: `${product.id}.dilution`,
        severity: "hard",
        passed: false,
        agent: agent.id,
        source: product.source,
        message: `${product.name} must be diluted before IV use; it cannot be given neat.`
      });
    }
  }
  if (protocol.wholeVials && prep.additive && !prep.additive.amountMg.eq(prep.additive.orderedMg)) {
    const a = prep.additive;
    checks.push({
      code: "rounded_to_whole_vials",
      rule: "protocol.whole-vials",
      severity: "info",
      passed: false,
      agent: agent.id,
      observed: quantity(a.amountMg, "mg"),
      limit: quantity(a.orderedMg, "mg"),
      source: protocol.wholeVials.source,
      message: `The dose is rounded to whole vials: ${a.containers ?? "?"} x ${product.name} = ${quantity(a.amountMg, "mg").value} mg for ${quantity(a.orderedMg, "mg").value} mg ordered (${quantity(a.amountMg.sub(a.orderedMg).div(a.orderedMg).mul(100), "%").value}%).`
    });
  }
  const productNote = unverified(product.id, `The product ${product.name}`, product.source);
  if (productNote) checks.push(productNote);
  trace.push({
    step: "bag.concentration",
    description: "Final volume and concentration",
    formula: prep.diluent ? prep.additiveVolume === "withdraw-equal" ? "final mL = bag mL + overfill - withdrawn + additive mL; mg/mL = mg / final mL" : "final mL = bag mL + overfill + additive mL; mg/mL = mg / final mL" : "mg/mL = product strength",
    inputs: {
      ...prep.additive ? { amount: quantity(prep.additive.amountMg, "mg") } : {},
      finalVolume: quantity(prep.finalMl, "mL")
    },
    result: quantity(prep.concentrationMgPerMl, "mg/mL")
  });
  if (prep.diluent && !prep.diluent.overfillStated) {
    checks.push({
      code: "overfill_not_stated",
      rule: "preparation.overfill",
      severity: "info",
      passed: false,
      message: "No bag overfill was given, so none is counted: the bag may hold more than its nominal volume. Give preparation.overfill from the manufacturer to include it."
    });
  }
  const increment = input.pump.increment?.value ?? dec(DEFAULT_RATE_INCREMENT);
  const minDurations = [
    ...limitsInForce.filter((l) => l.bound === "lower").map((l) => readLimit(l)).filter((m) => m.measure === "duration").map((m) => m.base),
    ...protocol.duration?.min !== void 0 ? [readMeasure(dec(protocol.duration.min), protocol.duration.unit)?.base ?? dec(0)] : []
  ];
  const conc = prep.concentration;
  const rampSpecs = rampSegments(ramp, params.rate, W, conc, rateCeilings);
  const specs = rampSpecs ? rampSpecs : protocol.phases ? protocol.phases.map((ph) => ({
    kind: "phase",
    rateExact: dec(ph.rate.value),
    ...ph.duration ? { durationH: readMeasure(dec(ph.duration.value), ph.duration.unit)?.base ?? dec(0) } : {},
    rateCeilingsMgH: rateCeilings
  })) : [
    ...loading ? [
      {
        kind: "loading",
        // mL/h = mg / h / (mg/mL); mL = mg / (mg/mL)
        rateExact: volumeFor(loading.mg, conc).div(loading.durationH),
        volumeExact: volumeFor(loading.mg, conc),
        doseCeilingsMg: loading.ceilings
      }
    ] : [],
    plainSegment(prep, ordered, rateCeilings, totalCeilings.map((c) => c.sub(loadingMg)), minDurations)
  ];
  const pump = runSegments(specs, conc, increment, prep.finalMl);
  pump.segments.forEach((seg, i) => {
    const id2 = pump.segments.length === 1 ? "pump" : `pump.segment${i + 1}`;
    trace.push({
      step: `${id2}.rate`,
      description: pump.segments.length === 1 ? "Pump rate" : `Segment ${i + 1} (${seg.kind}) pump rate`,
      formula: prep.style === "whole-bag" && seg.kind === "maintenance" ? "mL/h = final mL / h" : "mL/h = (mg/h) / (mg/mL)",
      inputs: prep.style === "whole-bag" ? { volume: quantity(prep.finalMl, "mL"), duration: quantity(ordered.durationH, "h") } : { doseRate: quantity(seg.rateExact.mul(prep.concentrationMgPerMl), "mg/h"), concentration: quantity(prep.concentrationMgPerMl, "mg/mL") },
      result: quantity(seg.rate.value, "mL/h"),
      rounding: {
        exact: quantity(seg.rateExact, "mL/h"),
        increment: quantity(increment, "mL/h"),
        mode: seg.rate.mode,
        ...seg.rate.roundedDownForLimit ? { reason: "rounded down: the nearest rate would cross a protocol cap, protocol maximum or agent limit" } : {}
      }
    });
    if (seg.volume) {
      trace.push({
        step: `${id2}.volume`,
        description: "Volume to be infused",
        formula: "mL = mg / (mg/mL), to the pump volume resolution",
        inputs: { dose: quantity(seg.volumeExact.mul(prep.concentrationMgPerMl), "mg"), concentration: quantity(prep.concentrationMgPerMl, "mg/mL") },
        result: quantity(seg.volumeMl, "mL"),
        rounding: { exact: quantity(seg.volumeExact, "mL"), increment: quantity(seg.volume.increment, "mL"), mode: seg.volume.mode }
      });
    }
    trace.push({
      step: `${id2}.duration`,
      description: "Duration at the rounded rate",
      formula: "min = mL / (mL/h) x 60",
      inputs: { volume: quantity(seg.volumeMl, "mL"), rate: quantity(seg.rate.value, "mL/h") },
      result: quantity(seg.durationH.mul(60), "min")
    });
    trace.push({
      step: `${id2}.delivered`,
      description: "Dose delivered at the rounded rate",
      formula: "mg/h = mL/h x mg/mL; mg = mL x mg/mL",
      inputs: { rate: quantity(seg.rate.value, "mL/h"), concentration: quantity(prep.concentrationMgPerMl, "mg/mL") },
      result: `${quantity(seg.doseRateMgH, "mg/h").value} mg/h; ${quantity(seg.doseMg, "mg").value} mg`
    });
  });
  const roundedDown = pump.segments.some((seg) => seg.rate.roundedDownForLimit || seg.volume?.roundedDownForLimit === true);
  if (roundedDown || prep.additive?.drawn.roundedDownForLimit) {
    checks.push({
      code: "rounded_down_for_limit",
      rule: "rounding.ceiling",
      severity: "info",
      passed: false,
      agent: agent.id,
      message: "Rounding to the nearest measurable volume or pump increment would have crossed a protocol cap or hard limit, so it was rounded down instead."
    });
  }
  const minRate = input.pump.minRate?.value ?? dec(DEFAULT_PUMP_RANGE.minRate);
  const maxPumpRate = input.pump.maxRate?.value ?? dec(DEFAULT_PUMP_RANGE.maxRate);
  const pumpSource = input.pump.minRate || input.pump.maxRate ? { citation: "Pump range given in the input", grade: "derived", verified: true } : DEFAULT_PUMP_RANGE.source;
  const pumpRange = { minRate, maxRate: maxPumpRate, source: pumpSource };
  checks.push(...pumpRangeChecks(pump.segments.map((seg) => seg.rate.value), pumpRange));
  const observed = {
    "dose-rate": pump.deliveredRateMgH,
    "dose-rate-per-kg": pump.deliveredRateMgH.div(W),
    "session-dose": pump.deliveredMg,
    "session-dose-per-kg": pump.deliveredMg.div(W),
    concentration: prep.concentrationMgPerMl,
    duration: pump.durationH
  };
  const observedPeak = {
    ...observed,
    "dose-rate": pump.peakRateMgH,
    "dose-rate-per-kg": pump.peakRateMgH.div(W)
  };
  const risks = new Set(input.patient.risks ?? []);
  const windowed = (limit) => {
    const window = limit.window;
    if (window === void 0) return void 0;
    const prior = input.history.filter((h) => {
      const p = catalogue.protocols.find((x) => x.id === h.protocol);
      if (p?.agent !== agent.id) return false;
      if (window === "course") return h.protocol === protocol.id;
      if (input.date === void 0) return false;
      const days = daysBetween(h.date, input.date);
      return days >= 0 && dec(days).mul(24).lt(dec(window.hours));
    });
    let priorMg = dec(0);
    for (const h of prior) {
      const t = h.given.total;
      const m = t ? readMeasure(t.value, doseUnitCode(t.unit)) : void 0;
      if (m?.measure === "session-dose") priorMg = priorMg.add(m.base);
      else if (m?.measure === "session-dose-per-kg") priorMg = priorMg.add(m.base.mul(W));
      else {
        checks.push({
          code: "cumulative_dose_unknown",
          rule: limit.id,
          severity: "soft",
          passed: false,
          agent: agent.id,
          message: `The ${h.date} session records no total dose, so the ${window === "course" ? "course" : `${window.hours} h`} total for ${limit.id} is not known; record it, or acknowledge with a reason.`
        });
      }
    }
    if (prior.length > 0) {
      trace.push({
        step: `cumulative.${limit.id}`,
        description: `Earlier doses within the ${window === "course" ? "course" : `${window.hours} h window`} added to this session's`,
        formula: "mg = this session + sum(earlier sessions in the window)",
        inputs: { thisSession: quantity(pump.deliveredMg, "mg"), earlier: quantity(priorMg, "mg") },
        result: quantity(pump.deliveredMg.add(priorMg), "mg")
      });
    }
    return { "session-dose": pump.deliveredMg.add(priorMg), "session-dose-per-kg": pump.deliveredMg.add(priorMg).div(W) };
  };
  if (input.date === void 0 && input.history.length > 0 && limitsInForce.some((l) => l.window !== void 0 && l.window !== "course")) {
    checks.push({
      code: "date_required_for_window",
      rule: "cumulative.date",
      severity: "soft",
      passed: false,
      message: "A limit of this agent counts doses over a time window, but the session has no date, so earlier sessions were not added; give date (YYYY-MM-DD) or acknowledge."
    });
  }
  checks.push(
    ...agentLimitChecks(limitsInForce, risks, (limit) => windowed(limit) ?? (limit.appliesTo === "maintenance" ? observed : observedPeak), agent.id, true)
  );
  const capsInForce = ordered.caps.map(capInForce);
  checks.push(...capChecks(capsInForce, { rateMgH: pump.deliveredRateMgH, sessionMg: pump.deliveredMg.sub(loadingMg) }, agent.id));
  const residualMl = prep.finalMl.sub(pump.vtbiMl);
  if (residualMl.gt(0)) {
    checks.push({
      code: "residual_in_container",
      rule: "preparation.residual",
      severity: "info",
      passed: false,
      agent: agent.id,
      observed: quantity(residualMl, "mL"),
      message: `${quantity(residualMl, "mL").value} mL (${quantity(amountIn(residualMl, prep.concentration), "mg").value} mg of ${agent.name}) stays in the ${prep.containerKind} after the infusion; discard and record it as waste.`
    });
  }
  if (derivedName === "duration" && protocol.duration) {
    const d = protocol.duration;
    for (const [bound, v] of [["lower", d.min], ["upper", d.max]]) {
      if (v === void 0) continue;
      const m = readMeasure(dec(v), d.unit);
      if (!m) throw new Error(`protocol ${protocol.id} duration unit ${d.unit}`);
      const passed = bound === "lower" ? pump.durationH.gte(m.base) : pump.durationH.lte(m.base);
      checks.push({
        code: bound === "lower" ? "duration_below_protocol_range" : "duration_above_protocol_range",
        rule: `protocol.duration.${bound === "lower" ? "min" : "max"}`,
        severity: "soft",
        passed,
        observed: quantity(pump.durationH.mul(60), "min"),
        limit: quantity(m.base.mul(60), "min"),
        source: d.source,
        message: passed ? `The infusion time is within the protocol's ${bound === "lower" ? "minimum" : "maximum"} of ${v} ${d.unit}.` : `The infusion would take ${quantity(pump.durationH.mul(60), "min").value} min, ${bound === "lower" ? "under" : "over"} the protocol's ${v} ${d.unit}; adjust the rate or acknowledge with a reason.`
      });
    }
  }
  const requirements = [...agent.requirements ?? [], ...protocol.requirements ?? []].map((req) => {
    const r = input.readiness;
    const confirmed = req.id === "fasting" ? r.fastingHours === void 0 ? null : r.fastingHours.gte(dec(req.hours ?? "0")) : req.id === "escort" ? r.escort ?? null : r.ecgOnFile ?? null;
    const code = { fasting: "fasting_too_short", escort: "no_escort", ecg: "ecg_missing" }[req.id];
    checks.push({
      code: confirmed === null ? "requirement_unconfirmed" : code,
      rule: `requirement.${req.id}`,
      severity: confirmed === null ? "info" : "soft",
      passed: confirmed === true,
      agent: agent.id,
      ...req.id === "fasting" && r.fastingHours !== void 0 ? { observed: quantity(r.fastingHours, "h"), limit: quantity(dec(req.hours ?? "0"), "h") } : {},
      source: req.source,
      message: confirmed === null ? `Confirm before starting: ${req.text}` : confirmed ? `Confirmed: ${req.text}` : `Not met: ${req.text} Resolve it, or acknowledge with a reason.`
    });
    return { id: req.id, text: req.text, confirmed, source: req.source };
  });
  const { checks: finalChecks, needsAck } = acknowledge(checks, input.acknowledgements);
  const hard = finalChecks.filter((c) => c.severity === "hard" && !c.passed);
  if (hard.length > 0) {
    return fail2(hard.map((c) => ({ ...c, path: pathForCheck(c) })));
  }
  out.facts = {
    agent: agent.id,
    dosingWeightKg: W,
    rateCeilingsMgH: rateCeilings,
    limits: limitsInForce,
    risks,
    caps: capsInForce,
    pumpRange,
    increment,
    amountMg: prep.additive?.amountMg ?? dec(0),
    durationH: ordered.durationH
  };
  return assemblePlan({
    catalogue,
    protocol,
    agent,
    product,
    input,
    weightKg,
    heightCm,
    bsa,
    crcl,
    dosingWeight: dw.value,
    params,
    ordered,
    loading: loading ? { mg: loading.mg, durationH: loading.durationH, stated: loading.stated } : void 0,
    prep,
    pump,
    increment,
    minRate,
    maxPumpRate,
    checks: finalChecks,
    needsAck,
    requirements,
    titration: titration2,
    trace
  });
}
function capInForce(c) {
  return { id: c.cap.id, stated: { value: c.cap.value, unit: c.cap.unit }, perHour: c.measure.startsWith("dose-rate"), limit: c.limit, source: c.cap.source };
}
function readTitrated(q3) {
  const unit = readDoseUnit(q3.unit);
  return unit ? { value: dec(q3.value), unit } : void 0;
}
function rampInMgPerKgMin(ramp, strengthMgPerMl, atRisk) {
  const toMgKgMin = (v) => {
    const x = dec(v);
    const perMin = ramp.unit.endsWith("/h") ? x.div(60) : x;
    return ramp.unit.startsWith("mL") ? perMin.mul(strengthMgPerMl) : perMin;
  };
  const max = toMgKgMin(atRisk && ramp.maxAtRisk !== void 0 ? ramp.maxAtRisk : ramp.max);
  const start = minDec(toMgKgMin(ramp.start), max);
  return { start, steps: ramp.steps.map(toMgKgMin).filter((s) => s.gt(start) && s.lt(max)), max, everyH: dec(ramp.everyMinutes).div(60) };
}
function rampSegments(ramp, rate, W, conc, rateCeilings) {
  if (!ramp || !rate || rate.from !== "protocol" || ramp.steps.length === 0) return void 0;
  const mlh = (mgKgMin) => volumeFor(mgKgMin.mul(W).mul(60), conc);
  const ceiling = [...rateCeilings, ramp.max.mul(W).mul(60)];
  return [
    { kind: "phase", rateExact: mlh(ramp.start), durationH: ramp.everyH, rateCeilingsMgH: ceiling },
    ...ramp.steps.map((s) => ({ kind: "phase", rateExact: mlh(s), durationH: ramp.everyH, rateCeilingsMgH: ceiling })),
    { kind: "phase", rateExact: mlh(ramp.max), rateCeilingsMgH: ceiling }
  ];
}

// src/calculator.ts
function bind(catalogue) {
  return Object.freeze({
    catalogue,
    planInfusion: (input) => planInfusion(input, catalogue),
    listAgents: () => catalogue.agents,
    listProtocols: () => catalogue.protocols,
    getProtocol: (id2) => catalogue.protocols.find((p) => p.id === id2)
  });
}
function createCalculator(catalogue) {
  const v = validateCatalogue(catalogue);
  if (!v.ok) return { ok: false, issues: v.issues };
  return { ok: true, calculator: bind(v.catalogue) };
}
var builtin = bind(BUILTIN_CATALOGUE);
function listAgents() {
  return builtin.listAgents();
}
function listProtocols() {
  return builtin.listProtocols();
}
function getProtocol(id2) {
  return builtin.getProtocol(id2);
}

// src/agents/compatibility.ts
var GIVE_ALONE = [
  {
    agent: "zoledronic-acid",
    text: "Give alone in a separate line (no calcium or other divalent-cation solutions).",
    source: CHEO_ZOLEDRONIC_ACID
  },
  {
    agent: "pamidronate",
    text: "Give in a separate line (no calcium-containing solutions).",
    source: PAMIDRONATE_CALCIUM_UNVERIFIED
  }
];
var COMPATIBILITY = [
  {
    agents: ["dexmedetomidine", "magnesium-sulfate"],
    status: "compatible",
    text: "The Precedex label lists magnesium sulfate 100 mg/mL as compatible (Y-site).",
    source: { ...PRECEDEX_LABEL, note: "Y-site compatibility; mixing in one bag is an extrapolation." }
  }
];
function compatibilityOf(a, b) {
  const alone = GIVE_ALONE.find((g) => g.agent === a || g.agent === b);
  if (alone) return { status: "incompatible", text: `${alone.agent}: ${alone.text}`, source: alone.source };
  return COMPATIBILITY.find((r) => r.agents[0] === a && r.agents[1] === b || r.agents[0] === b && r.agents[1] === a);
}

// src/schema/combination.ts
import * as z4 from "zod/mini";
var component = z4.strictObject({
  protocol: z4.string(),
  dose: z4.optional(z4.unknown()),
  product: z4.optional(z4.string())
});
var combinationShape = z4.strictObject({
  patient: z4.unknown(),
  session: z4.unknown(),
  components: z4.array(component).check(z4.minLength(2)),
  preparation: z4.optional(
    z4.strictObject({
      containerVolume: z4.optional(z4.unknown()),
      overfill: z4.optional(z4.unknown()),
      additiveVolume: z4.optional(z4.unknown()),
      diluent: z4.optional(z4.string())
    })
  ),
  pump: z4.optional(z4.unknown()),
  acknowledgements: z4.optional(z4.array(z4.strictObject({ code: z4.string(), reason: z4.string() }))),
  careArea: z4.optional(z4.string())
});

// src/plan/plan-combination.ts
function combinationPath(c, facts) {
  if (c.code.startsWith("pump_rate")) return ["pump"];
  const index = facts.findIndex((f) => f.agent === c.agent);
  return index < 0 ? ["components"] : ["components", index, ...pathForCheck(c)];
}
function withoutAcknowledgement(c) {
  if (c.acknowledgement === void 0) return c;
  const { acknowledgement: _ack, ...rest } = c;
  return rest;
}
var fail3 = (issues) => ({ ok: false, issues });
var D = (q3) => dec(q3.value);
function mgPerUnit(unit) {
  const mass = readMassUnit(unit.split("/")[0] ?? "");
  if (!mass) throw new Error(`plan quantity in ${unit}, which is not a mass unit`);
  return mgPer(mass);
}
function planCombination(input, catalogue = BUILTIN_CATALOGUE) {
  const shape = combinationShape.safeParse(input, { reportInput: true });
  if (!shape.success) return fail3(shape.error.issues.flatMap(mapZodIssue));
  const s = shape.data;
  const acks = s.acknowledgements ?? [];
  const parts = [];
  const facts = [];
  const issues = [];
  s.components.forEach((c, i) => {
    const { result: r, facts: f } = planInfusionWithFacts(
      {
        patient: s.patient,
        protocol: c.protocol,
        session: s.session,
        ...c.dose !== void 0 ? { dose: c.dose } : {},
        preparation: { ...s.preparation ?? {}, ...c.product !== void 0 ? { product: c.product } : {} },
        ...s.pump !== void 0 ? { pump: s.pump } : {},
        acknowledgements: acks,
        ...s.careArea !== void 0 ? { careArea: s.careArea } : {}
      },
      catalogue
    );
    if (!r.ok) issues.push(...r.issues.map((x) => ({ ...x, path: ["components", i, ...x.path] })));
    else if (f) {
      parts.push(r.plan);
      facts.push(f);
    }
  });
  if (issues.length > 0) return fail3(issues);
  const first = parts[0];
  for (const [i, p] of parts.entries()) {
    if (p.bag.style !== "whole-bag" || p.bag.additives.length !== 1 || !p.bag.diluent) {
      issues.push({ code: "combination_not_whole_bag", path: ["components", i, "protocol"], message: `${p.protocol.id} does not make up a whole bag from a vial, so it cannot share one.` });
    } else if (p.pump.durationOrdered.value !== first.pump.durationOrdered.value || p.bag.diluent.id !== first.bag.diluent?.id) {
      issues.push({
        code: "combination_mismatch",
        path: ["components", i, "protocol"],
        message: `${p.protocol.id} runs ${p.pump.durationOrdered.value} min in ${p.bag.diluent.id}; ${first.protocol.id} runs ${first.pump.durationOrdered.value} min in ${first.bag.diluent?.id}. One bag needs one duration and one diluent.`
      });
    }
  }
  if (new Set(parts.map((p) => p.agents[0]?.agent)).size !== parts.length) {
    issues.push({ code: "combination_duplicate_agent", path: ["components"], message: "Each agent may appear once in a combination bag." });
  }
  if (issues.length > 0) return fail3(issues);
  const trace = [];
  const checks = [];
  for (let i = 0; i < parts.length; i += 1) {
    for (let j = i + 1; j < parts.length; j += 1) {
      const a = parts[i]?.agents[0]?.agent;
      const b = parts[j]?.agents[0]?.agent;
      const rec = compatibilityOf(a, b);
      checks.push({
        code: rec?.status === "incompatible" ? "incompatible_agents" : rec ? "compatible_agents" : "compatibility_unknown",
        rule: `compatibility.${a}.${b}`,
        severity: rec?.status === "incompatible" ? "hard" : rec ? "info" : "soft",
        passed: rec?.status === "compatible",
        ...rec ? { source: rec.source } : {},
        message: rec ? `${a} with ${b}: ${rec.text}` : `No cited statement on ${a} with ${b} in one bag: confirm compatibility (pharmacy, a compatibility reference) and acknowledge with a reason.`
      });
    }
  }
  const dil = first.bag.diluent;
  const nominal = D(dil.nominalVolume);
  const overfill = D(dil.overfill);
  const additives = parts.map((p) => p.bag.additives[0]);
  const drawnMl = additives.reduce((t, a) => t.add(D(a.volume)), dec(0));
  const withdrawEqual = first.bag.additiveVolume === "withdraw-equal";
  if (withdrawEqual && drawnMl.gt(nominal)) {
    return fail3([{ code: "container_too_small", path: ["preparation", "containerVolume"], message: `The additives (${drawnMl.toFixed()} mL) are more than the ${nominal.toFixed()} mL bag.` }]);
  }
  const withdrawn = withdrawEqual ? drawnMl : dec(0);
  const finalMl = nominal.add(overfill).sub(withdrawn).add(drawnMl);
  const amountsMg = facts.map((f) => f.amountMg);
  trace.push({
    step: "bag.combination",
    description: "All additives in one bag",
    formula: withdrawEqual ? "final mL = bag + overfill - sum(drawn) + sum(drawn)" : "final mL = bag + overfill + sum(drawn)",
    inputs: Object.fromEntries(additives.map((a) => [a.agent, quantity(D(a.volume), "mL")])),
    result: quantity(finalMl, "mL")
  });
  const durationH = D(first.pump.durationOrdered).div(60);
  const exactRate = finalMl.div(durationH);
  const ceilings = facts.map((f) => ({ amount: f.amountMg, mgH: f.rateCeilingsMgH }));
  const increment = facts[0].increment;
  const rate = roundWithCeiling(
    exactRate,
    increment,
    (r, exact) => ceilings.some((c) => crossesNewCeiling(r.mul(c.amount).div(finalMl), exact.mul(c.amount).div(finalMl), c.mgH))
  );
  const actualH = finalMl.div(rate.value);
  trace.push({
    step: "pump.rate",
    description: "One pump rate for the whole bag",
    formula: "mL/h = final mL / h",
    inputs: { volume: quantity(finalMl, "mL"), duration: quantity(durationH, "h") },
    result: quantity(rate.value, "mL/h"),
    rounding: { exact: quantity(exactRate, "mL/h"), increment: quantity(increment, "mL/h"), mode: rate.mode }
  });
  const agents = parts.map((p, i) => {
    const a = p.agents[0];
    const f = facts[i];
    const unit = a.totalDose.unit;
    const perUnit = mgPerUnit(unit);
    const mg = f.amountMg;
    const kg = f.dosingWeightKg;
    const rateMgH = rate.value.mul(mg).div(finalMl);
    const observed = {
      "dose-rate": rateMgH,
      "dose-rate-per-kg": rateMgH.div(kg),
      "session-dose": mg,
      "session-dose-per-kg": mg.div(kg),
      concentration: mg.div(finalMl),
      duration: actualH
    };
    checks.push(...agentLimitChecks(f.limits, f.risks, () => observed, f.agent, false));
    checks.push(...capChecks(f.caps, { rateMgH, sessionMg: mg }, f.agent));
    const massUnit = unit;
    return {
      ...a,
      delivered: {
        doseRate: quantity(rateMgH.div(perUnit), `${massUnit}/h`),
        doseRatePerKg: quantity(rateMgH.div(kg).div(perUnit), `${massUnit}/kg/h`),
        totalDose: quantity(mg.div(perUnit), massUnit),
        totalDosePerKg: quantity(mg.div(kg).div(perUnit), `${massUnit}/kg`)
      }
    };
  });
  const bagDependent = /^(concentration|dose_rate|session_dose|duration|pump_rate|protocol_cap_exceeded|residual_in_container|overfill_not_stated|rounded_down_for_limit)/;
  for (const p of parts) {
    for (const c of p.checks) {
      if (bagDependent.test(c.code) || c.code === "acknowledgement_unused") continue;
      if (c.rule.startsWith("patient.") && p !== first) continue;
      checks.push(withoutAcknowledgement(c));
    }
  }
  checks.push(...pumpRangeChecks([rate.value], facts[0].pumpRange));
  const { checks: withAcks, needsAck } = acknowledge(checks, acks);
  const hard = withAcks.filter((c) => c.severity === "hard" && !c.passed);
  if (hard.length > 0) return fail3(hard.map((c) => ({ ...c, path: combinationPath(c, facts) })));
  const concentrations = agents.map((a, i) => ({ agent: a.agent, value: quantity(amountsMg[i].div(finalMl), "mg/mL") }));
  const plan = {
    catalogue: first.catalogue,
    protocols: parts.map((p) => p.protocol),
    session: first.session,
    patient: first.patient,
    dosingWeights: parts.map((p) => ({ agent: p.agents[0]?.agent, weight: p.dosingWeight })),
    agents,
    bag: {
      style: "whole-bag",
      container: first.bag.container,
      additives,
      diluent: { ...dil, withdrawn: quantity(withdrawn, "mL"), volume: quantity(nominal.add(overfill).sub(withdrawn), "mL") },
      additiveVolume: first.bag.additiveVolume,
      finalVolume: quantity(finalMl, "mL"),
      concentrations,
      residualVolume: quantity(dec(0), "mL")
    },
    pump: {
      ...first.pump,
      rateExact: quantity(exactRate, "mL/h"),
      rate: quantity(rate.value, "mL/h"),
      rounding: { mode: rate.mode, roundedDownForLimit: rate.roundedDownForLimit },
      volumeToBeInfused: quantity(finalMl, "mL"),
      duration: quantity(actualH.mul(60), "min"),
      segments: [
        {
          kind: "maintenance",
          rate: quantity(rate.value, "mL/h"),
          duration: quantity(actualH.mul(60), "min"),
          volume: quantity(finalMl, "mL"),
          doses: agents.map((a) => ({ agent: a.agent, amount: a.delivered.totalDose, doseRate: a.delivered.doseRate }))
        }
      ]
    },
    checks: withAcks,
    acknowledgements: acks,
    status: needsAck ? "needs-acknowledgement" : "ready",
    notes: parts.flatMap((p) => p.notes),
    trace: [...parts.flatMap((p) => p.trace.map((t) => ({ ...t, step: `${p.protocol.id}:${t.step}` }))), ...trace]
  };
  return { ok: true, plan, warnings: withAcks.filter((c) => !c.passed) };
}

// src/schema/nasal.ts
import * as z5 from "zod/mini";
var quantityShape3 = z5.strictObject({ value: z5.unknown(), unit: z5.string() });
var nasalInputShape = z5.strictObject({
  concentration: quantityShape3,
  actuationVolume: z5.optional(quantityShape3),
  dose: quantityShape3,
  dosesPerDay: z5.unknown(),
  bottleVolume: quantityShape3,
  maxDailyDose: quantityShape3,
  primingActuations: z5.optional(z5.unknown()),
  acknowledgements: z5.optional(z5.array(z5.strictObject({ code: z5.string(), reason: z5.string() })))
});

// src/nasal/data.ts
var NASAL_DATA_VERSION = "0.1.0";
var SPRAVATO_NDC = {
  citation: 'openFDA NDC record 50458-028, Spravato (esketamine hydrochloride) nasal spray, Janssen (api.fda.gov/drug/ndc.json?search=product_ndc:"50458-028")',
  grade: "label",
  verified: true,
  note: 'Quote: strength "28 mg/.2mL"; packaging ".2 mL in 1 VIAL, SINGLE-USE"; kits of 2 or 3 devices.'
};
var SPRAVATO_DOSING = {
  citation: "SPRAVATO (esketamine) Prescribing Information, Janssen, as summarised on spravatohcp.com/dosing-and-administration (cites PI July 2020); Mayo Clinic drug page esketamine (nasal route), proper use",
  grade: "label",
  verified: true,
  note: 'Quotes (spravatohcp.com): "The Day 1 starting dose of SPRAVATO is 56 mg (2 devices)." "Each single-use device contains 2 sprays, 1 spray for each nostril." "Wait 5 minutes after each device to allow medication to absorb." "For patients requiring an 84-mg dose ... use 3 devices." "patients must be monitored by a healthcare professional for at least 2 hours following each treatment". Read through the manufacturer site and Mayo Clinic, not the PI PDF itself.'
};
var FDA_COMPOUNDED_KETAMINE_NASAL_2022 = {
  citation: 'FDA, "FDA alerts health care professionals of potential risks associated with compounded ketamine nasal spray" (Feb 2022), as reproduced by the Hong Kong Drug Office (drugoffice.gov.hk, 2022-02-17) and summarised by Lachman Consultants (2022-02)',
  grade: "secondary",
  verified: true,
  note: 'Quotes (Drug Office reproduction): "The reported concentrations of compounded ketamine nasal spray ranged from 125 to 200 mg/ml. Frequency of use varied from three sprays three times a day to six sprays eight times a day. The amount of medication administered to the patients with each spray is unknown." "There is no FDA-approved ketamine nasa[l spray]". Lachman: FDA "has not been able to determine the difference in quantity delivered by the off-the-shelf nasal spray bottles that are being used in pharmacy compounding settings." The FDA page itself was not read.'
};
var LAPIDUS_2014 = {
  citation: 'Lapidus KAB et al., "A Randomized Controlled Trial of Intranasal Ketamine in Major Depressive Disorder", Biol Psychiatry 2014;76(12):970-976 (PMC4185009)',
  grade: "RCT",
  verified: true,
  note: 'Quote (abstract): "18 completed two treatment days with intranasal ketamine hydrochloride (50 mg) or saline solution in a randomized, double-blind, crossover study." The per-spray amount and device in the methods were not read, so no per-spray figure is taken from this trial.'
};
var GALVEZ_LOO_2018 = {
  citation: 'Galvez V, Li A, Huggins C, Glue P, Martin D, Somogyi AA, Alonzo A, Rodgers A, Mitchell PB, Loo CK, "Repeated intranasal ketamine for treatment-resistant depression - the way to go? Results from a pilot randomised controlled trial", J Psychopharmacol 2018;32(4):397-407 (PMID 29542371)',
  grade: "RCT",
  verified: true,
  note: 'Quotes (abstract): "eight treatments of 100 mg ketamine or 4.5 mg midazolam. Each treatment was given as 10 separate IN sprays, self-administered 5 min apart. The study was stopped early due to poor tolerability after five treatment-resistant depressed participants were included." "Significant acute cardiovascular, psychotomimetic and neurological side effects occurred at doses < 100 mg ketamine. No participants were able to self-administer all 10 ketamine sprays due to incoordination". Pilot, n=5. 100 mg in 10 sprays is 10 mg a spray (derived); the concentration and spray volume were not read.'
};
var SINGH_CANCER_PAIN_IN = {
  citation: 'Singh V et al., dose-escalation clinical trial of intranasal ketamine for uncontrolled cancer-related pain (Emory, NCT03146806), as summarised by IASP Pain Research Forum "Papers of the week"',
  grade: "obs",
  verified: true,
  note: 'Quote: "Each patient received escalating doses of ketamine over four visits, each 2-5 days apart: 10 mg IN at visit 1, 10 mg intravenous (IV) at visit 2, 30 mg IN at visit 3, and 50 mg IN at visit 4." n=10.'
};
var NASAL_PUMP_TRADE_PAGES = {
  citation: 'Nanshan (spray-pump maker) "Quality evaluation: dosage" (nanshansg.com, 2022-07-27); Loyal Food Machines "Nasal spray pump" page',
  grade: "weak",
  verified: true,
  note: 'Quotes: "The widely applied dosages in pharmaceiutcal sprays include 0.10ml, 0.14ml, 0.07ml and 0.05ml. ... These dosages are tested using pure water. For some viscous liquids, the dosages may be different." "Different pharmacopeia gives the standards of error from +/- 25% to +/- 15%." "Normally priming is 5 to 6 times." Loyal: metered pumps dispense "typically between 45 and 135 microliters". Trade pages, not standards: they show that the volume depends on the pump fitted, so the calculator takes it from the clinician.'
};
var ESKETAMINE_NOT_RACEMIC = {
  citation: 'Psychiatry Advisor, "FDA: Safety Concerns With Compounded Ketamine Nasal Spray" (2022), summarising the FDA alert',
  grade: "secondary",
  verified: true,
  note: 'Quote: "Esketamine and racemic ketamine are not the same drug."'
};
var NASAL_DEVICES = [
  {
    id: "spravato-28mg-device",
    name: "Spravato (esketamine) 28 mg single-use nasal spray device",
    agent: "esketamine",
    // 0.2 mL per device / 2 sprays per device = 0.1 mL per spray (derived).
    actuationVolume: { value: "0.1", unit: "mL" },
    spraysPerDevice: 2,
    // 28 mg per device / 2 sprays = 14 mg esketamine per spray (derived).
    mgPerSpray: { value: "14", unit: "mg" },
    source: {
      ...SPRAVATO_NDC,
      grade: "derived",
      note: `${SPRAVATO_NDC.note} With "Each single-use device contains 2 sprays" (SPRAVATO_DOSING): 0.2 mL / 2 = 0.1 mL and 28 mg / 2 = 14 mg per spray (derived).`
    }
  },
  {
    id: "metered-pump-0.1ml",
    name: "Metered nasal spray pump, 0.1 mL per actuation (nominal, tested with water)",
    agent: null,
    actuationVolume: { value: "0.1", unit: "mL" },
    source: NASAL_PUMP_TRADE_PAGES
  },
  {
    id: "metered-pump-0.14ml",
    name: "Metered nasal spray pump, 0.14 mL per actuation (nominal, tested with water)",
    agent: null,
    actuationVolume: { value: "0.14", unit: "mL" },
    source: NASAL_PUMP_TRADE_PAGES
  },
  {
    id: "metered-pump-0.07ml",
    name: "Metered nasal spray pump, 0.07 mL per actuation (nominal, tested with water)",
    agent: null,
    actuationVolume: { value: "0.07", unit: "mL" },
    source: NASAL_PUMP_TRADE_PAGES
  },
  {
    id: "metered-pump-0.05ml",
    name: "Metered nasal spray pump, 0.05 mL per actuation (nominal, tested with water)",
    agent: null,
    actuationVolume: { value: "0.05", unit: "mL" },
    source: NASAL_PUMP_TRADE_PAGES
  }
];
var NASAL_DOSE_LIMITS = [
  {
    id: "ketamine-nasal.dose.upper-soft",
    bound: "upper",
    severity: "soft",
    value: "50",
    unit: "mg",
    source: {
      citation: `${LAPIDUS_2014.citation}; ${SINGH_CANCER_PAIN_IN.citation}`,
      grade: "RCT",
      verified: true,
      note: `Highest single intranasal racemic ketamine dose in the trials found. ${LAPIDUS_2014.note} ${SINGH_CANCER_PAIN_IN.note}`
    }
  },
  {
    id: "ketamine-nasal.dose.upper-hard",
    bound: "upper",
    severity: "hard",
    value: "100",
    unit: "mg",
    source: GALVEZ_LOO_2018
  }
];
var NASAL_UNSOURCED = [
  {
    what: "A maximum daily dose of intranasal racemic ketamine",
    input: "maxDailyDose",
    why: "No guideline, label or trial found states one. The trials gave single doses on separate days (Carr 2004 treated episodes at least 48 h apart); the FDA case reports (up to six sprays eight times a day) describe harm, not a limit. The prescriber states the ceiling, and the plan refuses a daily total above it."
  },
  {
    what: "The volume one actuation of the dispensed bottle delivers",
    input: "actuationVolume",
    why: "Compounding pharmacies fit off-the-shelf pumps; trade pages list 0.05, 0.07, 0.10 and 0.14 mL (tested with water), and the FDA could not determine what these bottles deliver. Spravato's 0.1 mL is for a different, single-use device. Take it from the pharmacy label or the pump specification."
  },
  {
    what: "The number of priming actuations of the dispensed pump",
    input: "primingActuations",
    why: `Only a pump maker's trade page ("Normally priming is 5 to 6 times") was found. When not given, the plan counts no priming and says so.`
  },
  {
    what: "A beyond-use date for compounded ketamine nasal spray",
    input: "(none: read the pharmacy label)",
    why: "No nasal stability study was found; the pre-2023 USP <795> default for water-containing mucosal liquids (30 days) is superseded. The plan reports days per bottle for the clinician to compare with the label."
  }
];
var NASAL_NOTES = [
  {
    kind: "precaution",
    text: "Compounded racemic ketamine nasal spray is not FDA-approved and has no approved dosing regimen; the FDA has received adverse-event reports (dissociation, hallucination, panic, misuse) with home use.",
    source: FDA_COMPOUNDED_KETAMINE_NASAL_2022
  },
  {
    kind: "precaution",
    text: "Esketamine (Spravato) doses and devices are not racemic ketamine doses; this plan never converts between them.",
    source: ESKETAMINE_NOT_RACEMIC
  },
  {
    kind: "monitoring",
    text: "For comparison, the esketamine label requires at least 2 hours of observation after each dose in a certified centre and 5 minutes between devices.",
    source: SPRAVATO_DOSING
  },
  {
    kind: "precaution",
    text: "Metered pumps are rated with water; a pump's delivered volume can differ for other liquids and pharmacopoeias allow +/-15 to 25% per actuation. Confirm the pump's volume per actuation with the pharmacy.",
    source: NASAL_PUMP_TRADE_PAGES
  }
];

// src/nasal/spray.ts
var NUMBER_MESSAGES3 = {
  not_a_number: 'Give a finite number or a plain decimal string such as "100" or "0.1".',
  not_finite: "Infinity is not a quantity; give a finite number.",
  not_plain_decimal: 'Write a plain decimal such as "0.1": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.1).',
  empty_string: 'The value is empty; give a number such as "100".'
};
var NUMBER_CODES2 = {
  not_a_number: "not_a_number",
  not_finite: "not_finite",
  not_plain_decimal: "not_plain_decimal",
  empty_string: "empty_number"
};
function readPositive(raw, path, issues) {
  const r = readDecimal(raw);
  if (!r.ok) {
    issues.push({ code: NUMBER_CODES2[r.problem], path, message: NUMBER_MESSAGES3[r.problem], received: describeReceived(raw) });
    return void 0;
  }
  if (r.value.lte(0)) {
    issues.push({ code: "not_positive", path, message: "This value must be greater than zero.", received: r.value.toFixed() });
    return void 0;
  }
  return r.value;
}
function readConcentration(raw, path, issues) {
  const parts = raw.unit.split("/");
  const mass = parts.length === 2 ? readMassUnit(parts[0]) : void 0;
  const volume = parts.length === 2 ? readVolumeUnit(parts[1]) : void 0;
  if (mass === void 0 || volume === void 0) {
    issues.push({
      code: "unknown_unit",
      path: [...path, "unit"],
      message: `"${raw.unit}" is not a concentration unit; use mg/mL (a 15% w/v solution is 150 mg/mL).`,
      expected: "mg/mL",
      received: describeReceived(raw.unit)
    });
  }
  const value = readPositive(raw.value, [...path, "value"], issues);
  if (mass === void 0 || volume === void 0 || value === void 0) return void 0;
  return value.mul(mgPer(mass)).div(mLPer(volume));
}
function readVolume(raw, path, issues) {
  const unit = readVolumeUnit(raw.unit);
  if (unit === void 0) {
    issues.push({
      code: "unknown_unit",
      path: [...path, "unit"],
      message: `"${raw.unit}" is not a volume unit; use mL.`,
      expected: "mL",
      received: describeReceived(raw.unit)
    });
  }
  const value = readPositive(raw.value, [...path, "value"], issues);
  if (unit === void 0 || value === void 0) return void 0;
  return value.mul(mLPer(unit));
}
function readMass(raw, path, issues) {
  const unit = readMassUnit(raw.unit);
  if (unit === void 0) {
    issues.push({
      code: "unknown_unit",
      path: [...path, "unit"],
      message: `"${raw.unit}" is not a mass unit; use mg.`,
      expected: "mg",
      received: describeReceived(raw.unit)
    });
  }
  const value = readPositive(raw.value, [...path, "value"], issues);
  if (unit === void 0 || value === void 0) return void 0;
  return value.mul(mgPer(unit));
}
function readWhole(raw, path, min, what, issues) {
  if (raw === void 0) {
    issues.push({ code: "required", path, message: `${what} is required.` });
    return void 0;
  }
  if (typeof raw !== "number") {
    issues.push({ code: "invalid_type", path, message: `${what} must be a whole number (a JSON number).`, expected: "integer", received: describeReceived(raw) });
    return void 0;
  }
  if (Number.isNaN(raw)) {
    issues.push({ code: "not_a_number", path, message: NUMBER_MESSAGES3.not_a_number, received: "NaN" });
    return void 0;
  }
  if (!Number.isFinite(raw)) {
    issues.push({ code: "not_finite", path, message: NUMBER_MESSAGES3.not_finite, received: describeReceived(raw) });
    return void 0;
  }
  if (!Number.isSafeInteger(raw)) {
    issues.push({ code: "not_an_integer", path, message: `${what} must be a whole number, not ${raw}.`, expected: "integer", received: describeReceived(raw) });
    return void 0;
  }
  if (raw < min) {
    issues.push({
      code: min > 0 ? "not_positive" : "negative_value",
      path,
      message: `${what} must be ${min > 0 ? "at least 1" : "zero or more"}.`,
      received: describeReceived(raw)
    });
    return void 0;
  }
  return raw;
}
function parseNasalInput(raw) {
  const shape = nasalInputShape.safeParse(raw, { reportInput: true });
  if (!shape.success) return { ok: false, issues: shape.error.issues.flatMap(mapZodIssue) };
  const s = shape.data;
  const issues = [];
  const concentration = readConcentration(s.concentration, ["concentration"], issues);
  let actuationVolume;
  if (s.actuationVolume === void 0) {
    const why = NASAL_UNSOURCED.find((u) => u.input === "actuationVolume")?.why ?? "";
    issues.push({
      code: "actuation_volume_required",
      path: ["actuationVolume"],
      message: `Give the volume one actuation of the dispensed pump delivers, in mL; there is no default. ${why}`,
      expected: "mL"
    });
  } else actuationVolume = readVolume(s.actuationVolume, ["actuationVolume"], issues);
  const dose = readMass(s.dose, ["dose"], issues);
  const dosesPerDay = readWhole(s.dosesPerDay, ["dosesPerDay"], 1, "dosesPerDay", issues);
  const bottleVolume = readVolume(s.bottleVolume, ["bottleVolume"], issues);
  const maxDailyDose = readMass(s.maxDailyDose, ["maxDailyDose"], issues);
  const primingActuations = s.primingActuations === void 0 ? void 0 : readWhole(s.primingActuations, ["primingActuations"], 0, "primingActuations", issues);
  const acknowledgements = s.acknowledgements ?? [];
  acknowledgements.forEach((a, i) => {
    if (a.reason.trim().length === 0)
      issues.push({
        code: "acknowledgement_reason_required",
        path: ["acknowledgements", i, "reason"],
        message: `Acknowledging "${a.code}" needs a reason; it is recorded in the plan.`
      });
  });
  if (issues.length > 0 || concentration === void 0 || actuationVolume === void 0 || dose === void 0 || dosesPerDay === void 0 || bottleVolume === void 0 || maxDailyDose === void 0) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: { concentration, actuationVolume, dose, dosesPerDay, bottleVolume, maxDailyDose, primingActuations, acknowledgements }
  };
}
var SPRAY = "{spray}";
var DOSE = "{dose}";
function fail4(issues) {
  const [first, ...rest] = issues;
  if (first === void 0) throw new Error("fail() needs at least one issue");
  return { ok: false, issues: [first, ...rest] };
}
var CHECK_PATH = {
  nasal_dose_above_hard_limit: ["dose", "value"],
  daily_dose_above_prescriber_limit: ["dosesPerDay"]
};
function planNasalSpray(input) {
  const parsed = parseNasalInput(input);
  if (!parsed.ok) return fail4(parsed.issues);
  return planParsed2(parsed.value);
}
function planParsed2(input) {
  const trace = [];
  const checks = [];
  const issues = [];
  const mgPerSpray = input.concentration.mul(input.actuationVolume);
  trace.push({
    step: "mg-per-spray",
    description: "Ketamine in one spray of the dispensed pump.",
    formula: "mg/{spray} = (mg/mL) x (mL/{spray})",
    inputs: { concentration: quantity(input.concentration, "mg/mL"), actuationVolume: quantity(input.actuationVolume, "mL") },
    result: quantity(mgPerSpray, `mg/${SPRAY}`)
  });
  const spraysExact = input.dose.div(mgPerSpray);
  const whole = input.dose.mod(mgPerSpray).isZero();
  trace.push({
    step: "sprays-per-dose",
    description: whole ? "Sprays for one dose: a whole number, so the pump delivers the dose exactly." : "Sprays for one dose: not a whole number, so the pump cannot deliver this dose.",
    formula: "{spray} = mg / (mg/{spray})",
    inputs: { dose: quantity(input.dose, "mg"), mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`) },
    result: quantity(spraysExact, SPRAY)
  });
  for (const limit of NASAL_DOSE_LIMITS) {
    const value = dec(limit.value);
    const passed = input.dose.lte(value);
    checks.push({
      code: `nasal_dose_above_${limit.severity}_limit`,
      rule: limit.id,
      severity: limit.severity,
      passed,
      agent: "ketamine",
      observed: quantity(input.dose, "mg"),
      limit: quantity(value, limit.unit),
      source: limit.source,
      message: passed ? `The dose is within the ${limit.severity} limit of ${limit.value} ${limit.unit} per administration.` : limit.severity === "hard" ? `The dose exceeds ${limit.value} ${limit.unit} per administration, the dose of the only repeated intranasal trial, which was stopped for poor tolerability; this cannot be overridden.` : `The dose exceeds ${limit.value} ${limit.unit} per administration, the highest single intranasal racemic dose in the trials found; acknowledge with a reason to proceed.`
    });
  }
  const dailyDose = input.dose.mul(input.dosesPerDay);
  trace.push({
    step: "daily-dose",
    description: "Ketamine per day.",
    formula: "mg/d = (mg/{dose}) x ({dose}/d)",
    inputs: { dose: quantity(input.dose, "mg"), dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`) },
    result: quantity(dailyDose, "mg/d")
  });
  const dailyPassed = dailyDose.lte(input.maxDailyDose);
  const dailyUnsourced = NASAL_UNSOURCED.find((u) => u.input === "maxDailyDose")?.why ?? "";
  checks.push({
    code: "daily_dose_above_prescriber_limit",
    rule: "input.maxDailyDose",
    severity: "hard",
    passed: dailyPassed,
    agent: "ketamine",
    observed: quantity(dailyDose, "mg/d"),
    limit: quantity(input.maxDailyDose, "mg/d"),
    message: dailyPassed ? `The daily total is within the prescriber's maximum of ${quantity(input.maxDailyDose, "mg/d").value} mg/d. ${dailyUnsourced}` : `The daily total (dose x doses per day) exceeds the prescriber's maximum of ${quantity(input.maxDailyDose, "mg/d").value} mg/d; lower the dose or the doses per day. ${dailyUnsourced}`
  });
  if (!whole) {
    const below = spraysExact.floor();
    const above = spraysExact.ceil();
    const alternatives = {};
    if (below.gte(1)) alternatives["below"] = { sprays: quantity(below, SPRAY), dose: quantity(below.mul(mgPerSpray), "mg") };
    alternatives["above"] = { sprays: quantity(above, SPRAY), dose: quantity(above.mul(mgPerSpray), "mg") };
    const options = Object.values(alternatives).map((a) => `${a.dose.value} mg (${a.sprays.value} spray${a.sprays.value === "1" ? "" : "s"})`).join(" or ");
    issues.push({
      code: "dose_not_whole_sprays",
      path: ["dose", "value"],
      message: `${quantity(input.dose, "mg").value} mg is ${quantity(spraysExact, SPRAY).value} sprays of ${quantity(mgPerSpray, "mg").value} mg; a pump gives whole sprays only. Nearest whole-spray doses: ${options}. Choose one, or change the concentration.`,
      observed: quantity(spraysExact, SPRAY),
      mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`),
      ...alternatives
    });
  }
  const hardFailures = checks.filter((c) => c.severity === "hard" && !c.passed);
  if (!whole || hardFailures.length > 0) {
    return fail4([...issues, ...hardFailures.map((c) => ({ ...c, path: CHECK_PATH[c.code] ?? [] }))]);
  }
  const spraysPerDose = spraysExact;
  const first = spraysPerDose.div(2).ceil();
  const second = spraysPerDose.div(2).floor();
  trace.push({
    step: "nostril-split",
    description: "Sprays of one dose split between the nostrils, alternating.",
    formula: "first = ceil({spray}/2); second = floor({spray}/2)",
    inputs: { spraysPerDose: quantity(spraysPerDose, SPRAY) },
    result: `${first.toFixed()} + ${second.toFixed()}`
  });
  const spraysPerDay = spraysPerDose.mul(input.dosesPerDay);
  const primingStated = input.primingActuations !== void 0;
  const priming = dec(input.primingActuations ?? 0);
  if (!primingStated) {
    checks.push({
      code: "priming_not_stated",
      rule: "input.primingActuations",
      severity: "info",
      passed: false,
      message: `No priming actuations were given, so none are counted and the bottle counts below are the most it can give. ${NASAL_UNSOURCED.find((u) => u.input === "primingActuations")?.why ?? ""}`
    });
  }
  const primingVolume = priming.mul(input.actuationVolume);
  const usableVolume = input.bottleVolume.sub(primingVolume);
  trace.push({
    step: "usable-volume",
    description: primingStated ? "Volume left for doses after priming the pump." : "Volume left for doses (no priming stated, none counted).",
    formula: "mL = bottle mL - (priming {spray} x mL/{spray})",
    inputs: {
      bottleVolume: quantity(input.bottleVolume, "mL"),
      primingActuations: quantity(priming, SPRAY),
      actuationVolume: quantity(input.actuationVolume, "mL")
    },
    result: quantity(usableVolume, "mL")
  });
  const spraysAvailableExact = usableVolume.gt(0) ? usableVolume.div(input.actuationVolume) : dec(0);
  const spraysAvailable = spraysAvailableExact.floor();
  trace.push({
    step: "sprays-available",
    description: "Whole sprays in the usable volume.",
    formula: "{spray} = floor(mL / (mL/{spray}))",
    inputs: { usableVolume: quantity(usableVolume, "mL"), actuationVolume: quantity(input.actuationVolume, "mL") },
    result: quantity(spraysAvailable, SPRAY),
    rounding: {
      exact: quantity(spraysAvailableExact, SPRAY),
      increment: { value: "1", unit: SPRAY },
      mode: "floor",
      reason: "A part spray does not deliver a full spray."
    }
  });
  const dosesExact = spraysAvailable.div(spraysPerDose);
  const dosesPerBottle = dosesExact.floor();
  if (dosesPerBottle.lt(1)) {
    return fail4([
      {
        code: "bottle_too_small_for_one_dose",
        path: ["bottleVolume", "value"],
        message: `After priming, the bottle gives ${spraysAvailable.toFixed()} whole sprays, fewer than the ${spraysPerDose.toFixed()} one dose needs. Dispense a larger bottle.`,
        observed: quantity(spraysAvailable, SPRAY),
        limit: quantity(spraysPerDose, SPRAY)
      }
    ]);
  }
  trace.push({
    step: "doses-per-bottle",
    description: "Whole doses in the bottle.",
    formula: "{dose} = floor({spray} / ({spray}/{dose}))",
    inputs: { spraysAvailable: quantity(spraysAvailable, SPRAY), spraysPerDose: quantity(spraysPerDose, SPRAY) },
    result: quantity(dosesPerBottle, DOSE),
    rounding: {
      exact: quantity(dosesExact, DOSE),
      increment: { value: "1", unit: DOSE },
      mode: "floor",
      reason: "Sprays that do not make a whole dose are left over."
    }
  });
  const leftoverSprays = spraysAvailable.sub(dosesPerBottle.mul(spraysPerDose));
  const amountInDoses = dosesPerBottle.mul(input.dose);
  const daysExact = dosesPerBottle.div(input.dosesPerDay);
  const days = daysExact.floor();
  trace.push({
    step: "days-per-bottle",
    description: "Whole days of full dosing the bottle covers.",
    formula: "d = floor({dose} / ({dose}/d))",
    inputs: { dosesPerBottle: quantity(dosesPerBottle, DOSE), dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`) },
    result: quantity(days, "d"),
    rounding: {
      exact: quantity(daysExact, "d"),
      increment: { value: "1", unit: "d" },
      mode: "floor",
      reason: "A day with fewer than the prescribed doses is not a full day of supply."
    }
  });
  const finalChecks = checks.map((c) => {
    if (c.passed || c.severity !== "soft") return c;
    const ack = input.acknowledgements.find((a) => a.code === c.code);
    return ack ? { ...c, acknowledgement: { reason: ack.reason } } : c;
  });
  for (const a of input.acknowledgements) {
    if (!finalChecks.some((c) => !c.passed && c.severity === "soft" && c.code === a.code)) {
      finalChecks.push({
        code: "acknowledgement_unused",
        rule: "input.acknowledgements",
        severity: "info",
        passed: false,
        message: `The acknowledgement of "${a.code}" matches no soft finding in this plan; check the code.`
      });
    }
  }
  const needsAck = finalChecks.some((c) => c.severity === "soft" && !c.passed && c.acknowledgement === void 0);
  return {
    ok: true,
    spray: {
      data: { id: "ketamine-nasal", version: NASAL_DATA_VERSION },
      agent: { id: "ketamine", name: "Ketamine hydrochloride (racemic), compounded nasal spray", route: "nasal" },
      concentration: quantity(input.concentration, "mg/mL"),
      actuationVolume: quantity(input.actuationVolume, "mL"),
      mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`),
      dose: quantity(spraysPerDose.mul(mgPerSpray), "mg"),
      spraysPerDose: quantity(spraysPerDose, SPRAY),
      nostrils: {
        first: quantity(first, SPRAY),
        second: quantity(second, SPRAY),
        instruction: second.isZero() ? "1 spray in one nostril." : `Alternate nostrils: ${first.toFixed()} in one and ${second.toFixed()} in the other.`
      },
      dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`),
      spraysPerDay: quantity(spraysPerDay, `${SPRAY}/d`),
      dailyDose: quantity(dailyDose, "mg/d"),
      maxDailyDose: quantity(input.maxDailyDose, "mg/d"),
      bottle: {
        volume: quantity(input.bottleVolume, "mL"),
        primingActuations: quantity(priming, SPRAY),
        primingStated,
        primingVolume: quantity(primingVolume, "mL"),
        usableVolume: quantity(usableVolume, "mL"),
        spraysAvailable: quantity(spraysAvailable, SPRAY),
        dosesPerBottle: quantity(dosesPerBottle, DOSE),
        leftoverSprays: quantity(leftoverSprays, SPRAY),
        amountInDoses: quantity(amountInDoses, "mg"),
        daysPerBottle: quantity(days, "d"),
        daysPerBottleExact: quantity(daysExact, "d")
      },
      checks: finalChecks,
      acknowledgements: input.acknowledgements.map((a) => ({ code: a.code, reason: a.reason })),
      status: needsAck ? "needs-acknowledgement" : "ready",
      notes: NASAL_NOTES.map((n) => ({ kind: n.kind, text: n.text, source: n.source })),
      trace
    }
  };
}

// src/schema/course.ts
import * as z6 from "zod/mini";

// src/protocols/alendronate-crps-adami-1997.ts
var alendronateCrpsAdami1997 = {
  id: "alendronate-crps-adami-1997",
  version: "1.0.0",
  name: "IV alendronate for CRPS, 7.5 mg a day for 3 days (Adami 1997)",
  agent: "alendronate",
  indication: "Complex regional pain syndrome",
  regimen: "total-duration",
  total: { unit: "mg", value: "7.5", usual: "7.5", source: ADAMI_1997 },
  duration: {
    unit: "h",
    // No value: the infusion time was not captured in the reference; the clinician supplies it.
    source: { ...ADAMI_1997, note: "The infusion time was not captured; the clinician supplies it." }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    // No product: the reference gives no IV alendronate product; the institution must add one.
    products: [],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    containerVolume: "250",
    additiveVolume: "add",
    source: { ...ADAMI_1997, note: "7.5 mg in 250 mL NS. No product is in the catalogue." }
  },
  schedule: { sessions: 3, description: "Daily for 3 days", source: ADAMI_1997 },
  notes: [
    {
      kind: "precaution",
      text: "No IV alendronate product is in the catalogue: the institution must add its product before a plan can be made.",
      source: ADAMI_1997
    }
  ],
  source: ADAMI_1997
};

// src/protocols/clodronate-crps-varenna-2000.ts
var clodronateCrpsVarenna2000 = {
  id: "clodronate-crps-varenna-2000",
  version: "1.0.0",
  name: "IV clodronate for CRPS, 300 mg a day for 10 days (Varenna 2000)",
  agent: "clodronate",
  indication: "Complex regional pain syndrome",
  regimen: "total-duration",
  total: { unit: "mg", value: "300", usual: "300", source: VARENNA_2000 },
  duration: {
    unit: "h",
    // No value: the reference gives no infusion time; the clinician supplies it.
    source: { ...VARENNA_2000, note: "No infusion time in the reference; the clinician supplies it." }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    // No product, diluent or volume: the reference gives none for IV clodronate.
    products: [],
    containerKind: "bag",
    additiveVolume: "add",
    source: {
      ...VARENNA_2000,
      verified: false,
      note: "The reference gives no preparation for IV clodronate (no product, diluent or volume). The whole-bag style is a placeholder: the institution must add its product and diluent, and the clinician the bag volume."
    }
  },
  schedule: { sessions: 10, description: "Daily for 10 days", source: VARENNA_2000 },
  notes: [
    {
      kind: "precaution",
      text: "No IV clodronate product or preparation is in the catalogue: a plan cannot be made until the institution adds them.",
      source: VARENNA_2000
    }
  ],
  source: VARENNA_2000
};

// src/protocols/neridronate-crps-varenna-2013.ts
var neridronateCrpsVarenna2013 = {
  id: "neridronate-crps-varenna-2013",
  version: "1.0.0",
  name: "Neridronate for CRPS, 100 mg x 4 (Varenna 2013)",
  agent: "neridronate",
  indication: "Complex regional pain syndrome type 1",
  regimen: "total-duration",
  total: {
    unit: "mg",
    value: "100",
    usual: "100",
    source: { ...VARENNA_2013, note: "Effect maintained in the open extension and at 1 year." }
  },
  duration: {
    unit: "h",
    // No value: "about 2 h" is [UNVERIFIED]; the clinician supplies the duration.
    source: {
      ...NERIDRONATE_ADMINISTRATION_UNVERIFIED,
      note: "The infusion time is [UNVERIFIED] (often quoted as 2 h); the clinician supplies it."
    }
  },
  caps: [],
  preparation: {
    style: "whole-bag",
    // No product: the reference gives no neridronate product; the institution must add one.
    products: [],
    diluent: "sodium-chloride-0.9",
    containerKind: "bag",
    // No containerVolume: "500 mL NS" is [UNVERIFIED]; the clinician chooses the bag.
    additiveVolume: "add",
    source: {
      ...NERIDRONATE_ADMINISTRATION_UNVERIFIED,
      note: "[UNVERIFIED] 500 mL NS is the usual quoted preparation; NS is kept as the diluent and the bag volume is left to the clinician. No product is in the catalogue."
    }
  },
  schedule: {
    sessions: 4,
    description: "Four 100 mg infusions; the interval is [UNVERIFIED] (often every 3 days: days 1, 4, 7, 10)",
    source: NERIDRONATE_ADMINISTRATION_UNVERIFIED
  },
  notes: [
    {
      kind: "precaution",
      text: "Not FDA-approved (Italian product Nerixia). No product is in the catalogue: the institution must add its product before a plan can be made.",
      source: VARENNA_2013
    }
  ],
  source: VARENNA_2013
};

// src/course/patterns.ts
var PATTERN_KINDS = [
  "twice-weekly",
  "daily",
  "consecutive-days-repeated",
  "weekly",
  "monthly",
  "every-n-days",
  "taper"
];
var DEFAULT_TWICE_WEEKLY_DAYS = [0, 3];
var DERIVED = "derived";
function oneADay(of, why, verified = true) {
  return {
    citation: of.citation,
    grade: DERIVED,
    verified,
    note: `Derived, not a published number: ${why} The floor is 24 h because a course places at most one session on a calendar day.`
  };
}
function noRepeatInterval(of) {
  return oneADay(
    of,
    "the reference gives one session and no repeat interval, so a real minimum before a repeat is not known; 24 h only keeps two sessions off the same day. Check the interval before repeating.",
    false
  );
}
function single(of, note2) {
  return {
    pattern: { kind: "daily", days: 1 },
    minIntervalHours: 24,
    source: { ...of, note: note2 },
    minIntervalSource: noRepeatInterval(of),
    openEnded: false
  };
}
function daily(days, of, note2) {
  return {
    pattern: { kind: "daily", days },
    minIntervalHours: 24,
    source: { ...of, note: note2 },
    minIntervalSource: oneADay(of, "a daily schedule puts consecutive sessions 1 day apart."),
    openEnded: false
  };
}
var getsonSource = ketamineBoosterGetson.schedule.source;
var GETSON_TAPER = deepFreeze({
  pattern: {
    kind: "taper",
    phases: [
      { kind: "twice-weekly", weeks: 2, everyWeeks: 2 },
      { kind: "every-n-days", n: 14, count: 2 },
      { kind: "monthly", count: 3 },
      { kind: "monthly", count: 1, everyMonths: 3 }
    ]
  },
  minIntervalHours: 24,
  source: {
    ...getsonSource,
    verified: false,
    note: `Interpreted from a secondary text; the library had to choose: (1) the opening "1-2 boosters a week" has no stated length and is not planned: plan it separately (weekly or twice-weekly) and pass its dates as sessionsGiven; (2) "2 a week every other week for 1 month" is weeks 1 and 3 of a 4-week month (4 boosters), days 0 and 3 of each active week; (3) "1 every other week for 1 month" is 2 boosters 14 days apart over 4 weeks; (4) "monthly x 3" is 3 boosters a calendar month apart; (5) "then every 3 months" has no end: the first 3-monthly booster is planned (3 months after the first monthly one, where the monthly phase ends), and later ones are the clinician's to plan. Each phase starts where the previous one ends, so a month is 4 weeks in phases 2 and 3 and a calendar month after that.`
  },
  minIntervalSource: oneADay(
    getsonSource,
    '"2 a week" fixes only that the two boosters fall on different days.'
  ),
  openEnded: true
});
var SCHEDULES = deepFreeze({
  [ketamineCrpsSchwartzman2009.id]: daily(10, ketamineCrpsSchwartzman2009.schedule.source, "Daily x 10 days."),
  [ketamineDepressionSanacora2017.id]: {
    pattern: { kind: "every-n-days", n: 2, count: 6 },
    minIntervalHours: 24,
    source: {
      ...ketamineDepressionSanacora2017.schedule.source,
      verified: false,
      note: '"6 infusions over 2 weeks (3 a week)" [weak]; Murrough 2013 "6 over 12 days" [UNVERIFIED]. No weekdays are given: encoded as every other day x 6 (days 0-10). From a Monday with skipWeekends this gives Monday, Wednesday and Friday for 2 weeks.'
    },
    minIntervalSource: oneADay(
      ketamineDepressionSanacora2017.schedule.source,
      '"3 a week" fixes only that sessions fall on different days (every other day is the encoding, not the source).',
      false
    ),
    openEnded: false
  },
  [ketamineClinicCourse2x3.id]: {
    pattern: { kind: "twice-weekly", weeks: 3 },
    minIntervalHours: 24,
    source: {
      ...ketamineClinicCourse2x3.schedule.source,
      note: "2 infusions a week x 3 weeks (6 in all). The page names no weekdays: the day offsets [0, 3] are the library default and may be changed."
    },
    minIntervalSource: oneADay(ketamineClinicCourse2x3.schedule.source, '"2 a week" fixes only that the two sessions fall on different days.'),
    openEnded: false
  },
  [magnesiumCrpsCollins2009.id]: daily(5, magnesiumCrpsCollins2009.schedule.source, "Daily x 5 consecutive days."),
  [lidocaineChronicPainRch.id]: {
    ...single(lidocaineChronicPainRch.schedule.source, "Per session; repeated at the specialist's decision (no course length, no interval)."),
    openEnded: true
  },
  [clonidineIv150300.id]: single(
    clonidineIv150300.schedule.source,
    "Single dose. Repeats within 24 h (to at most 750 mcg in 24 h) are a dose question outside course planning, which places one session a day."
  ),
  [dexmedetomidineProceduralLabel.id]: single(dexmedetomidineProceduralLabel.schedule.source, "One sedation session."),
  [ketamineBoosterGetson.id]: GETSON_TAPER,
  [ketamineEscalationRema2012.id]: {
    ...daily(3, ketamineEscalationRema2012.schedule.source, ""),
    source: {
      ...ketamineEscalationRema2012.schedule.source,
      verified: false,
      note: '"Consecutive days" at 0.2, 0.4 and 0.6 mg/kg/h: 3 daily sessions, one per reported step. The abstract calls the course "multi-day outpatient" and gives no length.'
    }
  },
  [ketamineKitTankha2025.id]: daily(5, ketamineKitTankha2025.schedule.source, "5 consecutive days."),
  [ketamineOutpatientGoldberg2005.id]: {
    pattern: { kind: "consecutive-days-repeated", days: 5, repeats: 2, gapDays: 2 },
    minIntervalHours: 24,
    source: {
      ...ketamineOutpatientGoldberg2005.schedule.source,
      note: '"10 daily treatments over 2 consecutive weeks": 10 sessions in 14 days, read as 5 consecutive days, 2 days off, 5 consecutive days (Monday to Friday twice from a Monday). The source does not name the days off.'
    },
    minIntervalSource: oneADay(ketamineOutpatientGoldberg2005.schedule.source, "daily treatments are 1 day apart."),
    openEnded: false
  },
  [ketamineTestInfusionCohen2018.id]: single(ketamineTestInfusionCohen2018.schedule.source, "One infusion, then reassess before a series."),
  [lidocaine5mgkg40min.id]: single(lidocaine5mgkg40min.schedule.source, "Single test or treatment infusion."),
  [lidocainePerioperativeFoo2021.id]: single(lidocainePerioperativeFoo2021.schedule.source, "One perioperative infusion."),
  [magnesiumPhnBrill2002.id]: single(magnesiumPhnBrill2002.schedule.source, "Single dose."),
  [magnesiumPhnKim2015.id]: {
    pattern: { kind: "every-n-days", n: 2, count: 3 },
    minIntervalHours: 48,
    source: { ...magnesiumPhnKim2015.schedule.source, note: "Every other day x 3." },
    minIntervalSource: {
      citation: magnesiumPhnKim2015.schedule.source.citation,
      grade: DERIVED,
      verified: magnesiumPhnKim2015.schedule.source.verified,
      note: 'Derived, not a published number: "every other day" puts sessions 2 days (48 h) apart.'
    },
    openEnded: false
  },
  [pamidronateCrps3day.id]: daily(3, pamidronateCrps3day.schedule.source, "3 consecutive days."),
  [pamidronateCrpsCortet1997.id]: daily(
    3,
    pamidronateCrpsCortet1997.schedule.source,
    "Daily for 1 to 3 days; the clinician decides how many (pass a daily pattern of 1 or 2 days for fewer)."
  ),
  [pamidronateCrpsRobinson2004.id]: single(pamidronateCrpsRobinson2004.schedule.source, "Once."),
  [zoledronicAcid4mgByCrcl.id]: single(zoledronicAcid4mgByCrcl.schedule.source, "One dose; the repeat interval is not in the reference."),
  [zoledronicAcidCrps5mg.id]: single(zoledronicAcidCrps5mg.schedule.source, "Once."),
  [ivigCrpsGoebel2010.id]: daily(
    2,
    ivigCrpsGoebel2010.schedule.source,
    "0.25 g/kg a day x 2, read as 2 consecutive days. A single course, repeated only with more than 30% relief."
  ),
  [ivigCrpsLipsGoebel2014.id]: {
    pattern: { kind: "every-n-days", n: 21, count: 2 },
    minIntervalHours: 504,
    source: {
      ...ivigCrpsLipsGoebel2014.schedule.source,
      note: 'Day 1 and day 22: 21 days apart. The optional open-label doses on days 43 and 64 are not planned; pass { kind: "every-n-days", n: 21, count: 4 } to plan them.'
    },
    minIntervalSource: {
      citation: ivigCrpsLipsGoebel2014.schedule.source.citation,
      grade: DERIVED,
      verified: true,
      note: "Derived, not a published number: the trial gave doses on day 1 and day 22, 21 days (504 h) apart; the source states no minimum, so the trial interval is used."
    },
    openEnded: false
  },
  [ivigDpnJann2020.id]: daily(5, ivigDpnJann2020.schedule.source, "Daily x 5 days."),
  [neridronateCrpsVarenna2013.id]: {
    pattern: { kind: "every-n-days", n: 3, count: 4 },
    minIntervalHours: 72,
    source: {
      ...neridronateCrpsVarenna2013.schedule.source,
      note: 'Four 100 mg infusions; the interval is [UNVERIFIED]: "often every 3 days (days 1, 4, 7, 10)".'
    },
    minIntervalSource: {
      citation: neridronateCrpsVarenna2013.schedule.source.citation,
      grade: DERIVED,
      verified: false,
      note: 'Derived from the [UNVERIFIED] "every 3 days": 72 h.'
    },
    openEnded: false
  },
  [alendronateCrpsAdami1997.id]: daily(3, alendronateCrpsAdami1997.schedule.source, "Daily x 3 days."),
  [clodronateCrpsVarenna2000.id]: daily(10, clodronateCrpsVarenna2000.schedule.source, "Daily x 10 days.")
});
function citedSchedule(protocolId) {
  return Object.hasOwn(SCHEDULES, protocolId) ? SCHEDULES[protocolId] : void 0;
}

// src/schema/course.ts
var positive = (max) => z6.int().check(z6.minimum(1), z6.maximum(max));
var offset = z6.int().check(z6.minimum(0), z6.maximum(6));
var phaseShapes = [
  z6.strictObject({
    kind: z6.literal("twice-weekly"),
    weeks: positive(52),
    days: z6.optional(z6.tuple([offset, offset])),
    everyWeeks: z6.optional(positive(4))
  }),
  z6.strictObject({ kind: z6.literal("daily"), days: positive(366) }),
  z6.strictObject({
    kind: z6.literal("consecutive-days-repeated"),
    days: positive(31),
    repeats: positive(52),
    gapDays: z6.int().check(z6.minimum(0), z6.maximum(365))
  }),
  z6.strictObject({ kind: z6.literal("weekly"), count: positive(104) }),
  z6.strictObject({ kind: z6.literal("monthly"), count: positive(120), everyMonths: z6.optional(positive(12)) }),
  z6.strictObject({ kind: z6.literal("every-n-days"), n: positive(365), count: positive(366) })
];
var phaseShape = z6.discriminatedUnion("kind", [...phaseShapes]);
var patternShape = z6.discriminatedUnion("kind", [
  ...phaseShapes,
  z6.strictObject({ kind: z6.literal("taper"), phases: z6.array(phaseShape).check(z6.minLength(1), z6.maxLength(12)) })
]);
var courseInputShape = z6.strictObject({
  protocol: z6.string(),
  startDate: z6.string(),
  pattern: z6.optional(patternShape),
  sessionsGiven: z6.optional(z6.array(z6.string()).check(z6.maxLength(1e3))),
  skipWeekends: z6.optional(z6.boolean()),
  /** The plan request for each session (patient, dose, preparation ...), to total the course. */
  infusion: z6.optional(z6.record(z6.string(), z6.unknown()))
});
function valueAt(input, path) {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[key];
  }
  return v;
}
function mapCourseIssue(issue2, input) {
  const path = issue2.path.filter((p) => typeof p !== "symbol");
  if (issue2.code === "invalid_union" && path[path.length - 1] === "kind") {
    const received = valueAt(input, path);
    const inTaper = path.includes("phases");
    return [
      {
        code: "unknown_pattern",
        path,
        message: inTaper && received === "taper" ? "A taper phase cannot itself be a taper; list its phases directly." : `Unknown schedule pattern kind; use one of ${(inTaper ? PATTERN_KINDS.filter((k) => k !== "taper") : PATTERN_KINDS).join(", ")}.`,
        expected: (inTaper ? PATTERN_KINDS.filter((k) => k !== "taper") : PATTERN_KINDS).join(" | "),
        received: describeReceived(received)
      }
    ];
  }
  if (issue2.code === "too_small" || issue2.code === "too_big") {
    const bound = issue2.code === "too_small" ? `at least ${String(issue2.minimum)}` : `at most ${String(issue2.maximum)}`;
    const what = issue2.origin === "array" ? `${bound} items` : bound;
    return [
      {
        code: "invalid_value",
        path,
        message: `${path.join(".") || "The value"} must be ${what}.`,
        expected: what,
        received: describeReceived(valueAt(input, path))
      }
    ];
  }
  return mapZodIssue(issue2);
}

// src/course/plan-course.ts
function fail5(issues) {
  return { ok: false, issues };
}
function reachDays(p) {
  switch (p.kind) {
    case "twice-weekly":
      return p.weeks * (p.everyWeeks ?? 1) * 7;
    case "daily":
      return p.days;
    case "consecutive-days-repeated":
      return p.repeats * (p.days + p.gapDays);
    case "weekly":
      return p.count * 7;
    case "monthly":
      return p.count * (p.everyMonths ?? 1) * 31;
    case "every-n-days":
      return p.count * p.n;
    case "taper":
      return p.phases.reduce((sum, phase) => sum + reachDays(phase), 0);
  }
}
function sessionCount(p) {
  switch (p.kind) {
    case "twice-weekly":
      return p.weeks * 2;
    case "daily":
      return p.days;
    case "consecutive-days-repeated":
      return p.days * p.repeats;
    case "weekly":
    case "monthly":
    case "every-n-days":
      return p.count;
    case "taper":
      return p.phases.reduce((sum, phase) => sum + sessionCount(phase), 0);
  }
}
function expandPhase(p, start) {
  const days = [];
  switch (p.kind) {
    case "twice-weekly": {
      const [a, b] = p.days ?? DEFAULT_TWICE_WEEKLY_DAYS;
      const every = p.everyWeeks ?? 1;
      for (let w = 0; w < p.weeks; w++) {
        days.push({ day: start + 7 * every * w + a }, { day: start + 7 * every * w + b });
      }
      return { days, end: start + 7 * every * p.weeks };
    }
    case "daily":
      for (let i = 0; i < p.days; i++) days.push({ day: start + i });
      return { days, end: start + p.days };
    case "consecutive-days-repeated": {
      const period = p.days + p.gapDays;
      for (let r = 0; r < p.repeats; r++) for (let i = 0; i < p.days; i++) days.push({ day: start + r * period + i });
      return { days, end: start + p.repeats * period };
    }
    case "weekly":
      for (let i = 0; i < p.count; i++) days.push({ day: start + 7 * i });
      return { days, end: start + 7 * p.count };
    case "every-n-days":
      for (let i = 0; i < p.count; i++) days.push({ day: start + p.n * i });
      return { days, end: start + p.n * p.count };
    case "monthly": {
      const anchor = fromDayNumber(start);
      const every = p.everyMonths ?? 1;
      for (let i = 0; i < p.count; i++) {
        const clamped = isMonthEndClamped(anchor, i * every);
        days.push({ day: toDayNumber(addMonths(anchor, i * every)), ...clamped ? { monthEndClamped: true } : {} });
      }
      return { days, end: toDayNumber(addMonths(anchor, p.count * every)) };
    }
  }
}
function expand(p, start) {
  if (p.kind !== "taper") return expandPhase(p, start).days;
  const all = [];
  let at = start;
  p.phases.forEach((phase, index) => {
    const { days, end } = expandPhase(phase, at);
    for (const d of days) all.push({ ...d, phase: index });
    at = end;
  });
  return all;
}
function skipWeekends(days) {
  let shift = 0;
  return days.map((n) => {
    let day = n.day + shift;
    while (isWeekend(fromDayNumber(day))) day++;
    shift = day - n.day;
    return { day, from: day === n.day ? void 0 : n.day, n };
  });
}
function toPhase(p) {
  if (p.kind === "twice-weekly") {
    return {
      kind: p.kind,
      weeks: p.weeks,
      ...p.days !== void 0 ? { days: [p.days[0], p.days[1]] } : {},
      ...p.everyWeeks !== void 0 ? { everyWeeks: p.everyWeeks } : {}
    };
  }
  if (p.kind === "monthly") {
    return { kind: p.kind, count: p.count, ...p.everyMonths !== void 0 ? { everyMonths: p.everyMonths } : {} };
  }
  return { ...p };
}
function toPattern(p) {
  return p.kind === "taper" ? { kind: "taper", phases: p.phases.map(toPhase) } : toPhase(p);
}
function hours(value) {
  return { value: String(value), unit: "h" };
}
function intervalChecks(planned, given, cited) {
  const min = cited.minIntervalHours;
  const source = cited.minIntervalSource;
  const all = [
    ...given.map((date, i) => ({ date, path: ["sessionsGiven", i] })),
    ...planned.map((date, i) => ({ date, path: i === 0 ? ["startDate"] : ["pattern"] }))
  ].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  const checks = [];
  const hardPaths = /* @__PURE__ */ new Map();
  let pairs = 0;
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1];
    const b = all[i];
    pairs++;
    const h = (toDayNumber(b.date) - toDayNumber(a.date)) * 24;
    if (h >= min) continue;
    const sameDay = h === 0;
    const check = {
      code: sameDay ? "sessions_on_same_day" : "interval_below_minimum",
      rule: "course.min-interval",
      severity: sameDay ? "hard" : "soft",
      passed: false,
      observed: hours(h),
      limit: hours(min),
      source,
      between: [a.date, b.date],
      message: sameDay ? `Two sessions on ${a.date}: a course places at most one session a day. Move the start date or remove the duplicate.` : `${a.date} to ${b.date} is ${h} h, below the minimum interval of ${min} h for this protocol. Choose a later start date or pattern, or acknowledge the shorter interval.`
    };
    checks.push(check);
    if (sameDay) hardPaths.set(check, a.path[0] === "sessionsGiven" ? a.path : b.path);
  }
  if (checks.length === 0) {
    checks.push({
      code: "interval_at_least_minimum",
      rule: "course.min-interval",
      severity: "soft",
      passed: true,
      limit: hours(min),
      source,
      message: pairs === 0 ? "Only one session: no interval to check." : `All ${pairs} intervals between consecutive sessions${given.length > 0 ? " (sessions already given included)" : ""} are at least ${min} h.`
    });
  }
  if (pairs > 0) {
    const u = unverified("course.min-interval", "The minimum interval between sessions", source);
    if (u !== void 0) checks.push(u);
  }
  return { checks, hardPaths };
}
function courseLengthCheck(protocol, planned, cited) {
  const expected = protocol.schedule.sessions;
  const base = { rule: "course.length", source: protocol.schedule.source };
  const observed = { value: String(planned), unit: "{session}" };
  const limit = { value: String(expected), unit: "{session}" };
  if (cited?.openEnded === true) {
    return {
      ...base,
      code: "course_length_open_ended",
      severity: "info",
      passed: true,
      observed,
      message: `The protocol gives ${expected} session(s) per visit and no course length ("${protocol.schedule.description}"); ${planned} planned.`
    };
  }
  if (planned === expected) {
    return { ...base, code: "course_length_matches_protocol", severity: "soft", passed: true, observed, limit, message: `${planned} session(s), as the protocol's course.` };
  }
  if (planned > expected) {
    return {
      ...base,
      code: "course_longer_than_protocol",
      severity: "soft",
      passed: false,
      observed,
      limit,
      message: `${planned} sessions planned; the protocol's course is ${expected} ("${protocol.schedule.description}"). Shorten the pattern or acknowledge the longer course.`
    };
  }
  return {
    ...base,
    code: "course_shorter_than_protocol",
    severity: "info",
    passed: false,
    observed,
    limit,
    message: `${planned} session(s) planned; the protocol's course is ${expected} ("${protocol.schedule.description}").`
  };
}
function planCourse(input) {
  const parsed = courseInputShape.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail5(parsed.error.issues.flatMap((i) => mapCourseIssue(i, input)));
  const data = parsed.data;
  const issues = [];
  if (!isIsoDate(data.startDate)) {
    issues.push({
      code: "invalid_date",
      path: ["startDate"],
      message: "startDate must be a real calendar date written YYYY-MM-DD (for example 2026-01-05).",
      expected: "YYYY-MM-DD",
      received: describeReceived(data.startDate)
    });
  }
  const given = data.sessionsGiven ?? [];
  given.forEach((d, i) => {
    if (!isIsoDate(d)) {
      issues.push({
        code: "invalid_date",
        path: ["sessionsGiven", i],
        message: "Each date in sessionsGiven must be a real calendar date written YYYY-MM-DD.",
        expected: "YYYY-MM-DD",
        received: describeReceived(d)
      });
    } else if (i > 0) {
      const prev = given[i - 1];
      if (isIsoDate(prev) && toDayNumber(d) <= toDayNumber(prev)) {
        issues.push({
          code: "sessions_given_not_increasing",
          path: ["sessionsGiven", i],
          message: `sessionsGiven must be in date order with no repeats: ${d} comes after ${prev}.`
        });
      }
    }
  });
  const protocol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === data.protocol);
  if (protocol === void 0) {
    issues.push({
      code: "unknown_protocol",
      path: ["protocol"],
      message: `No protocol "${data.protocol}" in catalogue ${BUILTIN_CATALOGUE.id}; use a protocol id from the catalogue.`,
      received: describeReceived(data.protocol)
    });
  }
  const cited = protocol === void 0 ? void 0 : citedSchedule(protocol.id);
  const inputPattern = data.pattern === void 0 ? void 0 : toPattern(data.pattern);
  const pattern = inputPattern ?? cited?.pattern;
  if (protocol !== void 0 && cited === void 0) {
    issues.push({
      code: "no_schedule_pattern",
      path: ["protocol"],
      message: `Protocol "${protocol.id}" has no cited schedule pattern or minimum interval; add one before planning its course.`
    });
  }
  const twice = (p, path) => {
    if (p?.kind === "twice-weekly" && p.days !== void 0 && p.days[0] >= p.days[1]) {
      issues.push({
        code: "invalid_pattern",
        path: [...path, "days"],
        message: "The two day offsets of a twice-weekly pattern must be different and in increasing order, e.g. [0, 3].",
        received: JSON.stringify(p.days)
      });
    }
  };
  if (inputPattern !== void 0) {
    twice(inputPattern, ["pattern"]);
    if (inputPattern.kind === "taper") inputPattern.phases.forEach((ph, i) => twice(ph, ["pattern", "phases", i]));
  }
  if (issues.length > 0 || protocol === void 0 || cited === void 0 || pattern === void 0) return fail5(issues);
  const start = toDayNumber(data.startDate);
  const reach = reachDays(pattern) + (data.skipWeekends === true ? 2 * sessionCount(pattern) : 0);
  if (start + reach > MAX_DAY_NUMBER) {
    return fail5([
      {
        code: "date_out_of_range",
        path: ["startDate"],
        message: "The course would run past 9999-12-31; check the start date.",
        received: describeReceived(data.startDate)
      }
    ]);
  }
  const nominal = expand(pattern, start);
  const placed = data.skipWeekends === true ? skipWeekends(nominal) : nominal.map((n) => ({ day: n.day, from: void 0, n }));
  const sessions = placed.map((s, i) => {
    const date = fromDayNumber(s.day);
    return {
      number: i + 1,
      date,
      weekday: weekday(date),
      ...s.n.phase !== void 0 ? { phase: s.n.phase } : {},
      ...s.from !== void 0 ? { movedFrom: fromDayNumber(s.from) } : {},
      ...s.n.monthEndClamped === true ? { monthEndClamped: true } : {}
    };
  });
  const checks = [];
  const { checks: interval, hardPaths } = intervalChecks(
    sessions.map((s) => s.date),
    given,
    cited
  );
  checks.push(...interval);
  checks.push(courseLengthCheck(protocol, sessions.length, cited));
  if (data.pattern === void 0) {
    const u = unverified("course.pattern", "The protocol's schedule pattern", cited.source);
    if (u !== void 0) checks.push(u);
  } else {
    checks.push({
      code: "pattern_from_input",
      rule: "course.pattern",
      severity: "info",
      passed: true,
      message: "The pattern was given in the input, not taken from the protocol's cited schedule."
    });
  }
  const moved = sessions.filter((s) => s.movedFrom !== void 0);
  if (moved.length > 0) {
    checks.push({
      code: "weekend_sessions_moved",
      rule: "course.skip-weekends",
      severity: "info",
      passed: true,
      message: `${moved.length} session(s) moved from the pattern's date to keep off weekends (a session on a Saturday or Sunday moves to the Monday, and every later session by the same days): ${moved.map((s) => `${s.movedFrom} -> ${s.date}`).join(", ")}.`
    });
  }
  const clamped = sessions.filter((s) => s.monthEndClamped === true);
  if (clamped.length > 0) {
    checks.push({
      code: "month_end_clamped",
      rule: "course.month-end",
      severity: "info",
      passed: true,
      message: `The start day does not exist in every month, so the month's last day was used: ${clamped.map((s) => s.movedFrom ?? s.date).join(", ")}.`
    });
  }
  let totals;
  if (data.infusion !== void 0) {
    const perSession = [];
    const sessionIssues = [];
    let unit = "";
    let sum = dec(0);
    for (const s of sessions) {
      const r = planInfusion({ ...data.infusion, protocol: protocol.id, session: s.number, date: s.date });
      if (!r.ok) {
        sessionIssues.push(...r.issues.map((x) => ({ ...x, path: ["infusion", ...x.path], session: s.number })));
        continue;
      }
      const dose = r.plan.agents[0]?.delivered.totalDose;
      if (!dose) continue;
      unit = dose.unit;
      sum = sum.add(dec(dose.value));
      perSession.push({ number: s.number, date: s.date, dose, status: r.plan.status });
    }
    if (sessionIssues.length > 0) return fail5(sessionIssues);
    totals = { perSession, course: quantity(sum, unit) };
    checks.push({
      code: "course_total",
      rule: "course.total",
      severity: "info",
      passed: true,
      observed: totals.course,
      message: `The course delivers ${totals.course.value} ${totals.course.unit} over ${sessions.length} sessions at the planned doses (titration from responses may change later doses).`
    });
  }
  const hard = checks.filter((c) => c.severity === "hard" && !c.passed);
  if (hard.length > 0) return fail5(hard.map((c) => ({ ...c, path: hardPaths.get(c) ?? ["startDate"] })));
  return {
    ok: true,
    course: {
      protocol: protocol.id,
      pattern,
      patternFrom: data.pattern === void 0 ? "protocol" : "input",
      minIntervalHours: cited.minIntervalHours,
      sessions,
      sessionsGiven: [...given],
      checks,
      catalogue: { id: BUILTIN_CATALOGUE.id, version: BUILTIN_CATALOGUE.version },
      ...totals ? { totals } : {}
    }
  };
}

// src/interop/fhir.ts
var UCUM_SYSTEM = "http://unitsofmeasure.org";
var DOSE_RATE_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/dose-rate-type";
var SNOMED_SYSTEM = "http://snomed.info/sct";
var FHIR_SUBJECT_PLACEHOLDER = {
  reference: "Patient/SUBJECT-PLACEHOLDER",
  display: "Placeholder: replace with the patient reference before use"
};
var CONTAINED_ID = "bag";
var INTRAVENOUS = {
  coding: [{ system: SNOMED_SYSTEM, code: "47625008", display: "Intravenous route" }],
  text: "IV"
};
var ORDERED = { coding: [{ system: DOSE_RATE_TYPE_SYSTEM, code: "ordered", display: "Ordered" }] };
var CALCULATED = { coding: [{ system: DOSE_RATE_TYPE_SYSTEM, code: "calculated", display: "Calculated" }] };
var FhirMappingError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  name = "FhirMappingError";
};
function displayUnit(code) {
  return code.split("/").map((p) => p === "ug" ? "mcg" : p).join("/");
}
function toNumber(value) {
  const n = Number(value);
  if (!Number.isFinite(n) || String(n) !== value) {
    throw new FhirMappingError("fhir_decimal_not_exact", `The decimal "${value}" does not survive as a JSON number.`);
  }
  return n;
}
function ucum(value, code) {
  if (code === "" || /mcg|µ|\s/.test(code)) {
    throw new FhirMappingError("fhir_unit_not_ucum", `"${code}" is not a UCUM code this module writes.`);
  }
  return { value: toNumber(value), unit: displayUnit(code), system: UCUM_SYSTEM, code };
}
function fromQuantity(q3) {
  return ucum(q3.value, q3.unit);
}
function say(q3) {
  return `${q3.value} ${displayUnit(q3.unit)}`;
}
function toMedication(plan, agentName) {
  const { bag } = plan;
  const finalVolume = fromQuantity(bag.finalVolume);
  const ingredients = [];
  if (bag.additives.length > 0) {
    for (const a of bag.additives) {
      ingredients.push({
        itemCodeableConcept: { text: `${agentName(a.agent)} (${a.product.name})` },
        isActive: true,
        strength: { numerator: fromQuantity(a.amount), denominator: finalVolume }
      });
    }
  } else {
    for (const c of bag.concentrations) {
      const [mass, volume] = c.value.unit.split("/");
      ingredients.push({
        itemCodeableConcept: { text: agentName(c.agent) },
        isActive: true,
        strength: { numerator: ucum(c.value.value, mass ?? ""), denominator: ucum("1", volume ?? "") }
      });
    }
  }
  if (bag.diluent !== null) {
    ingredients.push({
      itemCodeableConcept: { text: bag.diluent.name },
      isActive: false,
      strength: { numerator: fromQuantity(bag.diluent.volume), denominator: finalVolume }
    });
  }
  const contents = bag.additives.length > 0 ? bag.additives.map((a) => `${agentName(a.agent)} ${say(a.amount)}`).join(" + ") : bag.concentrations.map((c) => `${agentName(c.agent)} ${say(c.value)}`).join(" + ");
  const inWhat = bag.diluent !== null ? ` in ${bag.diluent.name}` : bag.container.productId !== void 0 ? ` (premix ${bag.container.productId})` : "";
  return {
    resourceType: "Medication",
    id: CONTAINED_ID,
    code: { text: `${contents}${inWhat}, ${say(bag.finalVolume)} final volume (${bag.container.kind})` },
    ingredient: ingredients
  };
}
function orderedEntry(agent, segment, nonLoadingSegments) {
  const p = agent.prescribed;
  if (segment.kind === "loading" && p.loading !== void 0) {
    return { type: ORDERED, doseQuantity: fromQuantity(p.loading) };
  }
  const dose = p.total !== void 0 && nonLoadingSegments === 1 ? fromQuantity(p.total) : void 0;
  const rate = p.rate !== void 0 ? fromQuantity(p.rate) : void 0;
  if (dose === void 0 && rate === void 0) {
    return { type: ORDERED, rateQuantity: fromQuantity(segment.rate) };
  }
  return { type: ORDERED, ...dose !== void 0 ? { doseQuantity: dose } : {}, ...rate !== void 0 ? { rateQuantity: rate } : {} };
}
function describeSegment(segment, index, agentName) {
  const doses = segment.doses.map((d) => `${agentName(d.agent)} ${say(d.amount)} at ${say(d.doseRate)}`).join("; ");
  return `Segment ${index + 1} (${segment.kind}): ${say(segment.rate)} for ${say(segment.duration)}, ${say(segment.volume)}; delivers ${doses}.`;
}
function toFhir(plan) {
  const [agent, ...others] = plan.agents;
  if (agent === void 0 || others.length > 0) {
    throw new FhirMappingError(
      "fhir_multiple_agents",
      `A Dosage's doseAndRate cannot name its ingredient, so only one-agent plans are written (this plan has ${plan.agents.length}).`
    );
  }
  const names = new Map(plan.agents.map((a) => [a.agent, a.name]));
  const agentName = (id2) => names.get(id2) ?? id2;
  const rateCaps = agent.caps.filter((c) => c.limit.unit.includes("/"));
  const amountCaps = agent.caps.filter((c) => !c.limit.unit.includes("/"));
  if (rateCaps.length > 1) {
    throw new FhirMappingError("fhir_multiple_rate_caps", "R4 Dosage.maxDosePerPeriod holds one Ratio; this plan has several dose-rate caps.");
  }
  const rateCap = rateCaps[0];
  let maxDosePerPeriod;
  if (rateCap !== void 0) {
    const cut = rateCap.limit.unit.lastIndexOf("/");
    maxDosePerPeriod = {
      numerator: ucum(rateCap.limit.value, rateCap.limit.unit.slice(0, cut)),
      denominator: ucum("1", rateCap.limit.unit.slice(cut + 1))
    };
  }
  const segments = plan.pump.segments;
  const amountCap = amountCaps.length === 1 && segments.length === 1 ? amountCaps[0] : void 0;
  const nonLoading = segments.filter((s) => s.kind !== "loading").length;
  const dosageInstruction = segments.map((segment, index) => {
    const calculated = segment.doses.map((d) => ({
      type: CALCULATED,
      doseQuantity: fromQuantity(d.amount),
      rateQuantity: fromQuantity(d.doseRate)
    }));
    calculated.push({ type: CALCULATED, doseQuantity: fromQuantity(segment.volume), rateQuantity: fromQuantity(segment.rate) });
    const capsHere = segment.kind !== "loading";
    return {
      sequence: index + 1,
      text: describeSegment(segment, index, agentName),
      timing: { repeat: { boundsDuration: fromQuantity(segment.duration) } },
      route: INTRAVENOUS,
      doseAndRate: [orderedEntry(agent, segment, nonLoading), ...calculated],
      ...capsHere && maxDosePerPeriod !== void 0 ? { maxDosePerPeriod } : {},
      ...amountCap !== void 0 ? { maxDosePerAdministration: fromQuantity(amountCap.limit) } : {}
    };
  });
  const note2 = [
    {
      text: `Planned by infusion-dose from catalogue ${plan.catalogue.id} version ${plan.catalogue.version}` + (plan.catalogue.careArea !== void 0 ? ` (care area ${plan.catalogue.careArea})` : "") + `, protocol ${plan.protocol.id} version ${plan.protocol.version} (${plan.protocol.name}); session ${plan.session.number} of ${plan.session.of}.`
    }
  ];
  const p = agent.prescribed;
  if (p.total !== void 0 || agent.caps.length > 0) {
    const parts = [];
    if (p.total !== void 0) parts.push(`session dose as prescribed ${say(p.total)} (ordered ${say(agent.totalDose)} after caps)`);
    for (const c of agent.caps) parts.push(`protocol cap ${c.id}: ${say(c.limit)}${c.bound ? " (bound)" : ""}`);
    note2.push({ text: `Whole session: ${parts.join("; ")}.` });
  }
  if (plan.acknowledgements.length > 0) {
    note2.push({ text: `Acknowledged: ${plan.acknowledgements.map((a) => `${a.code} (${a.reason})`).join("; ")}.` });
  }
  if (plan.status !== "ready") {
    const open = plan.checks.filter((c) => !c.passed && c.severity === "soft" && c.acknowledgement === void 0).map((c) => c.code);
    note2.push({ text: `Draft: soft findings need acknowledgement before this order is active: ${open.join(", ")}.` });
  }
  return {
    resourceType: "MedicationRequest",
    status: plan.status === "ready" ? "active" : "draft",
    intent: "order",
    contained: [toMedication(plan, agentName)],
    medicationReference: { reference: `#${CONTAINED_ID}` },
    subject: FHIR_SUBJECT_PLACEHOLDER,
    dosageInstruction,
    note: note2
  };
}

// src/format/quantity.ts
var DISPLAY_ATOMS = {
  g: { text: "g" },
  mg: { text: "mg" },
  ug: { text: "mcg" },
  kg: { text: "kg" },
  "[lb_av]": { text: "lb" },
  mL: { text: "mL" },
  L: { text: "L" },
  dL: { text: "dL" },
  h: { text: "h" },
  min: { text: "min" },
  d: { text: "day", plural: "days" },
  a: { text: "year", plural: "years" },
  cm: { text: "cm" },
  "[in_i]": { text: "in" },
  m2: { text: "m\xB2" },
  "{spray}": { text: "spray", plural: "sprays" },
  "{dose}": { text: "dose", plural: "doses" },
  "{session}": { text: "session", plural: "sessions" }
};
var STANDALONE_UNITS = { "%": "%", "1": "" };
var ERROR_PRONE_UNITS = {
  mcg: "UCUM reads `mcg` as something else; write the UCUM code `ug` (it is displayed as mcg).",
  "\xB5g": "Write the UCUM code `ug` (it is displayed as mcg, never \xB5g).",
  "\u03BCg": "Write the UCUM code `ug` (it is displayed as mcg, never \xB5g).",
  cc: "Write `mL` (ISMP: cc is mistaken as u, units).",
  U: "The library has no quantity in units; `U` is never displayed (ISMP: use units).",
  IU: "The library has no quantity in units; `IU` is never displayed (ISMP: use units).",
  "[iU]": "The library has no quantity in international units yet.",
  "[U]": "The library has no quantity in units yet."
};
function hasOwn(table, key) {
  return Object.prototype.hasOwnProperty.call(table, key);
}
function issue(code, path, message, expected, received) {
  return {
    code,
    path,
    message,
    ...expected !== void 0 ? { expected } : {},
    ...received !== void 0 ? { received } : {}
  };
}
function displayUnit2(code, singular) {
  if (hasOwn(STANDALONE_UNITS, code)) return STANDALONE_UNITS[code];
  const parts = code.split("/");
  const shown = [];
  for (const [i, part] of parts.entries()) {
    if (!hasOwn(DISPLAY_ATOMS, part)) return void 0;
    const atom = DISPLAY_ATOMS[part];
    shown.push(i === 0 && !singular && atom.plural !== void 0 ? atom.plural : atom.text);
  }
  return shown.join("/");
}
function splitPlain(plain) {
  const negative = plain.startsWith("-");
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf(".");
  const int3 = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? "" : body.slice(dot + 1).replace(/0+$/, "");
  const zero = /^0+$/.test(int3) && frac === "";
  return { negative: negative && !zero, int: int3, frac };
}
function normalise(parts) {
  return `${parts.negative ? "-" : ""}${parts.int}${parts.frac === "" ? "" : `.${parts.frac}`}`;
}
function groupThousands(int3) {
  return int3.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function displayNumber(parts) {
  return `${parts.negative ? "-" : ""}${groupThousands(parts.int)}${parts.frac === "" ? "" : `.${parts.frac}`}`;
}
var MAX_SIGNIFICANT_DIGITS = 40;
function formatQuantity(q3, options) {
  const issues = [];
  if (typeof q3 !== "object" || q3 === null || Array.isArray(q3)) {
    return {
      ok: false,
      issues: [issue("not_a_quantity", [], "Expected a quantity { value, unit }.", "{ value: string, unit: string }", describeReceived(q3))]
    };
  }
  const rawValue = q3["value"];
  const rawUnit = q3["unit"];
  let parts;
  if (typeof rawValue !== "string") {
    issues.push(issue("value_not_string", ["value"], 'The value must be a plain decimal string such as "0.5".', "plain decimal string", describeReceived(rawValue)));
  } else {
    const read = readDecimal(rawValue);
    if (!read.ok) {
      issues.push(
        read.problem === "empty_string" ? issue("empty_value", ["value"], 'The value is empty; give a plain decimal string such as "0.5".', "plain decimal string", '""') : issue(
          "not_plain_decimal",
          ["value"],
          "The value must be a plain decimal: digits with an optional leading minus and fraction (no exponent, hex, separators, NaN or Infinity).",
          "plain decimal string",
          describeReceived(rawValue)
        )
      );
    } else {
      parts = splitPlain(rawValue);
    }
  }
  if (typeof rawUnit !== "string" || displayUnit2(rawUnit, true) === void 0) {
    const hint = typeof rawUnit === "string" && hasOwn(ERROR_PRONE_UNITS, rawUnit) ? ` ${ERROR_PRONE_UNITS[rawUnit]}` : "";
    issues.push(
      issue(
        "unknown_unit",
        ["unit"],
        `The unit is not one the library writes.${hint}`,
        `a UCUM code built from ${Object.keys(DISPLAY_ATOMS).join(", ")} joined by "/", or % or 1`,
        describeReceived(rawUnit)
      )
    );
  }
  let decimals;
  let mode = "halfExpand";
  if (options !== void 0) {
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      issues.push(issue("invalid_options", ["options"], "Options must be an object { decimals?, mode? }.", "object", describeReceived(options)));
    } else {
      const d = options.decimals;
      if (d !== void 0) {
        if (typeof d !== "number" || !Number.isInteger(d) || d < 0 || d > REPORT_DECIMALS) {
          issues.push(
            issue("invalid_decimals", ["options", "decimals"], `decimals must be a whole number from 0 to ${REPORT_DECIMALS}.`, `integer 0..${REPORT_DECIMALS}`, describeReceived(d))
          );
        } else {
          decimals = d;
        }
      }
      const m = options.mode;
      if (m !== void 0) {
        if (typeof m !== "string" || !ROUNDING_MODES.includes(m)) {
          issues.push(issue("invalid_rounding_mode", ["options", "mode"], `mode must be one of ${ROUNDING_MODES.join(", ")}.`, ROUNDING_MODES.join(" | "), describeReceived(m)));
        } else {
          mode = m;
        }
      }
    }
  }
  const [first, ...rest] = issues;
  if (first !== void 0) return { ok: false, issues: [first, ...rest] };
  if (parts === void 0 || typeof rawUnit !== "string") {
    return { ok: false, issues: [issue("not_a_quantity", [], "Expected a quantity { value, unit }.")] };
  }
  const exact = normalise(parts);
  let shown = parts;
  let rounded = false;
  if (decimals !== void 0 && parts.frac.length > decimals) {
    const significant = `${parts.int}${parts.frac}`.replace(/^0+/, "").length;
    if (significant > MAX_SIGNIFICANT_DIGITS) {
      return {
        ok: false,
        issues: [
          issue(
            "too_many_digits",
            ["value"],
            `The value has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than the library's arithmetic carries; format it without decimals to show it exactly.`,
            `at most ${MAX_SIGNIFICANT_DIGITS} significant digits`,
            String(significant)
          )
        ]
      };
    }
    const increment = decimals === 0 ? "1" : `0.${"0".repeat(decimals - 1)}1`;
    const value = roundToIncrement(dec(exact), dec(increment), mode);
    if (value.isZero()) {
      return {
        ok: false,
        issues: [
          issue(
            "rounds_to_zero",
            ["value"],
            `${exact} shown to ${decimals} decimal places would read as 0, hiding a dose; format it with more decimals or without decimals.`,
            `a value that is still non-zero at ${decimals} decimal places`,
            JSON.stringify(exact)
          )
        ]
      };
    }
    shown = splitPlain(toPlainString(value));
    rounded = true;
  }
  const number = displayNumber(shown);
  const singular = !shown.negative && shown.int === "1" && shown.frac === "";
  const unit = displayUnit2(rawUnit, singular) ?? "";
  const separator = unit === "" || unit === "%" ? "" : " ";
  return { ok: true, text: `${rounded ? "\u2248" : ""}${number}${separator}${unit}`, rounded, exact, unit };
}

// src/format/plan.ts
function q(x) {
  const r = formatQuantity(x);
  if (r.ok) return r.text;
  return `[cannot display ${JSON.stringify(x.value)} ${JSON.stringify(x.unit)}: ${r.issues.map((i) => i.code).join(", ")}]`;
}
function count(n, unit = "1") {
  return q({ value: String(n), unit });
}
var NUMBER_UNIT = /(?<![\w.,-])(-?\d+(?:\.\d+)?) ([A-Za-z%{}[\]_0-9]+(?:\/[A-Za-z{}[\]_0-9]+)*)(?=$|[\s.,;:)\]])/g;
function displayProse(text) {
  return text.replace(NUMBER_UNIT, (whole, value, unit, offset2, all) => {
    const after = all.charAt(offset2 + whole.length);
    if ((unit === "a" || unit === "d") && after !== "" && !/[.,;:)\]]/.test(after)) return whole;
    if (unit === "1") return whole;
    const r = formatQuantity({ value, unit });
    return r.ok ? r.text : whole;
  });
}
var BASIS_TEXT = {
  actual: "actual body weight",
  ideal: "ideal body weight",
  adjusted: "adjusted body weight",
  lean: "lean body weight"
};
function agentLines(a, plan) {
  const lines = [`  ${a.name} (${a.agent})`];
  const p = a.prescribed;
  const from = (key) => p.from[key] !== void 0 ? ` (${p.from[key]})` : "";
  const prescribed = [
    ...p.loading !== void 0 ? [`loading ${q(p.loading)}${from("loading")}`] : [],
    ...p.rate !== void 0 ? [`rate ${q(p.rate)}${from("rate")}`] : [],
    ...p.total !== void 0 ? [`total ${q(p.total)}${from("total")}`] : [],
    ...p.duration !== void 0 ? [`duration ${q(p.duration)}${from("duration")}`] : []
  ];
  lines.push(`    Prescribed: ${prescribed.length > 0 ? prescribed.join("; ") : "none stated"}`);
  lines.push(`    Ordered: dose rate ${q(a.doseRate)}; total ${q(a.totalDose)}`);
  lines.push(
    `    Delivered: dose rate ${q(a.delivered.doseRate)} (${q(a.delivered.doseRatePerKg)}); total ${q(a.delivered.totalDose)} (${q(a.delivered.totalDosePerKg)}), at dosing weight ${q(plan.dosingWeight.value)}`
  );
  for (const cap of a.caps) {
    lines.push(
      `    Cap ${cap.id}: limit ${q(cap.limit)}, ${cap.bound ? "BINDS" : "does not bind"} (before the cap ${q(cap.uncapped)}; ${cap.source.citation})`
    );
  }
  return lines;
}
function additiveLines(a) {
  const lines = [`  Additive: ${a.product.name} [${a.product.id}], strength ${q(a.product.strength)}, for ${a.agent}`];
  const exactNote = a.exactVolume.value === a.volume.value && a.exactVolume.unit === a.volume.unit ? "exact" : `exact ${q(a.exactVolume)}`;
  lines.push(
    `    Volume to draw up: ${q(a.volume)} (${exactNote}; measured to ${q(a.rounding.increment)}, ${a.rounding.mode}${a.rounding.roundedDownForLimit ? ", rounded down to stay within a limit" : ""})`
  );
  lines.push(`    Amount added: ${q(a.amount)} (ordered ${q(a.orderedAmount)})`);
  lines.push(
    `    Containers to open: ${a.containers === null ? "not known (container size not in the data)" : count(a.containers)}${a.containerVolume !== null ? `, ${q(a.containerVolume)} each` : ""}`
  );
  lines.push(
    `    Leftover: ${a.leftover === null ? "none stated" : `${q(a.leftover.volume)}, ${q(a.leftover.amount)} (${a.leftover.kind === "waste" ? "waste" : "remains in multi-dose vial"})`}`
  );
  return lines;
}
function segmentLine(s, i) {
  const doses = s.doses.map((d) => `${d.agent} ${q(d.amount)} at ${q(d.doseRate)}`).join("; ");
  return `  Segment ${i + 1} (${s.kind}): ${q(s.rate)} for ${q(s.duration)}, volume ${q(s.volume)}${doses === "" ? "" : `; ${doses}`}`;
}
function checkLine(c) {
  const values = [
    ...c.observed !== void 0 ? [`observed ${q(c.observed)}`] : [],
    ...c.limit !== void 0 ? [`limit ${q(c.limit)}`] : []
  ];
  const ack = c.acknowledgement !== void 0 ? ` Acknowledged: ${c.acknowledgement.reason}` : "";
  return `  [${c.severity.toUpperCase()}] ${c.code} (${c.rule}${c.agent !== void 0 ? `, ${c.agent}` : ""}): ${displayProse(c.message)}${values.length > 0 ? ` (${values.join("; ")})` : ""}${ack}`;
}
function formatPlan(plan) {
  const lines = [];
  const status = plan.status === "ready" ? "READY" : "NEEDS ACKNOWLEDGEMENT";
  lines.push(`Infusion plan: ${plan.protocol.name}`);
  lines.push(`Status: ${status}`);
  lines.push(`Protocol: ${plan.protocol.id} version ${plan.protocol.version} (${plan.protocol.indication})`);
  lines.push(`  Source: ${plan.protocol.source.citation} [${plan.protocol.source.grade}${plan.protocol.source.verified ? "" : ", unverified"}]`);
  lines.push(
    `Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}${plan.catalogue.careArea !== void 0 ? `, care area ${plan.catalogue.careArea}` : ""}`
  );
  lines.push(`Session: ${count(plan.session.number)} of ${count(plan.session.of, "{session}")} (${plan.session.schedule})`);
  const pt = plan.patient;
  lines.push("", "Patient");
  lines.push(`  Weight: ${q(pt.weight)}`);
  if (pt.height !== void 0) lines.push(`  Height: ${q(pt.height)}`);
  if (pt.sex !== void 0) lines.push(`  Sex: ${pt.sex}`);
  if (pt.ageYears !== void 0) lines.push(`  Age: ${q(pt.ageYears)}`);
  if (pt.creatinine !== void 0) lines.push(`  Serum creatinine: ${q(pt.creatinine)}`);
  if (pt.bodySurfaceArea !== void 0) lines.push(`  Body-surface area (Mosteller): ${q(pt.bodySurfaceArea)}`);
  if (pt.creatinineClearance !== void 0) lines.push(`  Creatinine clearance (Cockcroft-Gault): ${q(pt.creatinineClearance)}`);
  const dw = plan.dosingWeight;
  const basis = BASIS_TEXT[dw.basis] ?? dw.basis;
  const requested = dw.requestedBasis === dw.basis ? "" : `; ${BASIS_TEXT[dw.requestedBasis] ?? dw.requestedBasis} was asked for`;
  lines.push(`Dosing weight: ${q(dw.value)} (basis: ${basis}${requested})`);
  lines.push(`  Reason: ${dw.reason}`);
  lines.push(`  Formula: ${dw.formula}`);
  const others = [
    ...dw.ideal !== void 0 ? [`ideal ${q(dw.ideal)}`] : [],
    ...dw.adjusted !== void 0 ? [`adjusted ${q(dw.adjusted)}`] : [],
    ...dw.lean !== void 0 ? [`lean ${q(dw.lean)}`] : [],
    ...dw.bmi !== void 0 ? [`BMI ${q(dw.bmi)}`] : []
  ];
  if (others.length > 0) lines.push(`  Actual ${q(dw.actual)}; ${others.join("; ")}`);
  lines.push("", "Agents");
  for (const a of plan.agents) lines.push(...agentLines(a, plan));
  const bag = plan.bag;
  lines.push(
    "",
    `Bag: ${bag.container.kind} of ${q(bag.container.nominalVolume)} nominal${bag.container.productId !== void 0 ? ` [${bag.container.productId}]` : ""} (${bag.style})`
  );
  for (const a of bag.additives) lines.push(...additiveLines(a));
  if (bag.diluent !== null) {
    const d = bag.diluent;
    lines.push(`  Diluent: ${d.name} [${d.id}], ${q(d.nominalVolume)} nominal, overfill ${q(d.overfill)}${d.overfillStated ? "" : " (not stated, none counted)"}`);
    lines.push(`    Withdrawn before adding: ${q(d.withdrawn)}; diluent in the bag: ${q(d.volume)}`);
  } else {
    lines.push("  Diluent: none");
  }
  if (bag.additiveVolume !== null) lines.push(`  Additive volume: ${bag.additiveVolume === "add" ? "added to the diluent" : "an equal volume of diluent withdrawn first"}`);
  lines.push(`  Final volume: ${q(bag.finalVolume)}`);
  for (const c of bag.concentrations) lines.push(`  Concentration of ${c.agent}: ${q(c.value)}`);
  lines.push(`  Left in the bag after the pump's volume: ${q(bag.residualVolume)}`);
  const pump = plan.pump;
  const exactRate = pump.rateExact.value === pump.rate.value && pump.rateExact.unit === pump.rate.unit ? "exact" : `order ${q(pump.rateExact)}`;
  lines.push("", "Pump");
  lines.push(
    `  Rate to set: ${q(pump.rate)} (${exactRate}; pump increment ${q(pump.increment)}, ${pump.rounding.mode}${pump.rounding.roundedDownForLimit ? ", rounded down to stay within a limit" : ""})`
  );
  lines.push(`  Volume to be infused: ${q(pump.volumeToBeInfused)}`);
  lines.push(`  Duration: ${q(pump.duration)} (ordered ${q(pump.durationOrdered)})`);
  lines.push(`  Pump range: ${q(pump.minRate)} to ${q(pump.maxRate)}`);
  pump.segments.forEach((s, i) => lines.push(segmentLine(s, i)));
  const findings = plan.checks.filter((c) => !c.passed);
  const passed = plan.checks.length - findings.length;
  lines.push("", `Findings: ${count(findings.length)}`);
  for (const c of findings) lines.push(checkLine(c));
  lines.push(`  Checks passed: ${count(passed)} of ${count(plan.checks.length)}`);
  if (plan.acknowledgements.length > 0) {
    lines.push("Acknowledgements");
    for (const a of plan.acknowledgements) lines.push(`  ${a.code}: ${a.reason}`);
  }
  lines.push("", `Status: ${status}`);
  return lines.join("\n");
}

// src/verify/administration.ts
var PUMP_INCREMENT_ML_H = dec("0.1");
var HALF_INCREMENT_ML_H = PUMP_INCREMENT_ML_H.div(2);
var RELATIVE_FLOOR = dec("0.01");
var MIX_UP_BAND = dec("2");
var THOUSAND = dec("1000");
var TEN = dec("10");
var TENFOLD_MARGIN = dec("0.1");
var Reader = class {
  issues = [];
  add(code, path, message, expected, received) {
    const issue2 = {
      code,
      path,
      message,
      ...expected === void 0 ? {} : { expected },
      ...received === void 0 ? {} : { received }
    };
    this.issues.push(issue2);
  }
  object(raw, path, required, optional7 = []) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      this.add("invalid_type", path, "Expected an object here.", "object", describe(raw));
      return null;
    }
    const rec = raw;
    const allowed = /* @__PURE__ */ new Set([...required, ...optional7]);
    for (const key of Object.keys(rec)) {
      if (!allowed.has(key)) this.add("unknown_key", [...path, key], `Unknown key "${key}": remove it (allowed: ${[...allowed].join(", ")}).`);
    }
    for (const key of required) {
      if (!has(rec, key) || rec[key] === void 0) this.add("missing", [...path, key], `"${key}" is required.`);
    }
    return rec;
  }
  text(raw, path) {
    if (typeof raw !== "string" || raw.trim().length === 0) {
      this.add("invalid_type", path, "Expected a non-empty string.", "string", describe(raw));
      return null;
    }
    return raw;
  }
  /** A number, or a plain decimal string; positive (or, with `allowZero`, not negative). */
  amount(raw, path, allowZero = false) {
    const r = readDecimal(raw);
    if (!r.ok) {
      this.add(`invalid_number`, path, `Expected a finite number or a plain decimal string (${r.problem}).`, "decimal", describe(raw));
      return null;
    }
    if (r.value.isNegative() || !allowZero && r.value.isZero()) {
      this.add("not_positive", path, allowZero ? "Must not be negative." : "Must be greater than zero.", allowZero ? ">= 0" : "> 0", describe(raw));
      return null;
    }
    return r.value;
  }
  /** A `{ value, unit }` pair; returns the raw unit string for the caller to read. */
  quantity(raw, path, allowZero = false) {
    const rec = this.object(raw, path, ["value", "unit"]);
    if (rec === null) return null;
    const value = has(rec, "value") ? this.amount(rec["value"], [...path, "value"], allowZero) : null;
    const unit = has(rec, "unit") ? this.text(rec["unit"], [...path, "unit"]) : null;
    if (value === null || unit === null) return null;
    return { value, unit };
  }
  unknownUnit(path, unit, expected) {
    this.add("unknown_unit", [...path, "unit"], `Unit "${unit}" is not accepted here.`, expected, JSON.stringify(unit));
  }
};
function has(rec, key) {
  return Object.prototype.hasOwnProperty.call(rec, key);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "number") return String(value);
  return typeof value;
}
function readConcentrationUnit(spelling) {
  const parts = spelling.split("/");
  if (parts.length !== 2) return void 0;
  const mass = readMassUnit(parts[0]);
  const volume = readVolumeUnit(parts[1]);
  return mass === void 0 || volume === void 0 ? void 0 : { mass, volume };
}
function readVolumeRateUnit(spelling) {
  const parts = spelling.split("/");
  if (parts.length !== 2) return void 0;
  const volume = readVolumeUnit(parts[0]);
  const per = readTimeUnit(parts[1]);
  return volume === void 0 || per === void 0 ? void 0 : { volume, per };
}
function parse(input) {
  const r = new Reader();
  const root = r.object(input, [], ["bag", "pumpRate", "patient", "order"]);
  let ingredients = null;
  let finalVolumeMl = null;
  const bag = root !== null && has(root, "bag") ? r.object(root["bag"], ["bag"], ["ingredients", "finalVolume"]) : null;
  if (bag !== null) {
    if (has(bag, "ingredients")) {
      const raw = bag["ingredients"];
      if (!Array.isArray(raw)) {
        r.add("invalid_type", ["bag", "ingredients"], "Expected an array of ingredients.", "array", describe(raw));
      } else if (raw.length === 0) {
        r.add("empty_bag", ["bag", "ingredients"], "The bag must list at least one ingredient.");
      } else {
        const list = [];
        raw.forEach((item, i) => {
          const path = ["bag", "ingredients", i];
          const ing = r.object(item, path, ["agent", "amount"]);
          if (ing === null) return;
          const agent = has(ing, "agent") ? r.text(ing["agent"], [...path, "agent"]) : null;
          const q3 = has(ing, "amount") ? r.quantity(ing["amount"], [...path, "amount"]) : null;
          let mass;
          if (q3 !== null) {
            mass = readMassUnit(q3.unit);
            if (mass === void 0) r.unknownUnit([...path, "amount"], q3.unit, "mg, g, mcg or ug");
          }
          if (agent !== null && q3 !== null && mass !== void 0) list.push({ agent, mg: q3.value.mul(mgPer(mass)) });
        });
        ingredients = list;
      }
    }
    if (has(bag, "finalVolume")) {
      const q3 = r.quantity(bag["finalVolume"], ["bag", "finalVolume"]);
      if (q3 !== null) {
        const v = readVolumeUnit(q3.unit);
        if (v === void 0) r.unknownUnit(["bag", "finalVolume"], q3.unit, "mL");
        else finalVolumeMl = q3.value.mul(mLPer(v));
      }
    }
  }
  let pump = null;
  if (root !== null && has(root, "pumpRate")) {
    const q3 = r.quantity(root["pumpRate"], ["pumpRate"], true);
    if (q3 !== null) {
      const vr = readVolumeRateUnit(q3.unit);
      const du = readDoseUnit(q3.unit);
      if (vr !== void 0) {
        pump = { typed: q3.value, kind: "volume", mLh: perHour(q3.value.mul(mLPer(vr.volume)), vr.per) };
      } else if (du !== void 0 && du.per !== null) {
        pump = { typed: q3.value, kind: "dose", mLh: q3.value };
      } else {
        r.unknownUnit(["pumpRate"], q3.unit, "mL/h (or a dose-rate unit, which is reported as a wrong-field entry)");
      }
    }
  }
  let weightKg = null;
  let dosingWeightKg = null;
  const patient = root !== null && has(root, "patient") ? r.object(root["patient"], ["patient"], ["weight"], ["dosingWeight"]) : null;
  if (patient !== null) {
    for (const key of ["weight", "dosingWeight"]) {
      if (!has(patient, key) || patient[key] === void 0) continue;
      const q3 = r.quantity(patient[key], ["patient", key]);
      if (q3 === null) continue;
      const w = readWeightUnit(q3.unit);
      if (w === void 0) {
        r.unknownUnit(["patient", key], q3.unit, "kg or lb");
        continue;
      }
      const kg = q3.value.mul(kgPer(w));
      if (key === "weight") weightKg = kg;
      else dosingWeightKg = kg;
    }
  }
  let order = null;
  const o = root !== null && has(root, "order") ? r.object(root["order"], ["order"], ["agent", "doseRate"], ["concentration"]) : null;
  if (o !== null) {
    const agent = has(o, "agent") ? r.text(o["agent"], ["order", "agent"]) : null;
    let rate = null;
    if (has(o, "doseRate")) {
      const q3 = r.quantity(o["doseRate"], ["order", "doseRate"]);
      if (q3 !== null) {
        const du = readDoseUnit(q3.unit);
        if (du === void 0 || du.per === null) r.unknownUnit(["order", "doseRate"], q3.unit, "a dose rate such as mg/h, mg/kg/h, mcg/kg/min");
        else rate = { value: q3.value, unit: { mass: du.mass, perKg: du.perKg, per: du.per } };
      }
    }
    let concentrationMgMl = null;
    let concentrationOk = true;
    if (has(o, "concentration") && o["concentration"] !== void 0) {
      const q3 = r.quantity(o["concentration"], ["order", "concentration"]);
      concentrationOk = false;
      if (q3 !== null) {
        const cu = readConcentrationUnit(q3.unit);
        if (cu === void 0) r.unknownUnit(["order", "concentration"], q3.unit, "mg/mL or mcg/mL");
        else {
          concentrationMgMl = q3.value.mul(mgPer(cu.mass)).div(mLPer(cu.volume));
          concentrationOk = true;
        }
      }
    }
    if (agent !== null && rate !== null && concentrationOk) order = { agent, value: rate.value, unit: rate.unit, concentrationMgMl };
  }
  const first = r.issues[0];
  if (first !== void 0) return { ok: false, issues: [first, ...r.issues.slice(1)] };
  if (ingredients === null || finalVolumeMl === null || pump === null || weightKg === null || order === null) {
    return { ok: false, issues: [{ code: "invalid_input", path: [], message: "The input could not be read." }] };
  }
  return { ok: true, value: { ingredients, finalVolumeMl, pump, weightKg, dosingWeightKg, order } };
}
function fromMgPerHour(mgH, unit, kg) {
  const perUnitMass = mgH.div(mgPer(unit.mass));
  const perKg = unit.perKg ? perUnitMass.div(kg) : perUnitMass;
  return perKg.div(perHour(dec(1), unit.per));
}
function toMgPerHour(value, unit, kg) {
  const mg = value.mul(mgPer(unit.mass));
  return perHour(unit.perKg ? mg.mul(kg) : mg, unit.per);
}
function looksLike(typed, target) {
  if (target.isZero()) return false;
  const places = Math.max(1, typed.decimalPlaces());
  return target.toDecimalPlaces(places).eq(typed.toDecimalPlaces(places));
}
function nearestPowerOfTen(x) {
  return TEN.pow(x.log(10).toDecimalPlaces(0));
}
var q2 = (value, unit) => ({ value: toPlainString(value), unit });
function verifyAdministration(input) {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const { ingredients, finalVolumeMl, pump, weightKg, dosingWeightKg, order } = parsed.value;
  const kg = dosingWeightKg ?? weightKg;
  const orderUnit = doseUnitCode(order.unit);
  const massRateUnit = `${order.unit.mass}/h`;
  const inBag = ingredients.filter((i) => i.agent === order.agent);
  const agentMg = inBag.reduce((sum, i) => sum.add(i.mg), dec(0));
  const concentration = agentMg.div(finalVolumeMl);
  const deliveredMgH = pump.mLh.mul(concentration);
  const orderedMgH = toMgPerHour(order.value, order.unit, kg);
  const ratio = deliveredMgH.div(orderedMgH);
  const incrementShare = HALF_INCREMENT_ML_H.mul(concentration).div(orderedMgH);
  const tol = incrementShare.gt(RELATIVE_FLOOR) ? incrementShare : RELATIVE_FLOOR;
  const agrees = ratio.sub(1).abs().lte(tol);
  const findings = [];
  if (inBag.length === 0) {
    findings.push({
      code: "agent_not_in_bag",
      // The wrong bag is hanging: as serious as a tenfold slip.
      severity: "hard",
      path: ["bag", "ingredients"],
      message: `The bag lists no ${order.agent}: the patient receives none of the ordered agent. Check that the right bag is hung.`
    });
  } else {
    const orderedMassRate = fromMgPerHour(orderedMgH, { ...order.unit, perKg: false, per: "h" }, kg);
    const typedLikeDose = [order.value, orderedMassRate, orderedMgH].some((t) => looksLike(pump.typed, t));
    const rightRates = [concentration, order.concentrationMgMl].flatMap((c) => c === null || c.isZero() ? [] : [orderedMgH.div(c)]);
    const typedLikeRate = rightRates.some((t) => looksLike(pump.typed, t));
    if (pump.kind === "dose") {
      findings.push({
        code: "wrong_field",
        severity: "hard",
        path: ["pumpRate", "unit"],
        message: `A dose (${toPlainString(pump.typed)}) was entered in the pump's rate field, which the pump reads as ${toPlainString(pump.mLh)} mL/h. Enter the rate in mL/h.`
      });
    } else if (typedLikeDose && !typedLikeRate && !agrees) {
      findings.push({
        code: "wrong_field",
        severity: "hard",
        path: ["pumpRate", "value"],
        message: `The pump rate ${toPlainString(pump.typed)} mL/h is the ordered dose's number (${toPlainString(order.value)} ${orderUnit}), not the rate in mL/h.`
      });
    }
    const margin = tol.gt(TENFOLD_MARGIN) ? tol : TENFOLD_MARGIN;
    const tenHigh = TEN.mul(dec(1).sub(margin));
    const tenLow = dec(1).div(TEN).div(dec(1).sub(margin));
    if (ratio.gte(tenHigh)) {
      const factor2 = larger(nearestPowerOfTen(ratio), TEN);
      findings.push({
        code: "tenfold_high",
        severity: "hard",
        factor: toPlainString(factor2),
        message: `The patient would receive ${toPlainString(ratio)} times the ordered dose (about ${toPlainString(factor2)}-fold): stop and re-check the rate and the bag.`
      });
    } else if (ratio.lte(tenLow)) {
      const factor2 = ratio.isZero() ? null : larger(dec(1).div(nearestPowerOfTen(ratio)), TEN);
      findings.push({
        code: "tenfold_low",
        severity: "hard",
        ...factor2 === null ? {} : { factor: toPlainString(factor2) },
        message: `The patient would receive ${toPlainString(ratio)} of the ordered dose${factor2 === null ? "" : ` (about 1/${toPlainString(factor2)})`}: stop and re-check the rate and the bag.`
      });
    }
    const nearThousand = ratio.gte(THOUSAND.div(MIX_UP_BAND)) && ratio.lte(THOUSAND.mul(MIX_UP_BAND));
    const nearThousandth = ratio.gte(dec(1).div(THOUSAND).div(MIX_UP_BAND)) && ratio.lte(dec(1).div(THOUSAND).mul(MIX_UP_BAND));
    if (nearThousand || nearThousandth) {
      findings.push({
        code: "unit_mix_up",
        severity: "hard",
        message: `The delivered dose is about ${nearThousand ? "1000 times" : "1/1000 of"} the order: mcg and mg are likely confused (in the bag label, the order or the pump).`
      });
    }
    if (!agrees && ratio.gt(tenLow) && ratio.lt(tenHigh)) {
      findings.push({
        code: "dose_mismatch",
        severity: "soft",
        message: `Delivered ${toPlainString(fromMgPerHour(deliveredMgH, order.unit, kg))} ${orderUnit} against ${toPlainString(order.value)} ${orderUnit} ordered (ratio ${toPlainString(ratio)}; tolerance ${toPlainString(tol.mul(100))}%).`
      });
    }
  }
  if (order.concentrationMgMl !== null) {
    const off = order.concentrationMgMl.isZero() ? dec(1) : concentration.div(order.concentrationMgMl).sub(1).abs();
    if (inBag.length > 0 && off.gt(RELATIVE_FLOOR)) {
      findings.push({
        code: "concentration_mismatch",
        severity: "soft",
        path: ["order", "concentration"],
        message: `The bag holds ${toPlainString(concentration)} mg/mL of ${order.agent}; the order says ${toPlainString(order.concentrationMgMl)} mg/mL.`
      });
    }
  }
  if (findings.length === 0) {
    findings.push({ code: "match", severity: "info", message: "The dose from the bag and the pump rate agrees with the order." });
  }
  const status = findings.some((f) => f.severity === "hard") ? "stop" : findings.some((f) => f.severity === "soft") ? "review" : "match";
  return {
    ok: true,
    result: {
      agent: order.agent,
      pumpRate: q2(pump.mLh, "mL/h"),
      concentration: q2(concentration, "mg/mL"),
      ordered: {
        doseRate: q2(order.value, orderUnit),
        massRate: q2(fromMgPerHour(orderedMgH, { ...order.unit, perKg: false, per: "h" }, kg), massRateUnit)
      },
      delivered: {
        doseRate: q2(fromMgPerHour(deliveredMgH, order.unit, kg), orderUnit),
        massRate: q2(fromMgPerHour(deliveredMgH, { ...order.unit, perKg: false, per: "h" }, kg), massRateUnit)
      },
      ratio: toPlainString(ratio),
      tolerance: {
        relative: toPlainString(tol),
        rule: "max(1%, 0.05 mL/h (half the 0.1 mL/h pump increment) x concentration / ordered dose rate)"
      },
      findings,
      status
    }
  };
}
function larger(a, b) {
  return a.gte(b) ? a : b;
}

// src/verify/check-plan.ts
var CHECK_PLAN_CODES = [
  "unreadable_quantity",
  "additive_amount_mismatch",
  "withdrawn_volume_mismatch",
  "diluent_volume_mismatch",
  "final_volume_mismatch",
  "concentration_mismatch",
  "concentration_missing",
  "agent_not_in_bag",
  "no_segments",
  "segment_volume_mismatch",
  "segment_dose_missing",
  "segment_dose_mismatch",
  "segment_dose_rate_mismatch",
  "pump_rate_mismatch",
  "volume_to_be_infused_mismatch",
  "duration_mismatch",
  "whole_bag_not_infused",
  "infused_exceeds_bag",
  "residual_volume_mismatch",
  "delivered_total_dose_mismatch",
  "delivered_dose_rate_mismatch",
  "delivered_total_dose_per_kg_mismatch",
  "delivered_dose_rate_per_kg_mismatch",
  "agent_missing_from_plan",
  "dosing_weight_not_positive"
];
var HALF_UNIT = dec("0.0000005");
var STATED_SLACK = dec("0.000002");
var ZERO = { v: dec(0), e: dec(0) };
function add(a, b) {
  return { v: a.v.add(b.v), e: a.e.add(b.e) };
}
function sub(a, b) {
  return { v: a.v.sub(b.v), e: a.e.add(b.e) };
}
function mul(a, b) {
  return { v: a.v.mul(b.v), e: a.v.abs().mul(b.e).add(b.v.abs().mul(a.e)).add(a.e.mul(b.e)) };
}
function div(a, b) {
  const room = b.v.abs().sub(b.e);
  if (!room.gt(0)) return null;
  const v = a.v.div(b.v);
  return { v, e: a.e.add(v.abs().mul(b.e)).div(room) };
}
function hoursIn(spelling) {
  const t = readTimeUnit(spelling);
  return t === void 0 ? void 0 : toHours(dec(1), t);
}
function baseFactor(unit, kind) {
  const parts = unit.split("/");
  switch (kind) {
    case "volume": {
      const v = readVolumeUnit(unit);
      return v === void 0 ? void 0 : mLPer(v);
    }
    case "mass": {
      const m = readMassUnit(unit);
      return m === void 0 ? void 0 : mgPer(m);
    }
    case "time":
      return hoursIn(unit);
    case "weight": {
      const w = readWeightUnit(unit);
      return w === void 0 ? void 0 : kgPer(w);
    }
    case "concentration": {
      if (parts.length !== 2) return void 0;
      const m = readMassUnit(parts[0]);
      const v = readVolumeUnit(parts[1]);
      return m === void 0 || v === void 0 ? void 0 : mgPer(m).div(mLPer(v));
    }
    case "volume-rate": {
      if (parts.length !== 2) return void 0;
      const v = readVolumeUnit(parts[0]);
      const t = readTimeUnit(parts[1]);
      return v === void 0 || t === void 0 ? void 0 : perHour(mLPer(v), t);
    }
    case "dose-rate":
    case "dose-rate-per-kg":
    case "dose-per-kg": {
      const d = readDoseUnit(unit);
      if (d === void 0) return void 0;
      const wantPerKg = kind !== "dose-rate";
      const wantPer = kind !== "dose-per-kg";
      if (d.perKg !== wantPerKg || d.per !== null !== wantPer) return void 0;
      return d.per === null ? mgPer(d.mass) : perHour(mgPer(d.mass), d.per);
    }
  }
}
var PLAIN_DECIMAL2 = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
var Checker = class {
  disagreements = [];
  /** A stated quantity in base units, with the half-unit error of its printing; `null` (and a disagreement) if unreadable. */
  read(q3, kind, path) {
    if (q3 === null || q3 === void 0 || typeof q3.value !== "string" || typeof q3.unit !== "string") {
      this.flag("unreadable_quantity", path, `Expected a ${kind} quantity here.`, null, null);
      return null;
    }
    const f = baseFactor(q3.unit, kind);
    if (f === void 0 || !PLAIN_DECIMAL2.test(q3.value)) {
      this.flag("unreadable_quantity", path, `"${q3.value} ${q3.unit}" is not a ${kind} the check can read.`, q3, null);
      return null;
    }
    return { v: dec(q3.value).mul(f), e: HALF_UNIT.mul(f) };
  }
  /**
   * Compares a stated quantity with a recomputed one (base units). Agrees when the difference is
   * within the recomputed bound plus {@link STATED_SLACK} in the stated unit.
   */
  compare(code, path, stated, kind, recomputed, what) {
    const s = this.read(stated, kind, path);
    if (s === null || stated === null || stated === void 0) return false;
    const f = baseFactor(stated.unit, kind);
    const tol = recomputed.e.add(STATED_SLACK.mul(f));
    const diff = s.v.sub(recomputed.v).abs();
    if (diff.lte(tol)) return true;
    const r = { value: show(recomputed.v.div(f)), unit: stated.unit };
    this.flag(
      code,
      path,
      `${what}: the plan states ${stated.value} ${stated.unit}, the re-calculation gives ${r.value} ${r.unit} (difference ${show(diff.div(f))}, tolerance ${show(tol.div(f))} ${stated.unit}).`,
      stated,
      r
    );
    return false;
  }
  flag(code, path, message, planValue, recomputed) {
    this.disagreements.push({ code, path, message, planValue, recomputed });
  }
};
function show(x) {
  const r = x.toDecimalPlaces(6, Dec.ROUND_HALF_UP);
  return r.isZero() ? "0" : r.toFixed();
}
function checkPlan(plan) {
  const c = new Checker();
  const bag = plan.bag;
  const drawnTotal = [];
  const amountByAgent = /* @__PURE__ */ new Map();
  bag.additives.forEach((a, i) => {
    const p = ["bag", "additives", i];
    const volume = c.read(a.volume, "volume", [...p, "volume"]);
    const strength = c.read(a.product.strength, "concentration", [...p, "product", "strength"]);
    if (volume === null || strength === null) return;
    drawnTotal.push(volume);
    const amount = mul(volume, strength);
    c.compare("additive_amount_mismatch", [...p, "amount"], a.amount, "mass", amount, `Amount of ${a.agent} added (volume drawn x strength)`);
    amountByAgent.set(a.agent, add(amountByAgent.get(a.agent) ?? ZERO, amount));
  });
  const drawn = drawnTotal.reduce(add, ZERO);
  let base = ZERO;
  if (bag.diluent !== null) {
    const p = ["bag", "diluent"];
    const nominal = c.read(bag.diluent.nominalVolume, "volume", [...p, "nominalVolume"]);
    const overfill = c.read(bag.diluent.overfill, "volume", [...p, "overfill"]);
    const withdrawn = c.read(bag.diluent.withdrawn, "volume", [...p, "withdrawn"]);
    if (bag.additiveVolume === "withdraw-equal") {
      c.compare("withdrawn_volume_mismatch", [...p, "withdrawn"], bag.diluent.withdrawn, "volume", drawn, "Diluent withdrawn (equal to the volume added)");
    } else if (bag.additiveVolume === "add") {
      c.compare("withdrawn_volume_mismatch", [...p, "withdrawn"], bag.diluent.withdrawn, "volume", ZERO, "Diluent withdrawn (none when the additive is added)");
    }
    if (nominal === null || overfill === null || withdrawn === null) base = null;
    else {
      base = sub(add(nominal, overfill), withdrawn);
      c.compare("diluent_volume_mismatch", [...p, "volume"], bag.diluent.volume, "volume", base, "Diluent after withdrawal (nominal + overfill - withdrawn)");
    }
  } else if (bag.container.kind === "premix") {
    base = c.read(bag.container.nominalVolume, "volume", ["bag", "container", "nominalVolume"]);
  }
  const finalVolume = base === null ? null : add(base, drawn);
  if (finalVolume !== null) {
    c.compare("final_volume_mismatch", ["bag", "finalVolume"], bag.finalVolume, "volume", finalVolume, "Final volume (nominal + overfill - withdrawn + drawn)");
  }
  const concentrationByAgent = /* @__PURE__ */ new Map();
  bag.concentrations.forEach((entry, i) => {
    const p = ["bag", "concentrations", i, "value"];
    const amount = amountByAgent.get(entry.agent);
    if (amount === void 0) {
      if (bag.container.kind === "premix") {
        const stated2 = c.read(entry.value, "concentration", p);
        if (stated2 !== null) concentrationByAgent.set(entry.agent, stated2);
      } else {
        c.flag("agent_not_in_bag", p, `The bag states a concentration of ${entry.agent}, but no additive of ${entry.agent} was drawn into it.`, entry.value, null);
      }
      return;
    }
    const conc = finalVolume === null ? null : div(amount, finalVolume);
    if (conc === null) return;
    concentrationByAgent.set(entry.agent, conc);
    c.compare("concentration_mismatch", p, entry.value, "concentration", conc, `Concentration of ${entry.agent} (amount / final volume)`);
  });
  for (const agent of amountByAgent.keys()) {
    if (!bag.concentrations.some((e) => e.agent === agent)) {
      c.flag("concentration_missing", ["bag", "concentrations"], `${agent} is drawn into the bag, but the plan states no concentration for it.`, null, null);
    }
  }
  const pump = plan.pump;
  const segments = pump.segments;
  if (segments.length === 0) c.flag("no_segments", ["pump", "segments"], "The pump has no segments: nothing is infused.", null, null);
  let infused = ZERO;
  let duration = ZERO;
  let segmentsReadable = true;
  const totalDose = /* @__PURE__ */ new Map();
  const maxDoseRate = /* @__PURE__ */ new Map();
  segments.forEach((seg, i) => {
    const p = ["pump", "segments", i];
    const rate = c.read(seg.rate, "volume-rate", [...p, "rate"]);
    const time = c.read(seg.duration, "time", [...p, "duration"]);
    if (rate === null || time === null) {
      segmentsReadable = false;
      return;
    }
    const volume = mul(rate, time);
    c.compare("segment_volume_mismatch", [...p, "volume"], seg.volume, "volume", volume, `Volume of segment ${i + 1} (rate x duration)`);
    infused = add(infused, volume);
    duration = add(duration, time);
    for (const [agent, conc] of concentrationByAgent) {
      const j = seg.doses.findIndex((d2) => d2.agent === agent);
      const dose = mul(volume, conc);
      const doseRate = mul(rate, conc);
      totalDose.set(agent, add(totalDose.get(agent) ?? ZERO, dose));
      if (seg.kind !== "loading") {
        const m = maxDoseRate.get(agent);
        if (m === void 0 || doseRate.v.gt(m.v)) maxDoseRate.set(agent, doseRate);
      }
      const d = seg.doses[j];
      if (d === void 0) {
        c.flag("segment_dose_missing", [...p, "doses"], `Segment ${i + 1} gives ${agent} from the bag, but states no dose of it.`, null, null);
        continue;
      }
      c.compare("segment_dose_mismatch", [...p, "doses", j, "amount"], d.amount, "mass", dose, `Dose of ${agent} in segment ${i + 1} (volume x concentration)`);
      c.compare("segment_dose_rate_mismatch", [...p, "doses", j, "doseRate"], d.doseRate, "dose-rate", doseRate, `Dose rate of ${agent} in segment ${i + 1} (rate x concentration)`);
    }
  });
  const last = segments[segments.length - 1];
  if (last !== void 0) {
    const lastRate = c.read(last.rate, "volume-rate", ["pump", "segments", segments.length - 1, "rate"]);
    if (lastRate !== null) c.compare("pump_rate_mismatch", ["pump", "rate"], pump.rate, "volume-rate", lastRate, "Pump rate (the main, last segment's rate)");
  }
  if (segmentsReadable && segments.length > 0) {
    c.compare("volume_to_be_infused_mismatch", ["pump", "volumeToBeInfused"], pump.volumeToBeInfused, "volume", infused, "Volume to be infused (sum of segment rate x duration)");
    c.compare("duration_mismatch", ["pump", "duration"], pump.duration, "time", duration, "Duration (sum of segment durations)");
  }
  if (finalVolume !== null && segmentsReadable && segments.length > 0) {
    if (bag.style === "whole-bag") {
      const gap = infused.v.sub(finalVolume.v).abs();
      const tol = infused.e.add(finalVolume.e).add(STATED_SLACK);
      if (gap.gt(tol)) {
        c.flag(
          "whole_bag_not_infused",
          ["pump", "volumeToBeInfused"],
          `A whole-bag plan infuses the final volume: the segments as set (rate x duration) give ${show(infused.v)} mL, the bag holds ${show(finalVolume.v)} mL (tolerance ${show(tol)} mL).`,
          pump.volumeToBeInfused,
          { value: show(finalVolume.v), unit: "mL" }
        );
      }
      c.compare("residual_volume_mismatch", ["bag", "residualVolume"], bag.residualVolume, "volume", ZERO, "Residual volume of a whole-bag plan");
    } else {
      const residual = sub(finalVolume, infused);
      if (residual.v.add(residual.e).add(STATED_SLACK).lt(0)) {
        c.flag(
          "infused_exceeds_bag",
          ["pump", "volumeToBeInfused"],
          `The segments infuse ${show(infused.v)} mL, more than the ${show(finalVolume.v)} mL in the bag.`,
          pump.volumeToBeInfused,
          { value: show(finalVolume.v), unit: "mL" }
        );
      } else {
        c.compare("residual_volume_mismatch", ["bag", "residualVolume"], bag.residualVolume, "volume", residual, "Residual volume (final - volume infused)");
      }
    }
  }
  const stated = c.read(plan.dosingWeight.value, "weight", ["dosingWeight", "value"]);
  const weight = stated !== null && stated.v.gt(stated.e) ? stated : null;
  if (stated !== null && weight === null) {
    c.flag("dosing_weight_not_positive", ["dosingWeight", "value"], `The dosing weight ${plan.dosingWeight.value.value} ${plan.dosingWeight.value.unit} is not above zero, so no per-kg dose can be checked.`, plan.dosingWeight.value, null);
  }
  plan.agents.forEach((a, i) => {
    const p = ["agents", i, "delivered"];
    const total = totalDose.get(a.agent);
    const rate = maxDoseRate.get(a.agent);
    if (!concentrationByAgent.has(a.agent)) {
      c.flag("agent_missing_from_plan", ["agents", i], `The plan doses ${a.agent}, but the bag holds no stated concentration of it.`, a.delivered.totalDose, null);
      return;
    }
    if (!segmentsReadable) return;
    if (total !== void 0) {
      c.compare("delivered_total_dose_mismatch", [...p, "totalDose"], a.delivered.totalDose, "mass", total, `Delivered total dose of ${a.agent} (sum of segment doses)`);
      const perKg = weight === null ? null : div(total, weight);
      if (perKg !== null) c.compare("delivered_total_dose_per_kg_mismatch", [...p, "totalDosePerKg"], a.delivered.totalDosePerKg, "dose-per-kg", perKg, `Delivered total dose of ${a.agent} per kg of dosing weight`);
    }
    if (rate !== void 0) {
      c.compare("delivered_dose_rate_mismatch", [...p, "doseRate"], a.delivered.doseRate, "dose-rate", rate, `Delivered dose rate of ${a.agent} (highest non-loading segment)`);
      const perKg = weight === null ? null : div(rate, weight);
      if (perKg !== null) c.compare("delivered_dose_rate_per_kg_mismatch", [...p, "doseRatePerKg"], a.delivered.doseRatePerKg, "dose-rate-per-kg", perKg, `Delivered dose rate of ${a.agent} per kg of dosing weight`);
    }
  });
  return c.disagreements.length === 0 ? { ok: true } : { ok: false, disagreements: c.disagreements };
}
export {
  BUILTIN_CATALOGUE,
  CHECK_PLAN_CODES,
  CM_PER_INCH,
  DEFAULT_PUMP_RANGE,
  DOSE_UNIT_CODES,
  EVIDENCE_GRADES,
  FHIR_SUBJECT_PLACEHOLDER,
  KG_PER_LB,
  SEVERITIES,
  SEXES,
  WEIGHT_BASES,
  checkPlan,
  createCalculator,
  formatPlan,
  formatQuantity,
  getProtocol,
  listAgents,
  listProtocols,
  planCombination,
  planCourse,
  planInfusion,
  planNasalSpray,
  toFhir,
  verifyAdministration
};
