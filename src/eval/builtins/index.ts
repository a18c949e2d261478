// Registers every area's builtins (each file calls defineBuiltins/defineNamedValues when imported).
import "./core.js";
import "./numbers.js";
import "./algebra.js";
import "./linalg.js";
import "./formats.js";
