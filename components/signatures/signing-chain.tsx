import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { SignedDocumentView } from "@/lib/domain/signatures/queries/document";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/** The chain of a signed document: each step's capacity, signer (and whom a delegate stood in for) and time. */
export function SigningChain({ view, lang }: { view: SignedDocumentView; lang: Lang }) {
  const t = getT(lang);
  const v = view.verification;
  return (
    <section data-testid="signing-chain" data-status={view.status} aria-labelledby="signing-chain-heading" className="space-y-3">
      <h2 id="signing-chain-heading" className="text-base font-bold text-brand-900">{t("signatures:chain.heading")}</h2>
      <ol className="space-y-2">
        {view.steps.map((s) => (
          <li key={s.step} data-testid="chain-step" data-signed={s.signedAt ? "yes" : "no"} className="rounded-lg border border-sand-200 bg-white p-3 text-sm">
            <p className="font-bold">{s.step}. {s.position ? localName(lang, s.position) : "—"}</p>
            {s.signer && s.signedAt ? (
              <p>
                <span data-testid="chain-signer">{localName(lang, s.signer)}</span>
                {s.onBehalfOf && <span data-testid="chain-delegation"> ({t("signatures:chain.onBehalf", { name: localName(lang, s.onBehalfOf) })})</span>}
                {" — "}<DateText date={s.signedAt} lang={lang} withTime />
              </p>
            ) : (
              <Badge status="WAITING" tone="amber">{t("signatures:chain.waiting")}</Badge>
            )}
          </li>
        ))}
      </ol>
      <p data-testid="chain-verdict" data-status={v.ok ? "VALID" : v.reason === "incomplete" ? "PENDING" : "INVALID"} className="text-sm">
        {v.ok ? t("signatures:chain.valid") : v.reason === "incomplete" ? t("signatures:chain.pending") : t("signatures:chain.invalid", { reason: t(`signatures:offline.reason.${v.reason}`) })}
      </p>
    </section>
  );
}
