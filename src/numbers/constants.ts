// Named exact constants of the tower: pi, e, tau, phi = (1 + sqrt(5))/2 (a radical), i, euler, catalan, and the
// non-finite reals inf and nan (IEEE-style values; exact poles stay DomainErrors).
import * as Q from "./rational.js";
import * as S from "./symbolic.js";
import * as R from "./real.js";
import type { Num } from "./num.js";
import { fromForm, real, I } from "./tower.js";

const BUILD = new Map<string, () => Num>([
  ["pi", () => fromForm(S.constForm("pi"))],
  ["tau", () => fromForm(S.scale(S.constForm("pi"), Q.fromInt(2)))],
  ["e", () => fromForm(S.constForm("e"))],
  ["euler", () => fromForm(S.constForm("euler"))],
  ["catalan", () => fromForm(S.constForm("catalan"))],
  ["phi", () => ({ kind: "radical", a: Q.make(1n, 2n), b: Q.make(1n, 2n), d: 5n })],
  ["i", () => I],
  ["inf", () => real(R.INF)],
  ["nan", () => real(R.NAN)],
]);

const cache = new Map<string, Num>();

/** The constant named `name` (exact except inf and nan), or undefined. */
export function constant(name: string): Num | undefined {
  const hit = cache.get(name);
  if (hit) return hit;
  const f = BUILD.get(name);
  if (!f) return undefined;
  const v = f();
  cache.set(name, v);
  return v;
}

/** Names of every constant, for docs and completion. */
export function constantNames(): string[] {
  return [...BUILD.keys()];
}
