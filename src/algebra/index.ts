// Public surface of algebra: inert symbolic expressions (expr.ts), printing, closed evaluation, and (in the
// files named here) simplify, diff, polynomials over Q, solve and compile.
export type { Expr, NumLeaf, SymLeaf, AddNode, MulNode, PowNode, CallNode, EqNode } from "./expr.js";
export {
  exprNum,
  exprSymbol,
  exprBinary,
  exprNeg,
  exprCall,
  exprEquation,
  exprAdd,
  exprMul,
  exprPow,
  exprEquals,
  freeSymbols,
  substitute,
} from "./expr.js";
export { exprToText, exprToLatex, type PrintOptions } from "./print.js";
export { evaluateClosed } from "./closed.js";
export type { Solutions, SolutionElement } from "./solutions.js";
export { simplifyExpr, expandExpr, collectExpr, coefficientsIn } from "./mpoly.js";
export { diffExpr, taylorExpr, differentiableFunctions } from "./diff.js";
export { factorQ, type QFactorization } from "./factor.js";
export { factorExpr, polyDegree, polyCoeffs } from "./factor-expr.js";
export { certifiedRoots, type RootBall } from "./roots.js";
export { solveEquations, nsolveEquations, asZeroForm } from "./solve/index.js";
export { compileExpr, type Compiled } from "./compile.js";
