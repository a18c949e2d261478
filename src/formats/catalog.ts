// The catalog of named formats as data (DESIGN "Number formats"), their aliases, and custom formats.
// References: IEEE 754-2019 (binary16/32/64), bfloat16, NVIDIA TF32, OCP 8-bit FP (OFP8) v1.0 (E4M3FN, E5M2),
// OCP Microscaling (MX) v1.0 (FP6 E2M3/E3M2, FP4 E2M1, E8M0), NVFP4 (UE4M3 block scales).
import { domainError } from "../core/index.js";
import type { NumberFormat, Specials } from "./types.js";

function float(
  name: string,
  ebits: number,
  mbits: number,
  specials: Specials,
  aliases: string[],
  signed = true,
): NumberFormat {
  return Object.freeze({
    name,
    kind: "float" as const,
    bits: (signed ? 1 : 0) + ebits + mbits,
    ebits,
    mbits,
    bias: (1 << (ebits - 1)) - 1,
    signed,
    subnormals: true,
    specials,
    aliases: Object.freeze(aliases),
  });
}

function int(bits: number, signed: boolean): NumberFormat {
  const name = `${signed ? "int" : "uint"}${bits}`;
  const aliases = bits === 8 && signed ? ["i8", "int8_t"] : bits === 8 ? ["u8", "uint8_t"] : [];
  return Object.freeze({
    name,
    kind: "int" as const,
    bits,
    ebits: 0,
    mbits: signed ? bits - 1 : bits,
    bias: 0,
    signed,
    subnormals: true,
    specials: "none" as const,
    aliases: Object.freeze(aliases),
  });
}

const E8M0: NumberFormat = Object.freeze({
  name: "e8m0",
  kind: "pow2" as const,
  bits: 8,
  ebits: 8,
  mbits: 0,
  bias: 127,
  signed: false,
  subnormals: false,
  specials: "fn" as const,
  aliases: Object.freeze(["fp8e8m0", "float8_e8m0fnu", "ue8m0", "e8m0fnu"]),
});

/** The named formats, in the order docs/formats.md lists them. */
export const CATALOG: readonly NumberFormat[] = Object.freeze([
  float("fp64", 11, 52, "ieee", ["double", "float64", "binary64", "f64"]),
  float("fp32", 8, 23, "ieee", ["single", "float32", "binary32", "f32"]),
  float("tf32", 8, 10, "ieee", ["tensorfloat32", "e8m10"]),
  float("fp16", 5, 10, "ieee", ["half", "float16", "binary16", "f16", "e5m10"]),
  float("bf16", 8, 7, "ieee", ["bfloat16", "e8m7"]),
  float("fp8e4m3", 4, 3, "fn", ["e4m3", "fp8_e4m3", "float8_e4m3fn", "e4m3fn", "fp8e4m3fn", "fp8"]),
  float("fp8e5m2", 5, 2, "ieee", ["e5m2", "fp8_e5m2", "float8_e5m2"]),
  float("fp6e2m3", 2, 3, "none", ["e2m3", "fp6_e2m3", "float6_e2m3fn"]),
  float("fp6e3m2", 3, 2, "none", ["e3m2", "fp6_e3m2", "float6_e3m2fn"]),
  float("fp4e2m1", 2, 1, "none", ["e2m1", "fp4_e2m1", "float4_e2m1fn", "fp4"]),
  E8M0,
  float("ue4m3", 4, 3, "fn", ["fp8ue4m3"], false),
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]
    .flatMap((b) => [int(b, true), int(b, false)]),
]);

const BY_NAME: ReadonlyMap<string, NumberFormat> = new Map(
  CATALOG.flatMap((f) => [[f.name, f] as const, ...f.aliases.map((a) => [a, f] as const)]),
);

/** The format called `name` (canonical name or alias, case-sensitive as written in docs), if any. */
export function lookupFormat(name: string): NumberFormat | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase());
}

/** Every accepted format name, aliases included (for completion and did-you-mean). */
export function formatNames(): string[] {
  return [...BY_NAME.keys()];
}

export interface CustomOptions {
  /** Exponent bias; default 2^(ebits-1) - 1. */
  readonly bias?: number;
  /** Gradual underflow (default true); false flushes subnormals to zero. */
  readonly subnormals?: boolean;
  /** "ieee" (inf + NaN, default), "fn" (one NaN pattern, no inf) or "none" (all finite). */
  readonly specials?: Specials;
  /** Default true; an unsigned format has no sign bit. */
  readonly signed?: boolean;
}

/**
 * `float(ebits, mbits, ...)`: a custom binary float. 1 <= ebits <= 15, 0 <= mbits <= 236, at most 256 bits, and at
 * least one finite positive value (ieee formats need ebits >= 2). Throws DomainError(out-of-domain) otherwise.
 */
export function customFormat(ebits: number, mbits: number, options: CustomOptions = {}): NumberFormat {
  const specials = options.specials ?? "ieee";
  const signed = options.signed ?? true;
  const bias = options.bias ?? (1 << (ebits - 1)) - 1;
  const ok =
    Number.isInteger(ebits) && ebits >= 1 && ebits <= 15 && Number.isInteger(mbits) && mbits >= 0 && mbits <= 236 &&
    Number.isInteger(bias) && Math.abs(bias) <= 1 << 16 && !(specials === "ieee" && ebits < 2) &&
    !(specials === "fn" && ebits + mbits < 2);
  if (!ok) {
    throw domainError("out-of-domain", `float(${ebits}, ${mbits}) is not a supported format`, {
      notes: ["1 <= ebits <= 15, 0 <= mbits <= 236; inf/NaN encodings need ebits >= 2"],
    });
  }
  const subnormals = options.subnormals ?? true;
  const std = lookupStandard(ebits, mbits, bias, subnormals, specials, signed);
  if (std) return std;
  const opts: string[] = [];
  if (options.bias !== undefined && bias !== (1 << (ebits - 1)) - 1) opts.push(`bias=${bias}`);
  if (!subnormals) opts.push("subnormals=false");
  if (specials !== "ieee") opts.push(`specials=${specials}`);
  if (!signed) opts.push("signed=false");
  return Object.freeze({
    name: `float(${[ebits, mbits, ...opts].join(", ")})`,
    kind: "float" as const,
    bits: (signed ? 1 : 0) + ebits + mbits,
    ebits,
    mbits,
    bias,
    signed,
    subnormals,
    specials,
    aliases: Object.freeze([]),
  });
}

function lookupStandard(
  ebits: number,
  mbits: number,
  bias: number,
  subnormals: boolean,
  specials: Specials,
  signed: boolean,
): NumberFormat | undefined {
  return CATALOG.find(
    (f) =>
      f.kind === "float" && f.ebits === ebits && f.mbits === mbits && f.bias === bias && f.subnormals === subnormals &&
      f.specials === specials && f.signed === signed,
  );
}
