import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { authenticateDevice } from "@/lib/domain/kiosks/device-auth";
import { DEVICE_COOKIE, SESSION_COOKIE } from "@/lib/domain/kiosks/device-key";
import { findMyTransaction, myTransactions } from "@/lib/domain/kiosks/queries/transactions";
import { requireKioskPerson } from "@/lib/domain/kiosks/session";
import { getMyLicense } from "@/lib/domain/licensing/queries/citizen";
import { getMyReceipt } from "@/lib/domain/payments/queries/my-bills";
import { isAppError } from "@/lib/errors";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { translateMessage } from "@/lib/i18n/core";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("kiosks:print.title") };
}

const fmt = (d: Date | string, lang: string) => new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-nu-latn" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Riyadh" }).format(new Date(d));

/**
 * A kiosk print view (issue 14): a receipt, a license certificate or inquiry results, for the 80 mm thermal roll
 * (?paper=80mm) or A4 (?paper=a4). Only for the device's identified person (kiosk cookies); anything else is a 404.
 * The kiosk screen loads this page and prints its <article data-print>.
 */
export default async function KioskPrintPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const jar = await cookies();
  let person;
  try {
    const device = await authenticateDevice(jar.get(DEVICE_COOKIE)?.value ?? null);
    person = { ...(await requireKioskPerson(device, jar.get(SESSION_COOKIE)?.value ?? null)), device };
  } catch (e) {
    if (isAppError(e)) notFound();
    throw e;
  }
  const paper = one("paper") === "a4" ? "a4" : "80mm";
  const doc = one("doc");
  const ref = one("ref").slice(0, 40);
  const rows: [string, string][] = [];
  let heading = "";
  if (doc === "receipt") {
    const r = await getMyReceipt(person.actor, ref);
    if (!r) notFound();
    heading = t("kiosks:print.receiptTitle");
    rows.push([t("kiosks:print.receiptNumber"), r.receiptCode], [t("kiosks:pay.bill"), r.number], [t("kiosks:print.amount"), `${formatHalalas(r.amountHalalas, lang)}`], [t("kiosks:print.paidAt"), fmt(r.paidAt, lang)], [t("kiosks:print.payer"), r.payerName], [t("kiosks:print.municipality"), localName(lang, r.municipality)], [t("kiosks:print.bankTxn"), r.bankTxnId]);
  } else if (doc === "license") {
    const l = await getMyLicense(person.actor, ref);
    if (!l) notFound();
    heading = t("kiosks:print.certificateTitle");
    rows.push([t("kiosks:print.licenseNumber"), l.number], [t("kiosks:print.tradeName"), l.tradeNameAr], [t("kiosks:print.activity"), localName(lang, l.activity)], [t("kiosks:print.holder"), l.holderName], [t("kiosks:print.municipality"), localName(lang, l.municipality)], [t("kiosks:print.validUntil"), fmt(l.expiresAt, lang)]);
  } else if (doc === "inquiry") {
    const list = ref ? [await findMyTransaction(person.actor, ref)].filter((x) => !!x) : await myTransactions(person.actor);
    heading = t("kiosks:print.inquiryTitle");
    for (const x of list) rows.push([`${t(`kiosks:inquiry.kind.${x!.kind}`)} ${x!.reference}`, translateMessage(t, x!.statusKey)]);
  } else notFound();

  return (
    <main id="main" className="bg-white p-4 text-black">
      <article data-print className={paper === "a4" ? "print-a4" : "print-80mm"} data-testid="kiosk-print-document">
        <h1 className="mb-2 text-center font-bold">{t("kiosks:common.portal")}</h1>
        <h2 className="mb-3 text-center font-bold">{heading}</h2>
        <dl className="grid gap-1">
          {rows.map(([k, v]) => (
            <div key={k} className="flex justify-between gap-2 border-b border-dashed border-slate-400 py-1">
              <dt>{k}</dt>
              <dd dir="auto" className="font-bold">{v}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-center">{t("kiosks:print.printedAt", { kiosk: localName(lang, person.device), at: fmt(new Date(), lang) })}</p>
      </article>
    </main>
  );
}
