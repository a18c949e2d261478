#!/usr/bin/env python3
"""Oracle for ulp's operator precedence: Python's own parser reads random expressions built from the operators
ulp shares with Python (+ - * / // % ** unary - + , comparisons with chaining, not/and/or, calls, parentheses),
and this script prints Python's reading in ulp's fully parenthesised form (`**` -> `^`, `%` -> `mod`,
`a < b < c` -> `((a < b) and (b < c))`, `a or b or c` -> `((a or b) or c)`).

ulp and Python agree on all of these conventions (-2**2 = -4, right-associative **, 2**-1, chained comparisons,
`not` looser than comparisons). One difference is avoided by construction: ulp reads `a % -b` as percent then
minus, so the generator never puts a signed operand right after `%`.

Writes test/data/lang/python-readings.jsonl: {"input": ..., "reading": ...} per line. Deterministic (seeded).
Usage: python3 scripts/oracles/lang_python_readings.py
"""
import ast
import json
import os
import random

rng = random.Random(20261126)
NAMES = ["x", "y", "z", "a", "b", "n", "k2", "w_1"]
NUMBERS = ["0", "1", "2", "7", "10", "42", "0.5", "2.25", "1000"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**"]
CMPOPS = ["==", "!=", "<", "<=", ">", ">="]
SP = ["", " "]


def gen(depth):
    """A random expression string; `depth` bounds the nesting."""
    r = rng.random()
    if depth <= 0 or r < 0.25:
        return rng.choice(NAMES + NUMBERS)
    if r < 0.55:
        op = rng.choice(BINOPS)
        left = gen(depth - 1)
        right = gen(depth - 1)
        if op == "%" and right.lstrip().startswith(("-", "+")):
            right = "(" + right + ")"
        s = rng.choice(SP)
        return left + s + op + s + right
    if r < 0.65:
        return rng.choice(["-", "+"]) + gen(depth - 1)
    if r < 0.75:
        return "(" + gen(depth - 1) + ")"
    if r < 0.83:
        parts = [gen(depth - 1) for _ in range(rng.randint(2, 3))]
        out = parts[0]
        for p in parts[1:]:
            out += " " + rng.choice(CMPOPS) + " " + p
        return out
    if r < 0.90:
        return rng.choice(["not ", ""]) + gen(depth - 1) + " " + rng.choice(["and", "or"]) + " " + gen(depth - 1)
    args = ", ".join(gen(depth - 1) for _ in range(rng.randint(0, 2)))
    return rng.choice(["f", "g"]) + "(" + args + ")"


OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "mod", ast.Pow: "^"}
CMPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}


def reading(node, src):
    """Python's AST printed the way ulp's printNode prints its own AST."""
    if isinstance(node, ast.Expression):
        return reading(node.body, src)
    if isinstance(node, ast.Constant):
        return ast.get_source_segment(src, node)
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.BinOp):
        return "(" + reading(node.left, src) + " " + OPS[type(node.op)] + " " + reading(node.right, src) + ")"
    if isinstance(node, ast.UnaryOp):
        if isinstance(node.op, ast.Not):
            return "(not " + reading(node.operand, src) + ")"
        sign = "-" if isinstance(node.op, ast.USub) else "+"
        return "(" + sign + reading(node.operand, src) + ")"
    if isinstance(node, ast.Compare):
        operands = [node.left] + list(node.comparators)
        links = [
            "(" + reading(operands[i], src) + " " + CMPS[type(op)] + " " + reading(operands[i + 1], src) + ")"
            for i, op in enumerate(node.ops)
        ]
        out = links[0]
        for link in links[1:]:
            out = "(" + out + " and " + link + ")"
        return out
    if isinstance(node, ast.BoolOp):
        word = "and" if isinstance(node.op, ast.And) else "or"
        out = reading(node.values[0], src)
        for v in node.values[1:]:
            out = "(" + out + " " + word + " " + reading(v, src) + ")"
        return out
    if isinstance(node, ast.Call):
        return node.func.id + "(" + ", ".join(reading(a, src) for a in node.args) + ")"
    raise ValueError(ast.dump(node))


def main():
    out_path = os.path.join(os.path.dirname(__file__), "..", "..", "test", "data", "lang", "python-readings.jsonl")
    seen = set()
    rows = []
    while len(rows) < 600:
        src = gen(rng.randint(1, 5))
        if src in seen:
            continue
        seen.add(src)
        try:
            tree = ast.parse(src, mode="eval")
        except SyntaxError:
            continue  # e.g. `1 + not a`: not a reading to compare
        rows.append({"input": src, "reading": reading(tree, src)})
    with open(out_path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} readings to {os.path.normpath(out_path)}")


if __name__ == "__main__":
    main()
