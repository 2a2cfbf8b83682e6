import { Alert } from "@/components/ui/alert";
import { LtrSentence } from "@/components/ui/ltr";
import type { OutOfScopeDTO } from "@/lib/auth/scope-notice";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/** «خارج نطاق بلدياتك»: a searched reference exists elsewhere; the officer's own municipalities are listed. */
export function OutOfScopeNotice({ lang, notice }: { lang: Lang; notice: OutOfScopeDTO }) {
  const t = getT(lang);
  return (
    <Alert tone="warning" testId="out-of-scope" title={t("wording:scope.outsideTitle")}>
      <p>
        <LtrSentence t={t} k="wording:scope.outsideBody" values={{ reference: notice.reference }} className="font-bold" testId="out-of-scope-reference" />
      </p>
      <p className="mt-2 font-bold">{t("wording:scope.covered")}</p>
      <ul className="mt-1 flex flex-wrap gap-1.5" data-testid="covered-municipalities">
        {notice.wholeAmanah ? <li className="rounded-full bg-white/70 px-2.5 py-0.5">{t("wording:scope.coveredAll")}</li> : null}
        {notice.covered.map((m) => (
          <li key={m.id} className="rounded-full bg-white/70 px-2.5 py-0.5" data-testid="covered-municipality">{localName(lang, m)}</li>
        ))}
      </ul>
    </Alert>
  );
}
