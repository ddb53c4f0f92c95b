// The browser demo's script: plain ES module, no framework, no build step. It imports the library's
// ESM build; index.html's import map resolves decimal.js and zod/mini. Type-checked by the project's
// tsconfig (checkJs) against dist/index.d.ts, so `npm run build` must have run first.
import { DOSE_UNIT_CODES, PATIENT_RISKS, formatPlan, formatQuantity, listAgents, listProtocols, planInfusion } from '../../dist/index.js';

/** @typedef {import('../../dist/index.js').Protocol} Protocol */
/** @typedef {import('../../dist/index.js').DoseParameter} DoseParameter */
/** @typedef {import('../../dist/index.js').Plan} Plan */
/** @typedef {import('../../dist/index.js').Check} Check */
/** @typedef {import('../../dist/index.js').Issue} Issue */
/** @typedef {{ readonly value: string, readonly unit: string }} Quantity */

/**
 * The element with this id, of this class (fails loudly if the page and the script disagree).
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T, prototype: T }} type
 * @returns {T}
 */
function byId(id, type) {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
  return el;
}

const form = byId('plan-form', HTMLFormElement);
const protocolSelect = byId('protocol', HTMLSelectElement);
const protocolInfo = byId('protocol-info', HTMLParagraphElement);
const session = byId('session', HTMLInputElement);
const weight = byId('weight', HTMLInputElement);
const weightUnit = byId('weight-unit', HTMLSelectElement);
const bodySize = byId('body-size', HTMLDivElement);
const height = byId('height', HTMLInputElement);
const heightUnit = byId('height-unit', HTMLSelectElement);
const sex = byId('sex', HTMLSelectElement);
const renal = byId('renal', HTMLDivElement);
const age = byId('age', HTMLInputElement);
const creatinine = byId('creatinine', HTMLInputElement);
const creatinineUnit = byId('creatinine-unit', HTMLSelectElement);
const patientHint = byId('patient-hint', HTMLParagraphElement);
const doseRate = byId('dose-rate', HTMLInputElement);
const doseRateUnit = byId('dose-rate-unit', HTMLSelectElement);
const doseTotal = byId('dose-total', HTMLInputElement);
const doseTotalUnit = byId('dose-total-unit', HTMLSelectElement);
const duration = byId('duration', HTMLInputElement);
const durationUnit = byId('duration-unit', HTMLSelectElement);
const bagVolume = byId('bag-volume', HTMLInputElement);
const doseHint = byId('dose-hint', HTMLParagraphElement);
const resultSection = byId('result', HTMLElement);
const status = byId('status', HTMLParagraphElement);
const issuesBlock = byId('issues-block', HTMLDivElement);
const issuesList = byId('issues', HTMLUListElement);
const planBlock = byId('plan-block', HTMLDivElement);
const summary = byId('summary', HTMLDListElement);
const checksCaption = byId('checks-caption', HTMLTableCaptionElement);
const checksBody = byId('checks', HTMLTableElement).tBodies[0];
const planText = byId('plan-text', HTMLPreElement);
const risksBox = byId('risks', HTMLDivElement);
const acksBlock = byId('acks-block', HTMLFieldSetElement);
const acksBox = byId('acks', HTMLDivElement);

const protocols = listProtocols();
const agents = listAgents();

/**
 * A quantity as a person reads it (ISMP: mcg, never ug; a leading zero; no trailing zero), a leading
 * mass in the agent's display unit when one is given (dexmedetomidine's 0.004 mg/mL reads 4 mcg/mL).
 * @param {Quantity} x
 * @param {'g' | 'mg' | 'ug'} [massUnit]
 */
const q = (x, massUnit) => {
  const r = formatQuantity(x, massUnit === undefined ? undefined : { massUnit });
  return r.ok ? r.text : `${x.value} ${x.unit}`;
};

/**
 * A UCUM unit code as shown in a menu: `ug` is the code the library reads, `mcg` what a person reads.
 * @param {string} code
 */
const unitLabel = (code) => code.replace(/(^|\/)ug(?=\/|$)/g, '$1mcg');

/**
 * A new element with text.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, text) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

// Protocols, grouped by agent.
for (const agent of agents) {
  const own = protocols.filter((p) => p.agent === agent.id);
  if (own.length === 0) continue;
  const group = el('optgroup');
  group.label = agent.name;
  for (const p of own) {
    const option = el('option', `${p.name} [${p.id}]`);
    option.value = p.id;
    group.append(option);
  }
  protocolSelect.append(group);
}
for (const select of [doseRateUnit, doseTotalUnit]) {
  for (const code of DOSE_UNIT_CODES) {
    // The option's value stays the UCUM code the library reads (`ug/kg/h`); its text says mcg/kg/h.
    const option = el('option', unitLabel(code));
    option.value = code;
    select.append(option);
  }
}
for (const risk of PATIENT_RISKS) {
  const label = el('label');
  const box = el('input');
  box.type = 'checkbox';
  box.name = 'risk';
  box.value = risk;
  label.append(box, risk.replace(/-/g, ' '));
  risksBox.append(label);
}

/** @returns {Protocol | undefined} */
function selectedProtocol() {
  return protocols.find((p) => p.id === protocolSelect.value);
}

/**
 * "0.35 mg/kg/h", "0.1 to 0.75 mg/kg (usual 0.5)", "clinician's choice (mg/kg/h)".
 * @param {DoseParameter | undefined} d
 */
function describeParameter(d) {
  if (d === undefined) return 'not used';
  const parts = [];
  if (d.value !== undefined) parts.push(`${d.value} ${d.unit}`);
  if (d.min !== undefined || d.max !== undefined) {
    const range =
      d.min !== undefined && d.max !== undefined
        ? `${d.min} to ${d.max} ${d.unit}`
        : d.min !== undefined
          ? `at least ${d.min} ${d.unit}`
          : `at most ${d.max} ${d.unit}`;
    parts.push(d.value === undefined ? range : `(${range})`);
  }
  if (parts.length === 0) return `clinician's choice (${d.unit})`;
  return parts.join(' ');
}

/** Shows the selected protocol's numbers and the patient fields it needs. */
function onProtocolChange() {
  const p = selectedProtocol();
  if (p === undefined) return;
  protocolInfo.textContent = `${p.indication}. Source: ${p.source.citation} [${p.source.grade}].`;

  const basis = p.weight?.basis ?? agents.find((a) => a.id === p.agent)?.weight.basis ?? 'actual';
  const needsBodySize = basis !== 'actual';
  const needsRenal = p.clearanceBands !== undefined;
  bodySize.hidden = !needsBodySize;
  renal.hidden = !needsRenal;
  const needs = [];
  if (needsBodySize) needs.push(`height and sex (doses by ${basis} body weight)`);
  if (needsRenal) needs.push('age, sex, height and serum creatinine (dose or eligibility by creatinine clearance)');
  if (needsRenal) bodySize.hidden = false;
  patientHint.textContent = needs.length > 0 ? `This protocol needs ${needs.join('; ')}.` : '';

  // Unit selects follow the protocol's own units, else the agent's mass unit.
  const mass = agents.find((a) => a.id === p.agent)?.massUnit ?? 'mg';
  doseRateUnit.value = p.rate?.unit ?? `${mass}/kg/h`;
  doseTotalUnit.value = p.total?.unit ?? mass;
  if (p.duration) durationUnit.value = p.duration.unit === 'min' ? 'min' : 'h';
  const bag = p.preparation.containerVolume;
  doseHint.textContent =
    `Protocol (${p.regimen}): rate ${describeParameter(p.rate)}; total ${describeParameter(p.total)}; ` +
    `duration ${describeParameter(p.duration)}; ${p.preparation.containerKind} ` +
    `${bag !== undefined ? `${bag} mL` : "volume: clinician's choice"}.`;
}

/**
 * The text of an input, trimmed; `undefined` when empty. Numbers are passed on as typed, as strings:
 * the library, not the page, decides what is a valid decimal ("1e3" is refused with a coded issue).
 * @param {HTMLInputElement} input
 */
function text(input) {
  const t = input.value.trim();
  return t === '' ? undefined : t;
}

/** The plan request from the form. */
function readForm() {
  /** @type {Record<string, unknown>} */
  const patient = { weight: { value: weight.value.trim(), unit: weightUnit.value } };
  if (!bodySize.hidden) {
    const h = text(height);
    if (h !== undefined) patient['height'] = { value: h, unit: heightUnit.value };
    if (sex.value !== '') patient['sex'] = sex.value;
  }
  if (!renal.hidden) {
    const a = text(age);
    const c = text(creatinine);
    if (a !== undefined) patient['ageYears'] = a;
    if (c !== undefined) patient['creatinine'] = { value: c, unit: creatinineUnit.value };
  }

  /** @type {Record<string, unknown>} */
  const input = { patient, protocol: protocolSelect.value };
  const s = session.value.trim();
  // The library takes a whole number; anything else goes through as typed so it is refused with a code.
  if (s !== '') input['session'] = /^[0-9]+$/.test(s) ? Number(s) : s;

  /** @type {Record<string, unknown>} */
  const dose = {};
  const rate = text(doseRate);
  const total = text(doseTotal);
  const dur = text(duration);
  if (rate !== undefined) dose['rate'] = { value: rate, unit: doseRateUnit.value };
  if (total !== undefined) dose['total'] = { value: total, unit: doseTotalUnit.value };
  if (dur !== undefined) dose['duration'] = { value: dur, unit: durationUnit.value };
  if (Object.keys(dose).length > 0) input['dose'] = dose;

  const bag = text(bagVolume);
  if (bag !== undefined) input['preparation'] = { containerVolume: { value: bag, unit: 'mL' } };

  const risks = Array.from(risksBox.querySelectorAll('input[name="risk"]:checked')).map((b) => /** @type {HTMLInputElement} */ (b).value);
  if (risks.length > 0) patient['risks'] = risks;
  // Only a finding given a reason is acknowledged; an empty reason acknowledges nothing.
  const acknowledgements = Array.from(acksBox.querySelectorAll('input[data-code]'))
    .map((i) => /** @type {HTMLInputElement} */ (i))
    .filter((i) => i.value.trim() !== '')
    .map((i) => ({ code: i.dataset['code'] ?? '', reason: i.value.trim() }));
  if (acknowledgements.length > 0) input['acknowledgements'] = acknowledgements;
  return input;
}

/**
 * One reason box per soft finding of the plan (acknowledged or open), keeping reasons already typed.
 * @param {readonly Check[]} checks
 */
function showAcknowledgements(checks) {
  /** @type {Map<string, string>} */
  const typed = new Map(
    Array.from(acksBox.querySelectorAll('input[data-code]')).map((i) => [
      /** @type {HTMLInputElement} */ (i).dataset['code'] ?? '',
      /** @type {HTMLInputElement} */ (i).value,
    ]),
  );
  const soft = checks.filter((c) => !c.passed && c.severity === 'soft');
  const codes = [...new Set(soft.map((c) => c.code))];
  acksBox.replaceChildren(
    ...codes.map((code, n) => {
      const row = el('div');
      row.className = 'ack';
      const input = el('input');
      input.type = 'text';
      input.id = `ack-${n}`;
      input.dataset['code'] = code;
      input.autocomplete = 'off';
      input.value = typed.get(code) ?? '';
      const label = el('label', `Reason to acknowledge ${code}`);
      label.htmlFor = input.id;
      const message = el('span', soft.find((c) => c.code === code)?.message ?? '');
      message.className = 'hint';
      row.append(label, message, input);
      return row;
    }),
  );
  acksBlock.hidden = codes.length === 0;
}

/**
 * @param {string} term
 * @param {string} value
 * @param {string} [testId]
 */
function addSummary(term, value, testId) {
  const dd = el('dd', value);
  if (testId !== undefined) dd.dataset['testid'] = testId;
  summary.append(el('dt', term), dd);
}

/** @param {Plan} plan */
function showPlan(plan) {
  status.dataset['status'] = plan.status;
  status.textContent = plan.status === 'ready' ? 'Status: ready' : 'Status: needs-acknowledgement (a soft finding is open)';

  summary.replaceChildren();
  addSummary('Protocol', `${plan.protocol.name} (session ${plan.session.number} of ${plan.session.of})`);
  addSummary('Dosing weight', `${q(plan.dosingWeight.value)} (${plan.dosingWeight.basis})`);
  // Each agent's masses in its one display unit (mcg for dexmedetomidine and clonidine, g for magnesium).
  const units = new Map(plan.agents.map((a) => [a.agent, a.displayUnit]));
  /** @param {string | undefined} agent */
  const unitOf = (agent) => (agent !== undefined ? units.get(agent) : plan.agents.length === 1 ? plan.agents[0]?.displayUnit : undefined);
  for (const a of plan.agents) {
    addSummary(a.name, `dose rate ${q(a.doseRate, a.displayUnit)}; total ${q(a.totalDose, a.displayUnit)}`);
  }
  addSummary('Bag', `${q(plan.bag.finalVolume)} final volume (${plan.bag.container.kind})`);
  for (const c of plan.bag.concentrations) addSummary(`Concentration (${c.agent})`, q(c.value, unitOf(c.agent)));
  // Every segment in order: a two-rate plan is not headlined by its last rate.
  const segments = plan.pump.segments.map((s) => `${q(s.rate)} for ${q(s.duration)}`);
  if (segments.length > 1) addSummary('Pump program', segments.join(', then '), 'pump-program');
  else addSummary('Pump rate', q(plan.pump.rate), 'pump-rate');
  addSummary('Volume to be infused', q(plan.pump.volumeToBeInfused));
  addSummary('Duration', q(plan.pump.duration));

  const failed = plan.checks.filter((c) => !c.passed).length;
  checksCaption.textContent = `${plan.checks.length} checks evaluated, ${plan.checks.length - failed} passed.`;
  checksBody?.replaceChildren(
    ...plan.checks.map((c) => {
      const tr = el('tr');
      if (!c.passed && c.severity !== 'info') tr.className = `failed-${c.severity}`;
      const cells = [
        ['Severity', c.severity],
        // A failed info check is a note, not a problem; a failed soft one needs an acknowledgement.
        ['Result', c.passed ? 'passed' : c.severity === 'info' ? 'note' : c.acknowledgement ? `acknowledged: ${c.acknowledgement.reason}` : 'failed'],
        ['Code', c.code],
        ['Rule', c.rule],
        ['Observed', c.observed ? q(c.observed, unitOf(c.agent)) : ''],
        ['Limit', c.limit ? q(c.limit, unitOf(c.agent)) : ''],
        ['Message', c.message],
      ];
      tr.append(
        ...cells.map(([label, value]) => {
          const td = el('td', value);
          td.dataset['label'] = label;
          return td;
        }),
      );
      return tr;
    }),
  );
  const text = formatPlan(plan);
  planText.textContent = typeof text === 'string' ? text : text.issues.map((i) => `${i.code}: ${i.message}`).join('\n');
  planBlock.hidden = false;
}

/** @param {readonly Issue[]} issues */
function showIssues(issues) {
  status.dataset['status'] = 'refused';
  status.textContent = `Refused: ${issues.length} issue${issues.length === 1 ? '' : 's'}`;
  issuesList.replaceChildren(
    ...issues.map((issue) => {
      const li = el('li');
      li.className = 'issue';
      const where = issue.path.length > 0 ? issue.path.join('.') : '(input)';
      li.append(el('code', issue.code), ` at ${where}: ${issue.message}`);
      if (issue.received !== undefined) li.append(` (received ${issue.received})`);
      return li;
    }),
  );
  issuesBlock.hidden = false;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  issuesBlock.hidden = true;
  planBlock.hidden = true;
  // The form's values are read by the library's door, which refuses what is not a plan request.
  const result = planInfusion(/** @type {import('infusion-dose').PlanRequest} */ (/** @type {unknown} */ (readForm())));
  if (result.ok) showPlan(result.plan);
  else showIssues(result.issues);
  // A refused request keeps the reasons typed so far; a plan shows a box for each of its soft findings.
  if (result.ok) showAcknowledgements(result.plan.checks);
  resultSection.hidden = false;
});
protocolSelect.addEventListener('change', onProtocolChange);
onProtocolChange();
document.body.dataset['ready'] = 'true';
