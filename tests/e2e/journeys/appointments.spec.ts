import pg from "pg";
import { demoAccount, expect, screenshot, signInWithRequest, test } from "../fixtures";
import { e2eDatabaseUrl } from "../e2e-database";
import { smsOnPhone } from "../phone";

/**
 * The journey, in Arabic: a citizen books an appointment (a refused submit keeps what was typed; a
 * second booking for the same service is refused), gets the SMS, downloads the .ics file, reschedules
 * (another SMS), and the counter clerk checks them in with the QR code's token (a wrong token is refused).
 */

/**
 * A browser test cannot move the clock, and the counter checks people in on the appointment's day only: the
 * booked appointment (booked and moved through the UI above) is moved to a slot later today, in the database.
 */
async function moveToToday(number: string): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const now = Date.now();
    const riyadhMinute = Math.floor(((now + 3 * 3_600_000) % 86_400_000) / 60_000);
    const startsAt = new Date(riyadhMinute < 23 * 60 + 40 ? now + 5 * 60_000 : now - 30 * 60_000);
    const { rows } = await client.query<{ id: string; serviceId: string; slotId: string }>(`SELECT id, "serviceId", "slotId" FROM "Appointment" WHERE number = $1`, [number]);
    const a = rows[0]!;
    await client.query(`UPDATE "AppointmentSlot" SET booked = booked - 1 WHERE id = $1`, [a.slotId]);
    await client.query(`INSERT INTO "AppointmentSlot" (id, "serviceId", "startsAt", "endsAt", capacity, booked) VALUES ($1, $2, $3, $4, 1, 1)`, [`e2e-${a.id}`, a.serviceId, startsAt, new Date(startsAt.getTime() + 30 * 60_000)]);
    await client.query(`UPDATE "Appointment" SET "slotId" = $1 WHERE id = $2`, [`e2e-${a.id}`, a.id]);
  } finally {
    await client.end();
  }
}

test("a citizen books, reschedules and is checked in at the counter", async ({ page, browser, baseURL, loginAs }) => {
  test.setTimeout(240_000);
  const citizen = await loginAs(demoAccount("CITIZEN", 1));

  // The public list of services, in Arabic.
  await page.goto("/ar/appointments");
  await expect(page).toHaveTitle(/حجز المواعيد/);
  const card = page.getByTestId("appointment-service").filter({ hasText: "مراجعة طلب رخصة تجارية" });
  await expect(card).toContainText("بلدية وسط الدمام");
  await screenshot(page, "appointments-public");
  await card.getByRole("link", { name: "احجز موعدًا" }).click();
  await expect(page).toHaveURL(/\/ar\/my\/appointments\/book\?service=APT-LICENSE/);

  // A submit without a time is refused; what was typed stays.
  const purpose = page.getByLabel("الغرض من الزيارة");
  await purpose.fill("تسليم عقد الإيجار الناقص");
  await page.getByRole("button", { name: "تأكيد الحجز" }).click();
  await expect(page.getByText("اختر موعدًا.").first()).toBeVisible();
  await expect(purpose).toHaveValue("تسليم عقد الإيجار الناقص");
  await screenshot(page, "appointments-book");

  // A time on the second day offered: far enough ahead to change it later (the cut-off is three hours before).
  const secondDay = () => page.getByTestId("slot-picker").getByRole("group").nth(1);
  await secondDay().getByTestId("slot-option").first().check();
  await page.getByRole("button", { name: "تأكيد الحجز" }).click();
  await expect(page.getByTestId("booked-notice")).toBeVisible();
  await expect(page.getByTestId("booked-notice"), "said on the appointment's page, focused").toBeFocused();
  const number = /موعد رقم (A\d+)/.exec(await page.getByRole("heading", { level: 1 }).innerText())![1]!;
  await expect(page.getByTestId("appointment-status")).toHaveAttribute("data-status", "BOOKED");
  await expect(page.getByTestId("appointment-qr")).toBeVisible();
  expect(await smsOnPhone(citizen.mobile, new RegExp(`تم حجز موعدكم رقم ${number}`))).toContain("مراجعة طلب رخصة تجارية");
  const firstWhen = await page.getByTestId("appointment-when").innerText();
  await screenshot(page, "appointments-detail");

  // The .ics file.
  const ics = await page.request.get(`/ar/my/appointments/${number}/ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const icsText = await ics.text();
  expect(icsText).toContain(`UID:${number}@appointments.amanah`);
  expect(icsText).toContain("BEGIN:VEVENT");

  // A second booking for the same service is refused, and the form keeps what was typed.
  await page.goto("/ar/my/appointments/book?service=APT-LICENSE");
  await page.getByTestId("slot-option").nth(3).check();
  await page.getByLabel("الغرض من الزيارة").fill("موعد آخر");
  await page.getByRole("button", { name: "تأكيد الحجز" }).click();
  await expect(page.getByText("لديك موعد قائم لهذه الخدمة").first()).toBeVisible();
  await expect(page.getByLabel("الغرض من الزيارة")).toHaveValue("موعد آخر");
  await expect(page.getByTestId("slot-option").nth(3)).toBeChecked();

  // Reschedule.
  await page.goto(`/ar/my/appointments/${number}`);
  const form = page.getByTestId("reschedule-form");
  // The picker's own fieldset is a group too: count the days inside it (the first is today while slots remain).
  await form.getByTestId("slot-picker").getByRole("group").nth(1).getByTestId("slot-option").nth(2).check();
  await form.getByRole("button", { name: "نقل الموعد" }).click();
  await expect(page.getByTestId("form-success")).toContainText("تم نقل الموعد.");
  await expect(page.getByTestId("appointment-when")).not.toHaveText(firstWhen);
  await smsOnPhone(citizen.mobile, new RegExp(`تم تعديل موعدكم رقم ${number}`));
  const token = (await page.getByTestId("appointment-token").innerText()).trim();
  await page.getByRole("link", { name: "مواعيدي" }).first().click();
  await expect(page.getByTestId("my-appointment").filter({ hasText: number })).toBeVisible();

  await moveToToday(number);

  // The counter clerk, at their own computer.
  const context = await browser.newContext({ baseURL, locale: "ar-SA", timezoneId: "Asia/Riyadh" });
  const clerk = await context.newPage();
  await signInWithRequest(clerk, baseURL!, demoAccount("APPOINTMENTS_CLERK"));
  await clerk.goto("/ar/staff/appointments");
  await expect(clerk).toHaveTitle(/مكتب المواعيد/);
  const row = clerk.locator(`[data-testid="counter-row"][data-number="${number}"]`);
  await expect(row.getByTestId("appointment-status")).toHaveAttribute("data-status", "BOOKED");
  await expect(row).toContainText("أحمد سليم خان");

  const tokenField = clerk.getByLabel("رمز الموعد (امسح رمز QR أو اكتبه)");
  await tokenField.fill("0000000000000000");
  await clerk.getByRole("button", { name: "تسجيل الحضور" }).click();
  await expect(clerk.getByText("لا يوجد موعد بهذا الرمز في فروعك.").first()).toBeVisible();
  await expect(tokenField).toHaveValue("0000000000000000");

  await tokenField.fill(`AMANAH-APT:${token}`); // what a scanner types from the QR code
  await clerk.getByRole("button", { name: "تسجيل الحضور" }).click();
  await expect(clerk.getByTestId("checkin-success")).toContainText(`تم تسجيل حضور أحمد سليم خان (الموعد ${number})`);
  await expect(row.getByTestId("appointment-status")).toHaveAttribute("data-status", "CHECKED_IN");
  await screenshot(clerk, "appointments-counter");

  await page.goto(`/ar/my/appointments/${number}`);
  await expect(page.getByTestId("appointment-status")).toHaveAttribute("data-status", "CHECKED_IN");
  await context.close();
});

test("the appointment pages fit a 390 px phone without sideways scrolling", async ({ page, browser, baseURL, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs(demoAccount("CITIZEN", 1));
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = async (p: typeof page, url: string) => {
    await p.goto(url);
    await expect(p.locator("h1")).toBeVisible();
    expect(await p.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  };
  await fits(page, "/ar/appointments");
  await fits(page, "/ar/my/appointments/book?service=APT-LICENSE");
  await fits(page, "/ar/my/appointments");
  await screenshot(page, "appointments-my-390");
  const context = await browser.newContext({ baseURL, locale: "ar-SA", timezoneId: "Asia/Riyadh", viewport: { width: 390, height: 844 } });
  const clerk = await context.newPage();
  await signInWithRequest(clerk, baseURL!, demoAccount("APPOINTMENTS_CLERK"));
  await fits(clerk, "/ar/staff/appointments");
  await screenshot(clerk, "appointments-counter-390");
  await context.close();
});
