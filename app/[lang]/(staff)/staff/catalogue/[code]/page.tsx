import Link from "next/link";
import { notFound } from "next/navigation";
import { ServiceForm, StatusActions } from "@/components/catalogue/service-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { requirePageActor } from "@/lib/auth/require-actor";
import { adminGetService } from "@/lib/domain/catalogue/queries/admin-catalogue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { publishServiceAction, retireServiceAction, updateServiceAction } from "../actions";

export const dynamic = "force-dynamic";

export const generateMetadata = pageTitle("catalogueEntry", "code");

const STATUS_TONE = { DRAFT: "amber", PUBLISHED: "green", RETIRED: "slate" } as const;

/** Administrators: edit one entry, publish or retire it (the actions the workflow allows now). */
export default async function EditServicePage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code: raw } = await params;
  const code = decodeURIComponent(raw);
  const actor = await requirePageActor(lang, "catalogue.manage", `/${lang}/staff/catalogue/${encodeURIComponent(code)}`);
  const t = getT(lang);
  const s = await adminGetService(actor, lang, code);
  if (!s) notFound();
  return (
    <>
      <PageHeader
        title={t("catalogue:admin.editTitle", { name: s.name })}
        subtitle={<span className="inline-flex items-center gap-2"><bdi dir="ltr" className="font-mono text-xs">{s.code}</bdi><Badge tone={STATUS_TONE[s.status]} status={s.status} testId="service-status">{t(`catalogue:admin.statuses.${s.status}`)}</Badge></span>}
        actions={<ButtonLink variant="ghost" href={`/${lang}/staff/catalogue`}>{t("catalogue:admin.backToList")}</ButtonLink>}
      />
      <div className="space-y-6">
        <div className="flex flex-wrap items-center gap-4 rounded-xl border border-sand-200 bg-white p-5">
          <StatusActions code={s.code} actions={s.actions} publish={publishServiceAction} retire={retireServiceAction} />
          {s.status === "PUBLISHED" && <Link href={`/${lang}/catalogue/${encodeURIComponent(s.code)}`} className="font-bold text-brand-700 hover:underline">{t("catalogue:admin.viewGuide")}</Link>}
        </div>
        {s.actions.includes("edit") ? (
          <div className="rounded-xl border border-sand-200 bg-white p-5">
            <ServiceForm mode="edit" initial={s.form} action={updateServiceAction} lang={lang} />
          </div>
        ) : (
          <Alert tone="info" title={t("catalogue:admin.retiredNote")} />
        )}
      </div>
    </>
  );
}
