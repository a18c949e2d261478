// The formats layer: number formats as data, exact rounding into them, evaluation in a format, accumulation,
// block quantization, L-Mul and a typed-array fast path. Other layers import only from here.
export type { NumberFormat, FormatValue, Quantized, QuantError, ErrorMeasure, OverflowPolicy, Specials } from "./types.js";
export { CATALOG, lookupFormat, formatNames, customFormat, type CustomOptions } from "./catalog.js";
export { decode, hexOf, fieldsOf, maxOrdinal, ordinalValue, quantum, type Decoded } from "./binary-format.js";
export { roundRational, roundNonFinite, prngDraw, prngStream } from "./round.js";
export { roundToFormat, bitsOf, decodeBits, checkCode, formatValueToNum, makeFormatValue, nextCode, nextValue, ulpAt, dyadicDecimal } from "./format-value.js";
export { roundNum, roundEnclosed, encloseNum, encloseSqrt, isqrt } from "./enclose.js";
export { formatArithmetic, type FormatOps, type FNum } from "./arith.js";
export { roundArray, decodeArray, decodeTable, roundNumber, rationalOfDouble, codeToNumber, type CodeArray, type RoundArrayOptions } from "./typed-array.js";
export { formatInfo, type FormatInfo } from "./info.js";
export { quantize, metrics, log10Q, SCHEME_NAMES, isSchemeName, type QuantizeInput } from "./quantize.js";
export { quantizeMx, quantizeNvfp4, MX_SCHEMES, type QElem, type MxScheme, type MxOptions } from "./mx.js";
export { lmul, lmulOffset, type LmulResult } from "./lmul.js";
export { dotInFormats, sumInFormats, matmulInFormats, type AccumSpec, type AccumResult, type SumOrder } from "./accumulate.js";
