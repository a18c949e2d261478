// The language layer: tokenizer, parser, printer and the AST types (grammar: the header of parse.ts).
export type * from "./ast.js";
export type { Token, TokenKind } from "./token.js";
export { tokenize } from "./tokenize.js";
export { parse, type ParseOptions } from "./parse.js";
export { printNode, printProgram } from "./print.js";
export { isKnownFunction } from "./known-functions.js";
export { children, walk, leftChain, ADDITIVE_OPS, MULTIPLICATIVE_OPS } from "./walk.js";
