// Expression history kept in localStorage (survives a reload): most recent first, no duplicates, at most 50.
const KEY = "ulp.history";
const MAX = 50;

export function loadHistory(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string").slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function pushHistory(expr: string): string[] {
  const list = [expr, ...loadHistory().filter((e) => e !== expr)].slice(0, MAX);
  localStorage.setItem(KEY, JSON.stringify(list));
  return list;
}

export function clearHistory(): void {
  localStorage.removeItem(KEY);
}
