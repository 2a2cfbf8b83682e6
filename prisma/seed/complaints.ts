import type { Prisma } from "../../lib/generated/prisma/client";
import type { SeedPart, SeedUser } from "./parts";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "./places";

/**
 * Seed data of the complaints area (بلاغات): the Eastern Province Amanah's departments that handle
 * complaints, the categories a person chooses from (code = Open311 service_code; each with its
 * department, its SLA in hours and whether a photo is required), and the departments' people.
 * Insert-only and idempotent: an SLA edited in the database is never overwritten by the seed.
 */
type DepartmentSeed = { code: string; nameAr: string; nameEn: string };
export const COMPLAINT_DEPARTMENTS: readonly DepartmentSeed[] = [
  { code: "LIGHTING", nameAr: "إدارة الإنارة العامة", nameEn: "Street Lighting Department" },
  { code: "ROADS", nameAr: "إدارة صيانة الطرق والأرصفة", nameEn: "Roads and Sidewalks Maintenance" },
  { code: "CLEANING", nameAr: "إدارة النظافة العامة", nameEn: "Public Cleanliness Department" },
  { code: "DRAINAGE", nameAr: "إدارة تصريف مياه الأمطار والسيول", nameEn: "Stormwater and Drainage Department" },
  { code: "ENV_HEALTH", nameAr: "إدارة صحة البيئة", nameEn: "Environmental Health Department" },
  { code: "BUILDING", nameAr: "إدارة رقابة البناء", nameEn: "Building Control Department" },
  { code: "PARKS", nameAr: "إدارة الحدائق والتشجير", nameEn: "Parks and Landscaping Department" },
  { code: "MONITORING", nameAr: "إدارة المراقبة البلدية", nameEn: "Municipal Monitoring Department" },
  { code: "VISUAL", nameAr: "إدارة معالجة التشوه البصري", nameEn: "Visual Pollution Department" },
];

type CategorySeed = {
  code: string;
  department: string;
  nameAr: string;
  nameEn: string;
  descriptionAr: string;
  descriptionEn: string;
  groupAr: string;
  groupEn: string;
  slaHours: number;
  photoRequired: boolean;
};
const G = {
  roads: { groupAr: "الطرق والإنارة", groupEn: "Roads and lighting" },
  clean: { groupAr: "النظافة وصحة البيئة", groupEn: "Cleanliness and environmental health" },
  water: { groupAr: "المياه والتصريف", groupEn: "Water and drainage" },
  build: { groupAr: "المباني والإنشاءات", groupEn: "Buildings and construction" },
  public: { groupAr: "المظهر العام والحدائق", groupEn: "Public spaces and parks" },
  order: { groupAr: "الإزعاج والتعديات", groupEn: "Nuisance and encroachment" },
} as const;

export const COMPLAINT_CATEGORIES: readonly CategorySeed[] = [
  { code: "STREET_LIGHT", department: "LIGHTING", ...G.roads, slaHours: 48, photoRequired: false, nameAr: "إنارة شارع معطلة", nameEn: "Street light out", descriptionAr: "عمود إنارة لا يعمل أو يومض في شارع أو ممر مشاة.", descriptionEn: "A street light that is off or flickering on a street or footpath." },
  { code: "LIGHT_POLE_HAZARD", department: "LIGHTING", ...G.roads, slaHours: 12, photoRequired: true, nameAr: "عمود إنارة مائل أو أسلاك مكشوفة", nameEn: "Leaning light pole or exposed wires", descriptionAr: "عمود إنارة مائل أو متضرر أو أسلاك كهربائية مكشوفة تشكل خطرًا على المارة.", descriptionEn: "A damaged or leaning pole, or exposed electrical wires that endanger passers-by." },
  { code: "POTHOLE", department: "ROADS", ...G.roads, slaHours: 72, photoRequired: true, nameAr: "حفرة في الطريق", nameEn: "Pothole", descriptionAr: "حفرة أو هبوط في الطريق الإسفلتي.", descriptionEn: "A pothole or subsidence in an asphalt road." },
  { code: "SIDEWALK", department: "ROADS", ...G.roads, slaHours: 120, photoRequired: false, nameAr: "رصيف متضرر", nameEn: "Damaged sidewalk", descriptionAr: "بلاط رصيف مكسور أو مرتفع أو حواف خطرة على المشاة.", descriptionEn: "Broken or raised sidewalk tiles or kerbs dangerous to pedestrians." },
  { code: "MANHOLE_COVER", department: "DRAINAGE", ...G.water, slaHours: 12, photoRequired: true, nameAr: "غطاء فتحة تصريف مفقود أو مكسور", nameEn: "Missing or broken manhole cover", descriptionAr: "فتحة تصريف أو غرفة تفتيش مكشوفة في الطريق أو الرصيف.", descriptionEn: "An open drain or inspection chamber on a road or sidewalk." },
  { code: "WATER_LEAK", department: "DRAINAGE", ...G.water, slaHours: 24, photoRequired: false, nameAr: "تسرب مياه في الشارع", nameEn: "Water leak in the street", descriptionAr: "مياه تتسرب أو تتجمع في الشارع من مصدر غير معروف.", descriptionEn: "Water leaking or pooling in the street from an unknown source." },
  { code: "STORM_DRAIN", department: "DRAINAGE", ...G.water, slaHours: 24, photoRequired: false, nameAr: "تجمع مياه الأمطار أو انسداد التصريف", nameEn: "Rainwater pooling or blocked drain", descriptionAr: "تجمع مياه الأمطار في طريق أو نفق، أو انسداد فتحات تصريف السيول.", descriptionEn: "Rainwater standing on a road or in an underpass, or blocked storm drains." },
  { code: "SEWAGE_OVERFLOW", department: "DRAINAGE", ...G.water, slaHours: 12, photoRequired: false, nameAr: "طفح صرف صحي", nameEn: "Sewage overflow", descriptionAr: "طفح مياه صرف صحي في الشارع أو بين المنازل.", descriptionEn: "Sewage overflowing onto a street or between houses." },
  { code: "WASTE_COLLECTION", department: "CLEANING", ...G.clean, slaHours: 24, photoRequired: false, nameAr: "تأخر رفع النفايات", nameEn: "Missed waste collection", descriptionAr: "حاويات ممتلئة أو نفايات متراكمة لم ترفع في موعدها.", descriptionEn: "Full bins or piled-up waste not collected on schedule." },
  { code: "ILLEGAL_DUMPING", department: "CLEANING", ...G.clean, slaHours: 72, photoRequired: true, nameAr: "رمي مخلفات بشكل عشوائي", nameEn: "Illegal dumping", descriptionAr: "مخلفات بناء أو أثاث أو نفايات مرمية في أرض فضاء أو على الطريق.", descriptionEn: "Construction debris, furniture or waste dumped on vacant land or a road." },
  { code: "DEAD_ANIMAL", department: "CLEANING", ...G.clean, slaHours: 12, photoRequired: false, nameAr: "حيوان نافق", nameEn: "Dead animal", descriptionAr: "حيوان نافق في الطريق أو في مكان عام.", descriptionEn: "A dead animal on a road or in a public place." },
  { code: "STRAY_ANIMALS", department: "ENV_HEALTH", ...G.clean, slaHours: 72, photoRequired: false, nameAr: "حيوانات ضالة", nameEn: "Stray animals", descriptionAr: "كلاب أو قطط ضالة تشكل إزعاجًا أو خطرًا في الحي.", descriptionEn: "Stray dogs or cats causing nuisance or danger in the neighbourhood." },
  { code: "PESTS", department: "ENV_HEALTH", ...G.clean, slaHours: 72, photoRequired: false, nameAr: "انتشار حشرات أو قوارض", nameEn: "Insects or rodents", descriptionAr: "انتشار البعوض أو الذباب أو القوارض في موقع عام ويحتاج إلى رش أو مكافحة.", descriptionEn: "Mosquitoes, flies or rodents in a public place needing spraying or pest control." },
  { code: "SHOP_HYGIENE", department: "ENV_HEALTH", ...G.clean, slaHours: 48, photoRequired: false, nameAr: "مخالفة اشتراطات صحية في منشأة", nameEn: "Hygiene violation in a shop", descriptionAr: "مطعم أو محل أغذية أو صالون لا يلتزم بالاشتراطات الصحية.", descriptionEn: "A restaurant, food shop or salon not following hygiene requirements." },
  { code: "BUILDING_VIOLATION", department: "BUILDING", ...G.build, slaHours: 120, photoRequired: true, nameAr: "بناء مخالف أو دون ترخيص", nameEn: "Unlicensed or non-compliant building", descriptionAr: "أعمال بناء أو إضافات أو هدم دون ترخيص أو مخالفة للترخيص.", descriptionEn: "Construction, extensions or demolition without a permit or against it." },
  { code: "CONSTRUCTION_SITE", department: "BUILDING", ...G.build, slaHours: 72, photoRequired: false, nameAr: "موقع إنشاءات غير آمن", nameEn: "Unsafe construction site", descriptionAr: "موقع بناء بلا سياج أو لوحات تحذير، أو مواد بناء تعيق الطريق.", descriptionEn: "A building site without fencing or warning signs, or materials blocking the road." },
  { code: "NOISE", department: "MONITORING", ...G.order, slaHours: 48, photoRequired: false, nameAr: "إزعاج وضوضاء", nameEn: "Noise nuisance", descriptionAr: "ضوضاء متكررة من ورشة أو منشأة أو أعمال في غير الأوقات المسموحة.", descriptionEn: "Repeated noise from a workshop, business or works outside permitted hours." },
  { code: "ENCROACHMENT", department: "MONITORING", ...G.order, slaHours: 120, photoRequired: false, nameAr: "تعدٍّ على الرصيف أو الأملاك العامة", nameEn: "Encroachment on public space", descriptionAr: "محل يشغل الرصيف أو بسطات أو حواجز على أرض عامة.", descriptionEn: "A shop occupying the sidewalk, stalls or barriers on public land." },
  { code: "GRAFFITI", department: "VISUAL", ...G.public, slaHours: 168, photoRequired: true, nameAr: "كتابات وملصقات على الجدران", nameEn: "Graffiti and posters", descriptionAr: "كتابات أو ملصقات إعلانية على الجدران والمرافق العامة.", descriptionEn: "Graffiti or advertising posters on walls and public facilities." },
  { code: "ABANDONED_CAR", department: "VISUAL", ...G.public, slaHours: 168, photoRequired: true, nameAr: "سيارة مهملة", nameEn: "Abandoned vehicle", descriptionAr: "سيارة متروكة لفترة طويلة في الشارع أو في موقف عام.", descriptionEn: "A vehicle left for a long time on a street or in a public car park." },
  { code: "PARK_MAINTENANCE", department: "PARKS", ...G.public, slaHours: 120, photoRequired: false, nameAr: "صيانة حديقة أو ألعاب أطفال", nameEn: "Park or playground maintenance", descriptionAr: "ألعاب أطفال مكسورة أو مقاعد متضررة أو ري معطل في حديقة عامة.", descriptionEn: "Broken play equipment, damaged benches or broken irrigation in a public park." },
  { code: "TREES", department: "PARKS", ...G.public, slaHours: 120, photoRequired: false, nameAr: "أشجار متضررة أو تحتاج إلى تقليم", nameEn: "Damaged or overgrown trees", descriptionAr: "شجرة ساقطة أو مائلة أو أغصان تحجب الإنارة أو الإشارات.", descriptionEn: "A fallen or leaning tree, or branches blocking lights or signs." },
];

/** The departments' people (demo password like every seeded user). */
export const COMPLAINT_USERS: readonly SeedUser[] = [
  { username: "staff.supervisor", nationalId: null, nameAr: "م. عبدالرحمن بن خالد العنزي", nameEn: "Eng. Abdulrahman K. Al-Enazi", mobile: "966503000011", email: null },
  { username: "staff.lighting", nationalId: null, nameAr: "سلمان بن علي الخالدي", nameEn: "Salman A. Al-Khalidi", mobile: "966503000012", email: null },
  { username: "staff.roads", nationalId: null, nameAr: "ياسر بن مطلق الشمري", nameEn: "Yasser M. Al-Shammari", mobile: "966503000013", email: null },
  { username: "staff.cleaning", nationalId: null, nameAr: "حسن بن جعفر آل سيف", nameEn: "Hassan J. Al-Saif", mobile: "966503000014", email: null },
  { username: "staff.envhealth", nationalId: null, nameAr: "د. لمى بنت سعود الدخيل", nameEn: "Dr. Lama S. Al-Dakhil", mobile: "966503000015", email: null },
];

type MemberSeed = { username: string; department: string; municipalityCode: string | null; isSupervisor: boolean };
const SUPERVISED = COMPLAINT_DEPARTMENTS.map((d) => d.code);
export const COMPLAINT_MEMBERS: readonly MemberSeed[] = [
  // The supervisor receives the escalations of every department (the whole Amanah).
  ...SUPERVISED.map((department) => ({ username: "staff.supervisor", department, municipalityCode: null, isSupervisor: true })),
  { username: "staff.lighting", department: "LIGHTING", municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL, isSupervisor: false },
  { username: "staff.roads", department: "ROADS", municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL, isSupervisor: false },
  { username: "staff.cleaning", department: "CLEANING", municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL, isSupervisor: false },
  { username: "staff.envhealth", department: "ENV_HEALTH", municipalityCode: null, isSupervisor: false },
];

/** The supervisor also works the complaints queue (a complaints officer of the whole Amanah). */
const SUPERVISOR_ASSIGNMENT = { username: "staff.supervisor", role: "COMPLAINTS_OFFICER" as const, amanahCode: AMANAH_CODES.EASTERN };

/** Reference data (always seeded): the departments and the categories people choose from. */
export const COMPLAINTS_SEED: SeedPart = {
  name: "complaints",
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "Department" WHERE code = ANY($1::text[])) AS departments,
              (SELECT count(*)::int FROM "ComplaintCategory" WHERE code = ANY($2::text[])) AS categories`,
      [COMPLAINT_DEPARTMENTS.map((d) => d.code), COMPLAINT_CATEGORIES.map((c) => c.code)],
    );
    const r = rows[0] ?? {};
    return Number(r.departments) !== COMPLAINT_DEPARTMENTS.length || Number(r.categories) !== COMPLAINT_CATEGORIES.length;
  },
  async run(tx, ctx) {
    const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN);
    if (!amanahId) throw new Error(`seed: unknown amanah ${AMANAH_CODES.EASTERN}`);
    let inserted = (
      await tx.department.createMany({ data: COMPLAINT_DEPARTMENTS.map((d) => ({ ...d, amanahId })), skipDuplicates: true })
    ).count;
    const departments = await departmentIds(tx);
    inserted += (
      await tx.complaintCategory.createMany({
        data: COMPLAINT_CATEGORIES.map(({ department, ...c }, i) => ({ ...c, departmentId: dep(departments, department), sortOrder: (i + 1) * 10 })),
        skipDuplicates: true,
      })
    ).count;
    return inserted;
  },
};

async function departmentIds(tx: Prisma.TransactionClient): Promise<Map<string, string>> {
  return new Map(
    (await tx.department.findMany({ where: { code: { in: COMPLAINT_DEPARTMENTS.map((d) => d.code) } }, select: { id: true, code: true } })).map((d) => [d.code, d.id]),
  );
}
function dep(departments: Map<string, string>, code: string): string {
  const id = departments.get(code);
  if (!id) throw new Error(`seed: unknown department ${code}`);
  return id;
}

/** Demo data (only when a demo is asked for): the departments' demo people and the supervisor's assignment. */
export const COMPLAINT_STAFF_SEED: SeedPart = {
  name: "complaint-staff",
  demo: true,
  users: COMPLAINT_USERS,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "DepartmentMember" m JOIN "Department" d ON d.id = m."departmentId" JOIN "User" u ON u.id = m."userId"
                WHERE d.code || '|' || u.username = ANY($1::text[])) AS members,
              (SELECT count(*)::int FROM "StaffAssignment" s JOIN "User" u ON u.id = s."userId"
                WHERE u.username = $2 AND s.role = 'COMPLAINTS_OFFICER' AND s."municipalityId" IS NULL) AS supervisor`,
      [COMPLAINT_MEMBERS.map((m) => `${m.department}|${m.username}`), SUPERVISOR_ASSIGNMENT.username],
    );
    const r = rows[0] ?? {};
    return Number(r.members) !== COMPLAINT_MEMBERS.length || Number(r.supervisor) < 1;
  },
  async run(tx, ctx) {
    const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN);
    if (!amanahId) throw new Error(`seed: unknown amanah ${AMANAH_CODES.EASTERN}`);
    const departments = await departmentIds(tx);
    let inserted = (
      await tx.departmentMember.createMany({
        data: COMPLAINT_MEMBERS.map((m) => {
          const userId = ctx.userIds.get(m.username);
          if (!userId) throw new Error(`seed: unknown user ${m.username}`);
          const municipalityId = m.municipalityCode ? ctx.municipalityIds.get(m.municipalityCode) : null;
          if (municipalityId === undefined) throw new Error(`seed: unknown municipality ${m.municipalityCode}`);
          return { departmentId: dep(departments, m.department), userId, municipalityId, isSupervisor: m.isSupervisor };
        }),
        skipDuplicates: true,
      })
    ).count;
    const supervisorId = ctx.userIds.get(SUPERVISOR_ASSIGNMENT.username);
    if (!supervisorId) throw new Error(`seed: unknown user ${SUPERVISOR_ASSIGNMENT.username}`);
    // The unique index (userId, role, amanahId, municipalityId) does not deduplicate a NULL municipality: check first.
    const hasAssignment = await tx.staffAssignment.count({ where: { userId: supervisorId, role: SUPERVISOR_ASSIGNMENT.role, amanahId, municipalityId: null } });
    if (hasAssignment === 0) {
      await tx.staffAssignment.create({ data: { userId: supervisorId, role: SUPERVISOR_ASSIGNMENT.role, amanahId, municipalityId: null } });
      inserted++;
    }
    return inserted;
  },
};
