import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "../fixtures";
import { png } from "../png";
import { DEMO_AFTER_ISSUE_PERMIT } from "../../../prisma/seed/permits-after-issue";

/**
 * After issue, in Arabic, from the demo accounts: on the demo citizen's ISSUED building permit (foundation,
 * skeleton and finishing passed), the municipality's inspector is refused the building completion certificate
 * without insulation; records the thermal insulation inspection from a phone (photo, location); issues the
 * insulation certificate, then the completion certificate. The owner prints it (QR to the public verification
 * page; the certificate's signing chain is shown, still waiting), requests the electricity connection, and
 * follows it publicly by number; the inspector issues the clearance.
 */
test.describe.configure({ mode: "serial" });

const PHONE = { width: 390, height: 844 };
const PNG = { name: "العزل.png", mimeType: "image/png", buffer: png(64, 48, (x, y) => ((x + y) % 16 < 8 ? [200, 200, 190] : [60, 90, 140])) };
let permitNumber = "";

async function noHorizontalOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "page wider than the screen").toBeLessThanOrEqual(client);
}

test("the inspector: completion refused without insulation, then the insulation inspection from a phone, both certificates", async ({ page, loginAs }) => {
  await loginAs("FIELD_INSPECTOR");
  await page.goto("/ar/staff/permits/after-issue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("رخص البناء بعد الإصدار");
  const row = page.getByTestId("after-issue-row").filter({ hasText: `${DEMO_AFTER_ISSUE_PERMIT.planNo} / ${DEMO_AFTER_ISSUE_PERMIT.parcelNo}` });
  await expect(row).toHaveCount(1);
  permitNumber = (await row.locator("bdi").first().innerText()).trim();
  await screenshot(page, "permits-after-issue-desk");
  await row.getByRole("link", { name: /فتح/ }).click();
  await expect(page.getByTestId("permit-status")).toHaveText("صادرة");
  await expect(page.getByTestId("stage-FINISHING")).toHaveAttribute("data-passed", "true");
  await expect(page.getByTestId("stage-INSULATION")).toHaveAttribute("data-passed", "false");

  // Completion without insulation: refused, in words, nothing changes.
  await page.getByTestId("issue-COMPLETION").getByRole("button", { name: "إصدار شهادة إتمام البناء" }).click();
  await expect(page.getByTestId("issue-COMPLETION").getByRole("alert")).toContainText("تتطلب شهادة إتمام العزل الحراري سارية للرخصة نفسها");
  await screenshot(page, "permits-completion-refused");
  await page.reload();
  await expect(page.getByTestId("permit-status")).toHaveText("صادرة");
  await expect(page.getByTestId("no-certificates")).toBeVisible();

  // The insulation inspection, from a phone at the site.
  await page.setViewportSize(PHONE);
  await page.getByTestId("record-inspection").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل فحص مرحلة");
  await page.getByLabel("العزل الحراري", { exact: true }).check();
  await page.getByLabel("مطابق", { exact: true }).check();
  await page.getByTestId("photo-input").setInputFiles(PNG);
  await expect(page.getByTestId("photo-list")).toContainText("العزل.png");
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4367");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.0998");
  await page.getByLabel("دقة الموقع (متر)", { exact: true }).fill("6");
  await noHorizontalOverflow(page);
  await screenshot(page, "permits-insulation-inspection-phone");
  await page.getByRole("button", { name: "حفظ الفحص" }).click();
  await expect(page.getByTestId("permit-inspection-saved")).toContainText("تم تسجيل فحص مرحلة العزل الحراري: مطابق.");
  await page.getByRole("link", { name: "العودة إلى الرخصة" }).last().click();
  await expect(page.getByTestId("stage-INSULATION")).toHaveAttribute("data-passed", "true");
  await noHorizontalOverflow(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByTestId("issue-INSULATION").getByRole("button", { name: "إصدار شهادة إتمام العزل الحراري" }).click();
  // the page is refreshed from the server: the certificate is listed and its button is gone
  await expect(page.getByTestId("certificate-INSULATION")).toContainText(/IC\d+/);
  await expect(page.getByTestId("issue-INSULATION")).toHaveCount(0);
  await page.getByTestId("issue-COMPLETION").getByRole("button", { name: "إصدار شهادة إتمام البناء" }).click();
  await expect(page.getByTestId("certificate-COMPLETION")).toBeVisible();
  await expect(page.getByTestId("permit-status")).toHaveText("مكتملة البناء");
  await screenshot(page, "permits-completed-staff");
});

test("the owner: prints the completion certificate (QR → public page), requests the connection; public status; clearance", async ({ page, loginAs }) => {
  expect(permitNumber).not.toBe("");
  await loginAs("CITIZEN");
  await page.goto(`/ar/my/permits/${permitNumber}/after-issue`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(permitNumber);
  await expect(page.getByTestId("permit-status")).toHaveText("مكتملة البناء");
  await page.getByTestId("certificate-COMPLETION").getByRole("link", { name: /عرض وطباعة/ }).click();
  await expect(page.getByTestId("permit-certificate")).toHaveAttribute("data-type", "COMPLETION");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("شهادة إتمام البناء");
  // valid at once, signed along Central Dammam's chain afterwards (issue 15): the chain is shown, still waiting
  await expect(page.getByTestId("signature-pending")).toBeVisible();
  await expect(page.getByTestId("signing-chain")).toHaveAttribute("data-status", "PENDING");
  await screenshot(page, "permits-completion-certificate");
  const verifyUrl = await page.getByTestId("permit-certificate-qr").getAttribute("data-url");
  expect(verifyUrl).toMatch(/\/ar\/verify\/permit-certificate\//);
  const certNumber = (await page.getByTestId("permit-certificate-number").innerText()).trim();
  await page.goto(new URL(verifyUrl!).pathname);
  await expect(page.getByTestId("permit-certificate-verified")).toHaveAttribute("data-valid", "true");
  await expect(page.getByTestId("signing-chain")).toHaveAttribute("data-status", "PENDING");
  await expect(page.getByTestId("chain-step")).toHaveCount(2);
  await expect(page.getByText(certNumber)).toBeVisible();
  await screenshot(page, "permits-certificate-verified");

  await page.goto(`/ar/my/permits/${permitNumber}/after-issue`);
  await page.getByTestId("request-connection").getByRole("button", { name: "طلب إيصال التيار الكهربائي" }).click();
  await expect(page.getByTestId("connection-row")).toHaveAttribute("data-status", "REQUESTED");
  const connection = /EC\d+/.exec(await page.getByTestId("connection-row").innerText())![0];
  await expect(page.getByTestId("request-connection")).toHaveCount(0);
  // The button went with the request it made; the page still says so, with the request's number.
  await expect(page.getByTestId("command-done")).toContainText(connection);

  // The permit's timeline tells the whole road in words: the review the demo permit went through, then what was
  // done on the site since (the inspection, both certificates, the connection request) — never a dictionary key.
  await page.goto(`/ar/my/permits/${permitNumber}`);
  const timeline = page.getByTestId("permit-timeline");
  const events = await timeline.getByTestId("timeline-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-event")));
  expect(events.slice(0, 6)).toEqual(["create", "submit", "accept", "accept", "pay", "issue"]);
  expect(events.slice(-4)).toEqual(["inspection.INSULATION.PASS", "certificate.INSULATION", "complete", "electricity.requested"]);
  await expect(timeline.locator('[data-event="inspection.INSULATION.PASS"]')).toContainText("تفتيش مرحلة العزل الحراري: مطابق");
  await expect(timeline.locator('[data-event="complete"]')).toContainText(`رقم الشهادة: ${certNumber}`);
  await expect(timeline.locator('[data-event="electricity.requested"]')).toContainText("طلب المالك إيصال التيار الكهربائي");
  await expect(timeline).not.toContainText("events.");
  await expect(page.getByTestId("permit-bill")).toContainText("مسددة");
  await expect(page.getByTestId("permit-bill").getByRole("link")).toHaveText("عرض الفاتورة والإيصال");

  // Public inquiry by number: the status only.
  await page.goto(`/ar/electricity-connections?number=${connection}`);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "REQUESTED");
  await expect(page.getByTestId("connection-status")).not.toContainText(permitNumber);
  await screenshot(page, "permits-connection-inquiry");

  await loginAs("FIELD_INSPECTOR");
  await page.goto(`/ar/staff/permits/after-issue/${permitNumber}`);
  await page.getByTestId("issue-clearance").getByRole("button").click();
  await expect(page.getByTestId("connection-row")).toHaveAttribute("data-status", "ISSUED");
  await expect(page.getByTestId("connection-row")).toContainText(/CL\d+/);
  await page.goto(`/ar/electricity-connections?number=${connection}`);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "ISSUED");
});
