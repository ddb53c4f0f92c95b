/** The input shape of a combination bag (each component is checked by the planner's own door). */
import * as z from 'zod/mini';
import { acknowledgementShape } from './acknowledgement.js';
import { lazySchema } from './lazy.js';

/** A combination-bag request (built on first use). */
export const combinationShape = /* @__PURE__ */ lazySchema(() => {
  const component = z.strictObject({
    protocol: z.string(),
    dose: z.optional(z.unknown()),
    product: z.optional(z.string()),
  });
  return z.strictObject({
    patient: z.unknown(),
    session: z.unknown(),
    components: z.array(component).check(z.minLength(2)),
    preparation: z.optional(
      z.strictObject({
        containerVolume: z.optional(z.unknown()),
        overfill: z.optional(z.unknown()),
        additiveVolume: z.optional(z.unknown()),
        diluent: z.optional(z.string()),
      }),
    ),
    pump: z.optional(z.unknown()),
    acknowledgements: z.optional(z.array(acknowledgementShape.get())),
    careArea: z.optional(z.string()),
    date: z.optional(z.string()),
    history: z.optional(z.unknown()),
  });
});
