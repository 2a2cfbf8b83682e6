"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/use-t";
import { useHydrated } from "@/components/ui/use-hydrated";
import { withT } from "@/components/i18n/with-t";
import { KioskKeyboard, type KeyboardLayout } from "@/components/kiosk/keyboard";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import complaintsMessages from "@/lib/i18n/bundles/complaints";
import kiosksMessages from "@/lib/i18n/bundles/kiosks";
import licensingMessages from "@/lib/i18n/bundles/licensing";
import paymentsMessages from "@/lib/i18n/bundles/payments";

/**
 * The kiosk screen (issue 14): one question per screen, big targets, the on-screen keyboard for every field, no
 * link out. Everything about the person lives in this component's memory only (never storage); "finish" and the
 * idle timer end the server session and REMOUNT the app from nothing (the attract screen), so no personal data is
 * left in the DOM. Calls the kiosk routes (app/api/kiosk/*) with the device cookie.
 */
type Tx = {
  kind: "APPLICATION" | "LICENSE" | "BILL" | "COMPLAINT";
  reference: string; titleAr: string; titleEn: string; statusKey: string; status: string; updatedAt: string;
  amountHalalas?: number; licenseId?: string; can: { renew?: boolean; pay?: boolean; printCertificate?: boolean };
  timeline: { at: string; labelKey: string; note?: string | null }[];
};
type Reply<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string>; network?: boolean };
type Payment = { reference: string; status: "STARTED" | "CONFIRMED" | "ALREADY_PAID" | "REFUSED"; billNumber: string; amountHalalas: number; receiptCode: string | null; refusal: string | null };
type Named = { nameAr: string; nameEn: string };
type Screen =
  | { s: "attract" } | { s: "id" } | { s: "code" } | { s: "menu" }
  | { s: "renew" } | { s: "bills" }
  | { s: "confirmPay"; billNumber: string; amountHalalas: number }
  | { s: "paying"; billNumber: string }
  | { s: "paid"; payment: Payment }
  | { s: "lost"; billNumber: string; amountHalalas: number; reference: string | null }
  | { s: "inquiry" } | { s: "lookup" } | { s: "detail"; tx: Tx }
  | { s: "complaintCategory" } | { s: "complaintDistrict"; categoryId: string } | { s: "complaintText"; categoryId: string; districtId: string }
  | { s: "complaintDone"; reference: string };

async function call<T>(op: string, body?: unknown): Promise<Reply<T>> {
  try {
    const res = await fetch(`/api/kiosk/${op}`, body === undefined ? { cache: "no-store" } : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
    return (await res.json()) as Reply<T>;
  } catch {
    return { ok: false, error: "kiosks:errors.network", network: true };
  }
}

const money = (h: number, lang: Lang) => new Intl.NumberFormat(lang === "ar" ? "ar-SA" : "en-SA", { minimumFractionDigits: 2 }).format(h / 100);
const when = (iso: string, lang: Lang) => (iso ? new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-nu-latn" : "en-GB", { dateStyle: "medium", timeZone: "Asia/Riyadh" }).format(new Date(iso)) : "");

export const KioskRoot = withT(function KioskRoot({ lang, idleSeconds, graceSeconds, deviceName }: { lang: Lang; idleSeconds: number; graceSeconds: number; deviceName: string | null }) {
  // A new key remounts everything: the wipe is structural, not a list of fields to clear.
  const [generation, setGeneration] = useState(0);
  const wipe = useCallback(() => {
    try { sessionStorage.clear(); localStorage.clear(); } catch { /* storage may be disabled */ }
    setGeneration((g) => g + 1);
  }, []);
  return <KioskApp key={generation} lang={lang} idleSeconds={idleSeconds} graceSeconds={graceSeconds} deviceName={deviceName} onWipe={wipe} />;
});

function KioskApp({ lang, idleSeconds, graceSeconds, deviceName, onWipe }: { lang: Lang; idleSeconds: number; graceSeconds: number; deviceName: string | null; onWipe: () => void }) {
  // The transactions' status keys come in the data (lib/domain/kiosks/queries/transactions.ts): their namespaces too.
  const { t } = useT(kiosksMessages, licensingMessages, paymentsMessages, complaintsMessages);
  const [screen, setScreen] = useState<Screen>({ s: "attract" });
  // The attract screen's "start" is in the server's HTML: a touch before the code is alive would be lost (decision 053).
  const hydrated = useHydrated();
  const [value, setValue] = useState("");
  const [layout, setLayout] = useState<KeyboardLayout>(lang === "ar" ? "ar" : "en");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [person, setPerson] = useState<{ name: string; txs: Tx[] } | null>(null);
  const [warning, setWarning] = useState(false);
  const [options, setOptions] = useState<{ categories: (Named & { id: string })[]; districts: (Named & { id: string; municipality: Named })[] } | null>(null);
  const [smsSent, setSmsSent] = useState<string | null>(null);
  const [canPrint, setCanPrint] = useState(true);
  const attemptKey = useRef<string | null>(null);
  const printArea = useRef<HTMLDivElement>(null);
  const pick = (x: Named) => (lang === "ar" ? x.nameAr : x.nameEn);
  const title = (x: { titleAr: string; titleEn: string }) => (lang === "ar" ? x.titleAr : x.titleEn) || x.titleAr;

  const go = (next: Screen) => { setError(null); setValue(""); setSmsSent(null); setScreen(next); };
  const finish = useCallback(async (reason: "FINISHED" | "IDLE") => {
    await call("finish", { reason });
    onWipe();
  }, [onWipe]);

  // Idle timer: a warning after idleSeconds without a touch, then the wipe graceSeconds later.
  const lastTouch = useRef(Date.now());
  useEffect(() => {
    if (screen.s === "attract") return;
    const touch = () => { lastTouch.current = Date.now(); setWarning(false); };
    const events = ["pointerdown", "keydown", "touchstart"] as const;
    events.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    const timer = window.setInterval(() => {
      const idle = (Date.now() - lastTouch.current) / 1000;
      if (idle >= idleSeconds + graceSeconds) void finish("IDLE");
      else if (idle >= idleSeconds) setWarning(true);
    }, 250);
    return () => { events.forEach((e) => window.removeEventListener(e, touch)); window.clearInterval(timer); };
  }, [screen.s, idleSeconds, graceSeconds, finish]);

  async function loadPerson() {
    const r = await call<{ nameAr: string; nameEn: string; transactions: Tx[] }>("me");
    if (r.ok) setPerson({ name: lang === "ar" ? r.data.nameAr : r.data.nameEn, txs: r.data.transactions });
    else if (!("network" in r && r.network)) onWipe();
    return r.ok;
  }

  async function submitId() {
    setBusy(true);
    const r = await call("identify", { nationalId: value, locale: lang });
    setBusy(false);
    if (r.ok) go({ s: "code" });
    else setError(r.fieldErrors?.nationalId ?? r.error);
  }
  async function submitCode() {
    setBusy(true);
    const r = await call("verify", { code: value });
    if (r.ok && (await loadPerson())) go({ s: "menu" });
    else if (!r.ok) setError(r.fieldErrors?.code ?? r.error);
    setBusy(false);
  }
  async function renew(licenseId: string) {
    setBusy(true);
    const r = await call<{ billNumber: string; totalHalalas: number }>("renew", { licenseId });
    setBusy(false);
    if (r.ok) go({ s: "confirmPay", billNumber: r.data.billNumber, amountHalalas: r.data.totalHalalas });
    else setError(r.error);
  }
  async function pay(billNumber: string, amountHalalas: number, retry = false, knownReference: string | null = null) {
    // One idempotency key per payment attempt: a retry after a lost answer sends the same one.
    if (!retry || !attemptKey.current) attemptKey.current = crypto.randomUUID();
    const body = { billNumber, idempotencyKey: attemptKey.current };
    setError(null);
    setScreen({ s: "paying", billNumber });
    // The reference first (nothing is charged yet): whatever happens next, the person leaves with it.
    const started = await call<Payment>("pay-start", body);
    if (!started.ok) {
      if ("network" in started && started.network) setScreen({ s: "lost", billNumber, amountHalalas, reference: knownReference });
      else { setError(started.error); setScreen({ s: "confirmPay", billNumber, amountHalalas }); }
      return;
    }
    if (started.data.status !== "STARTED") return done(started.data);
    const r = await call<Payment>("pay", body);
    if (r.ok) return done(r.data);
    if ("network" in r && r.network) setScreen({ s: "lost", billNumber, amountHalalas, reference: started.data.reference });
    else { setError(r.error); setScreen({ s: "lost", billNumber, amountHalalas, reference: started.data.reference }); }
  }
  async function done(payment: Payment) {
    attemptKey.current = null;
    const d = await call<{ canPrint: boolean }>("device");
    setCanPrint(d.ok ? d.data.canPrint : false);
    void loadPerson();
    go({ s: "paid", payment });
  }
  async function printDoc(query: string) {
    // The print view is a page of its own (also used for A4 and checked as a PDF); its document is printed from here,
    // in a print-only area that the wipe removes with everything else.
    const res = await fetch(`/${lang}/kiosk/print?${query}`, { cache: "no-store" }).catch(() => null);
    const html = res?.ok ? await res.text() : null;
    const article = html ? new DOMParser().parseFromString(html, "text/html").querySelector("article[data-print]") : null;
    if (!article || !printArea.current) { setError("kiosks:print.failed"); return; }
    printArea.current.replaceChildren(document.importNode(article, true));
    window.print();
    printArea.current.replaceChildren();
    await call("printed", {});
  }
  async function smsReceipt(receiptCode: string) {
    const r = await call<{ sentTo: string }>("receipt-sms", { receiptCode });
    if (r.ok) setSmsSent(r.data.sentTo);
    else setError(r.error);
  }
  async function lookup() {
    const r = await call<Tx>("inquiry", { reference: value });
    if (r.ok) go({ s: "detail", tx: r.data });
    else setError(r.error);
  }
  async function openComplaint() {
    // The menu stays on screen while the options load: busy keeps a second tap from starting another service.
    setBusy(true);
    const r = await call<NonNullable<typeof options>>("complaint-options");
    setBusy(false);
    if (r.ok) { setOptions(r.data); go({ s: "complaintCategory" }); } else setError(r.error);
  }
  async function fileComplaint(categoryId: string, districtId: string) {
    setBusy(true);
    const r = await call<{ reference: string }>("complaint", { categoryId, districtId, description: value, locale: lang });
    setBusy(false);
    if (r.ok) { void loadPerson(); go({ s: "complaintDone", reference: r.data.reference }); }
    else setError(Object.values(r.fieldErrors ?? {})[0] ?? r.error);
  }

  const big = "flex min-h-24 w-full items-center justify-center rounded-2xl px-6 text-3xl font-bold shadow-md";
  const primary = `${big} bg-brand-700 text-white active:bg-brand-900 disabled:opacity-60`;
  const secondary = `${big} border-2 border-brand-700 bg-white text-brand-900 active:bg-brand-50`;
  const back = <button type="button" className={secondary} onClick={() => go({ s: "menu" })}>{t("kiosks:common.backToMenu")}</button>;
  const err = error ? <p role="alert" className="rounded-2xl border-2 border-red-300 bg-red-50 p-5 text-2xl font-bold text-red-800" data-testid="kiosk-error">{translateMessage(t, error)}</p> : null;

  const field = (label: string, opts: { digits?: boolean; max: number; ltr?: boolean }) => (
    <div className="flex flex-col gap-5">
      <label htmlFor="kiosk-field" className="text-3xl font-bold text-brand-900">{label}</label>
      <input
        id="kiosk-field" value={value} inputMode="none" autoComplete="off" dir={opts.ltr ? "ltr" : undefined} maxLength={opts.max}
        onChange={(e) => setValue(e.target.value.slice(0, opts.max))}
        className="min-h-20 rounded-2xl border-2 border-sand-300 bg-white px-5 text-4xl tracking-wide" data-testid="kiosk-input"
      />
      <KioskKeyboard layout={opts.digits ? "digits" : layout} onLayout={opts.digits ? undefined : setLayout}
        onKey={(k) => setValue((v) => (v + k).slice(0, opts.max))} onBackspace={() => setValue((v) => v.slice(0, -1))} />
    </div>
  );

  let body: ReactNode;
  switch (screen.s) {
    case "attract":
      body = (
        <div className="flex flex-1 flex-col items-center justify-center gap-10 text-center">
          <h1 className="text-6xl font-bold text-brand-900">{t("kiosks:attract.title")}</h1>
          <p className="text-3xl text-slate-700">{t("kiosks:attract.subtitle")}</p>
          <ul className="grid w-full max-w-3xl grid-cols-2 gap-4 text-2xl text-brand-900">
            {(["renew", "pay", "inquiry", "complaint"] as const).map((k) => <li key={k} className="rounded-2xl bg-white p-6 shadow">{t(`kiosks:menu.${k}`)}</li>)}
          </ul>
          <button type="button" className={`${primary} max-w-3xl`} disabled={!hydrated} onClick={() => go({ s: "id" })} data-testid="kiosk-start">{t("kiosks:attract.start")}</button>
          <a href={`/${lang === "ar" ? "en" : "ar"}/kiosk`} className={`${secondary} max-w-sm`} lang={lang === "ar" ? "en" : "ar"}>{t("kiosks:attract.otherLanguage")}</a>
        </div>
      );
      break;
    case "id":
      body = (
        <>
          {field(t("kiosks:identify.nationalId"), { digits: true, max: 10, ltr: true })}
          {err}
          <button type="button" className={primary} disabled={busy || value.length !== 10} onClick={submitId}>{t("kiosks:identify.sendCode")}</button>
          <button type="button" className={secondary} onClick={() => void finish("FINISHED")}>{t("kiosks:common.cancel")}</button>
        </>
      );
      break;
    case "code":
      body = (
        <>
          <p className="text-2xl text-slate-700">{t("kiosks:identify.codeSent")}</p>
          {field(t("kiosks:identify.code"), { digits: true, max: 6, ltr: true })}
          {err}
          <button type="button" className={primary} disabled={busy || value.length !== 6} onClick={submitCode}>{t("kiosks:identify.confirm")}</button>
          <button type="button" className={secondary} onClick={() => void finish("FINISHED")}>{t("kiosks:common.cancel")}</button>
        </>
      );
      break;
    case "menu":
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900" data-testid="kiosk-welcome">{t("kiosks:menu.welcome", { name: person?.name ?? "" })}</h2>
          {err}
          <div className="grid gap-5" aria-busy={busy}>
            <button type="button" className={primary} disabled={busy} onClick={() => go({ s: "renew" })}>{t("kiosks:menu.renew")}</button>
            <button type="button" className={primary} disabled={busy} onClick={() => go({ s: "bills" })}>{t("kiosks:menu.pay")}</button>
            <button type="button" className={primary} disabled={busy} onClick={() => go({ s: "inquiry" })}>{t("kiosks:menu.inquiry")}</button>
            <button type="button" className={primary} disabled={busy} onClick={() => void openComplaint()}>{t("kiosks:menu.complaint")}</button>
          </div>
        </>
      );
      break;
    case "renew": {
      const list = (person?.txs ?? []).filter((x) => x.kind === "LICENSE");
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900">{t("kiosks:renew.title")}</h2>
          {err}
          {list.length === 0 && <p className="text-2xl">{t("kiosks:renew.none")}</p>}
          {list.map((l) => (
            <div key={l.reference} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow" data-testid="kiosk-license" data-reference={l.reference}>
              <p className="text-2xl font-bold">{title(l)} — <bdi dir="ltr">{l.reference}</bdi></p>
              <p className="text-xl text-slate-700">{translateMessage(t, l.statusKey)} · {t("kiosks:inquiry.expires")} {when(l.updatedAt, lang)}</p>
              {l.can.renew ? (
                <button type="button" className={primary} disabled={busy} onClick={() => void renew(l.licenseId!)}>{t("kiosks:renew.action")}</button>
              ) : (
                <p className="text-xl text-slate-600">{t("kiosks:renew.notYet")}</p>
              )}
              {l.can.printCertificate && <button type="button" className={secondary} onClick={() => void printDoc(`doc=license&ref=${encodeURIComponent(l.licenseId!)}&paper=a4`)}>{t("kiosks:print.certificate")}</button>}
            </div>
          ))}
          {back}
        </>
      );
      break;
    }
    case "bills": {
      const list = (person?.txs ?? []).filter((x) => x.can.pay && x.kind === "BILL");
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900">{t("kiosks:pay.title")}</h2>
          {list.length === 0 && <p className="text-2xl">{t("kiosks:pay.none")}</p>}
          {list.map((b) => (
            <button key={b.reference} type="button" className={secondary} onClick={() => go({ s: "confirmPay", billNumber: b.reference, amountHalalas: b.amountHalalas ?? 0 })}>
              <span><bdi dir="ltr">{b.reference}</bdi> — {money(b.amountHalalas ?? 0, lang)} {t("kiosks:common.sar")}</span>
            </button>
          ))}
          {back}
        </>
      );
      break;
    }
    case "confirmPay":
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900">{t("kiosks:pay.confirmTitle")}</h2>
          <p className="text-3xl">{t("kiosks:pay.bill")} <bdi dir="ltr" data-testid="kiosk-bill-number">{screen.billNumber}</bdi></p>
          <p className="text-5xl font-bold text-brand-900" data-testid="kiosk-amount">{money(screen.amountHalalas, lang)} {t("kiosks:common.sar")}</p>
          <p className="text-2xl text-slate-700">{t("kiosks:pay.terminalHint")}</p>
          {err}
          <button type="button" className={primary} onClick={() => void pay(screen.billNumber, screen.amountHalalas)} data-testid="kiosk-pay">{t("kiosks:pay.payByCard")}</button>
          {back}
        </>
      );
      break;
    case "paying":
      body = <p className="text-4xl font-bold text-brand-900" role="status">{t("kiosks:pay.processing")}</p>;
      break;
    case "lost":
      body = (
        <>
          <h2 className="text-4xl font-bold text-amber-800" data-testid="kiosk-lost">{t("kiosks:pay.lostTitle")}</h2>
          <p className="text-2xl">{t("kiosks:pay.lostBody")}</p>
          <p className="text-2xl">{t("kiosks:pay.bill")} <bdi dir="ltr">{screen.billNumber}</bdi></p>
          {screen.reference && <p className="text-2xl">{t("kiosks:pay.reference")} <bdi dir="ltr" data-testid="kiosk-lost-reference">{screen.reference}</bdi></p>}
          {err}
          <button type="button" className={primary} onClick={() => void pay(screen.billNumber, screen.amountHalalas, true, screen.reference)} data-testid="kiosk-retry">{t("kiosks:pay.checkAgain")}</button>
        </>
      );
      break;
    case "paid": {
      const p = screen.payment;
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900" data-testid="kiosk-paid" data-status={p.status}>{t(`kiosks:pay.result.${p.status}`)}</h2>
          {p.reference && <p className="text-2xl">{t("kiosks:pay.reference")} <bdi dir="ltr" data-testid="kiosk-payment-reference">{p.reference}</bdi></p>}
          {p.receiptCode && <p className="text-2xl">{t("kiosks:pay.receipt")} <bdi dir="ltr" data-testid="kiosk-receipt-code">{p.receiptCode}</bdi></p>}
          {p.refusal && <p className="text-2xl">{translateMessage(t, `kiosks:pay.refusal.${p.refusal}`)}</p>}
          {err}
          {p.receiptCode && (canPrint ? (
            <>
              <button type="button" className={primary} onClick={() => void printDoc(`doc=receipt&ref=${p.billNumber}&paper=80mm`)} data-testid="kiosk-print">{t("kiosks:print.receipt")}</button>
              <button type="button" className={secondary} onClick={() => void printDoc(`doc=receipt&ref=${p.billNumber}&paper=a4`)}>{t("kiosks:print.receiptA4")}</button>
            </>
          ) : (
            <>
              <p className="rounded-2xl bg-amber-50 p-5 text-2xl text-amber-900" data-testid="kiosk-no-paper">{t("kiosks:print.noPaper")}</p>
              <button type="button" className={primary} onClick={() => void smsReceipt(p.receiptCode!)} data-testid="kiosk-sms">{t("kiosks:print.bySms")}</button>
            </>
          ))}
          {smsSent && <p role="status" className="text-2xl text-brand-900" data-testid="kiosk-sms-sent">{t("kiosks:print.smsSent", { mobile: smsSent })}</p>}
          {back}
        </>
      );
      break;
    }
    case "inquiry":
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900">{t("kiosks:inquiry.title")}</h2>
          <button type="button" className={secondary} onClick={() => go({ s: "lookup" })}>{t("kiosks:inquiry.byReference")}</button>
          <ul className="flex flex-col gap-3" data-testid="kiosk-transactions">
            {(person?.txs ?? []).map((x) => (
              <li key={`${x.kind}-${x.reference}`}>
                <button type="button" className={`${secondary} min-h-20 justify-between text-2xl`} onClick={() => go({ s: "detail", tx: x })} data-reference={x.reference}>
                  <span>{t(`kiosks:inquiry.kind.${x.kind}`)} <bdi dir="ltr">{x.reference}</bdi></span>
                  <span data-status={x.status}>{translateMessage(t, x.statusKey)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className={secondary} onClick={() => void printDoc("doc=inquiry&paper=80mm")}>{t("kiosks:print.inquiry")}</button>
          {back}
        </>
      );
      break;
    case "lookup":
      body = (
        <>
          {field(t("kiosks:inquiry.reference"), { max: 20, ltr: true })}
          {err}
          <button type="button" className={primary} disabled={value.trim().length < 4} onClick={() => void lookup()}>{t("kiosks:inquiry.search")}</button>
          {back}
        </>
      );
      break;
    case "detail": {
      const x = screen.tx;
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900" data-testid="kiosk-detail">{t(`kiosks:inquiry.kind.${x.kind}`)} <bdi dir="ltr">{x.reference}</bdi></h2>
          <p className="text-2xl">{title(x)}</p>
          <p className="text-2xl font-bold" data-status={x.status} data-testid="kiosk-detail-status">{translateMessage(t, x.statusKey)}</p>
          <ol className="flex flex-col gap-2 border-s-4 border-brand-200 ps-5 text-xl" aria-label={t("kiosks:inquiry.timeline")}>
            {x.timeline.map((step, i) => <li key={i}><span className="font-bold">{when(step.at, lang)}</span> — {translateMessage(t, step.labelKey)}{step.note ? ` (${step.note})` : ""}</li>)}
          </ol>
          <button type="button" className={secondary} onClick={() => void printDoc(`doc=inquiry&ref=${encodeURIComponent(x.reference)}&paper=80mm`)}>{t("kiosks:print.inquiry")}</button>
          <button type="button" className={secondary} onClick={() => go({ s: "inquiry" })}>{t("kiosks:common.back")}</button>
        </>
      );
      break;
    }
    case "complaintCategory":
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900">{t("kiosks:complaint.category")}</h2>
          <div className="grid grid-cols-2 gap-4">
            {options?.categories.map((c) => <button key={c.id} type="button" className={`${secondary} text-2xl`} onClick={() => go({ s: "complaintDistrict", categoryId: c.id })}>{pick(c)}</button>)}
          </div>
          {back}
        </>
      );
      break;
    case "complaintDistrict":
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900">{t("kiosks:complaint.district")}</h2>
          <div className="grid grid-cols-2 gap-4">
            {options?.districts.map((d) => <button key={d.id} type="button" className={`${secondary} min-h-20 text-2xl`} onClick={() => go({ s: "complaintText", categoryId: screen.categoryId, districtId: d.id })}>{pick(d)} — {pick(d.municipality)}</button>)}
          </div>
          {back}
        </>
      );
      break;
    case "complaintText":
      body = (
        <>
          {field(t("kiosks:complaint.description"), { max: 500 })}
          {err}
          <button type="button" className={primary} disabled={busy || value.trim().length < 10} onClick={() => void fileComplaint(screen.categoryId, screen.districtId)}>{t("kiosks:complaint.submit")}</button>
          {back}
        </>
      );
      break;
    case "complaintDone":
      body = (
        <>
          <h2 className="text-4xl font-bold text-brand-900" data-testid="kiosk-complaint-done">{t("kiosks:complaint.done")}</h2>
          <p className="text-3xl">{t("kiosks:complaint.reference")} <bdi dir="ltr" data-testid="kiosk-complaint-reference">{screen.reference}</bdi></p>
          {back}
        </>
      );
      break;
  }

  return (
    <>
    <div data-print-area ref={printArea} />
    <div className="flex min-h-dvh flex-col bg-sand-50" data-testid="kiosk" data-screen={screen.s} data-kiosk-screen>
      <header className="flex items-center justify-between gap-4 bg-brand-800 px-8 py-5 text-white">
        {/* The attract screen has its own h1; every other screen's h1 is this bar (one question per screen below it). */}
        {screen.s === "attract" ? (
          <p className="text-2xl font-bold">{t("kiosks:common.portal")}{deviceName ? ` · ${deviceName}` : ""}</p>
        ) : (
          <h1 className="text-2xl font-bold">{t("kiosks:common.portal")}{deviceName ? ` · ${deviceName}` : ""}</h1>
        )}
        {screen.s !== "attract" && (
          <button type="button" className="min-h-16 rounded-xl bg-white px-6 text-2xl font-bold text-brand-900" onClick={() => void finish("FINISHED")} data-testid="kiosk-finish">{t("kiosks:common.finish")}</button>
        )}
      </header>
      <main id="main" className="mx-auto flex w-full max-w-4xl flex-1 flex-col gap-6 p-8">{body}</main>
      {warning && (
        <div role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" className="fixed inset-0 flex items-center justify-center bg-black/60 p-8" data-testid="kiosk-idle-warning">
          <div className="flex w-full max-w-2xl flex-col gap-6 rounded-3xl bg-white p-10 text-center">
            <h2 id="kiosk-idle-title" className="text-4xl font-bold text-brand-900">{t("kiosks:idle.title")}</h2>
            <p className="text-2xl">{t("kiosks:idle.body", { seconds: graceSeconds })}</p>
            <button type="button" className={primary} onClick={() => setWarning(false)}>{t("kiosks:idle.stay")}</button>
          </div>
        </div>
      )}
    </div>
    </>
  );
}
