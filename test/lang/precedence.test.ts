// Reading conventions of DESIGN.md: each input and its fully parenthesised reading (printNode).
import { describe, expect, it } from "vitest";
import { parse, printProgram } from "../../src/lang/index.js";

const read = (s: string) => printProgram(parse(s));

const CASES: [string, string][] = [
  // powers, unary minus, factorial
  ["-2^2", "(-(2 ^ 2))"],
  ["2^3^2", "(2 ^ (3 ^ 2))"],
  ["2**3**2", "(2 ^ (3 ^ 2))"],
  ["-3!", "(-(3!))"],
  ["n!!", "(n!!)"],
  ["2^-1", "(2 ^ (-1))"],
  ["2^-x^2", "(2 ^ (-(x ^ 2)))"],
  ["-x^2", "(-(x ^ 2))"],
  ["2^3!", "(2 ^ (3!))"],
  ["-2x", "((-2) * x)"],
  ["2*-3", "(2 * (-3))"],
  ["2--3", "(2 - (-3))"],
  ["A .^ 2", "(A .^ 2)"],
  // implicit multiplication has the precedence of * and /
  ["1/2x", "((1 / 2) * x)"],
  ["6/2(1+2)", "((6 / 2) * (1 + 2))"],
  ["2x^2", "(2 * (x ^ 2))"],
  ["2(3)(4)", "((2 * 3) * 4)"],
  ["(1+2)(3+4)", "((1 + 2) * (3 + 4))"],
  ["(a+b)x", "((a + b) * x)"],
  ["a x", "(a * x)"],
  ["2 x y", "((2 * x) * y)"],
  ["3(4+5)", "(3 * (4 + 5))"],
  ["2pi", "(2 * pi)"],
  ["2π", "(2 * pi)"],
  ["2√3", "(2 * sqrt(3))"],
  ["2[1, 2]", "(2 * [1, 2])"],
  ["a b + c d", "((a * b) + (c * d))"],
  // function application by space
  ["sin 30°", "sin((30°))"],
  ["sqrt 2", "sqrt(2)"],
  ["sin x^2", "sin((x ^ 2))"],
  ["sin 2x", "(sin(2) * x)"],
  ["2 sin x cos x", "((2 * sin(x)) * cos(x))"],
  ["sin cos x", "sin(cos(x))"],
  ["sin2x", "sin2x"],
  ["sin² x", "(sin(x) ^ 2)"],
  ["sin²(x)", "(sin(x) ^ 2)"],
  ["sin^2 x + cos^2 x", "((sin(x) ^ 2) + (cos(x) ^ 2))"],
  ["sin^2(2x)", "(sin((2 * x)) ^ 2)"],
  ["sin^2", "(sin ^ 2)"],
  ["sin^2 + 1", "((sin ^ 2) + 1)"],
  ["f^2(x)", "((f ^ 2) * x)"],
  ["f(x)", "f(x)"],
  ["2x(3)", "(2 * x(3))"],
  ["(a)(b)", "(a * b)"],
  // absolute-value bars
  ["|x|", "abs(x)"],
  ["|x - 1| + |y|", "(abs((x - 1)) + abs(y))"],
  ["||x| - 1|", "abs((abs(x) - 1))"],
  ["|x|^2", "(abs(x) ^ 2)"],
  ["2|x|", "(2 * abs(x))"],
  ["2 |x - 1|", "(2 * abs((x - 1)))"],
  ["|x| |y|", "(abs(x) * abs(y))"],
  ["|x|(1+2)", "(abs(x) * (1 + 2))"],
  ["|a*|b||", "abs((a * abs(b)))"],
  ["|x| | x = -2", "(abs(x) | x = (-2))"],
  ["⌊x⌋", "floor(x)"],
  ["⌈7/2⌉ + 2⌊x/2⌋", "(ceil((7 / 2)) + (2 * floor((x / 2))))"],
  ["⌊x⌋²", "(floor(x) ^ 2)"],
  ["⌊1,234.5⌋", "floor(1234.5)"],
  // percent
  ["50%", "(50%)"],
  ["a + b%", "(a + (b%))"],
  ["a - b%", "(a - (b%))"],
  ["15% of 80", "((15%) of 80)"],
  ["20% of 50 + 10", "(((20%) of 50) + 10)"],
  ["7 % 3", "(7 mod 3)"],
  ["7 % (3)", "(7 mod 3)"],
  ["a % b + 1", "((a mod b) + 1)"],
  ["x% - 3", "((x%) - 3)"],
  ["x%-3", "((x%) - 3)"],
  ["7 % -3", "(7 mod (-3))"],
  ["-7 % -3", "((-7) mod (-3))"],
  ["7 mod 3 rem 2", "((7 mod 3) rem 2)"],
  ["7 // 2", "(7 // 2)"],
  // unicode operators
  ["x × y ÷ z − w", "(((x * y) / z) - w)"],
  ["a ⋅ b · c", "((a * b) * c)"],
  ["a ≤ b", "(a <= b)"],
  ["a ≥ b", "(a >= b)"],
  ["a ≠ b", "(a != b)"],
  ["x²", "(x ^ 2)"],
  ["x³", "(x ^ 3)"],
  ["x⁻¹", "(x ^ (-1))"],
  ["-x²", "(-(x ^ 2))"],
  ["2x²", "(2 * (x ^ 2))"],
  ["√x", "sqrt(x)"],
  ["√(x+1)", "sqrt((x + 1))"],
  ["√-4", "sqrt((-4))"],
  ["√2x", "(sqrt(2) * x)"],
  ["A'", "(A')"],
  ["30°", "(30°)"],
  // comparisons and logic
  ["a < b < c", "((a < b) and (b < c))"],
  ["a == b != c", "((a == b) and (b != c))"],
  ["not a and b", "((not a) and b)"],
  ["not a < b", "(not (a < b))"],
  ["a or b and c", "(a or (b and c))"],
  ["a + 1 < b * 2", "((a + 1) < (b * 2))"],
  // ranges
  ["1..10", "(1 .. 10)"],
  ["1..n+1 by 2", "(1 .. (n + 1) by 2)"],
  ["0..1 by 1/4", "(0 .. 1 by (1 / 4))"],
  // conditionals, conversions, substitution, equations
  ["if x > 0 then 1 else 2", "(if (x > 0) then 1 else 2)"],
  ["if a then b else if c then d else e", "(if a then b else (if c then d else e))"],
  ["if a then 1 else 2 to hex", "((if a then 1 else 2) to hex)"],
  ["0.1 to bf16", "(0.1 to bf16)"],
  ["255 to hex", "(255 to hex)"],
  ["10 km/h to m/s", "(((10 * km) / h) to (m / s))"],
  ["(1/3 + 1/3) in fp16", "(((1 / 3) + (1 / 3)) in fp16)"],
  ["x^2 | x = 2, y = 3", "((x ^ 2) | x = 2, y = 3)"],
  ["x | x = 1 to bf16", "(x | x = (1 to bf16))"],
  ["solve(x^2 = 4, x)", "solve(((x ^ 2) = 4), x)"],
  ["solve(x^2 - 3x + 2 = 0, x)", "solve(((((x ^ 2) - (3 * x)) + 2) = 0), x)"],
  ["a x^2 + b x + c = 0", "((((a * (x ^ 2)) + (b * x)) + c) = 0)"],
  ["y = x^2 | x = 2", "y = ((x ^ 2) | x = 2)"],
  ["f(x, y) = x*y", "f(x, y) = (x * y)"],
  ["x = 5", "x = 5"],
  ["var a, b", "var a, b"],
  // collections
  ["[1, 2, 3]", "[1, 2, 3]"],
  ["[[1,2],[3,4]]", "[[1, 2], [3, 4]]"],
  ["[1, 2; 3, 4]", "[1, 2; 3, 4]"],
  ["[]", "[]"],
  ["A[2, :]", "A[2, :]"],
  ["v[1]", "v[1]"],
  ["A[1][2]", "A[1][2]"],
  ["v[2..3]", "v[(2 .. 3)]"],
  ["f(a; b)", "f(a, b)"],
  ["[1,\n2]", "[1, 2]"],
  // statements
  ["1; 2\n3", "1\n2\n3"],
  ["\n\n1\n\n", "1"],
  ["1 # a comment\n2", "1\n2"],
  ["1 +\n2", "(1 + 2)"],
  ["x = 1 and\ny", "x = (1 and y)"],
  ["1\n+2", "1\n(+2)"],
  ["f(x) =\n  x^2", "f(x) = (x ^ 2)"],
  ["if a then 1\nelse 2", "(if a then 1 else 2)"],
  ["y = |x|\nz = 2", "y = abs(x)\nz = 2"],
  ["n!\nm%\nA'", "(n!)\n(m%)\n(A')"],
  ["if a\nthen 1\nelse 2", "(if a then 1 else 2)"],
  ["sin -x", "sin((-x))"],
  ["sin - x", "(sin - x)"],
  ["sin -30°", "sin((-(30°)))"],
  ["x -y", "(x - y)"],
  ["2^3x", "((2 ^ 3) * x)"],
  ["2e-3", "2e-3"],
  ["2e", "(2 * e)"],
];

describe("reading conventions (fully parenthesised echo)", () => {
  it.each(CASES)("%j reads as %j", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("statements", () => {
  it("assigns or defines only at a bare top-level '='", () => {
    expect(parse("x = 5").statements[0]!.kind).toBe("assign");
    expect(parse("(x) = 5").statements[0]!.kind).toBe("assign");
    expect(parse("f(x) = x").statements[0]!.kind).toBe("define");
    expect(parse("f() = 1").statements[0]!.kind).toBe("define");
    expect(parse("(x = 5)").statements[0]!.kind).toBe("equation");
    expect(parse("f(x + 1) = 3").statements[0]!.kind).toBe("equation");
    expect(parse("2 = x").statements[0]!.kind).toBe("equation");
    expect(parse("[x = 1, y = 2]").statements[0]!.kind).toBe("vector");
  });
});
