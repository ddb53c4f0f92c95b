/** The input shape of the intranasal spray calculator (numbers are read after it, exactly). */
import * as z from 'zod/mini';
import { acknowledgementShape } from './acknowledgement.js';

const quantityShape = z.strictObject({ value: z.unknown(), unit: z.string() });

/** A nasal spray request. */
export const nasalInputShape = z.strictObject({
  concentration: quantityShape,
  actuationVolume: z.optional(quantityShape),
  dose: quantityShape,
  dosesPerDay: z.unknown(),
  bottleVolume: quantityShape,
  maxDailyDose: quantityShape,
  primingActuations: z.optional(z.unknown()),
  acknowledgements: z.optional(z.array(acknowledgementShape)),
});
