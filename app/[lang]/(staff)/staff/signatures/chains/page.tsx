import type { Metadata } from "next";
import Link from "next/link";
import { PlainSelect } from "@/components/forms/plain-select";
import { ChainForm } from "@/components/signatures/chain-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { chainsView, type ChainPosition } from "@/lib/domain/signatures/queries/chains";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { setChainAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("signatures:chains.title") };
}

/**
 * The signing chains of an administrator's municipalities (issue 15: a chain is data per document type and
 * municipality): each document type with its steps, and one chain edited at a time (`?edit=<type>`).
 */
export default async function SigningChainsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ m?: string; edit?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "signatures.chains", `/${lang}/staff/signatures/chains`);
  const t = getT(lang);
  const sp = await searchParams;
  const view = await chainsView(actor, typeof sp.m === "string" ? sp.m : undefined);
  const m = view.municipality;
  const here = `/${lang}/staff/signatures/chains${m ? `?m=${encodeURIComponent(m.code)}` : ""}`;
  const editing = typeof sp.edit === "string" ? view.chains.find((c) => c.documentType === sp.edit) : undefined;
  const who = (p: ChainPosition) => `${localName(lang, { nameAr: p.titleAr, nameEn: p.titleEn })} — ${p.holder ? localName(lang, p.holder) : t("signatures:chains.vacant")}`;

  return (
    <>
      <PageHeader title={t("signatures:chains.title")} subtitle={t("signatures:chains.subtitle")} />
      <Alert tone="info">{t("signatures:chains.effect")}</Alert>
      {view.municipalities.length > 1 && (
        <form method="get" className="my-4 flex flex-wrap items-end gap-3" aria-label={t("signatures:chains.pick")}>
          <PlainSelect name="m" label={t("signatures:chains.municipality")} defaultValue={m?.code} options={view.municipalities.map((x) => ({ value: x.code, label: localName(lang, x) }))} />
          <Button type="submit" variant="secondary" className="min-h-11">{t("signatures:chains.show")}</Button>
        </form>
      )}
      {m && (
        <h2 className="mt-6 mb-3 text-lg font-bold text-brand-900" data-testid="chains-municipality" data-code={m.code}>{localName(lang, m)}</h2>
      )}
      {editing && m && (
        <Card className="mb-6" title={t("signatures:chains.editTitle", { type: t(editing.titleKey as never) })}>
          <ChainForm
            key={`${m.id}-${editing.documentType}`}
            action={setChainAction}
            municipalityId={m.id}
            documentType={editing.documentType}
            title={t("signatures:chains.editTitle", { type: t(editing.titleKey as never) })}
            positions={view.positions.map((p) => ({ value: p.id, label: who(p) }))}
            current={editing.steps.map((s) => s.id)}
            cancelHref={here}
          />
        </Card>
      )}
      {m && (
        <Table caption={t("signatures:chains.title")} head={[t("signatures:chains.documentType"), t("signatures:chains.current")]}>
          {view.chains.map((c) => (
            <tr key={c.documentType} data-testid="chain-row" data-type={c.documentType} data-steps={c.steps.map((s) => s.code).join(" ")}>
              <Td>
                <p className="font-bold">{t(c.titleKey as never)}</p>
                {view.positions.length > 0 && (
                  <Link className={buttonClass("secondary", "mt-2")} href={`${here}&edit=${encodeURIComponent(c.documentType)}`} aria-label={t("signatures:chains.editLabel", { type: t(c.titleKey as never) })}>
                    {t("signatures:chains.edit")}
                  </Link>
                )}
              </Td>
              <Td>
                {c.steps.length === 0 ? (
                  <span className="text-slate-600">{t("signatures:chains.unsigned")}</span>
                ) : (
                  <ol className="list-inside list-decimal space-y-1 text-sm">
                    {c.steps.map((s) => <li key={s.id}>{who(s)}</li>)}
                  </ol>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {m && view.positions.length === 0 && <p className="mt-4 rounded-xl border border-sand-200 bg-white p-5" data-testid="chains-no-positions">{t("signatures:chains.noPositions")}</p>}
    </>
  );
}
