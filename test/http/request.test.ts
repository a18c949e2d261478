// Request validation and the Origin/Host guard as pure functions: properties over arbitrary JSON (fast-check, fixed
// seed) and the DNS-rebinding cases. Every input is either a job with capped limits or a RequestError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOrigin } from "../../src/http/origin.js";
import { REQUEST_ERRORS, SERVER_CAPS, parseBatch, parseItem } from "../../src/http/request.js";

const SEED = 20261126;

describe("parseItem", () => {
  it("turns any JSON value into a capped job or a RequestError with a known code", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseItem(v);
        if (r.ok) {
          expect(typeof r.value.expr).toBe("string");
          for (const [k, lim] of Object.entries(r.value.limits ?? {})) {
            expect(lim).toBeLessThanOrEqual(SERVER_CAPS[k as keyof typeof SERVER_CAPS]);
          }
        } else {
          expect(r.error.ok).toBe(false);
          expect(Object.keys(REQUEST_ERRORS)).toContain(r.error.error.code);
          expect(r.error.error.message.length).toBeLessThan(300);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("accepts well-formed items and caps every limit", () => {
    const limits = fc.record(
      { timeMs: fc.integer({ min: 1 }), digits: fc.integer({ min: 1 }), elements: fc.integer({ min: 1 }), depth: fc.integer({ min: 1 }), inputLength: fc.integer({ min: 1 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.string(), fc.option(fc.integer({ min: 1, max: 10 ** 9 }), { nil: undefined }), limits, (expr, digits, lim) => {
        const r = parseItem({ expr, digits, limits: lim });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const l = r.value.limits!;
        expect(l.timeMs).toBe(Math.min(lim.timeMs ?? 2000, SERVER_CAPS.timeMs));
        if (digits !== undefined) expect(l.digits).toBe(Math.min(Math.max(digits, lim.digits ?? 0), SERVER_CAPS.digits));
        for (const k of ["elements", "depth", "inputLength"] as const) {
          if (lim[k] !== undefined) expect(l[k]).toBe(Math.min(lim[k], SERVER_CAPS[k]));
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("never reads inherited properties: a __proto__ key is an unknown field", () => {
    const r = parseItem(JSON.parse('{"expr": "1", "__proto__": {"digits": 5}}'));
    expect(r.ok).toBe(false);
    const inherited = Object.create({ expr: "1" }) as object;
    expect(parseItem(inherited)).toMatchObject({ ok: false, error: { error: { code: "missing-field" } } });
  });
});

describe("parseBatch", () => {
  it("keeps order and names the first bad item", () => {
    expect(parseBatch({ items: [{ expr: "a" }, { expr: "b" }] })).toMatchObject({ ok: true, value: [{ expr: "a" }, { expr: "b" }] });
    const r = parseBatch({ items: [{ expr: "a" }, { expr: "b", digits: 0 }, 7] });
    expect(r).toMatchObject({ ok: false, error: { error: { code: "wrong-field-type" } } });
    if (!r.ok) expect(r.error.error.message).toContain("items[1].digits");
    expect(parseBatch({ items: [] })).toMatchObject({ ok: true, value: [] });
  });
});

describe("checkOrigin (DNS rebinding)", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  const local = { boundHost: "127.0.0.1" };
  it("lets non-browser clients and loopback pages through", () => {
    expect(checkOrigin(local, h({ host: "127.0.0.1:8787" }))).toBeNull();
    expect(checkOrigin(local, h({ host: "localhost:8787", origin: "http://localhost:8787" }))).toBeNull();
    expect(checkOrigin(local, h({ host: "[::1]:8787", origin: "http://[::1]:5173" }))).toBeNull();
    expect(checkOrigin(local, h({ host: "127.0.0.1:8787", origin: "http://app.localhost:3000" }))).toBeNull();
  });
  it("refuses foreign origins and rebound host names", () => {
    expect(checkOrigin(local, h({ host: "127.0.0.1:8787", origin: "https://evil.example" }))).toBe("forbidden-origin");
    expect(checkOrigin(local, h({ host: "evil.example:8787", origin: "http://evil.example:8787" }))).toBe("forbidden-host");
    expect(checkOrigin(local, h({ host: "127.0.0.1:8787", origin: "null" }))).toBe("forbidden-origin");
    expect(checkOrigin(local, h({ host: "127.0.0.1:8787", origin: "http://127.0.0.1.evil.example" }))).toBe("forbidden-origin");
    expect(checkOrigin(local, h({ host: "localhost.evil.example" }))).toBe("forbidden-host");
  });
  it("on every interface, accepts same-origin pages under any name but still refuses cross-origin ones", () => {
    const all = { boundHost: "0.0.0.0" };
    expect(checkOrigin(all, h({ host: "calc.lan:8787", origin: "http://calc.lan:8787" }))).toBeNull();
    expect(checkOrigin(all, h({ host: "calc.lan:8787", origin: "http://evil.example" }))).toBe("forbidden-origin");
  });
});
