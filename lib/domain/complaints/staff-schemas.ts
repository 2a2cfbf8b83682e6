/**
 * Zod schemas of the complaints officer's actions (refer, assign, internal note, public update,
 * resolve, reject, merge, view the reporter), shared by the staff forms and the commands. The forms
 * keep the resolution photo outside react-hook-form (see ZResolveComplaint / ZResolveComplaintForm).
 * Queue filters are parsed here too (the page, the CSV export and the map read the same ones).
 */
import { z } from "@/lib/validation";
import { COMPLAINT_STATUSES } from "@/lib/domain/complaints/workflow";
import { normalizeReference, zUpload } from "@/lib/domain/complaints/schemas";

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);
const optionalId = z.string().trim().max(40).optional().default("");
const complaintId = id;

/** Refer to another department and/or municipality; the reason is an internal note (never shown to the citizen). */
export const ZReferComplaint = z
  .object({
    complaintId,
    departmentId: optionalId,
    municipalityId: optionalId,
    reason: z.string().trim().min(5, { error: "complaintsStaff:errors.reasonShort" }).max(1000),
  })
  .superRefine((v, ctx) => {
    if (!v.departmentId && !v.municipalityId) {
      ctx.addIssue({ code: "custom", path: ["departmentId"], message: "complaintsStaff:errors.referTarget" });
    }
  });
export type ReferComplaintInput = z.input<typeof ZReferComplaint>;

/** Assign to a named employee of the complaint's department. */
export const ZAssignComplaint = z.object({
  complaintId,
  memberId: z.string().trim().min(1, { error: "complaintsStaff:errors.chooseEmployee" }).max(40),
});
export type AssignComplaintInput = z.input<typeof ZAssignComplaint>;

/** An internal note: staff only, never in the citizen's timeline nor in Open311. */
export const ZAddInternalNote = z.object({ complaintId, body: z.string().trim().min(2, { error: "validation:required" }).max(2000) });
export type AddInternalNoteInput = z.input<typeof ZAddInternalNote>;

/** A public update: shown in the citizen's timeline and texted to every reporter. */
export const ZPostPublicUpdate = z.object({ complaintId, body: z.string().trim().min(5, { error: "complaintsStaff:errors.updateShort" }).max(1000) });
export type PostPublicUpdateInput = z.input<typeof ZPostPublicUpdate>;

const resolveShape = { complaintId, note: z.string().trim().min(5, { error: "complaintsStaff:errors.noteShort" }).max(2000) };
/** The form (the page adds the optional photo, see ZResolveComplaint). */
export const ZResolveComplaintForm = z.object(resolveShape);
export const ZResolveComplaint = z.object({ ...resolveShape, photos: z.array(zUpload).max(1, { error: "complaintsStaff:errors.onePhoto" }).optional().default([]) });
export type ResolveComplaintFormInput = z.input<typeof ZResolveComplaintForm>;

export const ZRejectComplaint = z.object({ complaintId, reason: z.string().trim().min(5, { error: "complaintsStaff:errors.reasonShort" }).max(1000) });
export type RejectComplaintInput = z.input<typeof ZRejectComplaint>;

/** Merge this complaint into another (open) one: it becomes MERGED and its reporter follows the other. */
export const ZMergeComplaint = z
  .object({ complaintId, intoId: z.string().trim().min(1, { error: "complaintsStaff:errors.chooseTarget" }).max(40) })
  .refine((v) => v.complaintId !== v.intoId, { path: ["intoId"], message: "complaintsStaff:errors.mergeSelf" });
export type MergeComplaintInput = z.input<typeof ZMergeComplaint>;

/** Reveal the reporter's name and mobile (audited). */
export const ZViewReporter = z.object({ complaintId });

// ── Queue filters (page, map, CSV) ──

export const QUEUE_STATUS_FILTERS = ["open", "all", ...COMPLAINT_STATUSES] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

export type QueueFilters = {
  status: QueueStatusFilter;
  categoryId: string;
  departmentId: string;
  municipalityId: string;
  overdue: boolean;
  /** A reference, normalised ("c 1234 5678" → "C12345678"); empty = none. */
  q: string;
  page: number;
};

const pick = (v: unknown): string => (typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "");
const cleanId = (v: unknown) => {
  const s = pick(v).trim();
  return /^[A-Za-z0-9_-]{1,40}$/.test(s) ? s : "";
};

/** Search params → filters; anything unknown falls back to the default (open complaints, page 1). */
export function parseQueueFilters(sp: Record<string, unknown>): QueueFilters {
  const status = pick(sp.status);
  const page = Number.parseInt(pick(sp.page), 10);
  return {
    status: (QUEUE_STATUS_FILTERS as readonly string[]).includes(status) ? (status as QueueStatusFilter) : "open",
    categoryId: cleanId(sp.category),
    departmentId: cleanId(sp.department),
    municipalityId: cleanId(sp.municipality),
    overdue: pick(sp.overdue) === "1",
    q: normalizeReference(pick(sp.q)).slice(0, 16),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

/** Filters → search params (without the page), for links, pagination and the CSV button. */
export function queueQuery(f: QueueFilters): Record<string, string | undefined> {
  return {
    status: f.status === "open" ? undefined : f.status,
    category: f.categoryId || undefined,
    department: f.departmentId || undefined,
    municipality: f.municipalityId || undefined,
    overdue: f.overdue ? "1" : undefined,
    q: f.q || undefined,
  };
}
