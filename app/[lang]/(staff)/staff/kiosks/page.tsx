import type { Metadata } from "next";
import { PointsMap } from "@/components/complaints/staff/point-map";
import { KeyButton } from "@/components/kiosk/key-button";
import { CommandButton } from "@/components/forms/command-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { fleet } from "@/lib/domain/kiosks/queries/fleet";
import { KIOSK_SERVICES } from "@/lib/domain/kiosks/rules";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { rotateKioskKeyAction, setKioskStatusAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("kiosks:fleet.title") };
}

const TONE = { ONLINE: "green", OFFLINE: "slate", DISABLED: "red", NEEDS_PAPER: "amber", PRINTER_FAULT: "amber" } as const;

/** The kiosk fleet (issue 14): health from the heartbeats, use per kiosk and per service, disable at once. */
export default async function StaffKiosksPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "kiosks.manage", `/${lang}/staff/kiosks`);
  const t = getT(lang);
  const { kiosks, perService } = await fleet(actor);
  const points = kiosks.map((k) => ({ id: k.id, lat: k.latitude, lng: k.longitude, label: `${k.code} — ${localName(lang, k)} (${t(`kiosks:fleet.healthState.${k.health}`)})` }));

  return (
    <>
      <PageHeader title={t("kiosks:fleet.title")} subtitle={t("kiosks:fleet.subtitle")} />
      <section aria-labelledby="fleet-map" className="mb-6">
        <h2 id="fleet-map" className="mb-3 text-base font-bold text-brand-900">{t("kiosks:fleet.map")}</h2>
        <PointsMap points={points} label={t("kiosks:fleet.map")} className="h-80" tilesFailedText={t("kiosks:fleet.tilesFailed")} />
      </section>
      <Card title={t("kiosks:fleet.perService")} className="mb-6">
        <ul className="flex flex-wrap gap-3" data-testid="fleet-per-service">
          {KIOSK_SERVICES.map((s) => (
            <li key={s} className="rounded-lg bg-sand-50 px-3 py-2 text-sm" data-service={s}>
              {t(`kiosks:fleet.service.${s}`)}: <strong>{formatNumber(perService[s], lang)}</strong>
            </li>
          ))}
        </ul>
      </Card>
      <Table caption={t("kiosks:fleet.list")} head={[t("kiosks:fleet.code"), t("kiosks:fleet.place"), t("kiosks:fleet.health"), t("kiosks:fleet.lastSeen"), t("kiosks:fleet.usage"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
        {kiosks.map((k) => (
          <tr key={k.id} data-testid="fleet-kiosk" data-code={k.code}>
            <Td><bdi dir="ltr" className="font-bold">{k.code}</bdi></Td>
            <Td>
              <p className="font-bold">{localName(lang, k)}</p>
              <p className="text-sm text-slate-600">{t(`kiosks:fleet.kind.${k.locationKind}`)} · {localText(lang, k, "address")} · {localName(lang, k.municipality)}</p>
            </Td>
            <Td>
              <Badge tone={TONE[k.health]} status={k.health} testId="fleet-health">{t(`kiosks:fleet.healthState.${k.health}`)}</Badge>
              {k.paperState && <p className="mt-1 text-sm" data-testid="fleet-paper" data-status={k.paperState}>{t("kiosks:fleet.paper")}: {t(`kiosks:fleet.paperState.${k.paperState}`)}</p>}
              {k.printerState && <p className="text-sm" data-testid="fleet-printer" data-status={k.printerState}>{t("kiosks:fleet.printer")}: {t(`kiosks:fleet.printerState.${k.printerState}`)}</p>}
            </Td>
            <Td>{k.lastSeenAt ? <DateText date={k.lastSeenAt} lang={lang} withTime /> : t("kiosks:fleet.never")}</Td>
            <Td>
              <span className="font-bold" data-testid="fleet-usage">{formatNumber(k.usageTotal, lang)}</span>
              <ul className="text-xs text-slate-600">
                {KIOSK_SERVICES.filter((s) => k.usage[s] > 0).map((s) => <li key={s}>{t(`kiosks:fleet.service.${s}`)}: {formatNumber(k.usage[s], lang)}</li>)}
              </ul>
            </Td>
            <Td>
              <div className="flex flex-col gap-2">
                {k.canDisable && <CommandButton action={setKioskStatusAction} input={{ kioskId: k.id, status: "DISABLED" }} label={t("kiosks:fleet.disable")} variant="danger" done={{ key: "kiosks:fleet.disabledDone" }} testId={`disable-${k.code}`} />}
                {k.canEnable && <CommandButton action={setKioskStatusAction} input={{ kioskId: k.id, status: "ACTIVE" }} label={t("kiosks:fleet.enable")} variant="secondary" done={{ key: "kiosks:fleet.enabledDone" }} testId={`enable-${k.code}`} />}
                <KeyButton action={rotateKioskKeyAction} kioskId={k.id} label={t("kiosks:fleet.rotate")} />
              </div>
            </Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
