/**
 * Accredited licensing offices (مكاتب الخدمات الإلكترونية المعتمدة): private offices the Amanah
 * accredits to prepare and process shop-license and health-license requests on behalf of businesses.
 *
 * The demo office accounts (office.manager, office.agent, office.health, office.inspector from
 * demo-accounts.ts) work in the FIRST office, which covers Dammam, Al-Khobar and Dhahran.
 * Every other member is an extra user listed in OFFICE_USERS; all share the demo password.
 */
import { AMANAH_CODES, MUNICIPALITY_CODES as M } from "./places";

export type OfficeRoleSeed = "MANAGER" | "AGENT" | "HEALTH_SPECIALIST" | "TECH_INSPECTOR";
export type OfficeStatusSeed = "PENDING" | "ACTIVE" | "SUSPENDED" | "REVOKED";

export type OfficeMemberSeed = {
  /** Username of a demo account or of an OFFICE_USERS entry. */
  username: string;
  role: OfficeRoleSeed;
  /** Saudi Commission for Health Specialties (SCFHS) registration for health specialists,
   *  Saudi Council of Engineers (SCE) membership for technical inspectors. */
  qualificationNo?: string;
};

export type OfficeSeed = {
  code: string;
  nameAr: string;
  nameEn: string;
  /** Commercial registration (سجل تجاري): 10 digits; 2050 Dammam, 2051 Al-Khobar, 2053 Qatif, 2250 Al-Ahsa. */
  commercialRegNo: string;
  /** E.164 without '+': landline 9661XXXXXXXX or mobile 9665XXXXXXXX (12 digits). */
  phone: string;
  email: string;
  status: OfficeStatusSeed;
  amanahCode: string;
  /** Municipality codes the office may serve. */
  coverage: readonly string[];
  members: readonly OfficeMemberSeed[];
};

export type OfficeUserSeed = { username: string; nameAr: string; nameEn: string; mobile: string; email?: string };

/** When the qualifications of the seeded specialists and inspectors were verified by the Amanah. */
export const QUALIFICATION_VERIFIED_AT = new Date("2025-09-14T07:30:00.000Z");

export const OFFICES: readonly OfficeSeed[] = [
  {
    code: "OFF-INJAZ",
    nameAr: "مكتب الإنجاز الذكي للخدمات الإلكترونية",
    nameEn: "Smart Achievement E-Services Office",
    commercialRegNo: "2050089341",
    phone: "966138341200",
    email: "info@injaz-eservices.example",
    status: "ACTIVE",
    amanahCode: AMANAH_CODES.EASTERN,
    coverage: [M.DAMMAM_CENTRAL, M.DAMMAM_EAST, M.DAMMAM_WEST, M.KHOBAR, M.DHAHRAN],
    members: [
      { username: "office.manager", role: "MANAGER" },
      { username: "office.agent", role: "AGENT" },
      { username: "injaz.agent2", role: "AGENT" },
      { username: "office.health", role: "HEALTH_SPECIALIST", qualificationNo: "SCFHS-19-R-0048213" },
      { username: "office.inspector", role: "TECH_INSPECTOR", qualificationNo: "SCE-128457" },
      { username: "injaz.inspector2", role: "TECH_INSPECTOR", qualificationNo: "SCE-141902" },
    ],
  },
  {
    code: "OFF-NAJAH",
    nameAr: "مكتب دروب النجاح للخدمات الإلكترونية",
    nameEn: "Paths of Success E-Services Office",
    commercialRegNo: "2051047725",
    phone: "966138951360",
    email: "contact@najah-eservices.example",
    status: "ACTIVE",
    amanahCode: AMANAH_CODES.EASTERN,
    coverage: [M.KHOBAR, M.DHAHRAN],
    members: [
      { username: "najah.manager", role: "MANAGER" },
      { username: "najah.agent1", role: "AGENT" },
      { username: "najah.health", role: "HEALTH_SPECIALIST", qualificationNo: "SCFHS-21-R-0063574" },
      { username: "najah.inspector1", role: "TECH_INSPECTOR", qualificationNo: "SCE-136284" },
    ],
  },
  {
    code: "OFF-WAHA",
    nameAr: "مكتب واحة القطيف للخدمات الإلكترونية",
    nameEn: "Qatif Oasis E-Services Office",
    commercialRegNo: "2053031186",
    phone: "966138556720",
    email: "info@waha-qatif.example",
    status: "ACTIVE",
    amanahCode: AMANAH_CODES.EASTERN,
    coverage: [M.QATIF],
    members: [
      { username: "waha.manager", role: "MANAGER" },
      { username: "waha.agent1", role: "AGENT" },
      { username: "waha.health", role: "HEALTH_SPECIALIST", qualificationNo: "SCFHS-18-R-0027741" },
      { username: "waha.inspector1", role: "TECH_INSPECTOR", qualificationNo: "SCE-119530" },
    ],
  },
  {
    code: "OFF-NAKHLA",
    nameAr: "مكتب نخلة الأحساء للخدمات الإلكترونية",
    nameEn: "Al-Ahsa Palm E-Services Office",
    commercialRegNo: "2250064413",
    phone: "966135861040",
    email: "info@nakhla-ahsa.example",
    status: "ACTIVE",
    amanahCode: AMANAH_CODES.AHSA,
    coverage: [M.HOFUF, M.MUBARRAZ],
    members: [
      { username: "nakhla.manager", role: "MANAGER" },
      { username: "nakhla.agent1", role: "AGENT" },
      { username: "nakhla.agent2", role: "AGENT" },
      { username: "nakhla.health", role: "HEALTH_SPECIALIST", qualificationNo: "SCFHS-20-R-0051096" },
      { username: "nakhla.inspector1", role: "TECH_INSPECTOR", qualificationNo: "SCE-124773" },
      { username: "nakhla.inspector2", role: "TECH_INSPECTOR", qualificationNo: "SCE-147015" },
    ],
  },
  {
    // Applied for accreditation, not yet approved: no members and no access until the Amanah accredits it.
    code: "OFF-AFAQ",
    nameAr: "مكتب آفاق الشرقية للخدمات الإلكترونية",
    nameEn: "Eastern Horizons E-Services Office",
    commercialRegNo: "2050152237",
    phone: "966547781290",
    email: "afaq.office@afaq-sharqiya.example",
    status: "PENDING",
    amanahCode: AMANAH_CODES.EASTERN,
    coverage: [M.DAMMAM_EAST, M.QATIF],
    members: [],
  },
];

/** Office members other than the demo accounts. */
export const OFFICE_USERS: readonly OfficeUserSeed[] = [
  { username: "injaz.agent2", nameAr: "يوسف بن عادل البوعينين", nameEn: "Yousef A. Al-Buainain", mobile: "966504100002" },
  { username: "injaz.inspector2", nameAr: "م. عبدالرحمن بن خالد الشمري", nameEn: "Eng. Abdulrahman K. Al-Shammari", mobile: "966504100005" },
  { username: "najah.manager", nameAr: "بدر بن سعود العنزي", nameEn: "Badr S. Al-Anazi", mobile: "966504200001" },
  { username: "najah.agent1", nameAr: "منيرة بنت حسن القرني", nameEn: "Munirah H. Al-Qarni", mobile: "966504200002" },
  { username: "najah.health", nameAr: "د. أسماء بنت طلال الهاجري", nameEn: "Dr. Asma T. Al-Hajri", mobile: "966504200003" },
  { username: "najah.inspector1", nameAr: "م. راكان بن مشعل العجمي", nameEn: "Eng. Rakan M. Al-Ajmi", mobile: "966504200004" },
  { username: "waha.manager", nameAr: "حسين بن علي آل سيف", nameEn: "Hussain A. Al-Saif", mobile: "966504300001" },
  { username: "waha.agent1", nameAr: "زينب بنت جعفر آل نصر", nameEn: "Zainab J. Al-Nasr", mobile: "966504300002" },
  { username: "waha.health", nameAr: "د. محمد بن عبدالله الخنيزي", nameEn: "Dr. Mohammed A. Al-Khunaizi", mobile: "966504300003" },
  { username: "waha.inspector1", nameAr: "م. علي بن حسن آل غريب", nameEn: "Eng. Ali H. Al-Ghareeb", mobile: "966504300004" },
  { username: "nakhla.manager", nameAr: "عبدالإله بن أحمد الملحم", nameEn: "Abdulelah A. Al-Mulhim", mobile: "966504400001" },
  { username: "nakhla.agent1", nameAr: "هيفاء بنت سامي العفالق", nameEn: "Haifa S. Al-Afaliq", mobile: "966504400002" },
  { username: "nakhla.agent2", nameAr: "سلمان بن فهد الجبر", nameEn: "Salman F. Al-Jabr", mobile: "966504400006" },
  { username: "nakhla.health", nameAr: "د. لطيفة بنت عبدالله النعيم", nameEn: "Dr. Latifa A. Al-Naim", mobile: "966504400003" },
  { username: "nakhla.inspector1", nameAr: "م. حمد بن صالح الموسى", nameEn: "Eng. Hamad S. Al-Mousa", mobile: "966504400004" },
  { username: "nakhla.inspector2", nameAr: "م. وليد بن ناصر العمير", nameEn: "Eng. Waleed N. Al-Omair", mobile: "966504400005" },
];
