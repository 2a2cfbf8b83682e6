/**
 * Issue 11: the reporter of a complaint merged into another sees the municipality's public updates of that
 * complaint, never the other reporter's own entries (rating comment, reopening reason).
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { rateTrackedComplaint, reopenTrackedComplaint } from "@/lib/domain/complaints/commands/citizen";
import { mergeComplaint } from "@/lib/domain/complaints/commands/staff-merge";
import { resolveComplaint } from "@/lib/domain/complaints/commands/staff-resolve";
import { postPublicUpdate } from "@/lib/domain/complaints/commands/staff-update";
import { complaintForReporter } from "@/lib/domain/complaints/queries/citizen";

let seq = 9_700_000;
async function complaint(mobile: string) {
  const cat = await db.complaintCategory.findUniqueOrThrow({ where: { code: "STREET_LIGHT" } });
  const muni = await db.municipality.findUniqueOrThrow({ where: { code: "EP-DMM-C" } });
  return db.complaint.create({
    data: {
      reference: checkDigitNumber("C", seq++, 8),
      categoryId: cat.id,
      departmentId: cat.departmentId,
      municipalityId: muni.id,
      description: "عمود الإنارة مطفأ أمام المدرسة منذ أسبوع",
      latitude: 26.4331,
      longitude: 50.1033,
      reporterMobile: mobile,
      reporterName: "مُبلّغ",
      status: "NEW",
      slaDueAt: new Date(Date.now() + 48 * 3_600_000),
    },
  });
}

describe("merged complaints: each reporter sees only their own entries", () => {
  it("the duplicate's reporter never reads the other reporter's rating comment or reopening reason", async () => {
    const officer = (await loadActor(db, (await db.user.findFirstOrThrow({ where: { username: "staff.complaints" } })).id)) as Actor;
    const target = await complaint("966551119001");
    const dup = await complaint("966551119002");
    await mergeComplaint.execute(officer, { complaintId: dup.id, intoId: target.id });
    await postPublicUpdate.execute(officer, { complaintId: target.id, body: "بدأت أعمال الصيانة" });
    await resolveComplaint.execute(officer, { complaintId: target.id, note: "تم استبدال المصباح" });

    const targetGuest = { verifiedMobile: "966551119001", ip: "203.0.113.9" };
    await rateTrackedComplaint.execute(targetGuest, { reference: target.reference, rating: 2, comment: "تعليق خاص بالمبلغ الأول 0551234567" });
    await reopenTrackedComplaint.execute(targetGuest, { reference: target.reference, reason: "سبب إعادة الفتح الخاص بي" });

    const seenByDup = await complaintForReporter({ mobile: "966551119002" }, dup.reference);
    expect(seenByDup).not.toBeNull();
    const bodies = seenByDup!.events.map((e) => e.body ?? "");
    // The municipality's public updates of the target reach the duplicate's reporter …
    expect(bodies).toContain("بدأت أعمال الصيانة");
    expect(bodies).toContain("تم استبدال المصباح");
    // … but not the other reporter's own rating, comment or reopening reason.
    expect(bodies.join(" ")).not.toContain("تعليق خاص بالمبلغ الأول");
    expect(bodies.join(" ")).not.toContain("سبب إعادة الفتح الخاص بي");
    expect(seenByDup!.events.filter((e) => e.fromReference !== null).map((e) => e.kind)).not.toEqual(expect.arrayContaining(["RATED"]));
    expect(seenByDup!.events.every((e) => e.rating === null)).toBe(true);

    // The target's own reporter still sees their rating and reason.
    const seenByTarget = await complaintForReporter({ mobile: "966551119001" }, target.reference);
    const own = seenByTarget!.events.map((e) => e.body ?? "").join(" ");
    expect(own).toContain("تعليق خاص بالمبلغ الأول");
    expect(own).toContain("سبب إعادة الفتح الخاص بي");
    expect(seenByTarget!.events.find((e) => e.kind === "RATED")?.rating).toBe(2);
  });
});
