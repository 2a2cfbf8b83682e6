import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { nextFeedbackNumber } from "@/lib/domain/offices/numbers";
import { ZAnswerFeedback, ZFileFeedback } from "@/lib/domain/offices/schemas";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { AppError } from "@/lib/errors";

/**
 * A citizen or an office files a suggestion or a complaint about an office (an office may also send a
 * general suggestion to the committee, without an office). Routed to the committee; complaints count
 * in the office's scorecard.
 */
export const fileOfficeFeedback = defineCommand({
  name: "offices.fileFeedback",
  permission: "offices.feedback.file",
  schema: ZFileFeedback,
  async run(tx, actor, input) {
    const fromKind = actor.officeId ? "OFFICE" : "CITIZEN";
    if (fromKind === "CITIZEN" && !input.officeId) throw new AppError("VALIDATION", { fieldErrors: { officeId: "supervision:errors.chooseOffice" } });
    if (input.officeId) {
      if (input.officeId === actor.officeId) throw new AppError("VALIDATION", { fieldErrors: { officeId: "supervision:errors.notOwnOffice" } });
      const office = await tx.licensingOffice.findFirst({ where: { id: input.officeId, status: { in: ["ACTIVE", "SUSPENDED"] } }, select: { id: true } });
      if (!office) throw new AppError("VALIDATION", { fieldErrors: { officeId: "supervision:errors.chooseOffice" } });
    }
    const number = await nextFeedbackNumber(tx);
    const feedback = await tx.officeFeedback.create({
      data: { number, officeId: input.officeId ?? null, fromUserId: actor.userId, fromKind, kind: input.kind, subject: input.subject, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "offices.fileFeedback", entityType: "OfficeFeedback", entityId: feedback.id, after: { number, kind: input.kind, fromKind, officeId: input.officeId ?? null } });
    await enqueueSms(tx, { to: actor.mobile, template: "officeFeedbackReceived", params: { number }, locale: actor.locale, dedupeKey: `office-feedback-received:${feedback.id}` });
    return { feedbackId: feedback.id, number };
  },
});

/** The committee answers; the sender is told by SMS. */
export const answerOfficeFeedback = defineCommand({
  name: "offices.answerFeedback",
  permission: "offices.committee",
  schema: ZAnswerFeedback,
  async run(tx, actor, input) {
    const feedback = await tx.officeFeedback.findFirst({
      where: { id: input.feedbackId, OR: [{ officeId: null }, { office: committeeOfficeScope(actor) }] },
      select: { id: true, number: true, status: true, fromUserId: true },
    });
    if (!feedback) throw new AppError("NOT_FOUND");
    if (feedback.status !== "OPEN") throw new AppError("INVALID_STATE", { message: "supervision:errors.alreadyAnswered" });
    const done = await tx.officeFeedback.updateMany({
      where: { id: feedback.id, status: "OPEN" },
      data: { status: "ANSWERED", answer: input.answer, answeredById: actor.userId, answeredAt: new Date() },
    });
    if (done.count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, { action: "offices.answerFeedback", entityType: "OfficeFeedback", entityId: feedback.id, before: { status: "OPEN" }, after: { status: "ANSWERED" } });
    const sender = await tx.user.findUniqueOrThrow({ where: { id: feedback.fromUserId }, select: { mobile: true, preferredLocale: true } });
    await enqueueSms(tx, {
      to: sender.mobile,
      template: "officeFeedbackAnswered",
      params: { number: feedback.number },
      locale: sender.preferredLocale,
      dedupeKey: `office-feedback-answered:${feedback.id}`,
    });
    return { number: feedback.number };
  },
});
