import { expect, screenshot, test, type Who } from "../fixtures";

/** The four shells in Arabic: the shared header, the audience's navigation, and no overflow on a phone. */
/** `title`: the document title before the portal's name (the office's said "engineering office" to a licensing office). */
const SHELLS: { name: string; who?: Who; path: string; heading: RegExp; nav?: string; title?: string }[] = [
  { name: "public", path: "/ar", heading: /رخصتك/ },
  { name: "citizen", who: "CITIZEN", path: "/ar/my", heading: /مرحبًا، عبدالله/, nav: "خدماتي", title: "لوحتي" },
  { name: "office", who: "OFFICE_MANAGER", path: "/ar/office", heading: /مكتب/, nav: "مكتب الخدمات", title: "لوحة المكتب" },
  { name: "staff", who: "ADMIN", path: "/ar/staff", heading: /لوحة المؤشرات/, nav: "البلدية", title: "لوحة الموظف" },
  { name: "utility", who: "ELECTRICITY_EMPLOYEE", path: "/ar/utility", heading: /البحث عن رخص البناء/, nav: "شركة الكهرباء" },
];

for (const shell of SHELLS) {
  for (const width of [390, 1280]) {
    test(`${shell.name} shell in Arabic at ${width}px`, async ({ page, loginAs }) => {
      await page.setViewportSize({ width, height: 900 });
      if (shell.who) await loginAs(shell.who);
      await page.goto(shell.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(shell.heading);
      await expect(page.getByText("بوابة الأمانة الإلكترونية").first()).toBeVisible();
      if (shell.title) await expect(page).toHaveTitle(`${shell.title} · بوابة الأمانة الإلكترونية`);
      if (shell.nav) {
        const nav = page.getByRole("navigation", { name: shell.nav });
        await expect(nav).toBeVisible();
        // On a phone the list opens from a disclosure that names the page one is on; "you are here" either way.
        if (width === 390) await nav.getByText("القائمة").click();
        await expect(nav.locator('a[aria-current="page"]:visible')).toHaveAttribute("href", shell.path);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
      await screenshot(page, `shell-${shell.name}-ar-${width}`);
    });
  }
}

test("the office team page lists the office's staff with their roles", async ({ page, loginAs }) => {
  await loginAs("OFFICE_MANAGER");
  await page.goto("/ar/office/team");
  // The current team's table (a "former staff" table follows once someone has left the office).
  const team = page.getByRole("table", { name: "فريق المكتب", exact: true });
  await expect(team).toContainText("أخصائي صحي");
  await expect(team).toContainText("موثق");
  await screenshot(page, "office-team-ar-1280");
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/ar");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "تخطَّ إلى المحتوى" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
