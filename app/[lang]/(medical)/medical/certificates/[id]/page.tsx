import Link from "next/link";
import { notFound } from "next/navigation";
import { CertStatusBadge } from "@/components/health-certs/cert-status-badge";
import { Fact } from "@/components/ui/facts";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getCertForExam } from "@/lib/domain/health-certs/queries/health-certs";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { ExamForm } from "./exam-form";
import { recordExamAction } from "./actions";
import { localPair } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("medicalExam");

/** One request in the examiner's Amanah: the worker's details to check against their ID card, and the result form. */
export default async function ExamPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "healthCerts.examine", `/${lang}/medical/certificates/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const cert = await getCertForExam(actor, id);
  if (!cert) notFound();

  return (
    <>
      <PageHeader
        title={t("healthCerts:exam.title")}
        subtitle={<>{t("healthCerts:fields.number")} <bdi dir="ltr" className="font-bold tabular-nums">{cert.number}</bdi></>}
        actions={<Link href={`/${lang}/medical`} className={buttonClass("ghost")}>{t("healthCerts:exam.back")}</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("healthCerts:fields.worker")}>
          <dl className="grid grid-cols-2 gap-4">
            <Fact label={t("healthCerts:fields.worker")}><span className="text-base font-bold">{cert.workerName}</span></Fact>
            <Fact label={t("healthCerts:fields.workerId")}><bdi dir="ltr" className="text-base font-bold tabular-nums" data-testid="worker-id">{cert.workerNationalId}</bdi></Fact>
            <Fact label={t("healthCerts:fields.nationality")}>{cert.workerNationality ?? "—"}</Fact>
            <Fact label={t("healthCerts:fields.occupation")}>{cert.occupation}</Fact>
            <Fact label={t("healthCerts:fields.establishment")}>{cert.tradeNameAr}</Fact>
            <Fact label={t("healthCerts:fields.municipality")}>{localPair(lang, cert.municipality)}</Fact>
            <Fact label={t("healthCerts:fields.license")}>{cert.licenseNumber ? <bdi dir="ltr" className="tabular-nums">{cert.licenseNumber}</bdi> : "—"}</Fact>
            <Fact label={t("healthCerts:fields.requestedAt")}><DateText date={cert.requestedAt} lang={lang} /></Fact>
            <Fact label={t("healthCerts:fields.status")}><CertStatusBadge lang={lang} status={cert.status} /></Fact>
          </dl>
        </Card>
        <Card title={t("healthCerts:exam.result")}>
          {cert.canExamine ? (
            <div className="space-y-4">
              <Alert tone="info">{t("healthCerts:exam.checkId")}</Alert>
              <ExamForm certificateId={cert.id} action={recordExamAction} />
            </div>
          ) : (
            <div className="space-y-4">
              <Alert tone={cert.status === "ISSUED" ? "success" : cert.status === "UNFIT" ? "warning" : "info"} testId="exam-done" title={cert.status === "ISSUED" ? t("healthCerts:exam.successIssued", { number: cert.number }) : cert.status === "UNFIT" ? t("healthCerts:exam.successUnfit") : t("healthCerts:exam.alreadyDone")} />
              <dl className="grid grid-cols-2 gap-4">
                {cert.examinedAt && <Fact label={t("healthCerts:fields.examinedAt")}><DateText date={cert.examinedAt} lang={lang} withTime /></Fact>}
                {cert.center && <Fact label={t("healthCerts:fields.center")}>{localPair(lang, cert.center)}</Fact>}
                {cert.expiresAt && <Fact label={t("healthCerts:fields.expiresAt")}><DateText date={cert.expiresAt} lang={lang} /></Fact>}
                {cert.examNotes && <Fact label={t("healthCerts:fields.examNotes")}>{cert.examNotes}</Fact>}
              </dl>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
