// The human display of a Result for terminals (REPL, and one-shot output on a TTY): the one-line `text`, plus
// what a person wants beside it: the decimal of an exact value, or for a format value its bits by field, the
// stored value as a fraction, its errors and its neighbours. Works on the JSON contract alone, so the CLI can
// lay out results that come from a worker thread.

type Json = { [k: string]: unknown };

/** Exact texts longer than this are summarized in the human display (the Result keeps them whole). */
const LONG_EXACT = 200;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): string => (v && typeof v === "object" ? str((v as Json)["decimal"]) || str((v as Json)["exact"]) : "-");

export function displayText(value: Json, text: string): string {
  const type = str(value["type"]);
  if (type === "format_value") return formatValueLines(value).join("\n");
  if ((type === "rational" || type === "radical" || type === "symbolic") && typeof value["decimal"] === "string") {
    const decimal = value["decimal"];
    const sign = value["decimal_is_exact"] ? "=" : "≈";
    // A fraction thousands of digits long says less to a person than its decimal: lead with the decimal.
    if (type === "rational" && text.length > LONG_EXACT) {
      const [num, den] = text.split("/");
      return `${sign} ${decimal}  (exact: a fraction of ${num!.replace("-", "").length} and ${den?.length ?? 0} digits, kept exactly)`;
    }
    if (decimal !== text) return `${text}  ${sign} ${decimal}`;
  }
  return text;
}

function formatValueLines(v: Json): string[] {
  const fields = (v["fields"] ?? {}) as Json;
  const bits = [str(fields["sign"]), str(fields["exponent"]), str(fields["mantissa"])].filter((s) => s !== "").join(" | ");
  const stored = (v["value"] ?? {}) as Json;
  const exact = str(stored["exact"]);
  const decimal = str(v["exact_decimal"]) || str(stored["decimal"]);
  const lines = [
    `${str(v["format"])} ${str(v["bits"])}   ${bits}`,
    `stored   ${decimal}${exact && exact !== decimal && exact.includes("/") ? ` = ${exact}` : ""}`,
  ];
  if (v["abs_error"]) {
    lines.push(`error    ${num(v["abs_error"])} abs, ${num(v["rel_error"])} rel, ${num(v["ulps"])} ulp`);
  }
  const nb = v["neighbours"];
  if (Array.isArray(nb)) {
    const side = (x: unknown) => (x && typeof x === "object" ? str((x as Json)["exact_decimal"]) : "-");
    lines.push(`between  ${side(nb[0])} and ${side(nb[1])}`);
  }
  return lines;
}
