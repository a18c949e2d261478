// PLACEHOLDER owned by the numbers helper: exact forms of irrational numbers (pi/4, cbrt(2), e).
export interface SymForm {
  readonly op: string;
}
