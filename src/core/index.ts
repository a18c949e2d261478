// The leaf shared by every layer: spans, errors, limits and budgets, rounding-mode names.
export { type Span, cover } from "./span.js";
export {
  UlpError,
  ERROR_CODES,
  type ErrorCode,
  type ErrorKind,
  type ErrorJSON,
  type ErrorInit,
  type Label,
  syntaxError,
  nameError,
  typeError,
  domainError,
  dimensionError,
  internalError,
} from "./errors.js";
export { type Limits, DEFAULT_LIMITS, Budget, limitError, resolveLimits } from "./limits.js";
export { ROUNDING_MODES, type RoundingMode, isRoundingMode } from "./rounding.js";
