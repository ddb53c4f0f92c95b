// Earlier sessions for the history of a request, shared by the tests of windowed limits.

/**
 * A completed Collins 2009 magnesium session on `date` (session 1, no relief recorded) that gave
 * `grams` in all; without `grams` it records only its rate (5 mg/kg/h), so its total is not known.
 */
export const mgSession = (date: string, grams?: string) => ({
  date,
  protocol: 'magnesium-crps-collins-2009',
  session: 1,
  given: grams === undefined ? { rate: { value: 5, unit: 'mg/kg/h' } } : { total: { value: grams, unit: 'g' } },
  reliefPercent: 0,
  completed: true,
});
