import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Security headers on every response, and a nonce-based CSP that does not break the portal (decision 013):
 * the home page, the staff complaints map (Leaflet) and a receipt's QR code
 * load with no CSP violation (the browser's securitypolicyviolation events and its "Refused to …" console
 * messages are both collected).
 */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.exposeFunction("__reportCsp", (s: string) => seen.push(s));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (s: string) => void }).__reportCsp(`violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  return seen;
}

function expectPageHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("geolocation=(self)");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age="); // the e2e server is a production build
}

test("the home page: headers present, a fresh nonce per request, scripts run, no CSP violation", async ({ page }) => {
  const violations = await watchCsp(page);
  const res = await page.goto("/ar");
  expect(res?.status()).toBe(200);
  expectPageHeaders(res!.headers());
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"]!)![1]!;
  // Next put the nonce on its scripts; the page is interactive (hydrated), so the scripts ran.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const again = await page.request.get("/ar");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  // Next's client runtime started (it sets window.next once its scripts ran).
  await page.waitForFunction(() => typeof (window as unknown as { next?: unknown }).next === "object");
  expect(violations).toEqual([]);
});

test("the staff complaints map (Leaflet) loads under the CSP", async ({ page, loginAs }) => {
  const violations = await watchCsp(page);
  await loginAs("COMPLAINTS_OFFICER");
  const res = await page.goto("/ar/staff/complaints/map");
  expect(res?.status()).toBe(200);
  expectPageHeaders(res!.headers());
  await expect(page.locator(".leaflet-container").first()).toBeVisible();
  // Leaflet's own stylesheet and its inline positioning styles apply: the tile pane is positioned absolutely.
  expect(await page.locator(".leaflet-pane").first().evaluate((el) => getComputedStyle(el).position)).toBe("absolute");
  expect(violations).toEqual([]);
});

test("a receipt's QR code (a data: image) displays under the CSP", async ({ page, loginAs }) => {
  const violations = await watchCsp(page);
  await loginAs("CITIZEN");
  await page.goto("/ar/my/bills/0009990021/receipt");
  const qr = page.getByTestId("receipt-qr");
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("API responses and assets carry the headers too; an API allows nothing to load or frame it", async ({ request, page }) => {
  const api = await request.get("/api/open311/v2/services.json");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  const bad = await request.get("/api/files/%00");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["x-content-type-options"]).toBe("nosniff");
  await page.goto("/ar");
  const asset = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
  const res = await request.get(asset!);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});
