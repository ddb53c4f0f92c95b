/** The input shape of the intranasal spray calculator (numbers are read after it, exactly). */
import * as z from 'zod/mini';
import { acknowledgementShape } from './acknowledgement.js';
import { lazySchema } from './lazy.js';

/** A nasal spray request (built on first use). */
export const nasalInputShape = /* @__PURE__ */ lazySchema(() => {
  const quantityShape = z.strictObject({ value: z.unknown(), unit: z.string() });
  return z.strictObject({
    concentration: quantityShape,
    actuationVolume: z.optional(quantityShape),
    dose: quantityShape,
    dosesPerDay: z.unknown(),
    bottleVolume: quantityShape,
    maxDailyDose: quantityShape,
    primingActuations: z.optional(z.unknown()),
    acknowledgements: z.optional(z.array(acknowledgementShape.get())),
  });
});
