import type { Page } from "@playwright/test";
import { expect } from "../fixtures";
import { phoneMessages, smsOnPhone } from "../phone";
import { KIOSK_DEMO_PERSON, KIOSK_DEMO_PERSON_2 } from "../../../prisma/seed/kiosks";

export { KIOSK_DEMO_PERSON, KIOSK_DEMO_PERSON_2 };
type Person = { nationalId: string; nameAr: string; mobile: string };

/** A kiosk screen: portrait 1080×1920 with touch, no mobile emulation (issue 14). */
export const KIOSK_DEVICE = { viewport: { width: 1080, height: 1920 }, hasTouch: true, isMobile: false } as const;

/** Provisions this browser as kiosk `key` (the httpOnly device cookie), as the setup screen does. */
export async function provision(page: Page, key: string): Promise<void> {
  const res = await page.request.post("/api/kiosk/device", { data: { key } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Types on the on-screen keyboard or number pad, key by key (touch). */
export async function tapKeys(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    const name = ch === " " ? /مسافة|Space/ : ch;
    await page.getByTestId(/kiosk-(numpad|keyboard)/).getByRole("button", { name, exact: typeof name === "string" }).first().tap();
  }
}

/** Types a device key on the setup screen's keyboard, switching capitals on and off as the key needs. */
export async function tapDeviceKey(page: Page, key: string): Promise<void> {
  const keyboard = page.getByTestId("kiosk-keyboard");
  const shift = keyboard.getByRole("button", { name: /أحرف كبيرة|Capital letters/ });
  for (const ch of key) {
    const capital = /[A-Z]/.test(ch);
    if (/[a-zA-Z]/.test(ch) && capital !== ((await shift.getAttribute("aria-pressed")) === "true")) await shift.tap();
    await keyboard.getByRole("button", { name: ch, exact: true }).tap();
  }
}

/** The newest one-time code sent to the kiosk demo person (their texts also carry long bill numbers). */
export async function kioskCode(person: Person = KIOSK_DEMO_PERSON, seen: string[] = []): Promise<string> {
  await smsOnPhone(person.mobile, /^رمز التحقق: \d{6}/);
  let fresh: string | undefined;
  await expect.poll(async () => {
    fresh = (await otpBodies(person)).find((b) => !seen.includes(b));
    return fresh ?? "";
  }, { timeout: 30_000 }).not.toBe("");
  return /(\d{6})/.exec(fresh!)![1]!;
}

/** Every one-time-code text the person's phone received so far. */
async function otpBodies(person: Person): Promise<string[]> {
  return (await phoneMessages(person.mobile)).map((m) => m.body).filter((b) => b.startsWith("رمز التحقق"));
}

/** Identify on the kiosk screen: national ID on the number pad, then the SMS code (optionally a wrong one first). */
export async function identify(page: Page, opts: { wrongFirst?: boolean; person?: Person } = {}): Promise<void> {
  const person = opts.person ?? KIOSK_DEMO_PERSON;
  await page.getByTestId("kiosk-start").tap();
  const seen = await otpBodies(person); // earlier codes (each text is unique by its code) are not this one
  await tapKeys(page, person.nationalId);
  await page.getByRole("button", { name: "إرسال رمز التحقق" }).tap();
  await expect(page.getByText("إذا كان الرقم مسجلًا لدينا")).toBeVisible();
  const code = await kioskCode(person, seen);
  if (opts.wrongFirst) {
    await tapKeys(page, code === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "تأكيد", exact: true }).tap();
    await expect(page.getByTestId("kiosk-error")).toHaveText("رمز التحقق غير صحيح. حاول مرة أخرى.");
    await page.getByTestId("kiosk-input").fill("");
  }
  await tapKeys(page, code);
  await page.getByRole("button", { name: "تأكيد", exact: true }).tap();
  await expect(page.getByTestId("kiosk-welcome")).toContainText(person.nameAr);
}

/** Every visible target (buttons, links, inputs) measures at least 48×48 CSS px. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, [role=button]")) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden" || el.closest("[data-print-area]")) continue;
      if (r.width < 48 || r.height < 48) out.push(`${el.tagName} "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}
