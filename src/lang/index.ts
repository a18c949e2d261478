// The language layer: tokenizer, parser, AST. (The lang helper adds tokenize/parse/print exports.)
export type * from "./ast.js";
