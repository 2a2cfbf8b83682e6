import type { ReactNode } from "react";
import { Money } from "@/components/payments/bill-parts";
import { Badge } from "@/components/ui/badge";
import type { FeeBreakdown } from "@/lib/domain/licensing/fees";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localText } from "@/lib/kernel/locale";

const APP_TONE: Record<ApplicationState, "green" | "amber" | "red" | "slate" | "blue"> = {
  DRAFT: "slate",
  SUBMITTED: "blue",
  OFFICE_REVIEW: "blue",
  RETURNED: "amber",
  FIELD_INSPECTION: "blue",
  HEALTH_REVIEW: "blue",
  OFFICE_APPROVAL: "blue",
  AWAITING_PAYMENT: "amber",
  ISSUED: "green",
  REJECTED: "red",
  WITHDRAWN: "slate",
};

/** `for="staff"` words the state for the office and the Amanah («معاد إلى مقدم الطلب»), not for the applicant («معاد إليكم»). */
export function ApplicationStatusBadge({ status, lang, for: audience = "applicant" }: { status: ApplicationState; lang: Lang; for?: "applicant" | "staff" }) {
  const t = getT(lang);
  return <Badge tone={APP_TONE[status]} status={status} testId="application-status">{audience === "staff" ? t(`licensing:staffStatus.${status}`) : t(`licensing:status.${status}`)}</Badge>;
}

const LICENSE_TONE = { ACTIVE: "green", EXPIRED: "amber", SUSPENDED: "amber", CANCELLED: "red" } as const;
export function LicenseStatusBadge({ status, lang }: { status: keyof typeof LICENSE_TONE; lang: Lang }) {
  return <Badge tone={LICENSE_TONE[status]} status={status} testId="license-status">{getT(lang)(`licensing:licenseStatus.${status}`)}</Badge>;
}

/** The fee lines and total, in the citizen's language. */
export function FeeTable({ fee, lang }: { fee: FeeBreakdown; lang: Lang }) {
  const t = getT(lang);
  return (
    <table className="w-full text-sm" data-testid="fee-table">
      <caption className="sr-only">{t("licensing:wizard.feeTitle")}</caption>
      <tbody>
        {fee.lines.map((l, i) => (
          <tr key={i} className="border-b border-sand-100">
            <td className="py-2 text-start">{localText(lang, l, "description")}</td>
            <td className="py-2 text-end"><Money halalas={l.amountHalalas} lang={lang} /></td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="pt-3 text-start text-base font-bold text-brand-900">{t("licensing:wizard.total")}</th>
          <td className="pt-3 text-end text-lg font-bold text-brand-800" data-testid="fee-total"><Money halalas={fee.totalHalalas} lang={lang} /></td>
        </tr>
      </tfoot>
    </table>
  );
}

