/**
 * Rules on the made-up bag: what the label says about diluting the product, whole-vial rounding,
 * an unstated overfill, what stays in the container, and rounding that had to go down.
 */
import type { Dec } from '../decimal/index.js';
import type { Agent, Product, Protocol } from '../catalogue/types.js';
import type { ExactDiluent, ExactWholeVials } from '../prepare/exact.js';
import type { Preparation } from '../compounding/prepare.js';
import { amountIn } from '../compounding/prepare.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';
import { mgPer } from '../units/index.js';

/** The label's dilution advice against how the bag is made up. */
export function dilutionChecks(product: Product, prep: Preparation, agent: Agent): Check[] {
  if (product.dilution === 'not-recommended' && prep.diluent) {
    return [
      {
        code: 'product_not_for_dilution',
        rule: `${product.id}.dilution`,
        severity: 'soft',
        passed: false,
        agent: agent.id,
        source: product.source,
        message: `The label does not recommend diluting ${product.name}; choose another strength or acknowledge with a reason.`,
      },
    ];
  }
  if (product.dilution === 'required' && !prep.diluent) {
    return [
      {
        code: 'product_requires_dilution',
        rule: `${product.id}.dilution`,
        severity: 'hard',
        passed: false,
        agent: agent.id,
        source: product.source,
        message: `${product.name} must be diluted before IV use; it cannot be given neat.`,
      },
    ];
  }
  return [];
}

/**
 * Whole-vial rounding judged against the order: refused (hard) when the vials hold twice the order
 * or more, half or less, or cross a limit the order respects; a soft finding beyond the protocol's
 * tolerance (percent of the order, either way); otherwise a note when the amount differs at all.
 * The deviation counted: |prepared - ordered| / ordered x 100. `wholeVials` is the protocol's rule as
 * prepared (its tolerance read once).
 */
export function wholeVialsChecks(wholeVials: ExactWholeVials | undefined, prep: Preparation, product: Product, agent: Agent): Check[] {
  const a = prep.additive;
  if (!wholeVials || !a || a.amountMg.eq(a.orderedMg)) return [];
  const { rule, tolerancePercent: tolerance } = wholeVials;
  const ordered = quantity(a.orderedMg, 'mg');
  const prepared = quantity(a.amountMg, 'mg');
  // The agent's own unit for the message: amount = mg / (mg per unit)
  const say = (mg: Dec) => `${quantity(mg.div(mgPer(agent.massUnit)), agent.massUnit).value} ${agent.massUnit}`;
  // % = (prepared mg - ordered mg) / ordered mg x 100
  const percent = a.amountMg.sub(a.orderedMg).div(a.orderedMg).mul(100);
  const what = `${vialList(a, product)} = ${say(a.amountMg)} for ${say(a.orderedMg)} ordered (${percent.gt(0) ? '+' : ''}${quantity(percent, '%').value}%)`;
  const base = { rule: 'protocol.whole-vials', passed: false, agent: agent.id, observed: prepared } as const;
  const far = a.amountMg.gte(a.orderedMg.mul(2)) || a.amountMg.lte(a.orderedMg.div(2));
  if (far || a.wholeVials?.crossesCeiling === true) {
    const why = far ? 'twice the order or more, or half or less' : 'across a protocol cap or agent limit that the ordered dose respects';
    return [
      {
        ...base,
        code: 'whole_vials_far_from_order',
        severity: 'hard',
        limit: ordered,
        source: rule.source,
        message: `Whole vials cannot come close to the order: ${what}, ${why}. Choose other vial sizes (or let the planner choose among the family's sizes) or change the order.`,
      },
    ];
  }
  if (percent.abs().gt(tolerance)) {
    return [
      {
        ...base,
        code: 'whole_vials_beyond_tolerance',
        severity: 'soft',
        limit: quantity(tolerance, '%'),
        source: rule.tolerance.source,
        message: `Rounding to whole vials changes the dose by more than ${tolerance.toFixed()}%: ${what}. The plan gives what the vials hold; acknowledge with a reason, or change the order or the vial sizes.`,
      },
    ];
  }
  return [
    { ...base, code: 'rounded_to_whole_vials', severity: 'info', limit: ordered, source: rule.source, message: `The dose is rounded to whole vials: ${what}.` },
  ];
}

/** The vials opened, e.g. "1 x Privigen ... 10 g + 1 x Privigen ... 5 g". */
function vialList(a: NonNullable<Preparation['additive']>, product: Product): string {
  const vials = a.wholeVials?.vials ?? [{ product, count: a.containers ?? 0 }];
  return vials.map((v) => `${v.count} x ${v.product.name}`).join(' + ');
}

/** A note that no overfill was given, so none is counted. */
export function overfillNotStatedCheck(): Check {
  return {
    code: 'overfill_not_stated',
    rule: 'preparation.overfill',
    severity: 'info',
    passed: false,
    message:
      'No bag overfill was given, so none is counted: the bag may hold more than its nominal volume. Give preparation.overfill from the manufacturer to include it.',
  };
}

/**
 * A note that rounding went down to stay under a ceiling: an agent's own plan (its additive or pump
 * rate), or, with no agent, a combination bag's shared rate, which moves every agent alike.
 */
export function roundedDownCheck(agent?: Agent): Check {
  return {
    code: 'rounded_down_for_limit',
    rule: 'rounding.ceiling',
    severity: 'info',
    passed: false,
    ...(agent === undefined ? {} : { agent: agent.id }),
    message:
      agent === undefined
        ? "Rounding the shared pump rate to the nearest increment would have crossed an agent's cap or hard limit, or run the bag faster than an agent's or protocol's minimum duration, so it was rounded down instead."
        : 'Rounding to the nearest measurable volume or pump increment would have crossed a protocol cap or hard limit, or run the infusion under a minimum duration, so it was rounded down instead.',
  };
}

/** What stays in the container after the infusion, to discard and record as waste. */
export function residualCheck(residualMl: Dec, prep: Preparation, agent: Agent): Check {
  return {
    code: 'residual_in_container',
    rule: 'preparation.residual',
    severity: 'info',
    passed: false,
    agent: agent.id,
    observed: quantity(residualMl, 'mL'),
    message: `${quantity(residualMl, 'mL').value} mL (${quantity(amountIn(residualMl, prep.concentration), 'mg').value} mg of ${agent.name}) stays in the ${prep.containerKind} after the infusion; discard and record it as waste.`,
  };
}

/**
 * A bag volume the protocol fixes (Schwartzman's 100 mL run at 25 mL/h) against the one the input
 * chose: another volume changes the concentration and the pump rate the source describes, so it
 * needs a reason. Nothing to judge when the input takes the protocol's volume or the protocol gives none.
 * `fixedMl` is the protocol's volume in mL as prepared.
 */
export function containerVolumeCheck(protocol: Protocol, fixedMl: Dec | undefined, chosenMl: Dec | undefined): Check | undefined {
  const fixed = protocol.preparation.containerVolume;
  if (fixed === undefined || fixedMl === undefined || chosenMl === undefined) return undefined;
  const passed = chosenMl.eq(fixedMl);
  return {
    code: 'container_volume_differs_from_protocol',
    rule: 'protocol.preparation.container-volume',
    severity: 'soft',
    passed,
    observed: quantity(chosenMl, 'mL'),
    limit: quantity(fixedMl, 'mL'),
    source: protocol.preparation.source,
    message: passed
      ? `The ${protocol.preparation.containerKind} volume is the protocol's ${fixed} mL.`
      : `The protocol makes the dose up in ${fixed} mL; a ${quantity(chosenMl, 'mL').value} mL ${protocol.preparation.containerKind} changes the concentration and the pump rate it describes. Acknowledge with a reason to proceed.`,
  };
}

/**
 * A product the clinician named that the protocol does not list: the protocol's preparation (and
 * its source) describes its own products only, so another is a deviation to acknowledge.
 */
export function productNotInProtocolCheck(protocol: Protocol, product: Product, agent: Agent): Check | undefined {
  if (protocol.preparation.products.includes(product.id)) return undefined;
  return {
    code: 'product_not_in_protocol',
    rule: 'protocol.preparation.products',
    severity: 'soft',
    passed: false,
    agent: agent.id,
    source: protocol.preparation.source,
    message: `${product.name} is not one of the products ${protocol.id} lists (${protocol.preparation.products.join(', ')}). Choose one of them, or acknowledge with a reason.`,
  };
}

/** A bag volume the clinician chose that the diluent is not stocked in (its `bagVolumes`, read in mL when the protocol was prepared). */
export function containerNotStockedCheck({ diluent, bagVolumesMl }: ExactDiluent, chosenMl: Dec): Check | undefined {
  if (bagVolumesMl.some((v) => v.eq(chosenMl))) return undefined;
  return {
    code: 'container_volume_not_stocked',
    rule: 'preparation.container-volume.stocked',
    severity: 'soft',
    passed: false,
    observed: quantity(chosenMl, 'mL'),
    message: `${diluent.name} is stocked in ${diluent.bagVolumes.join(', ')} mL bags; a ${quantity(chosenMl, 'mL').value} mL bag is not one of them. Check the bag, or acknowledge with a reason.`,
  };
}
