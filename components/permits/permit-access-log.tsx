import { DateText } from "@/components/ui/date-text";
import { Table, Td } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

export type PermitAccessView = { id: string; at: Date; channel: string; organization: { nameAr: string; nameEn: string }; purpose: string };

/**
 * "Who viewed my permit": every outside organization's search that returned the owner's permit (PermitAccessLog),
 * organization and time, newest first. Data from permitAccessForOwner(actor, number)
 * (lib/domain/permits/after-issue/queries/after-issue.ts); mount it on the owner's permit page (README, "Building permits after issue").
 */
export function PermitAccessLog({ lang, views, headingLevel = 2 }: { lang: Lang; views: PermitAccessView[]; headingLevel?: 2 | 3 }) {
  const t = getT(lang);
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="permit-access-title" data-testid="permit-access-log">
      <H id="permit-access-title" className="mb-1 text-lg font-bold text-brand-900">{t("permitsAfterIssue:owner.accessTitle")}</H>
      <p className="mb-3 text-sm text-slate-600">{t("permitsAfterIssue:owner.accessSubtitle")}</p>
      {views.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-4 text-sm text-slate-600" data-testid="permit-access-empty">{t("permitsAfterIssue:owner.accessEmpty")}</p>
      ) : (
        <Table caption={t("permitsAfterIssue:owner.accessTable")} head={[t("permitsAfterIssue:owner.organization"), t("permitsAfterIssue:owner.when"), t("permitsAfterIssue:owner.channel"), t("permitsAfterIssue:owner.purpose")]}>
          {views.map((v) => (
            <tr key={v.id} data-testid="permit-access-row">
              <Td className="font-bold">{localName(lang, v.organization)}</Td>
              <Td><DateText date={v.at} lang={lang} withTime /></Td>
              <Td>{v.channel === "API" ? t("permitsAfterIssue:owner.channelAPI") : t("permitsAfterIssue:owner.channelWEB")}</Td>
              <Td>{v.purpose}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
