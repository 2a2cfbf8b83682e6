"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ReporterDTO } from "@/lib/domain/complaints/commands/staff-view-reporter";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import { translateMessage } from "@/lib/i18n/core";
import type { viewReporterAction } from "./actions";
import complaintsStaffMessages from "@/lib/i18n/bundles/complaintsStaff";

/**
 * The reporter's personal data is not in the page: it is fetched on demand by an audited command,
 * so that every look at it leaves a row in the audit log.
 */
export const ReporterPanel = withT(function ReporterPanel({ complaintId, action }: { complaintId: string; action: typeof viewReporterAction }) {
  const { t } = useT(complaintsStaffMessages);
  const [reporter, setReporter] = useState<ReporterDTO | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function reveal() {
    setBusy(true);
    setError(undefined);
    const result = await action({ complaintId });
    setBusy(false);
    if (result.ok) setReporter(result.data);
    else setError(result.formError);
  }

  if (!reporter) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">{t("complaintsStaff:reporter.hint")}</p>
        <Button type="button" variant="secondary" onClick={reveal} disabled={busy} className="w-full">
          {t("complaintsStaff:reporter.show")}
        </Button>
        {error && <Alert tone="error">{translateMessage(t, error)}</Alert>}
      </div>
    );
  }
  return (
    <div className="space-y-3" data-testid="reporter-details">
      <dl className="grid gap-3 text-sm">
        <div>
          <dt className="text-xs font-bold text-slate-500">{t("complaintsStaff:reporter.name")}</dt>
          <dd className="mt-0.5 font-bold" data-testid="reporter-name">{reporter.name ?? t("complaintsStaff:reporter.unnamed")}</dd>
        </div>
        {reporter.mobile && (
          <div>
            <dt className="text-xs font-bold text-slate-500">{t("complaintsStaff:reporter.mobile")}</dt>
            <dd className="mt-0.5">
              <a href={`tel:+${reporter.mobile}`} dir="ltr" className="font-bold tabular-nums text-brand-700 underline" data-testid="reporter-mobile">{formatSaudiMobile(reporter.mobile)}</a>
            </dd>
          </div>
        )}
        {reporter.nationalId && (
          <div>
            <dt className="text-xs font-bold text-slate-500">{t("complaintsStaff:reporter.nationalId")}</dt>
            <dd className="mt-0.5 tabular-nums" dir="ltr">{reporter.nationalId}</dd>
          </div>
        )}
        <div className="text-xs text-slate-600">{reporter.hasAccount ? t("complaintsStaff:reporter.account") : t("complaintsStaff:reporter.guest")}</div>
      </dl>
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900" role="status">{t("complaintsStaff:reporter.logged")}</p>
    </div>
  );
});
