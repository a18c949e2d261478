// Characteristic polynomial det(x I - A) over a Field. Exact fields: Berkowitz's division-free algorithm (on
// integers for rational matrices); numeric fields: Hessenberg reduction and the Hessenberg recurrence (O(n^3)).
// Over Q the coefficients are the rationals algebra's solver takes for exact eigenvalues.
import { Q, type Rational } from "../numbers/index.js";
import { type Field, QField } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET, squareSize } from "./tensor.js";
import { berkowitz } from "./fraction-free.js";

/**
 * Coefficients of det(x I - A), highest degree first: [1, c1, ..., cn] (SymPy's charpoly().all_coeffs()).
 * Exact over exact fields (O(n^4) ring operations, no division); over numeric fields the coefficients are as
 * sensitive as the eigenvalues.
 */
export function charpoly<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): T[] {
  const n = squareSize(a, "charpoly's argument");
  if (n === 0) return [F.one];
  if ((F as Field<unknown>) === QField) return charpolyRational(a as unknown as Tensor<Rational>, n, budget) as unknown as T[];
  if (F.exact) return berkowitz(F, a, n, budget);
  return charpolyHessenberg(F, a, n, budget);
}

/** Rationals: Berkowitz on the integer matrix L A (L the lcm of all denominators), then c_k(A) = c_k(L A) / L^k. */
function charpolyRational(a: Tensor<Rational>, n: number, budget: LinBudget): Rational[] {
  let l = 1n;
  for (const q of a.data) if (q.den !== 1n) l = (l / Q.gcd(l, q.den)) * q.den;
  const scaled: Tensor<Rational> = { shape: a.shape, data: a.data.map((q) => Q.fromInt(q.num * (l / q.den))) };
  const c = berkowitz(QField, scaled, n, budget);
  let pow = 1n;
  return c.map((x, k) => {
    if (k > 0) pow *= l;
    return k === 0 ? x : Q.make(x.num, pow);
  });
}

/** Numeric fields: Hessenberg reduction (O(n^3)) and the Hessenberg determinant recurrence. */
function charpolyHessenberg<T>(F: Field<T>, a: Tensor<T>, n: number, budget: LinBudget): T[] {
  const H: T[][] = [];
  for (let i = 0; i < n; i++) H.push(a.data.slice(i * n, i * n + n) as T[]);
  // Reduce to upper Hessenberg: for each column j, eliminate below the subdiagonal with a similarity transform.
  for (let j = 0; j < n - 2; j++) {
    budget.tick(n * n);
    let p = -1;
    if (F.exact) {
      for (let i = j + 1; i < n; i++) if (!F.isZero(H[i]![j]!)) (p = i), (i = n);
    } else {
      let best = 0;
      for (let i = j + 1; i < n; i++) {
        const m = F.magnitude(H[i]![j]!);
        if (m > best) (best = m), (p = i);
      }
    }
    if (p < 0) continue;
    const q = j + 1;
    if (p !== q) {
      [H[p], H[q]] = [H[q]!, H[p]!];
      for (let i = 0; i < n; i++) [H[i]![p], H[i]![q]] = [H[i]![q]!, H[i]![p]!];
    }
    const piv = H[q]![j]!;
    for (let k = q + 1; k < n; k++) {
      const m = F.div(H[k]![j]!, piv);
      if (F.isZero(m)) continue;
      // Row k -= m * row q; then column q += m * column k (the inverse transform on the right).
      for (let c = 0; c < n; c++) H[k]![c] = F.sub(H[k]![c]!, F.mul(m, H[q]![c]!));
      for (let r = 0; r < n; r++) H[r]![q] = F.add(H[r]![q]!, F.mul(m, H[r]![k]!));
    }
  }
  // p_k(x) = (x - h_kk) p_{k-1}(x) - sum_i h_ik (prod_{m=i+1..k} h_{m,m-1}) p_{i-1}(x), lowest degree first.
  const polys: T[][] = [[F.one]];
  for (let k = 1; k <= n; k++) {
    budget.tick(k * k);
    const prev = polys[k - 1]!;
    const hkk = H[k - 1]![k - 1]!;
    const pk: T[] = Array.from({ length: k + 1 }, (): T => F.zero);
    for (let d = 0; d < prev.length; d++) {
      pk[d + 1] = F.add(pk[d + 1]!, prev[d]!);
      pk[d] = F.sub(pk[d]!, F.mul(hkk, prev[d]!));
    }
    let t = F.one;
    for (let i = k - 2; i >= 0; i--) {
      t = F.mul(t, H[i + 1]![i]!);
      if (F.isZero(t)) break;
      const coef = F.mul(H[i]![k - 1]!, t);
      if (F.isZero(coef)) continue;
      const pi = polys[i]!;
      for (let d = 0; d < pi.length; d++) pk[d] = F.sub(pk[d]!, F.mul(coef, pi[d]!));
    }
    polys.push(pk);
  }
  return polys[n]!.slice().reverse();
}
