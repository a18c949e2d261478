// PLACEHOLDER owned by the numbers helper: lazy reals evaluated through MPFR (gmp-wasm) with error bounds.
export interface RealNode {
  readonly op: string;
}
