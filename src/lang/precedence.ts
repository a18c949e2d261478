// Binding powers of the expression parser, lowest to highest (DESIGN "Language sketch"; the precedence table of
// docs/language.md lists the same levels). Level 12 (prefix signs) is implied: a sign's operand is parsed at POW.
export const EQ = 1, SUBS = 2, CONV = 3, IF = 4, OR = 5, AND = 6, NOT = 7, CMP = 8, RANGE = 9, ADD = 10, MUL = 11, POW = 13;
