import type { Metadata } from "next";
import { cookies } from "next/headers";
import { KioskRoot } from "@/components/kiosk/kiosk-app";
import { KioskSetup } from "@/components/kiosk/setup";
import { authenticateDevice, type KioskDeviceContext } from "@/lib/domain/kiosks/device-auth";
import { DEVICE_COOKIE } from "@/lib/domain/kiosks/device-key";
import { IDLE_GRACE_SECONDS, IDLE_WARNING_SECONDS } from "@/lib/domain/kiosks/rules";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("kiosks:common.title") };
}

/** A positive number of seconds not above the default: a demo may SHORTEN the idle timer (?idle=5), never lengthen it. */
function shorter(raw: string | string[] | undefined, max: number): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isFinite(n) && n >= 2 ? Math.min(n, max) : max;
}

/**
 * The kiosk (issue 14). Opened on a registered device only: its device key lives in an httpOnly cookie set by the
 * setup screen; an unknown key shows the setup screen, a disabled kiosk says it is out of service.
 */
export default async function KioskPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  const key = (await cookies()).get(DEVICE_COOKIE)?.value ?? null;
  let device: KioskDeviceContext | null = null;
  let disabled = false;
  if (key) {
    try {
      device = await authenticateDevice(key);
    } catch (e) {
      if (!isAppError(e)) throw e;
      disabled = e.code === "FORBIDDEN";
    }
  }
  if (disabled) {
    return (
      <main id="main" className="flex min-h-dvh flex-col items-center justify-center gap-8 p-10 text-center" data-testid="kiosk-disabled">
        <h1 className="text-5xl font-bold text-brand-900">{t("kiosks:disabled.title")}</h1>
        <p className="text-3xl text-slate-700">{t("kiosks:disabled.body")}</p>
      </main>
    );
  }
  if (!device) return <KioskSetup lang={lang} />;
  return <KioskRoot lang={lang} deviceName={localName(lang, device)} idleSeconds={shorter(sp.idle, IDLE_WARNING_SECONDS)} graceSeconds={shorter(sp.grace, IDLE_GRACE_SECONDS)} />;
}
