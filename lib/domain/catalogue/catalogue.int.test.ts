/**
 * The catalogue against PostgreSQL: the seeded 120+ services, search as people type Arabic, and the
 * administrator's commands (authorization, audit rows, refusals that change nothing, retired = not public).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createService, publishService, retireService, updateService } from "@/lib/domain/catalogue/commands/manage-service";
import { adminGetService } from "@/lib/domain/catalogue/queries/admin-catalogue";
import { getServiceGuide, homeCatalogue, parseCatalogueFilters, searchCatalogue } from "@/lib/domain/catalogue/queries/public-catalogue";
import { actorOf, makeUser } from "@/lib/domain/offices/test-support";
import { isAppError, type AppError } from "@/lib/errors";

let admin: Actor;
let reviewer: Actor;
let citizen: Actor;

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}
const audits = (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
const search = (q: string, extra: Record<string, string> = {}, page = 1) => searchCatalogue("ar", parseCatalogueFilters({ q, ...extra }, page));

const NEW = {
  code: "TRX-ROOF-SOLAR",
  category: "TRANSACTIONAL",
  audience: "CITIZEN",
  nameAr: "إصدار تصريح ألواح شمسية على الأسطح",
  nameEn: "Rooftop solar panels permit",
  descriptionAr: "تصريح تركيب ألواح الطاقة الشمسية على أسطح المنازل.",
  descriptionEn: "A permit to install solar panels on house roofs.",
  departmentAr: "إدارة رخص البناء",
  departmentEn: "Building Permits Department",
  channels: ["WEB", "KIOSK"],
  livePath: "",
  requiresLogin: true,
  requirementsAr: "أن يكون مقدم الطلب المالك\n\nمخطط السطح",
  requirementsEn: "The applicant is the owner\nRoof plan",
  documentsAr: "صك الملكية",
  documentsEn: "Title deed",
  stepsAr: "قدّم الطلب\nسدد الرسوم",
  stepsEn: "Apply\nPay the fee",
  feeRiyals: "150.50",
  feeAr: "150.50 ريال",
  feeEn: "SAR 150.50",
  durationAr: "ثلاثة أيام عمل",
  durationEn: "Three working days",
};

beforeAll(async () => {
  admin = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.admin" } })).id);
  reviewer = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.reviewer" } })).id);
  citizen = await actorOf((await makeUser({ nationalId: "1777777771" })).id);
});

describe("the seeded catalogue", () => {
  it("has at least 120 published services in the four categories, each with a guide", async () => {
    const rows = await db.eService.findMany({ where: { status: "PUBLISHED" } });
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(["INFORMATIONAL", "INTERACTIVE", "TRANSACTIONAL", "INTEGRATIVE"]));
    expect(new Set(rows.map((r) => r.audience))).toEqual(new Set(["CITIZEN", "BUSINESS", "OFFICE", "AGENCY"]));
    for (const r of rows) {
      expect(r.stepsAr.length, r.code).toBeGreaterThan(0);
      expect(r.stepsEn.length, r.code).toBe(r.stepsAr.length);
      expect(r.departmentAr && r.durationAr && r.feeAr && r.searchText, r.code).toBeTruthy();
      expect(r.channels.length, r.code).toBeGreaterThan(0);
    }
    const fee = rows.find((r) => r.code === "TRX-LICENSE-ISSUE")!;
    expect(fee.feeAr).toContain("300 ريال رسم إصدار"); // from the fee rules (prisma/seed/licensing.ts)
  });

  it("finds a service typed without its hamza, with taa marbuta as haa, and with diacritics", async () => {
    for (const q of ["اصدار رخصة محل", "إصدار رخصه محل", "اِصْدار رُخْصة مـحل"]) {
      const r = await search(q);
      expect(r.rows.map((s) => s.code), q).toContain("TRX-LICENSE-ISSUE");
    }
    expect((await search("شهاده صحيه")).rows.map((s) => s.code)).toContain("TRX-HEALTH-CERT-ISSUE");
    expect((await search("مبنى")).total).toBe((await search("مبني")).total);
    expect((await search("zzzz-nothing")).total).toBe(0);
  });

  it("filters by category and audience and pages the results", async () => {
    const gov = await search("", { audience: "AGENCY" });
    expect(gov.total).toBeGreaterThan(0);
    expect(gov.rows.every((s) => s.audience === "AGENCY")).toBe(true);
    const info = await search("", { category: "INFORMATIONAL" });
    expect(info.rows.every((s) => s.category === "INFORMATIONAL")).toBe(true);
    const all = await search("");
    const last = Math.ceil(all.total / all.pageSize);
    const lastPage = await search("", {}, last);
    expect(lastPage.rows.length).toBe(all.total - (last - 1) * all.pageSize);
    expect((await search("", { category: "NOPE" })).total).toBe(all.total); // an unknown filter is ignored
  });
});

describe("administering the catalogue", () => {
  it("refuses every role but the administrator, and writes nothing", async () => {
    for (const actor of [reviewer, citizen]) {
      expect((await errorOf(createService.execute(actor, NEW))).code).toBe("FORBIDDEN");
      expect((await errorOf(retireService.execute(actor, { code: "TRX-LICENSE-ISSUE" }))).code).toBe("FORBIDDEN");
    }
    expect(await db.eService.count({ where: { code: NEW.code } })).toBe(0);
    expect((await db.eService.findUniqueOrThrow({ where: { code: "TRX-LICENSE-ISSUE" } })).status).toBe("PUBLISHED");
    expect(await audits("catalogue.create")).toHaveLength(0);
  });

  it("refuses bad input with a message per field, and writes nothing", async () => {
    const e = await errorOf(createService.execute(admin, { ...NEW, livePath: "https://evil.example", stepsAr: " \n ", feeRiyals: "12,5.7x", channels: [], code: "bad code" }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldErrors).toMatchObject({ livePath: "catalogue:errors.livePath", stepsAr: "catalogue:errors.atLeastOneLine", feeRiyals: "catalogue:errors.fee", channels: "catalogue:errors.channels", code: "catalogue:errors.code" });
    const taken = await errorOf(createService.execute(admin, { ...NEW, code: "TRX-LICENSE-ISSUE" }));
    expect(taken.fieldErrors).toEqual({ code: "catalogue:errors.codeTaken" });
    expect((await db.eService.findUniqueOrThrow({ where: { code: "TRX-LICENSE-ISSUE" } })).nameAr).toBe("إصدار رخصة محل تجاري");
    expect(await db.eService.count({ where: { code: NEW.code } })).toBe(0);
  });

  it("adds a draft (not public), publishes it (public and searchable), edits it, retires it (gone) — each audited", async () => {
    await createService.execute(admin, NEW);
    const row = await db.eService.findUniqueOrThrow({ where: { code: NEW.code } });
    expect(row).toMatchObject({ status: "DRAFT", active: false, feeHalalas: 15050, requirementsAr: ["أن يكون مقدم الطلب المالك", "مخطط السطح"], stepsEn: ["Apply", "Pay the fee"], livePath: null });
    expect(row.searchText).toContain("اصدار تصريح الواح شمسيه");
    expect((await search("الواح شمسيه")).total).toBe(0);
    expect(await getServiceGuide("ar", NEW.code)).toBeNull();
    const [created] = await audits("catalogue.create");
    expect(created).toMatchObject({ actorId: admin.userId, entityType: "EService", entityId: row.id });

    expect(await publishService.execute(admin, { code: NEW.code })).toEqual({ code: NEW.code, status: "PUBLISHED" });
    expect((await search("الألواح الشمسية")).rows.map((s) => s.code)).toEqual([NEW.code]);
    const guide = await getServiceGuide("en", NEW.code);
    expect(guide).toMatchObject({ name: "Rooftop solar panels permit", steps: ["Apply", "Pay the fee"], feeHalalas: 15050, liveHref: null, guideHref: `/en/catalogue/${NEW.code}` });
    expect((await errorOf(publishService.execute(admin, { code: NEW.code }))).code).toBe("INVALID_STATE");

    await updateService.execute(admin, { ...NEW, nameAr: "تصريح الطاقة الشمسية للمنازل", livePath: "/complaints/new" });
    const edited = await db.eService.findUniqueOrThrow({ where: { code: NEW.code } });
    expect(edited).toMatchObject({ nameAr: "تصريح الطاقة الشمسية للمنازل", livePath: "/complaints/new", status: "PUBLISHED" });
    expect((await search("الطاقه الشمسيه للمنازل")).total).toBe(1);
    const [update] = await audits("catalogue.update");
    expect(update!.before).toMatchObject({ nameAr: NEW.nameAr, livePath: null });
    expect(update!.after).toMatchObject({ nameAr: "تصريح الطاقة الشمسية للمنازل", livePath: "/complaints/new" });

    await retireService.execute(admin, { code: NEW.code });
    expect((await search("الطاقه الشمسيه")).total).toBe(0);
    expect(await getServiceGuide("ar", NEW.code)).toBeNull();
    expect((await homeCatalogue("ar")).flatMap((g) => g.services.map((s) => s.code))).not.toContain(NEW.code);
    expect((await audits("catalogue.retire")).map((a) => a.after)).toEqual([{ status: "RETIRED" }]);

    // A retired service: retiring or editing again is refused and changes nothing.
    expect((await errorOf(retireService.execute(admin, { code: NEW.code }))).message).toBe("catalogue:errors.cannot.retire");
    expect((await errorOf(updateService.execute(admin, { ...NEW, nameAr: "لن يحفظ" }))).message).toBe("catalogue:errors.cannot.edit");
    expect((await db.eService.findUniqueOrThrow({ where: { code: NEW.code } })).nameAr).toBe("تصريح الطاقة الشمسية للمنازل");
    expect((await adminGetService(admin, "ar", NEW.code))?.actions).toEqual(["publish"]);
    expect(await audits("catalogue.update")).toHaveLength(1);
  });

  it("answers an unknown code with not found", async () => {
    expect((await errorOf(publishService.execute(admin, { code: "TRX-NO-SUCH" }))).code).toBe("NOT_FOUND");
  });
});
