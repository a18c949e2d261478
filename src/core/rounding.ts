// Rounding modes, named once with the user-facing names of DESIGN's contract; numbers and formats share them.
export const ROUNDING_MODES = [
  "nearest_even", // to nearest; ties to the even neighbour (IEEE 754 roundTiesToEven, the default)
  "nearest_away", // to nearest; ties away from zero (IEEE 754 roundTiesToAway)
  "toward_zero", // truncate (roundTowardZero)
  "up", // toward +infinity (roundTowardPositive)
  "down", // toward -infinity (roundTowardNegative)
  "odd", // round to odd: truncate, then set the last bit if inexact (no double-rounding error downstream)
  "stochastic", // up with probability equal to the fraction of an ulp beyond the lower neighbour; seeded
] as const;

export type RoundingMode = (typeof ROUNDING_MODES)[number];

export function isRoundingMode(s: string): s is RoundingMode {
  return (ROUNDING_MODES as readonly string[]).includes(s);
}
