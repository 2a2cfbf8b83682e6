/**
 * The demo accounts the seed creates and the run command prints. README lists the same accounts;
 * tests sign in with them. One account for every role.
 */
import type { Role } from "../../lib/auth/roles";
import { withCheckDigit } from "../../lib/domain/identity/national-id";

export const DEMO_PASSWORD = "Amanah@2026";

/**
 * Demo data only: the TOTP secret the seed pre-enrolls (sealed) for the demo accounts whose role requires
 * two-factor (ADMIN, COMMITTEE_MEMBER, FINANCE: lib/auth/totp.ts), so a person can add it to an authenticator
 * app (the run banner and README print it) and the e2e fixture can compute the code. Never used for real accounts.
 */
export const DEMO_TOTP_SECRET = "AMANAHDEMOTOTPSECRETFORSTAFF2FA2";

export type DemoAccount = {
  role: Role;
  /** National ID for citizens, username for everyone else. */
  login: string;
  loginKind: "nationalId" | "username";
  nameAr: string;
  nameEn: string;
  mobile: string;
  /** The dashboard this account lands on. */
  home: "/my" | "/office" | "/staff" | "/medical" | "/utility";
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: "CITIZEN", login: withCheckDigit("108765432"), loginKind: "nationalId", nameAr: "عبدالله بن محمد القحطاني", nameEn: "Abdullah M. Al-Qahtani", mobile: "966501234567", home: "/my" },
  { role: "CITIZEN", login: withCheckDigit("212345678"), loginKind: "nationalId", nameAr: "أحمد سليم خان", nameEn: "Ahmed Saleem Khan", mobile: "966551112233", home: "/my" },
  { role: "OFFICE_MANAGER", login: "office.manager", loginKind: "username", nameAr: "خالد بن سعد الدوسري", nameEn: "Khalid S. Al-Dossary", mobile: "966502000001", home: "/office" },
  { role: "OFFICE_AGENT", login: "office.agent", loginKind: "username", nameAr: "نورة بنت علي الشهري", nameEn: "Noura A. Al-Shehri", mobile: "966502000002", home: "/office" },
  { role: "OFFICE_HEALTH_SPECIALIST", login: "office.health", loginKind: "username", nameAr: "د. ريم بنت فهد العتيبي", nameEn: "Dr. Reem F. Al-Otaibi", mobile: "966502000003", home: "/office" },
  { role: "OFFICE_TECH_INSPECTOR", login: "office.inspector", loginKind: "username", nameAr: "ماجد بن ناصر الغامدي", nameEn: "Majed N. Al-Ghamdi", mobile: "966502000004", home: "/office" },
  { role: "REVIEWER", login: "staff.reviewer", loginKind: "username", nameAr: "سارة بنت عبدالعزيز المطيري", nameEn: "Sarah A. Al-Mutairi", mobile: "966503000001", home: "/staff" },
  { role: "COMPLAINTS_OFFICER", login: "staff.complaints", loginKind: "username", nameAr: "فيصل بن حمد الزهراني", nameEn: "Faisal H. Al-Zahrani", mobile: "966503000002", home: "/staff" },
  { role: "FIELD_INSPECTOR", login: "staff.inspector", loginKind: "username", nameAr: "تركي بن سلطان الحربي", nameEn: "Turki S. Al-Harbi", mobile: "966503000003", home: "/staff" },
  { role: "COMMITTEE_MEMBER", login: "staff.committee", loginKind: "username", nameAr: "م. هند بنت يوسف الرشيد", nameEn: "Eng. Hind Y. Al-Rasheed", mobile: "966503000004", home: "/staff" },
  { role: "FINANCE", login: "staff.finance", loginKind: "username", nameAr: "عمر بن إبراهيم السبيعي", nameEn: "Omar I. Al-Subaie", mobile: "966503000005", home: "/staff" },
  { role: "MEDICAL_EXAMINER", login: "medical.examiner", loginKind: "username", nameAr: "د. منى بنت صالح العمري", nameEn: "Dr. Mona S. Al-Omari", mobile: "966504000001", home: "/medical" },
  { role: "LEADER", login: "mayor", loginKind: "username", nameAr: "م. فهد بن عبدالرحمن الجبير", nameEn: "Eng. Fahd A. Al-Jubair", mobile: "966503000007", home: "/staff" },
  { role: "LEADER", login: "mayor.dammam", loginKind: "username", nameAr: "م. سلمان بن خالد العنزي", nameEn: "Eng. Salman K. Al-Anazi", mobile: "966503000008", home: "/staff" },
  { role: "ELECTRICITY_EMPLOYEE", login: "sec.employee", loginKind: "username", nameAr: "م. ياسر بن علي الغامدي", nameEn: "Eng. Yasser A. Al-Ghamdi", mobile: "966505000001", home: "/utility" },
  { role: "ADMIN", login: "staff.admin", loginKind: "username", nameAr: "مدير النظام", nameEn: "System Administrator", mobile: "966503000006", home: "/staff" },
  // building permits (issue 12): the engineering office OFF-BINA, the departments' reviewers and the signatory
  { role: "OFFICE_MANAGER", login: "eng.manager", loginKind: "username", nameAr: "م. فهد بن ناصر البنيان", nameEn: "Eng. Fahad N. Al-Bunyan", mobile: "966502000011", home: "/office" },
  { role: "OFFICE_ENGINEER", login: "eng.engineer", loginKind: "username", nameAr: "م. ريان بن عبدالله الشهراني", nameEn: "Eng. Rayan A. Al-Shahrani", mobile: "966502000012", home: "/office" },
  { role: "PERMITS_REVIEWER", login: "staff.planning", loginKind: "username", nameAr: "م. مشاعل بنت فهد الدوسري", nameEn: "Eng. Mashael F. Al-Dossary", mobile: "966503000021", home: "/staff" },
  { role: "PERMITS_REVIEWER", login: "staff.building", loginKind: "username", nameAr: "م. نايف بن سعد القحطاني", nameEn: "Eng. Naif S. Al-Qahtani", mobile: "966503000022", home: "/staff" },
  { role: "PERMITS_REVIEWER", login: "staff.safety", loginKind: "username", nameAr: "م. بندر بن عيد العتيبي", nameEn: "Eng. Bandar E. Al-Otaibi", mobile: "966503000023", home: "/staff" },
  { role: "PERMITS_SIGNATORY", login: "staff.signatory", loginKind: "username", nameAr: "م. عبدالعزيز بن حمد الملحم", nameEn: "Eng. Abdulaziz H. Al-Mulhim", mobile: "966503000024", home: "/staff" },
  { role: "TENDERS_OFFICER", login: "staff.tenders", loginKind: "username", nameAr: "بدر بن عادل الشمري", nameEn: "Badr A. Al-Shammari", mobile: "966503000007", home: "/staff" },
  { role: "APPOINTMENTS_CLERK", login: "staff.appointments", loginKind: "username", nameAr: "ريم بنت خالد الغامدي", nameEn: "Reem K. Al-Ghamdi", mobile: "966503000007", home: "/staff" },
];
