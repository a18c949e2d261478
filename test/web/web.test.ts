// The web calculator in a real browser: Debian's chromium driven by playwright-core against `ulp serve`'s page
// (web/dist, rebuilt when stale). Types expressions and checks the KaTeX result, the error underline, the plot
// canvas, the format explorer, history across a reload and #expr= links; screenshots go to test-results/.
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "web/dist");
const SHOTS = join(ROOT, "test-results");
const hasChromium = existsSync(CHROMIUM);

function newest(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    t = Math.max(t, f.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds web/dist when it is missing or older than the page or engine sources (CI builds it in `npm ci`). */
async function ensureBuilt(): Promise<void> {
  const index = join(DIST, "index.html");
  const sources = Math.max(newest(join(ROOT, "web/src")), statSync(join(ROOT, "web/index.html")).mtimeMs, newest(join(ROOT, "src")));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "web/vite.config.ts"), logLevel: "error" });
}

describe.skipIf(!hasChromium)("web calculator (chromium)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    const { startServer } = await import("../../src/http/index.js");
    server = await startServer({ port: 0, workers: 1, webRoot: DIST });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function typeExpr(expr: string): Promise<void> {
    const input = page.locator("#expr");
    await input.fill("");
    await input.pressSequentially(expr, { delay: 5 });
  }

  it("shows an exact result rendered with KaTeX while typing", async () => {
    await typeExpr("1/3 + 1/6");
    await expect.poll(() => page.locator("#result .text").textContent(), { timeout: 20_000 }).toBe("1/2");
    expect(await page.locator("#result .katex .mfrac").count()).toBeGreaterThan(0);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#expr=1/3 + 1/6");
    await typeExpr("sqrt(8)");
    await expect.poll(() => page.locator("#result .text").textContent()).toBe("2*sqrt(2)");
    expect(await page.locator("#result .decimal").textContent()).toMatch(/^≈ 2\.8284271247461900976033774484193/);
    await page.screenshot({ path: join(SHOTS, "web-result.png") });
  });

  it("underlines an error at its span", async () => {
    await typeExpr("1 + )");
    await expect.poll(() => page.locator("#overlay .err-span").textContent(), { timeout: 10_000 }).toBe(")");
    expect(await page.locator("#error").textContent()).toMatch(/SyntaxError/);
    await page.screenshot({ path: join(SHOTS, "web-error.png") });
    // Spans count UTF-16 code units: after an astral 𝜋 (two units) the underline still lands on the ')'.
    await typeExpr("𝜋 + )");
    await expect.poll(() => page.locator("#overlay .err-span").textContent(), { timeout: 10_000 }).toBe(")");
  });

  it("plots an expression in one free variable", async () => {
    await typeExpr("sin(x)/x");
    await expect.poll(() => page.locator("#plot-card").isVisible(), { timeout: 20_000 }).toBe(true);
    const canvas = page.locator("#plot canvas");
    await expect.poll(() => canvas.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The curve was drawn: the canvas holds non-transparent pixels.
    const painted = await canvas.first().evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(100);
    await page.screenshot({ path: join(SHOTS, "web-plot.png"), fullPage: true });
    // Drag across the middle third to zoom: the plot resamples a narrower x range.
    expect(await page.locator("#plot").getAttribute("data-range")).toBe("-10,10");
    const box = (await page.locator("#plot .u-over").boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + (2 * box.width) / 3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await page.locator("#plot").getAttribute("data-range"))?.split(",").map(Number), { timeout: 10_000 })
      .toSatisfy((r: number[] | undefined) => !!r && r[0]! > -5 && r[1]! < 5 && r[0]! < r[1]!);
    await page.locator("#plot .u-over").dblclick();
    await expect.poll(() => page.locator("#plot").getAttribute("data-range"), { timeout: 10_000 }).toBe("-10,10");
  });

  it("explores a value's bits in a format and updates when the format changes", async () => {
    await page.locator("#fx-value").fill("0.1");
    await page.locator("#fx-format").selectOption("bf16");
    await expect.poll(() => page.locator("#fx-bits .bit").count(), { timeout: 20_000 }).toBe(16);
    expect(await page.locator("#fx-bits .bit.sign").count()).toBe(1);
    expect(await page.locator("#fx-bits .bit.exponent").count()).toBe(8);
    expect(await page.locator("#fx-bits .bit.mantissa").count()).toBe(7);
    expect((await page.locator("#fx-bits .bit").allTextContents()).join("")).toBe("0011110111001101"); // 0x3dcd
    expect(await page.locator("#fx-info .fx-absolute-error").textContent()).toBeTruthy();
    await page.locator("#fx-format").selectOption("fp8e4m3");
    await expect.poll(() => page.locator("#fx-bits .bit").count(), { timeout: 20_000 }).toBe(8);
    await page.locator("#fx-format").selectOption("fp16");
    await expect.poll(() => page.locator("#fx-info .fx-bits").textContent(), { timeout: 20_000 }).toMatch(/2e66/i);
    // Clicking the sign bit flips it; clicking a neighbour steps to it.
    await page.locator("#fx-bits .bit.sign").click();
    await expect.poll(() => page.locator("#fx-info .fx-bits").textContent(), { timeout: 20_000 }).toBe("0xae66");
    expect(await page.locator("#fx-value").inputValue()).toBe("frombits(0xae66, fp16)");
    await page.locator("#fx-info .fx-neighbour-above").click();
    await expect.poll(() => page.locator("#fx-info .fx-bits").textContent(), { timeout: 20_000 }).toBe("0xae65");
  });

  it("keeps history across a reload and reuses an entry on click", async () => {
    await typeExpr("2^64");
    await page.locator("#expr").press("Enter");
    await page.reload();
    const first = page.locator("#history li button").first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe("2^64");
    await first.click();
    await expect.poll(() => page.locator("#result .text").textContent(), { timeout: 20_000 }).toBe("18446744073709551616");
    // Keyboard: "/" focuses the input from anywhere, ↑ recalls the latest history entry.
    await page.locator("#expr").fill("");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("expr");
    await page.keyboard.press("ArrowUp");
    expect(await page.locator("#expr").inputValue()).toBe("2^64");
  });

  it("opens a shared #expr= link", async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/#expr=${encodeURIComponent("6*7")}`);
    await expect.poll(() => fresh.locator("#result .text").textContent(), { timeout: 20_000 }).toBe("42");
    expect(await fresh.locator("#expr").inputValue()).toBe("6*7");
    await fresh.close();
  });

  it("cancels a long computation with Esc and stays usable", async () => {
    await page.locator("#digits").fill("20000");
    await page.locator("#digits").dispatchEvent("change");
    await typeExpr("gamma(1/3)"); // minutes inside one MPFR call at 20 000 digits
    // Either the engine refuses it up front (a LimitError) or it runs and the Cancel button appears.
    await expect
      .poll(async () => (await page.locator("#cancel").isVisible()) || /LimitError/.test((await page.locator("#error").textContent()) ?? ""), { timeout: 10_000 })
      .toBe(true);
    if (await page.locator("#cancel").isVisible()) {
      await page.locator("#expr").press("Escape");
      await expect.poll(() => page.locator("#status").textContent()).toBe("cancelled");
      expect(await page.locator("#cancel").isVisible()).toBe(false);
    }
    await page.locator("#digits").fill("34");
    await typeExpr("1/7 + 1/7");
    await expect.poll(() => page.locator("#result .text").textContent(), { timeout: 20_000 }).toBe("2/7");
  });

  it("shows a result with tens of thousands of digits as text without freezing the page", async () => {
    await typeExpr("2^200000");
    await expect.poll(async () => ((await page.locator("#result .text").textContent()) ?? "").length, { timeout: 20_000 }).toBe(60206);
    expect(await page.locator("#result .katex").count()).toBe(0);
    // The page still answers at once.
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
  });

  it("copies the Result as JSON", async () => {
    const context = page.context();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await typeExpr("2/4");
    await expect.poll(() => page.locator("#result .text").textContent(), { timeout: 20_000 }).toBe("1/2");
    await page.locator("#copy-json").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("copied JSON");
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { ok: boolean; text: string };
    expect(copied).toMatchObject({ ok: true, text: "1/2", latex: "\\frac{1}{2}" });
  });

  it("fits a phone screen, in dark mode too", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    await phone.goto(`${server.url}/#expr=${encodeURIComponent("solve(x^2 - 3x + 1 = 0, x)")}`);
    await expect.poll(() => phone.locator("#result .math").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await phone.locator("#result .decimal").textContent()).toMatch(/^x ≈ 0\.3819660112501051517954131656343\d*, x ≈ 2\.618033988749894848204586834365\d*$/);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bg = await phone.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(20, 20, 22)");
    await phone.screenshot({ path: join(SHOTS, "web-phone-dark.png"), fullPage: true });
    await phone.close();
  });
});

if (!hasChromium) {
  describe("web calculator", () => {
    it.skip(`skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`, () => undefined);
  });
}
