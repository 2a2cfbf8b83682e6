import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { createDevSmsProvider } from "@/lib/domain/notifications/providers/dev";
import { SMS_PAGE_SIZE, listOutbox, listSmsLog } from "@/lib/domain/notifications/queries/sms-log";

const staff = (roles: Actor["roles"]): Actor => ({
  userId: "u",
  label: "staff",
  nameAr: "موظف",
  nameEn: "Staff",
  mobile: "966500000000",
  locale: "ar",
  roles,
  amanahIds: ["a"],
  municipalityIds: null,
  officeId: null,
  medicalCenterId: null,
});

// A number of our own: the assertions filter by it, so other rows in the database do not matter.
const to = `9665${String(randomInt(0, 1e8)).padStart(8, "0")}`;
const other = `9665${String(randomInt(0, 1e8)).padStart(8, "0")}`;

beforeAll(async () => {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < SMS_PAGE_SIZE + 3; i++) {
      await enqueueSms(tx, { to, template: "otp", params: { code: String(i) }, locale: "ar" });
    }
    await enqueueSms(tx, { to: other, template: "test", params: {}, locale: "en" });
  });
  const provider = createDevSmsProvider();
  const rows = await db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
  // Sent one by one so that createdAt orders them.
  for (const r of rows) await provider.send({ id: r.id, to: r.to, body: r.body });
});

describe("listSmsLog", () => {
  it("finds a number however it is typed, newest first, a page at a time", async () => {
    const local = `0${to.slice(3)}`;
    const arabicDigits = local.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    for (const query of [to, local, `+${to}`, arabicDigits]) {
      const res = await listSmsLog(staff(["ADMIN"]), { to: query, page: 1 });
      expect(res.total, query).toBe(SMS_PAGE_SIZE + 3);
      expect(res.rows).toHaveLength(SMS_PAGE_SIZE);
      expect(res.rows.every((r) => r.to === to)).toBe(true);
    }
    const page1 = await listSmsLog(staff(["ADMIN"]), { to, page: 1 });
    const page2 = await listSmsLog(staff(["ADMIN"]), { to, page: 2 });
    expect(page2.rows).toHaveLength(3);
    expect(page1.rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(page1.rows.at(-1)!.createdAt.getTime());
    expect(page1.rows.at(-1)!.createdAt.getTime()).toBeGreaterThanOrEqual(page2.rows[0]!.createdAt.getTime());
    expect(page1.rows.map((r) => r.id)).not.toContain(page2.rows[0]!.id);
  });

  it("matches a fragment of a number", async () => {
    const res = await listSmsLog(staff(["ADMIN"]), { to: to.slice(-7), page: 1 });
    expect(res.rows.some((r) => r.to === to)).toBe(true);
  });

  it("refuses roles without sms.log.read", async () => {
    for (const role of ["FINANCE", "REVIEWER", "COMPLAINTS_OFFICER"] as const) await expect(listSmsLog(staff([role]), { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listOutbox", () => {
  it("filters by status, for admins only", async () => {
    const pending = await listOutbox(staff(["ADMIN"]), { status: "PENDING", page: 1 });
    expect(pending.rows.some((r) => r.to === other)).toBe(true);
    expect(pending.rows.every((r) => r.status === "PENDING")).toBe(true);
    await expect(listOutbox(staff(["REVIEWER"]), { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
