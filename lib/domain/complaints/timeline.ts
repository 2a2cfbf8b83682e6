import { actorLabelOf } from "@/lib/domain/audit/record";
import { isSystemActor, type AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueSms, type SmsTemplate } from "@/lib/domain/notifications/outbox";
import type { SmsParams } from "@/lib/domain/notifications/templates";
import type { ComplaintEventKind } from "@/lib/domain/complaints/workflow";

/** Who writes a timeline event: a signed-in person, the system (jobs, Open311), or a guest who confirmed a mobile. */
export type TimelineActor = AnyActor | { guest: true };

function actorOf(a: TimelineActor): { actorId: string | null; actorLabel: string } {
  if ("guest" in a) return { actorId: null, actorLabel: "guest" };
  return { actorId: isSystemActor(a) ? null : a.userId, actorLabel: actorLabelOf(a) };
}

export type TimelineEntry = {
  kind: ComplaintEventKind;
  /** Shown to the citizen (and to every reporter of merged complaints). Internal notes are never public. */
  public: boolean;
  body?: string | null;
  data?: Record<string, unknown>;
};

/**
 * Appends one event to a complaint's timeline (the table is append-only) inside the caller's
 * transaction. Returns the event's id (to attach photos to it, e.g. the resolution photo).
 */
export async function appendEvent(tx: Tx, actor: TimelineActor, complaint: { id: string }, entry: TimelineEntry): Promise<{ id: string }> {
  return tx.complaintEvent.create({
    data: {
      complaintId: complaint.id,
      ...actorOf(actor),
      kind: entry.kind,
      public: entry.public,
      body: entry.body ?? null,
      data: entry.data ? (entry.data as Prisma.InputJsonValue) : undefined,
    },
    select: { id: true },
  });
}

/**
 * Texts the reporter of the complaint AND the reporters of every complaint merged into it
 * (duplicateOfId), each in their own language. `{{reference}}` is always the recipient's OWN
 * reference (the number they were given and track), whatever `params.reference` says.
 * `eventKey` names the business event (e.g. the event id or "resolved:<n>"): the same key never texts
 * the same complaint's reporter twice, and one mobile that filed several merged complaints gets one SMS.
 * Returns the number of messages enqueued.
 */
export async function notifyReporters(
  tx: Tx,
  complaint: { id: string },
  template: SmsTemplate,
  params: SmsParams,
  eventKey: string,
): Promise<number> {
  const recipients = await tx.complaint.findMany({
    where: { OR: [{ id: complaint.id }, { duplicateOfId: complaint.id }] },
    select: { id: true, reference: true, reporterMobile: true, reporterLocale: true },
    orderBy: { createdAt: "asc" },
  });
  const seen = new Set<string>();
  let sent = 0;
  for (const r of recipients) {
    const mobile = r.reporterMobile;
    if (!mobile || seen.has(mobile)) continue;
    seen.add(mobile);
    const ok = await enqueueSms(tx, {
      to: mobile,
      template,
      params: { ...params, reference: r.reference },
      locale: r.reporterLocale,
      dedupeKey: `complaint:${template}:${eventKey}:${r.id}`,
    });
    if (ok) sent++;
  }
  return sent;
}
