import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/require-actor";
import { myAppointment } from "@/lib/domain/appointments/queries/appointments";
import { appointmentIcs } from "@/lib/domain/appointments/rules";
import { rolesAllow } from "@/lib/auth/roles";
import { getT } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

/** The appointment as an iCalendar file (its owner only; anyone else gets 404, a guest 401). */
export async function GET(_req: Request, { params }: { params: Promise<{ lang: string; number: string }> }) {
  const p = await params;
  const lang = isLang(p.lang) ? p.lang : "ar";
  const actor = await currentActor();
  if (!actor) return new NextResponse(null, { status: 401 });
  if (!rolesAllow(actor.roles, "appointments.mine")) return new NextResponse(null, { status: 403 });
  const a = await myAppointment(actor, decodeURIComponent(p.number).slice(0, 16));
  if (!a) return new NextResponse(null, { status: 404 });
  const t = getT(lang);
  const body = appointmentIcs({
    number: a.number,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    title: `${t("appointments:detail.title", { number: a.number })} — ${localName(lang, a.service)}`,
    location: `${localName(lang, a.branch)}، ${localText(lang, a.branch, "address")}`,
    description: a.purpose,
    stamp: new Date(),
  });
  return new NextResponse(body, {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="${a.number}.ics"`, "cache-control": "private, no-store" },
  });
}
