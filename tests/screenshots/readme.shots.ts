import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { demoAccount, expect, test } from "../e2e/fixtures";
import { provision } from "../e2e/kiosk/helpers";
import { PILOT_KIOSKS } from "../../prisma/seed/kiosks";

/**
 * README screenshots (`npm run screenshots`): the main pages in Arabic, on a phone (390 px) and a desktop
 * (1280 px), into docs/screenshots/<page>-<width>.png. Viewport only (the top of each page, as a reader first
 * sees it), so each PNG stays small (checked: < 200 kB). Against the e2e server and its demo data.
 */
const OUT = path.join(process.cwd(), "docs", "screenshots");
const MAX_BYTES = 200 * 1024;
const WIDTHS = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
] as const;

type Shot = { name: string; path: string; as?: string | ReturnType<typeof demoAccount>; kiosk?: boolean; ready?: (page: Page) => Promise<void> };
const SHOTS: Shot[] = [
  { name: "home", path: "/ar" },
  { name: "catalogue", path: "/ar/catalogue" },
  { name: "complaint-form", path: "/ar/complaints/new", as: demoAccount("CITIZEN", 0) },
  { name: "bill-inquiry", path: "/ar/bills/inquiry" },
  { name: "citizen-dashboard", path: "/ar/my", as: demoAccount("CITIZEN", 0) },
  { name: "office-queue", path: "/ar/office/applications", as: "OFFICE_AGENT" },
  { name: "staff-complaints", path: "/ar/staff/complaints", as: "staff.complaints" },
  { name: "staff-complaints-map", path: "/ar/staff/complaints/map", as: "staff.complaints", ready: (p) => expect(p.locator(".leaflet-container")).toBeVisible() },
  { name: "insights", path: "/ar/staff/insights", as: "mayor" },
  { name: "kiosk", path: "/ar/kiosk", kiosk: true },
  { name: "permits", path: "/ar/my/permits", as: demoAccount("CITIZEN", 0) },
];

test.describe.configure({ mode: "serial" });

for (const shot of SHOTS) {
  test(`screenshot: ${shot.name}`, async ({ page, loginAs }) => {
    fs.mkdirSync(OUT, { recursive: true });
    if (shot.as) await loginAs(shot.as);
    if (shot.kiosk) await provision(page, PILOT_KIOSKS[0]!.demoKey);
    for (const w of WIDTHS) {
      await page.setViewportSize(w.viewport);
      // The faces are `font-display: optional` (decision 038): one not ready in the first ~100 ms is not used on that
      // page, which on a busy machine is the first page. The README shows the portal's own typeface, so the faces are
      // loaded into the cache first and the page is opened again, as a visitor's second page would be.
      await page.goto(shot.path);
      await page.evaluate(() =>
        Promise.all(["400", "700"].map((weight) => document.fonts.load(`${weight} 16px "IBM Plex Sans Arabic"`, "بوابة Amanah 0123"))),
      );
      const res = await page.goto(shot.path);
      expect(res?.status(), `${shot.path}`).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await shot.ready?.(page);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(OUT, `${shot.name}-${w.name}.png`);
      await page.screenshot({ path: file, fullPage: false, animations: "disabled", caret: "hide" });
      const size = fs.statSync(file).size;
      expect(size, `${file} is ${Math.round(size / 1024)} kB`).toBeLessThan(MAX_BYTES);
    }
  });
}
