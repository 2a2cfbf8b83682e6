import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyOffice } from "@/lib/domain/offices/queries/my-office";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export default async function OfficeTeamPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "office.staff.view", `/${lang}/office/team`);
  const t = getT(lang);
  const office = await getMyOffice(actor, lang);
  return (
    <>
      <PageHeader title={t("dashboard:office.team.title")} subtitle={office.name} />
      <Table caption={t("dashboard:office.team.title")} head={[t("common:name"), t("dashboard:office.team.role"), t("dashboard:office.team.qualification"), t("dashboard:office.team.status")]}>
        {office.members.map((m) => (
          <tr key={m.id}>
            <Td className="font-semibold">{m.name}</Td>
            <Td>{t(`dashboard:office.roles.${m.role as "AGENT"}`)}</Td>
            <Td><span dir="ltr">{m.qualificationNo ?? "—"}</span> {m.qualificationNo ? (m.verified ? <Badge tone="green">{t("dashboard:office.team.verified")}</Badge> : <Badge tone="amber">{t("dashboard:office.team.unverified")}</Badge>) : null}</Td>
            <Td>{m.active ? <Badge tone="green">{t("dashboard:office.team.active")}</Badge> : <Badge tone="slate">{t("dashboard:office.team.inactive")}</Badge>}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
