// The evaluator's public surface: evaluate a parsed program under an EvalContext, and the registry.
import "./builtins/index.js";
export { evaluateProgram, evaluateNode } from "./evaluate.js";
export { type EvalContext, type Env, newEnv, withBindings } from "./context.js";
export type { Value, TensorValue, FunctionValue, ExpressionValue, FormatSpecValue, FormatNumberValue, QuantizedValue, SolutionsValue } from "./value.js";
export { isNum } from "./value.js";
export { lookupBuiltin, allBuiltins, builtinNames, allNamedValues, type Builtin, type NamedValue } from "./registry.js";
export { isSymbolName } from "./names.js";
export { ready } from "../numbers/index.js";
export { compileProgram } from "./compile.js";
export { roundArray, decodeArray } from "../formats/index.js";
export type { Compiled } from "../algebra/index.js";
