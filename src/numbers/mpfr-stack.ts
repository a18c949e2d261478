// gmp-wasm is linked with emscripten's default 64 KiB stack, placed just above the static data. GMP and MPFR put
// temporaries of up to 64 KiB on the stack (alloca), so some calls at 50 000-150 000 bits (log at 54 000 and
// 90 000-105 000 bits, for one) overflow it, corrupt static data, and trap or loop forever. Fix: export the stack
// pointer global from the module bytes at load time, then point it at the top of a large malloc'd block.
// Reference: WebAssembly binary format, sections 5.5.9 (globals) and 5.5.10 (exports).

/** The name under which the stack pointer (global 0) is exported by the patched module. */
export const SP_EXPORT = "__ulp_stack_pointer";

function readLeb(bytes: Uint8Array, pos: number): [value: number, next: number] {
  let result = 0;
  let shift = 0;
  let b: number;
  do {
    b = bytes[pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [result, pos];
}

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/**
 * The module bytes with global 0 also exported as SP_EXPORT, when global 0 is a defined mutable i32 (emscripten's
 * __stack_pointer) and no global is imported; otherwise the bytes unchanged (then the stack is not relocated).
 */
export function exportStackPointer(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) return bytes;
  let pos = 8;
  let globalOk = false;
  let importsGlobal = false;
  let exportStart = -1;
  let exportEnd = -1;
  let exportBody = -1;
  while (pos < bytes.length) {
    const id = bytes[pos]!;
    const [size, body] = readLeb(bytes, pos + 1);
    if (id === 2) {
      // imports: a global import would shift the global index space
      let [n, p] = readLeb(bytes, body);
      for (; n > 0; n--) {
        let len: number;
        [len, p] = readLeb(bytes, p);
        p += len;
        [len, p] = readLeb(bytes, p);
        p += len;
        const kind = bytes[p++]!;
        if (kind === 0) [, p] = readLeb(bytes, p);
        else if (kind === 3) {
          importsGlobal = true;
          p += 2;
        } else return bytes; // tables/memories imported: an unexpected layout, leave it alone
      }
    } else if (id === 6) {
      const [n, p] = readLeb(bytes, body);
      globalOk = n >= 1 && bytes[p] === 0x7f && bytes[p + 1] === 1;
    } else if (id === 7) {
      exportStart = pos;
      exportBody = body;
      exportEnd = body + size;
    }
    pos = body + size;
  }
  if (!globalOk || importsGlobal || exportStart < 0) return bytes;
  const [count, entries] = readLeb(bytes, exportBody);
  const name = [...new TextEncoder().encode(SP_EXPORT)];
  const entry = [...leb(name.length), ...name, 3, 0];
  const content = [...leb(count + 1), ...bytes.subarray(entries, exportEnd), ...entry];
  const section = [7, ...leb(content.length), ...content];
  const out = new Uint8Array(bytes.length - (exportEnd - exportStart) + section.length);
  out.set(bytes.subarray(0, exportStart), 0);
  out.set(section, exportStart);
  out.set(bytes.subarray(exportEnd), exportStart + section.length);
  return out;
}
