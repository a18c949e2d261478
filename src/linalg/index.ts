// linalg's public surface: tensors generic over a Field (exact over Q, numeric over float64/complex), Gaussian
// elimination, characteristic polynomials, einsum, and the dense float64 decompositions.
export { type Field, QField, F64Field, C64Field, type C64, c64, cdiv, csqrt } from "./field.js";
export {
  type Tensor,
  type LinBudget,
  type IndexSpec,
  FREE_BUDGET,
  shapeText,
  sizeOf,
  sameShape,
  build,
  fromRows,
  toRows,
  vector,
  dims2,
  squareSize,
  vecLength,
  map,
  zip,
  reshape,
  flatten,
  strides,
  index,
  concat,
  hcat,
  vcat,
} from "./tensor.js";
export { identity, zeros, ones, diag, transpose, conjTranspose, add, sub, scale, matmul, matpow, kron, trace } from "./matrix.js";
export { det, detBigint, rref, rank, inv, solveSquare, solveGeneral, nullspace, type RrefResult, type GeneralSolution } from "./gauss.js";
export { charpoly } from "./charpoly.js";
export { dot, cross, norm, normSquared, normalize, proj, distance, sum, mean, linspace, rangeQ, type NormKind } from "./vector.js";
export { einsum, parseEinsum } from "./einsum.js";
export {
  type F64Mat,
  f64zeros,
  f64eye,
  f64copy,
  f64FromTensor,
  f64FromRows,
  f64ToTensor,
  f64ToRows,
  f64transpose,
  f64matmul,
  f64matvec,
  f64frobenius,
  f64norm1,
  f64normInf,
} from "./dense.js";
export { type LU, luFactor, luDet, luSolve, luInverse, luUnpack } from "./lu.js";
export { type QR, qr, qrSolve, cholesky } from "./qr.js";
export { type SVD, svd, svdRank, rankTol, cond2, pinv } from "./svd.js";
export { type SymEigen, eigSym } from "./eigen-sym.js";
export { type CMat, type Eigen, eig } from "./eigen.js";
export { type LUResult, type QRResult, luGeneric, choleskyGeneric, qrGeneric, lstsqExact, pinvExact } from "./decompose.js";
export { towerField, matrixNorm, sqrtBallBound } from "./tower-field.js";
