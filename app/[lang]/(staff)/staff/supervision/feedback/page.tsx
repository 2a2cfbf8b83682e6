import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/require-actor";
import { committeeFeedback } from "@/lib/domain/offices/queries/feedback";
import { localName } from "@/lib/kernel/locale";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { FeedbackBadge } from "../badges";
import { answerFeedbackAction } from "../actions";
import { AnswerForm } from "../forms";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("supervisionFeedback");

export default async function CommitteeFeedbackPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string; status?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/feedback`);
  const t = getT(lang);
  const sp = await searchParams;
  const r = await committeeFeedback(actor, { status: sp.status, page: pageParam(sp.page) });
  const base = `/${lang}/staff/supervision/feedback`;
  return (
    <>
      <PageHeader title={t("supervision:feedback.title")} subtitle={t("supervision:feedback.staffSubtitle")} />
      <nav aria-label={t("supervision:fields.status")} className="mb-4 flex gap-2">
        {(["open", "all"] as const).map((f) => {
          const current = (r.status === "all" ? "all" : "open") === f;
          return (
            <Link key={f} href={`${base}?status=${f}`} aria-current={current ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-bold ${current ? "bg-brand-600 text-white" : "border border-sand-200 bg-white text-slate-700 hover:bg-sand-50"}`}>
              {t(f === "open" ? "supervision:feedback.filterOpen" : "supervision:feedback.filterAll")}
            </Link>
          );
        })}
      </nav>
      {r.rows.length === 0 ? <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("supervision:feedback.none")}</p> : (
        <ul className="space-y-4">
          {r.rows.map((f) => (
            <li key={f.id} data-testid="feedback-item" className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <bdi dir="ltr" className="font-bold tabular-nums">{f.number}</bdi>
                <Badge tone={f.kind === "COMPLAINT" ? "red" : "blue"}>{t(`supervision:feedbackKind.${f.kind}`)}</Badge>
                <FeedbackBadge t={t} status={f.status} />
                <Badge tone="slate">{t(f.fromKind === "OFFICE" ? "supervision:feedback.fromOffice" : "supervision:feedback.fromCitizen")}</Badge>
                <span className="ms-auto text-sm"><DateText date={f.createdAt} lang={lang} /></span>
              </div>
              <h2 className="mt-2 font-bold text-brand-900">{f.subject}</h2>
              <p className="text-sm text-slate-600">{t("supervision:fields.aboutOffice")}: {f.office ? localName(lang, f.office) : t("supervision:feedback.general")}</p>
              <p dir="auto" className="mt-2 whitespace-pre-line text-start">{f.body}</p>
              {!f.canAnswer ? <p className="mt-3 rounded-lg bg-brand-50 p-3 text-sm"><span className="font-bold">{t("supervision:fields.answer")}: </span>{f.answer}</p> : <AnswerForm feedbackId={f.id} number={f.number} action={answerFeedbackAction} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination lang={lang} page={r.page} pageSize={r.pageSize} total={r.total} basePath={base} query={{ status: sp.status }} />
    </>
  );
}
