import AxeBuilder from "@axe-core/playwright";
import { expect, screenshot, test } from "../fixtures";
import { phoneMessages, smsOnPhone } from "../phone";
import { PILOT_KIOSKS } from "../../../prisma/seed/kiosks";
import { KIOSK_DEMO_PERSON_2 as PERSON, KIOSK_DEVICE, identify, provision, smallTargets, tapDeviceKey } from "./helpers";

/**
 * Faults (issue 14): the network lost after the terminal charged (one payment, a reference, a retry), a printer out
 * of paper (the receipt by SMS), a disabled or unknown device key, and the fleet page with two kiosks' heartbeats.
 */
test.use(KIOSK_DEVICE);
test.describe.configure({ mode: "serial" });

const [, K02, K03, K04, K05] = PILOT_KIOSKS;
const SETUP_SAVE = "حفظ";
const SETUP_KEY = "مفتاح الجهاز";

test("network lost mid-payment: neither lost nor doubled, with a reference; out of paper: the receipt by SMS", async ({ page }) => {
  test.setTimeout(150_000);
  await provision(page, K02!.demoKey);
  // K02's printer is out of paper (its agent says so).
  expect((await page.request.post("/api/kiosk/heartbeat", { headers: { Authorization: `Kiosk ${K02!.demoKey}` }, data: { paper: "OUT", printer: "OK" } })).status()).toBe(200);
  await page.goto("/ar/kiosk");
  await identify(page, { person: PERSON });
  await page.getByRole("button", { name: "إصدار أو تجديد رخصة" }).tap();
  await page.getByTestId("kiosk-license").filter({ hasText: "محل الهفوف للهدايا" }).getByRole("button", { name: "تجديد هذه الرخصة" }).tap();
  const billNumber = (await page.getByTestId("kiosk-bill-number").textContent())!.trim();

  // The first charge reaches the server (the terminal charges, the bank is notified) but its answer never returns.
  let charges = 0;
  await page.route("**/api/kiosk/pay", async (route) => {
    charges++;
    if (charges === 1) {
      await route.fetch();
      await route.abort("internetdisconnected");
    } else await route.continue();
  });
  await page.getByTestId("kiosk-pay").tap();
  await expect(page.getByTestId("kiosk-lost")).toHaveText("انقطع الاتصال أثناء الدفع");
  const reference = (await page.getByTestId("kiosk-lost-reference").textContent())!.trim();
  expect(reference).toMatch(/^KP\d+/);
  await screenshot(page, "kiosk-09-network-lost");
  await page.getByTestId("kiosk-retry").tap();
  await expect(page.getByTestId("kiosk-paid")).toHaveAttribute("data-status", "CONFIRMED");
  await expect(page.getByTestId("kiosk-payment-reference")).toHaveText(reference); // the same attempt, not a new one
  const receipt = (await page.getByTestId("kiosk-receipt-code").textContent())!.trim();
  // The retry found the attempt already confirmed by the first charge (pay-start with the same key): no second charge.
  expect(charges).toBe(1);

  // Exactly one payment: the bank path answers the same receipt to the same transaction, and a new payment is refused.
  const again = await page.request.post("/api/kiosk/pay-start", { data: { billNumber, idempotencyKey: "0f0e0d0c-0b0a-4000-8000-000000000001" } });
  expect((await again.json()).data).toMatchObject({ status: "ALREADY_PAID", receiptCode: receipt });
  await expect.poll(async () => (await phoneMessages(PERSON.mobile)).filter((m) => m.body.includes(billNumber) && m.body.startsWith("تم استلام مبلغ")).length).toBe(1);

  // No paper: the receipt goes by SMS to the person's own mobile.
  await expect(page.getByTestId("kiosk-no-paper")).toBeVisible();
  await page.getByTestId("kiosk-sms").tap();
  await expect(page.getByTestId("kiosk-sms-sent")).toContainText(PERSON.mobile.slice(-2));
  await smsOnPhone(PERSON.mobile, new RegExp(`إيصال السداد رقم ${receipt}`));
  await screenshot(page, "kiosk-10-receipt-by-sms");
  await page.getByTestId("kiosk-finish").tap();
  await expect(page.getByTestId("kiosk")).toHaveAttribute("data-screen", "attract");
});

test("the fleet page shows two simulated kiosks' heartbeats; a kiosk disabled there is refused at once", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  const beat = (key: string, data: object) => page.request.post("/api/kiosk/heartbeat", { headers: { Authorization: `Kiosk ${key}` }, data });
  expect((await beat(K03!.demoKey, { paper: "LOW", printer: "OK", appVersion: "1.0.0" })).status()).toBe(200);
  expect((await beat(K04!.demoKey, { paper: "OK", printer: "ERROR" })).status()).toBe(200);
  expect((await beat("kio_AHS-K99_unknown-key-unknown-key-unknown-key-0000000", { paper: "OK", printer: "OK" })).status()).toBe(401);

  await page.setViewportSize({ width: 1280, height: 900 });
  await loginAs("ADMIN");
  expect((await page.goto("/ar/staff/kiosks"))?.status()).toBe(200);
  await expect(page).toHaveTitle(/أجهزة الخدمة الذاتية/);
  await expect(page.getByTestId("fleet-kiosk")).toHaveCount(5);
  const k03 = page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K03"]`);
  const k04 = page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K04"]`);
  await expect(k03.getByTestId("fleet-health")).toHaveAttribute("data-status", "ONLINE");
  await expect(k03.getByTestId("fleet-paper")).toHaveAttribute("data-status", "LOW");
  await expect(k04.getByTestId("fleet-health")).toHaveAttribute("data-status", "PRINTER_FAULT");
  await expect(page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K05"]`).getByTestId("fleet-health")).toHaveAttribute("data-status", "OFFLINE");
  await expect(page.getByTestId("complaint-map")).toBeAttached();
  await screenshot(page, "kiosk-11-fleet");

  // K05's screen is set up by its technician on the setup screen's own keyboard (a key has digits, capitals and "_"),
  // and shows the attract screen. In the server's HTML the save button is disabled until its click can run.
  const kiosk = await page.context().browser()!.newContext({ ...KIOSK_DEVICE, baseURL: new URL(page.url()).origin });
  const screen = await kiosk.newPage();
  const saveTag = /<button[^>]*>[^<]*حفظ[^<]*<\/button>/.exec(await (await screen.request.get("/ar/kiosk")).text())?.[0];
  expect(saveTag).toContain('disabled=""');
  await screen.goto("/ar/kiosk");
  await expect(screen.getByTestId("kiosk-setup")).toBeVisible();
  await tapDeviceKey(screen, K05!.demoKey.slice(0, -1) + "Q");
  await screen.getByRole("button", { name: SETUP_SAVE, exact: true }).tap();
  await expect(screen.getByRole("alert").filter({ hasText: "جهاز غير مسجل." })).toBeVisible(); // a wrong key (its last character) is refused
  await screenshot(screen, "kiosk-12-setup-wrong-key");
  expect((await new AxeBuilder({ page: screen }).analyze()).violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(await smallTargets(screen)).toEqual([]);
  await screen.getByRole("button", { name: "حذف" }).tap();
  await tapDeviceKey(screen, K05!.demoKey.slice(-1));
  await expect(screen.getByLabel(SETUP_KEY)).toHaveValue(K05!.demoKey);
  await screen.getByRole("button", { name: SETUP_SAVE, exact: true }).tap();
  await expect(screen.getByTestId("kiosk")).toHaveAttribute("data-screen", "attract");

  // Disable K05 at once: its key is refused by every kiosk route, its screen says it is out of service.
  await page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K05"]`).getByTestId("disable-AHS-K05").getByRole("button", { name: "إيقاف الجهاز فورًا" }).click();
  await expect(page.getByTestId("command-done")).toContainText("تم إيقاف الجهاز");
  await expect(page.getByTestId("command-done")).toBeFocused();
  await expect(page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K05"]`).getByTestId("fleet-health")).toHaveAttribute("data-status", "DISABLED");
  const refused = await beat(K05!.demoKey, { paper: "OK", printer: "OK" });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toBe("kiosks:errors.deviceDisabled");
  await screen.reload();
  await expect(screen.getByTestId("kiosk-disabled")).toContainText("الجهاز خارج الخدمة مؤقتًا");
  expect((await screen.request.get("/api/kiosk/device")).status()).toBe(403);
  expect((await screen.request.post("/api/kiosk/device", { data: { key: K05!.demoKey } })).status()).toBe(403);
  expect((await screen.request.post("/api/kiosk/identify", { headers: { Authorization: `Kiosk ${K05!.demoKey}` }, data: { nationalId: PERSON.nationalId } })).status()).toBe(403);
  await kiosk.close();

  // Put it back in service.
  await page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K05"]`).getByTestId("enable-AHS-K05").getByRole("button", { name: "إعادة الجهاز إلى الخدمة" }).click();
  await expect(page.getByTestId("command-done")).toContainText("عاد الجهاز إلى الخدمة");
  await expect(page.locator(`[data-testid="fleet-kiosk"][data-code="AHS-K05"]`).getByTestId("fleet-health")).toHaveAttribute("data-status", "OFFLINE");
  expect((await beat(K05!.demoKey, { paper: "OK", printer: "OK" })).status()).toBe(200);
});
