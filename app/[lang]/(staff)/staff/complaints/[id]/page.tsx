import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ComplaintFlags, StaffComplaintStatusBadge } from "@/components/complaints/staff/badges";
import { PointsMap } from "@/components/complaints/staff/point-map";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getStaffComplaint, staffActionOptions, staffLikelyDuplicates, type StaffEventDTO } from "@/lib/domain/complaints/queries/staff";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import type { Lang } from "@/lib/i18n/settings";
import { AssignForm, MergeButton, NoteForm, ReferForm, RejectForm, ResolveForm, UpdateForm } from "./action-forms";
import { ReporterPanel } from "./reporter-panel";
import { localName, localText } from "@/lib/kernel/locale";
import { assignAction, mergeAction, noteAction, referAction, rejectAction, resolveAction, updateAction, viewReporterAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("staffComplaint");

export default async function StaffComplaintPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "complaints.handle", `/${lang}/staff/complaints/${id}`);
  const t = getT(lang);
  const c = await getStaffComplaint(actor, id);
  if (!c) notFound();
  const can = (e: (typeof c.actions)[number]) => c.actions.includes(e);
  const [duplicates, options] = await Promise.all([staffLikelyDuplicates(actor, c), can("assign") || can("refer") ? staffActionOptions(actor, c) : Promise.resolve(null)]);

  const facts: { label: string; value: ReactNode; testId?: string }[] = [
    { label: t("complaintsStaff:fields.category"), value: localName(lang, c.category) },
    { label: t("complaintsStaff:fields.department"), value: localName(lang, c.department), testId: "fact-department" },
    { label: t("complaintsStaff:fields.municipality"), value: localName(lang, c.municipality), testId: "fact-municipality" },
    { label: t("complaintsStaff:fields.district"), value: c.district ? localName(lang, c.district) : "—" },
    { label: t("complaintsStaff:fields.createdAt"), value: <DateText date={c.createdAt} lang={lang} withTime /> },
    {
      label: t("complaintsStaff:fields.sla"),
      value: (
        <span className="inline-flex flex-wrap items-center gap-2">
          <DateText date={c.slaDueAt} lang={lang} withTime />
          <ComplaintFlags lang={lang} overdue={c.overdue} escalationLevel={c.escalationLevel} reopenCount={c.reopenCount} />
        </span>
      ),
    },
    { label: t("complaintsStaff:fields.assignee"), value: c.assignee ? localName(lang, c.assignee) : t("complaintsStaff:queue.unassigned"), testId: "fact-assignee" },
    { label: t("complaintsStaff:fields.source"), value: c.agencyClient ? `${t(`complaintsStaff:source.${c.source}`)} — ${localName(lang, c.agencyClient)}` : t(`complaintsStaff:source.${c.source}`) },
    ...(c.addressText ? [{ label: t("complaintsStaff:fields.address"), value: <span dir="auto">{c.addressText}</span> }] : []),
    ...(c.rating !== null ? [{ label: t("complaintsStaff:fields.rating"), value: <>{t("complaintsStaff:detail.ratingValue", { rating: c.rating })}{c.ratingComment ? <p className="text-sm text-slate-600" dir="auto">{c.ratingComment}</p> : null}</> }] : []),
  ];

  return (
    <div className="space-y-5">
      <PageHeader
        title={t("complaintsStaff:detail.title", { reference: c.reference })}
        subtitle={localName(lang, c.category)}
        actions={<ButtonLink variant="ghost" href={`/${lang}/staff/complaints`}>{t("complaintsStaff:detail.back")}</ButtonLink>}
      />
      {c.duplicateOf && (
        <Alert tone="info" testId="merged-into">
          {c.duplicateOf.id ? (
            <Link className="font-bold underline" href={`/${lang}/staff/complaints/${c.duplicateOf.id}`}>{t("complaintsStaff:detail.duplicateOf", { reference: c.duplicateOf.reference })}</Link>
          ) : (
            t("complaintsStaff:detail.duplicateOf", { reference: c.duplicateOf.reference })
          )}
        </Alert>
      )}
      <div className="grid items-start gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card title={t("complaintsStaff:detail.summary")} action={<span data-testid="complaint-status"><StaffComplaintStatusBadge lang={lang} status={c.status} /></span>}>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
              {facts.map((f) => (
                <div key={f.label} className="min-w-0" data-testid={f.testId}>
                  <dt className="text-xs font-bold text-slate-500">{f.label}</dt>
                  <dd className="mt-0.5 break-words text-slate-900">{f.value}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-4 rounded-lg bg-sand-50 p-4">
              <p className="text-xs font-bold text-slate-500">{t("complaintsStaff:fields.description")}</p>
              <p className="mt-1 whitespace-pre-line" dir="auto" data-testid="complaint-description">{c.description}</p>
            </div>
          </Card>

          <div className="grid gap-5 md:grid-cols-2">
            <Card title={t("complaintsStaff:detail.photos")}>
              {c.photos.length === 0 ? (
                <p className="text-sm text-slate-600">{t("complaintsStaff:detail.noPhotos")}</p>
              ) : (
                <ul className="grid grid-cols-2 gap-3" data-testid="complaint-photos">
                  {c.photos.map((p, i) => (
                    <li key={p.id}>
                      <a href={`/api/files/${p.id}`} target="_blank" rel="noopener" className="block overflow-hidden rounded-lg border border-sand-200 bg-sand-100 focus-visible:outline-2 focus-visible:outline-brand-600">
                        <img src={`/api/files/${p.id}`} alt={t("complaintsStaff:detail.photoAlt", { n: i + 1 })} className="aspect-[4/3] w-full object-cover" loading="lazy" />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title={t("complaintsStaff:detail.location")}>
              {c.latitude !== null && c.longitude !== null ? (
                <div className="space-y-2">
                  <PointsMap points={[{ id: c.id, lat: c.latitude, lng: c.longitude, label: c.reference }]} label={t("complaintsStaff:detail.location")} className="h-48" zoom={16} tilesFailedText={t("complaintsStaff:detail.tilesFailed")} />
                  <p className="text-sm">
                    <span className="text-slate-500">{t("complaintsStaff:fields.coordinates")}: </span>
                    <bdi dir="ltr" className="tabular-nums">{c.latitude.toFixed(6)}, {c.longitude.toFixed(6)}</bdi>
                  </p>
                  <a className="text-sm font-bold text-brand-700 underline" target="_blank" rel="noopener noreferrer" href={`https://www.openstreetmap.org/?mlat=${c.latitude}&mlon=${c.longitude}#map=18/${c.latitude}/${c.longitude}`}>
                    {t("complaintsStaff:detail.openInMaps")}
                  </a>
                </div>
              ) : (
                <p className="text-sm text-slate-600">{t("complaintsStaff:detail.noLocation")}</p>
              )}
            </Card>
          </div>

          <Card title={t("complaintsStaff:detail.timeline")}>
            <ol className="relative space-y-4 border-s-2 border-sand-200 ps-5" data-testid="timeline">
              {c.events.map((e) => (
                <TimelineItem key={e.id} lang={lang} event={e} />
              ))}
            </ol>
          </Card>
        </div>

        <aside className="space-y-5">
          <Card title={t("complaintsStaff:reporter.title")}>
            {c.hasReporter ? <ReporterPanel complaintId={c.id} action={viewReporterAction} /> : <p className="text-sm text-slate-600">{t("complaintsStaff:reporter.none")}</p>}
          </Card>

          {can("merge") && (
            <Card title={t("complaintsStaff:duplicates.title")}>
              <p className="mb-3 text-xs text-slate-600">{t("complaintsStaff:duplicates.hint")}</p>
              {duplicates.length === 0 ? (
                <p className="text-sm text-slate-600" data-testid="duplicates-none">{t("complaintsStaff:duplicates.none")}</p>
              ) : (
                <ul className="space-y-3" data-testid="duplicates">
                  {duplicates.map((d) => (
                    <li key={d.id} className="rounded-lg border border-amber-200 bg-amber-50/60 p-3" data-testid="duplicate" data-reference={d.reference}>
                      <div className="flex items-center justify-between gap-2">
                        <Link href={`/${lang}/staff/complaints/${d.id}`} className="font-bold text-brand-700 underline"><bdi dir="ltr">{d.reference}</bdi></Link>
                        <Badge tone="amber">{t("complaintsStaff:duplicates.distance", { meters: d.distanceMeters })}</Badge>
                      </div>
                      <p className="mt-1 line-clamp-2 text-sm text-slate-700" dir="auto">{d.description}</p>
                      <p className="mt-1 text-xs text-slate-500"><DateText date={d.createdAt} lang={lang} /></p>
                      <div className="mt-2">
                        <MergeButton complaintId={c.id} action={mergeAction} intoId={d.id} label={t("complaintsStaff:duplicates.merge", { reference: d.reference })} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              {duplicates.length > 0 && <p className="mt-3 text-xs text-slate-600">{t("complaintsStaff:duplicates.mergeHint")}</p>}
            </Card>
          )}

          {c.mergedIn.length > 0 && (
            <Card title={t("complaintsStaff:detail.mergedIn")}>
              <p className="mb-2 text-xs text-slate-600">{t("complaintsStaff:detail.mergedInHint")}</p>
              <ul className="space-y-1 text-sm" data-testid="merged-in">
                {c.mergedIn.map((m) => (
                  <li key={m.id}>
                    <Link className="font-bold text-brand-700 underline" href={`/${lang}/staff/complaints/${m.id}`}><bdi dir="ltr">{m.reference}</bdi></Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}

          <section aria-labelledby="actions-title" className="space-y-3">
            <h2 id="actions-title" className="text-base font-bold text-brand-900">{t("complaintsStaff:actions.title")}</h2>
            {can("assign") && options && (
              <AssignForm complaintId={c.id} action={assignAction} members={options.members.map((m) => ({ id: m.id, label: m.isSupervisor ? `${localName(lang, m)} (${t("complaintsStaff:actions.assign.supervisor")})` : localName(lang, m) }))} />
            )}
            {can("update") && <UpdateForm complaintId={c.id} action={updateAction} />}
            {can("resolve") && <ResolveForm complaintId={c.id} action={resolveAction} />}
            {can("refer") && options && (
              <ReferForm
                lang={lang}
                action={referAction}
                complaintId={c.id}
                departments={options.departments.filter((d) => d.id !== c.departmentId).map((d) => ({ id: d.id, label: localName(lang, d) }))}
                municipalities={options.municipalities.filter((m) => m.id !== c.municipalityId).map((m) => ({ id: m.id, label: localName(lang, m) }))}
              />
            )}
            {can("reject") && <RejectForm complaintId={c.id} action={rejectAction} />}
            {!can("resolve") && !can("reject") && (
              <p className="rounded-lg bg-sand-100 p-3 text-sm text-slate-700">{t("complaintsStaff:actions.closed", { status: t(`complaintsStaff:status.${c.status}`) })}</p>
            )}
            {can("note") && <NoteForm complaintId={c.id} action={noteAction} />}
          </section>
        </aside>
      </div>
    </div>
  );
}

function TimelineItem({ lang, event: e }: { lang: Lang; event: StaffEventDTO }) {
  const t = getT(lang);
  const d = e.data ?? {};
  const str = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  let detail: string | null = null;
  if (e.kind === "REFERRED") detail = t("complaintsStaff:eventData.referredTo", { department: localText(lang, { departmentAr: str("departmentAr"), departmentEn: str("departmentEn") }, "department"), municipality: localText(lang, { municipalityAr: str("municipalityAr"), municipalityEn: str("municipalityEn") }, "municipality") });
  else if (e.kind === "ASSIGNED" && str("assigneeAr")) detail = t("complaintsStaff:eventData.assignedTo", { name: localText(lang, { assigneeAr: str("assigneeAr"), assigneeEn: str("assigneeEn") }, "assignee") });
  else if (e.kind === "MERGED" && str("intoReference")) detail = t("complaintsStaff:eventData.mergedInto", { reference: str("intoReference") });
  else if (e.kind === "MERGED" && str("fromReference")) detail = t("complaintsStaff:eventData.mergedFrom", { reference: str("fromReference") });
  else if (e.kind === "ESCALATED" && typeof d.level === "number") detail = t("complaintsStaff:eventData.level", { level: d.level });
  else if (e.kind === "RATED" && typeof d.rating === "number") detail = t("complaintsStaff:eventData.rating", { rating: d.rating });
  const who = e.actor.kind === "staff" ? (localName(lang, e.actor)) : e.actor.kind === "reporter" ? t("complaintsStaff:actor.reporter") : t("complaintsStaff:actor.system");
  return (
    <li className="relative" data-testid="timeline-event" data-kind={e.kind} data-public={e.public ? "1" : "0"}>
      <span aria-hidden="true" className={`absolute -start-[1.72rem] top-1.5 size-3 rounded-full ring-4 ring-white ${e.public ? "bg-brand-600" : "bg-slate-400"}`} />
      <div className={`rounded-lg p-3 ${e.public ? "bg-white" : "border border-dashed border-slate-300 bg-slate-50"}`}>
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-bold text-slate-900">{t(`complaintsStaff:events.${e.kind}`)}</p>
          <Badge tone={e.public ? "green" : "slate"}>{e.public ? t("complaintsStaff:detail.public") : t("complaintsStaff:detail.internal")}</Badge>
        </div>
        <p className="mt-0.5 text-xs text-slate-500">
          {who} · <DateText date={e.at} lang={lang} withTime />
        </p>
        {detail && <p className="mt-1 text-sm text-slate-700">{detail}</p>}
        {e.body && <p className="mt-1 whitespace-pre-line text-sm" dir="auto">{e.body}</p>}
        {e.photos.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2">
            {e.photos.map((p, i) => (
              <li key={p.id}>
                <a href={`/api/files/${p.id}`} target="_blank" rel="noopener" className="block overflow-hidden rounded-md border border-sand-200">
                  <img src={`/api/files/${p.id}`} alt={t("complaintsStaff:detail.photoAlt", { n: i + 1 })} className="h-20 w-28 object-cover" loading="lazy" />
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
