/**
 * The e-services catalogue (docs/decisions/018-service-catalogue.md): every municipal e-service of the Amanah as
 * data, in the four categories of the Saudi e-government maturity model (informational, interactive,
 * transactional, integrative), modelled on the Eastern Province Amanah's 120 e-services and Qatif's inquiries.
 * Each row carries its guide (requirements, documents, fee, duration, steps). `livePath` is the portal path
 * (without the locale prefix) where the service works TODAY; services still being built have none
 * (LIVE_PATHS_OF_LATER_AREAS links the areas that landed later). Fees come from the fee rules where they exist
 * (prisma/seed/licensing.ts FEE_RULES, prisma/seed/violations.ts VIOLATION_ARTICLES).
 * Inserted by code, once: an administrator's later edits (/staff/catalogue) are never overwritten.
 */
import { searchTextOf } from "../../lib/domain/catalogue/normalize";
import { FEE_RULES } from "./licensing";
import { VIOLATION_ARTICLES } from "./violations";

export type EServiceCategorySeed = "INFORMATIONAL" | "INTERACTIVE" | "TRANSACTIONAL" | "INTEGRATIVE";
export type AudienceSeed = "CITIZEN" | "BUSINESS" | "OFFICE" | "AGENCY";
export type ChannelSeed = "WEB" | "KIOSK" | "API";

export type EServiceSeed = {
  code: string;
  category: EServiceCategorySeed;
  audience: AudienceSeed;
  nameAr: string;
  nameEn: string;
  descriptionAr: string;
  descriptionEn: string;
  livePath: string | null;
  requiresLogin: boolean;
  sortOrder: number;
  departmentAr: string;
  departmentEn: string;
  channels: ChannelSeed[];
  requirementsAr: string[];
  requirementsEn: string[];
  documentsAr: string[];
  documentsEn: string[];
  stepsAr: string[];
  stepsEn: string[];
  feeHalalas: number | null;
  feeAr: string;
  feeEn: string;
  durationAr: string;
  durationEn: string;
  searchText: string;
};

type Pair = readonly [ar: string, en: string];

const DEPARTMENTS = {
  LIC: ["إدارة الرخص التجارية", "Commercial Licensing Department"],
  HEALTH: ["إدارة صحة البيئة", "Environmental Health Department"],
  BLD: ["إدارة رخص البناء", "Building Permits Department"],
  PLAN: ["إدارة التخطيط العمراني", "Urban Planning Department"],
  SURVEY: ["إدارة المساحة والأراضي", "Survey and Lands Department"],
  INV: ["إدارة الاستثمار وتنمية الإيرادات", "Investment and Revenue Department"],
  CONT: ["إدارة العقود والمشتريات", "Contracts and Procurement Department"],
  CX: ["مركز خدمة العملاء (940)", "Customer Care Centre (940)"],
  FIN: ["الإدارة المالية", "Finance Department"],
  INSP: ["إدارة الرقابة والمخالفات", "Inspection and Violations Department"],
  OFFICES: ["إدارة الإشراف على مكاتب الخدمات", "Service Offices Supervision Department"],
  IT: ["إدارة تقنية المعلومات والتحول الرقمي", "IT and Digital Transformation Department"],
  PARKS: ["إدارة الحدائق والتشجير", "Parks and Landscaping Department"],
  ROADS: ["إدارة الطرق والتصريف", "Roads and Drainage Department"],
  CLEAN: ["إدارة النظافة", "Cleanliness Department"],
  ADS: ["إدارة المظهر العام والإعلانات", "Urban Landscape and Advertising Department"],
  MARKETS: ["إدارة الأسواق والمسالخ", "Markets and Slaughterhouses Department"],
  SERVICES: ["إدارة الخدمات البلدية", "Municipal Services Department"],
  EMERG: ["إدارة الطوارئ", "Emergency Department"],
  PROPS: ["إدارة أملاك الأمانة", "Amanah Properties Department"],
} as const satisfies Record<string, Pair>;
type Dept = keyof typeof DEPARTMENTS;

const DOCS = {
  ID: ["صورة الهوية الوطنية أو الإقامة سارية المفعول", "A valid national ID or iqama"],
  CR: ["السجل التجاري ساري المفعول", "A valid commercial registration"],
  LEASE: ["عقد إيجار موثق في منصة إيجار أو صك الملكية", "A lease registered on Ejar, or the title deed"],
  DEED: ["صك الملكية الإلكتروني", "The electronic title deed"],
  PHOTOS: ["صور واضحة للموقع من الداخل والخارج", "Clear photos of the site, inside and outside"],
  CIVIL: ["شهادة سلامة الدفاع المدني", "Civil Defence safety certificate"],
  SIGN: ["تصميم اللوحة التجارية بمقاساتها", "The shop sign's design with its dimensions"],
  MEDICAL: ["نتيجة الفحص الطبي من مركز طبي معتمد", "A medical examination result from an accredited centre"],
  PHOTO: ["صورة شخصية حديثة بخلفية بيضاء", "A recent personal photo on a white background"],
  DRAWINGS: ["المخططات المعمارية والإنشائية المعتمدة من مكتب هندسي", "Architectural and structural drawings certified by an engineering office"],
  SURVEY: ["تقرير رفع مساحي من مكتب هندسي معتمد", "A survey report from an accredited engineering office"],
  SUPERVISION: ["عقد الإشراف الهندسي", "The engineering supervision contract"],
  LICENSE_NO: ["رقم الرخصة الحالية", "The current license number"],
  VIOLATION_NO: ["رقم المخالفة", "The violation number"],
  EVIDENCE: ["ما يثبت سبب الطلب (صور أو مستندات)", "Evidence supporting the request (photos or documents)"],
  BILL_NO: ["رقم الفاتورة", "The bill number"],
  PROFILE: ["ملف تعريفي بالمنشأة وخبراتها", "A profile of the company and its experience"],
  ZAKAT: ["شهادة الزكاة والدخل سارية", "A valid Zakat certificate"],
  GOSI: ["شهادة التأمينات الاجتماعية", "A GOSI certificate"],
  NITAQAT: ["شهادة نطاقات", "A Nitaqat (Saudisation) certificate"],
  CLASSIFICATION: ["شهادة تصنيف المقاولين", "A contractor classification certificate"],
  AUTH_LETTER: ["خطاب تفويض رسمي من الجهة", "An official authorisation letter from the agency"],
  AGREEMENT: ["اتفاقية تبادل البيانات موقعة", "A signed data-sharing agreement"],
  EVENT_PLAN: ["مخطط الفعالية وبرنامجها الزمني", "The event's layout and schedule"],
  INSURANCE: ["وثيقة تأمين ضد الغير", "A third-party insurance policy"],
  VEHICLE: ["استمارة المركبة وصورة لها", "The vehicle registration and a photo of the vehicle"],
  DEATH: ["بلاغ الوفاة الصادر من المستشفى أو الأحوال المدنية", "The death notification from the hospital or civil affairs"],
  ENGINEERS: ["مؤهلات المهندسين وعضويتهم في الهيئة السعودية للمهندسين", "Engineers' qualifications and Saudi Council of Engineers membership"],
  CONTRACTOR: ["عقد المقاول المنفذ", "The contractor's contract"],
  TRAFFIC: ["خطة تحويل المرور المعتمدة", "An approved traffic diversion plan"],
  PLAN_COPY: ["صورة المخطط المعتمد للأرض", "A copy of the approved plot plan"],
  SPECS: ["المواصفات الفنية للأعمال", "The technical specifications of the works"],
} as const satisfies Record<string, Pair>;
type Doc = keyof typeof DOCS;

const REQS = {
  SIGNED_IN: ["تسجيل الدخول بالنفاذ الوطني الموحد", "Sign in with the national single sign-on"],
  NO_UNPAID: ["عدم وجود مخالفات بلدية غير مسددة على المنشأة", "No unpaid municipal violations on the establishment"],
  ACTIVE_CR: ["سجل تجاري ساري يتضمن النشاط المطلوب", "An active commercial registration that includes the activity"],
  ZONING: ["أن يسمح تخطيط الموقع بالنشاط المطلوب", "The activity is allowed at the site by the zoning rules"],
  HEALTH_STAFF: ["شهادات صحية سارية للعاملين في الأنشطة ذات العلاقة بالصحة العامة", "Valid health certificates for workers in public-health activities"],
  OWNER: ["أن يكون مقدم الطلب المالك أو من يفوضه", "The applicant is the owner or their authorised representative"],
  WINDOW: ["تقديم الطلب خلال المدة النظامية", "Filed within the statutory period"],
  LICENSE_VALID: ["رخصة سارية أو منتهية منذ مدة لا تتجاوز سنة", "A license that is active or expired less than a year ago"],
  NO_OPEN_APP: ["عدم وجود طلب مفتوح على المنشأة نفسها", "No open application for the same establishment"],
  ENG_OFFICE: ["تقديم الطلب عبر مكتب هندسي معتمد", "Submitted through an accredited engineering office"],
  NUMBER: ["معرفة رقم المعاملة أو الوثيقة", "Know the transaction or document number"],
  MOBILE: ["رقم جوال سعودي لاستلام رمز التحقق", "A Saudi mobile number to receive the verification code"],
  AGENCY: ["جهة حكومية أو شركة ذات علاقة بموجب اتفاقية مع الأمانة", "A government agency or related company under an agreement with the Amanah"],
  SAUDI_MANAGER: ["مدير مكتب سعودي متفرغ", "A full-time Saudi office manager"],
  QUALIFIED: ["مختص صحي ومفتش فني مؤهلان ضمن فريق المكتب", "A qualified health specialist and technical inspector on the office's team"],
  NOT_SUSPENDED: ["ألا يكون المكتب موقوفًا", "The office is not suspended"],
  VENDOR: ["التسجيل في منصة اعتماد للموردين", "Registered on the Etimad vendors platform"],
  BOOKLET: ["شراء كراسة الشروط والمواصفات قبل تقديم العرض", "Buy the terms and specifications booklet before making an offer"],
  NONE_OPEN: ["لا يشترط تسجيل الدخول", "No sign-in needed"],
  SAUDI: ["أن يكون المتقدم سعودي الجنسية", "The applicant is a Saudi national"],
  COMPLETED_WORKS: ["إنجاز الأعمال وفق الرخصة والمخططات المعتمدة", "Works completed according to the permit and approved drawings"],
} as const satisfies Record<string, Pair>;
type Req = keyof typeof REQS;

const DURATIONS = {
  INSTANT: ["فوري", "Instant"],
  ONE: ["يوم عمل واحد", "One working day"],
  TWO: ["يوما عمل", "Two working days"],
  THREE: ["ثلاثة أيام عمل", "Three working days"],
  FIVE: ["خمسة أيام عمل", "Five working days"],
  SEVEN: ["سبعة أيام عمل", "Seven working days"],
  TEN: ["عشرة أيام عمل", "Ten working days"],
  FIFTEEN: ["خمسة عشر يوم عمل", "Fifteen working days"],
  THIRTY: ["ثلاثون يوم عمل", "Thirty working days"],
  SESSION: ["حسب موعد الجلسة المعلن", "As per the announced session date"],
  TENDER: ["حسب مواعيد المنافسة المعلنة", "As per the tender's announced dates"],
  SETUP: ["من أسبوعين إلى أربعة أسابيع لتفعيل الربط، ثم فوري", "Two to four weeks to set up the link, then instant"],
  COMPLAINT: ["حسب أولوية البلاغ: من 24 ساعة إلى 5 أيام عمل", "By priority: from 24 hours to 5 working days"],
} as const satisfies Record<string, Pair>;
type Duration = keyof typeof DURATIONS;

const SAR = 100;
const riyals = (h: number) => (h / SAR).toLocaleString("en-US");
const defaultFee = FEE_RULES.find((r) => r.activityGroupEn === null)!;
const fines = VIOLATION_ARTICLES.map((a) => [a.minFineHalalas, a.maxFineHalalas] as const);
const minFine = Math.min(...fines.map((f) => f[0]));
const maxFine = Math.max(...fines.map((f) => f[1]));

type Fee = { halalas: number | null; ar: string; en: string };
const FEES = {
  FREE: { halalas: 0, ar: "مجانية", en: "Free" },
  LICENSE_NEW: {
    halalas: null,
    ar: `حسب جدول رسوم الرخص: ${riyals(defaultFee.baseHalalas)} ريال رسم إصدار، و${riyals(defaultFee.perSquareMeterHalalas)} ريالات لكل متر مربع من المحل، و${riyals(defaultFee.signPerSquareMeterHalalas)} ريالًا لكل متر مربع من اللوحة، و${riyals(defaultFee.healthSupplementHalalas)} ريال للرخصة الصحية (تختلف حسب مجموعة النشاط)`,
    en: `Per the license fee schedule: SAR ${riyals(defaultFee.baseHalalas)} issuance, SAR ${riyals(defaultFee.perSquareMeterHalalas)} per m² of shop, SAR ${riyals(defaultFee.signPerSquareMeterHalalas)} per m² of sign, SAR ${riyals(defaultFee.healthSupplementHalalas)} health supplement (varies by activity group)`,
  },
  LICENSE_RENEW: {
    halalas: null,
    ar: `نسبة من رسوم الإصدار حسب النشاط (80–100%)، وغرامة تأخير ${riyals(defaultFee.lateRenewalPerMonthHalalas)} ريال عن كل شهر بعد انتهاء الرخصة`,
    en: `A share of the issuance fee by activity (80–100%), plus SAR ${riyals(defaultFee.lateRenewalPerMonthHalalas)} for every month after expiry`,
  },
  FINE: { halalas: null, ar: `الغرامة حسب لائحة الجزاءات البلدية: من ${riyals(minFine)} إلى ${riyals(maxFine)} ريال حسب المخالفة وتكرارها`, en: `The fine per the municipal penalties schedule: SAR ${riyals(minFine)} to ${riyals(maxFine)} by violation and repetition` },
  BILL: { halalas: null, ar: "مبلغ الفاتورة كما هو مدون فيها، دون رسوم إضافية", en: "The bill's amount as stated on it, with no extra charge" },
  BUILDING: { halalas: null, ar: "حسب مساحة البناء واستخدامه، وتصدر بها فاتورة سداد قبل إصدار الرخصة", en: "By floor area and use; a bill is issued before the permit" },
  BOOKLET: { halalas: null, ar: "سعر كراسة الشروط حسب المنافسة أو المزايدة، ويسدد بفاتورة سداد", en: "The booklet price set for each tender or auction, paid by a SADAD bill" },
  DEPENDS: { halalas: null, ar: "حسب نوع الطلب ومساحته، وتصدر به فاتورة سداد قبل الإصدار", en: "Depends on the request and its area; a bill is issued before approval" },
  SAR100: { halalas: 100 * SAR, ar: "100 ريال", en: "SAR 100" },
  SAR200: { halalas: 200 * SAR, ar: "200 ريال", en: "SAR 200" },
  SAR300: { halalas: 300 * SAR, ar: "300 ريال", en: "SAR 300" },
  SAR500: { halalas: 500 * SAR, ar: "500 ريال", en: "SAR 500" },
  SAR1000: { halalas: 1000 * SAR, ar: "1,000 ريال", en: "SAR 1,000" },
  SAR2000: { halalas: 2000 * SAR, ar: "2,000 ريال", en: "SAR 2,000" },
} as const satisfies Record<string, Fee>;
type FeeKey = keyof typeof FEES;

const STEPS = {
  APPLY: [
    ["سجّل الدخول إلى البوابة بالنفاذ الوطني الموحد", "Sign in to the portal with the national single sign-on"],
    ["املأ نموذج الطلب وأرفق المستندات المطلوبة", "Fill in the application form and attach the required documents"],
    ["راجع بياناتك وأرسل الطلب واحتفظ برقمه", "Check your answers, submit and keep the reference number"],
    ["تدرس الإدارة المختصة الطلب وقد تجري كشفًا ميدانيًا", "The department reviews the request and may inspect the site"],
    ["سدد فاتورة الرسوم عبر سداد برقم الفاتورة", "Pay the fee bill through SADAD with the bill number"],
    ["تصلك رسالة نصية عند الإصدار وتطبع الوثيقة من البوابة", "You get an SMS when it is issued and print it from the portal"],
  ],
  OFFICE: [
    ["سجّل الدخول واختر مكتب خدمات معتمدًا يخدم بلديتك", "Sign in and choose an accredited service office serving your municipality"],
    ["أدخل بيانات المنشأة وأرفق المستندات", "Enter the establishment's details and attach the documents"],
    ["يراجع المكتب الطلب ويجري الكشف الفني والصحي", "The office reviews the request and carries out the technical and health inspections"],
    ["يعتمد مدير المكتب الطلب وتصدر فاتورة الرسوم", "The office manager approves it and the fee bill is issued"],
    ["سدد الفاتورة فتصدر الرخصة ويصلك إشعار بها", "Pay the bill; the license is issued and you are notified"],
  ],
  INQUIRY: [
    ["افتح صفحة الخدمة", "Open the service page"],
    ["أدخل الرقم المطلوب كما هو مدون في الوثيقة", "Enter the number as printed on the document"],
    ["اطلع على الحالة والبيانات التي تظهرها الوثيقة", "See the status and what the document itself shows"],
  ],
  VERIFY: [
    ["امسح رمز الاستجابة السريعة المطبوع على الوثيقة أو افتح صفحة التحقق", "Scan the QR code printed on the document, or open the verification page"],
    ["أدخل رمز التحقق المطبوع إن لم تمسح الرمز", "Enter the printed verification code if you did not scan it"],
    ["تظهر حالة الوثيقة (سارية، منتهية، ملغاة) وبياناتها المطبوعة", "The document's status (valid, expired, cancelled) and printed details appear"],
  ],
  REPORT: [
    ["افتح نموذج البلاغ واختر نوعه", "Open the report form and choose its type"],
    ["حدد الموقع على الخريطة وأرفق صورًا إن وجدت", "Mark the location on the map and attach photos if any"],
    ["أكد رقم جوالك برمز التحقق وأرسل البلاغ", "Confirm your mobile with the code and send the report"],
    ["تصلك رسالة برقم البلاغ وتتابعه حتى إغلاقه", "You get an SMS with the reference and follow it until it is closed"],
  ],
  PAY: [
    ["استعلم عن الفاتورة برقمها ورقم هوية الدافع أو سجله التجاري", "Look up the bill by its number and the payer's ID or CR number"],
    ["سدد عبر تطبيق مصرفك أو الصراف الآلي (سداد) برمز المفوتر ورقم الفاتورة", "Pay through your bank's app or an ATM (SADAD) with the biller code and bill number"],
    ["يصلك إشعار السداد وتطبع الإيصال من البوابة", "You get a payment notice and print the receipt from the portal"],
  ],
  OBJECT: [
    ["سجّل الدخول وافتح المخالفة من «مخالفاتي»", "Sign in and open the violation under “My violations”"],
    ["اكتب سبب الاعتراض وأرفق ما يثبته", "Write the reason for the objection and attach evidence"],
    ["تنظر لجنة المخالفات في الاعتراض خلال المدة النظامية", "The violations committee reviews it within the statutory period"],
    ["يصلك القرار برسالة نصية: قبول أو تخفيض أو رفض", "You get the decision by SMS: accepted, reduced or rejected"],
  ],
  BOOK: [
    ["سجّل الدخول واختر الإدارة والخدمة", "Sign in and choose the department and service"],
    ["اختر اليوم والوقت المتاحين", "Choose an available day and time"],
    ["أكد الحجز فيصلك رمز الموعد برسالة نصية", "Confirm; the appointment code arrives by SMS"],
    ["احضر في الموعد وأبرز الرمز عند الموظف", "Come on time and show the code at the counter"],
  ],
  INFO: [
    ["افتح صفحة الخدمة", "Open the service page"],
    ["ابحث أو اختر ما تريد من القائمة", "Search or choose from the list"],
    ["اطلع على التفاصيل واطبعها إن احتجت", "Read the details and print them if needed"],
  ],
  API: [
    ["تتقدم الجهة بطلب ربط رسمي إلى إدارة تقنية المعلومات", "The agency sends a formal integration request to the IT department"],
    ["توقع الجهة اتفاقية تبادل البيانات وتحدد الصلاحيات", "The agency signs the data-sharing agreement and its permissions are set"],
    ["تتسلم الجهة مفاتيح الوصول وتختبر الربط في بيئة الاختبار", "The agency receives its access keys and tests in the sandbox"],
    ["يُفعّل الربط ويُراقب استخدامه وفق الاتفاقية", "The link goes live and its use is monitored under the agreement"],
  ],
  TENDER: [
    ["اطلع على المنافسة أو المزايدة المعلنة وشروطها", "Read the announced tender or auction and its terms"],
    ["اشترِ كراسة الشروط وسدد فاتورتها", "Buy the booklet and pay its bill"],
    ["قدم عرضك قبل الموعد النهائي مع الضمان البنكي", "Submit your offer with the bank guarantee before the deadline"],
    ["تُفتح العروض في الموعد المعلن وتعلن النتيجة", "Offers are opened on the announced date and the result is published"],
  ],
} as const satisfies Record<string, readonly Pair[]>;
type Steps = keyof typeof STEPS;

type Spec = {
  code: string;
  cat: EServiceCategorySeed;
  aud: AudienceSeed;
  dept: Dept;
  ch: ChannelSeed[];
  live: string | null;
  login: boolean;
  name: Pair;
  desc: Pair;
  reqs: Req[];
  docs: Doc[];
  fee: FeeKey;
  dur: Duration;
  steps: Steps;
};

const W: ChannelSeed[] = ["WEB"];
const WK: ChannelSeed[] = ["WEB", "KIOSK"];
const WA: ChannelSeed[] = ["WEB", "API"];
const WKA: ChannelSeed[] = ["WEB", "KIOSK", "API"];
const A: ChannelSeed[] = ["API"];

function s(code: string, cat: EServiceCategorySeed, aud: AudienceSeed, dept: Dept, ch: ChannelSeed[], live: string | null, login: boolean, name: Pair, desc: Pair, reqs: Req[], docs: Doc[], fee: FeeKey, dur: Duration, steps: Steps): Spec {
  return { code, cat, aud, dept, ch, live, login, name, desc, reqs, docs, fee, dur, steps };
}

const I = "INFORMATIONAL";
const N = "INTERACTIVE";
const T = "TRANSACTIONAL";
const G = "INTEGRATIVE";

const SPECS: Spec[] = [
  // ── Informational (معلوماتية) ──
  s("INF-VERIFY", I, "CITIZEN", "IT", WK, "/verify", false, ["التحقق من الوثائق البلدية", "Verify a municipal document"], ["تحقق من صحة رخصة محل أو شهادة صحية أو إيصال سداد برمز التحقق المطبوع عليها.", "Check that a shop license, health certificate or payment receipt is genuine with its printed verification code."], ["NONE_OPEN"], [], "FREE", "INSTANT", "VERIFY"),
  s("INF-VERIFY-LICENSE", I, "BUSINESS", "LIC", WK, "/verify", false, ["التحقق من رخصة محل تجاري", "Verify a shop license"], ["تأكد من سريان رخصة محل تجاري وبياناتها بمسح رمزها أو إدخال رمز التحقق.", "Confirm a shop license is valid and see its printed details by scanning its code."], ["NONE_OPEN"], [], "FREE", "INSTANT", "VERIFY"),
  s("INF-VERIFY-HEALTH-CERT", I, "CITIZEN", "HEALTH", WK, "/verify", false, ["التحقق من شهادة صحية", "Verify a health certificate"], ["تأكد من سريان الشهادة الصحية لعامل في منشأة غذائية أو صحية.", "Confirm that a food or health worker's health certificate is valid."], ["NONE_OPEN"], [], "FREE", "INSTANT", "VERIFY"),
  s("INF-VERIFY-RECEIPT", I, "CITIZEN", "FIN", W, "/verify", false, ["التحقق من إيصال سداد", "Verify a payment receipt"], ["تحقق من أن إيصال السداد صادر من الأمانة وأن الفاتورة مدفوعة فعلًا.", "Check that a payment receipt was issued by the Amanah and the bill is really paid."], ["NONE_OPEN"], [], "FREE", "INSTANT", "VERIFY"),
  s("INF-BILL-INQUIRY", I, "CITIZEN", "FIN", WKA, "/bills/inquiry", false, ["الاستعلام عن الفواتير", "Bill inquiry"], ["اعرف مبلغ فاتورتك البلدية وحالتها وتاريخ استحقاقها برقمها ورقم هوية الدافع.", "See your municipal bill's amount, status and due date by its number and the payer's ID."], ["NONE_OPEN", "NUMBER"], ["BILL_NO", "ID"], "FREE", "INSTANT", "INQUIRY"),
  s("INF-OFFICES-DIRECTORY", I, "BUSINESS", "OFFICES", W, "/offices", false, ["دليل مكاتب الخدمات المعتمدة", "Accredited service offices directory"], ["ابحث عن مكاتب الخدمات المعتمدة والبلديات التي تخدمها وطرق التواصل معها.", "Find the accredited service offices, the municipalities they serve and how to reach them."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-OFFICES-RANKING", I, "BUSINESS", "OFFICES", W, "/offices", false, ["تقييم مكاتب الخدمات وترتيبها", "Service offices' ratings and ranking"], ["قارن مكاتب الخدمات بتقييمات المستفيدين ومدة الإنجاز قبل اختيار مكتبك.", "Compare service offices by customer ratings and processing times before choosing one."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-OFFICE-PROFILE", I, "BUSINESS", "OFFICES", W, "/offices", false, ["بطاقة مكتب خدمات معتمد", "An accredited office's profile"], ["اطلع على بيانات مكتب معتمد: حالته ونطاق خدمته وتقييمه.", "See an accredited office's details: its status, coverage and rating."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-LICENSE-INQUIRY", I, "BUSINESS", "LIC", WK, null, false, ["الاستعلام عن رخصة محل تجاري", "Shop license inquiry"], ["اعرف حالة رخصة محل تجاري وتاريخ انتهائها برقمها أو رقم السجل التجاري.", "Check a shop license's status and expiry by its number or the commercial registration."], ["NONE_OPEN", "NUMBER"], ["LICENSE_NO"], "FREE", "INSTANT", "INQUIRY"),
  s("INF-VIOLATION-INQUIRY", I, "BUSINESS", "INSP", WK, null, false, ["الاستعلام عن المخالفات البلدية", "Municipal violations inquiry"], ["استعلم عن مخالفة برقمها ورقم هوية المالك واعرف مبلغها وحالة سدادها.", "Look up a violation by its number and the owner's ID: amount and payment status."], ["NONE_OPEN", "NUMBER"], ["VIOLATION_NO", "ID"], "FREE", "INSTANT", "INQUIRY"),
  s("INF-HEALTH-CERT-INQUIRY", I, "CITIZEN", "HEALTH", WK, null, false, ["الاستعلام عن شهادة صحية", "Health certificate inquiry"], ["اعرف حالة الشهادة الصحية وتاريخ انتهائها برقمها.", "Check a health certificate's status and expiry by its number."], ["NONE_OPEN", "NUMBER"], ["ID"], "FREE", "INSTANT", "INQUIRY"),
  s("INF-TRANSACTION-INQUIRY", I, "CITIZEN", "CX", WK, null, false, ["الاستعلام عن معاملة", "Transaction inquiry"], ["اعرف حالة أي معاملة (طلب رخصة، بلاغ، اعتراض) برقمها المرجعي.", "See the status of any transaction (license application, report, objection) by its reference."], ["NONE_OPEN", "NUMBER"], [], "FREE", "INSTANT", "INQUIRY"),
  s("INF-BUILDING-PERMIT-INQUIRY", I, "CITIZEN", "BLD", WK, null, false, ["الاستعلام عن رخص البناء", "Building permit inquiry"], ["استعلم عن رخصة بناء برقمها أو رقم الصك واعرف حالتها وبياناتها.", "Look up a building permit by its number or the title-deed number."], ["NONE_OPEN", "NUMBER"], ["DEED"], "FREE", "INSTANT", "INQUIRY"),
  s("INF-DEMOLITION-PERMIT-INQUIRY", I, "CITIZEN", "BLD", W, null, false, ["الاستعلام عن رخص الهدم", "Demolition permit inquiry"], ["اعرف حالة رخصة هدم مبنى برقمها.", "Check a demolition permit's status by its number."], ["NONE_OPEN", "NUMBER"], [], "FREE", "INSTANT", "INQUIRY"),
  s("INF-RESTORATION-PERMIT-INQUIRY", I, "CITIZEN", "BLD", W, null, false, ["الاستعلام عن رخص الترميم", "Restoration permit inquiry"], ["اعرف حالة رخصة ترميم أو إضافة برقمها.", "Check a restoration or extension permit's status by its number."], ["NONE_OPEN", "NUMBER"], [], "FREE", "INSTANT", "INQUIRY"),
  s("INF-ELECTRICITY-INQUIRY", I, "CITIZEN", "BLD", W, null, false, ["الاستعلام عن طلب إيصال التيار الكهربائي", "Electricity connection request inquiry"], ["اعرف حالة طلب شهادة إيصال التيار الكهربائي لمبنى برقم الطلب.", "Check the status of a building's electricity connection request by its number."], ["NONE_OPEN", "NUMBER"], [], "FREE", "INSTANT", "INQUIRY"),
  s("INF-ENG-OFFICE-INQUIRY", I, "BUSINESS", "BLD", W, null, false, ["الاستعلام عن المكاتب الهندسية المرخصة", "Licensed engineering offices inquiry"], ["تحقق من ترخيص مكتب هندسي وتصنيفه قبل التعاقد معه.", "Check an engineering office's license and class before hiring it."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INQUIRY"),
  s("INF-TENDERS-LIST", I, "BUSINESS", "CONT", W, null, false, ["المنافسات المعلنة", "Announced tenders"], ["اطلع على منافسات الأمانة المعلنة ومواعيدها وأسعار كراساتها.", "See the Amanah's announced tenders, their dates and booklet prices."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-AUCTIONS-LIST", I, "BUSINESS", "INV", W, null, false, ["المزايدات الاستثمارية المعلنة", "Announced investment auctions"], ["اطلع على مواقع الأمانة المطروحة للاستثمار ومساحاتها وأسعار افتتاحها ومواعيد جلساتها.", "See municipal sites offered for investment, their areas, opening prices and session dates."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-TENDER-RESULTS", I, "BUSINESS", "CONT", W, null, false, ["نتائج الترسية", "Award results"], ["اطلع على نتائج ترسية المنافسات والمزايدات المنتهية.", "See the award results of closed tenders and auctions."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-ACTIVITY-REQUIREMENTS", I, "BUSINESS", "LIC", W, null, false, ["الاشتراطات البلدية للأنشطة التجارية", "Municipal requirements by activity"], ["اعرف الاشتراطات البلدية والصحية لكل نشاط تجاري قبل استئجار الموقع.", "Read the municipal and health requirements of each activity before renting a site."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-FEES-SCHEDULE", I, "BUSINESS", "FIN", W, null, false, ["جدول الرسوم البلدية", "Municipal fee schedule"], ["اطلع على رسوم إصدار الرخص وتجديدها حسب مجموعة النشاط ومساحة المحل واللوحة.", "See license issuance and renewal fees by activity group, shop area and sign area."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-PENALTIES-SCHEDULE", I, "BUSINESS", "INSP", W, null, false, ["لائحة الجزاءات البلدية", "Municipal penalties schedule"], ["اطلع على المخالفات البلدية وغراماتها الدنيا والقصوى وأحكام التكرار.", "See municipal violations, their minimum and maximum fines and the repetition rules."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-BUILDING-CODE", I, "CITIZEN", "PLAN", W, null, false, ["أنظمة البناء والارتدادات", "Building regulations and setbacks"], ["اعرف أنظمة البناء المسموح بها في حيك: الارتفاعات والارتدادات ونسب البناء.", "Learn the building rules in your district: heights, setbacks and coverage ratios."], ["NONE_OPEN"], ["PLAN_COPY"], "FREE", "INSTANT", "INFO"),
  s("INF-ZONING-MAP", I, "CITIZEN", "PLAN", W, null, false, ["الخريطة التفاعلية لاستعمالات الأراضي", "Interactive land-use map"], ["اعرف استعمال قطعة الأرض (سكني، تجاري، خدمات) على الخريطة.", "See a plot's permitted use (residential, commercial, services) on the map."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-DISTRICTS-GUIDE", I, "CITIZEN", "PLAN", W, null, false, ["دليل الأحياء والبلديات الفرعية", "Districts and sub-municipalities guide"], ["اعرف البلدية التي يتبعها حيك ومقرها وساعات عملها.", "Find which municipality serves your district, its address and opening hours."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-BRANCHES-HOURS", I, "CITIZEN", "CX", W, null, false, ["مواقع الفروع وساعات العمل", "Branches and opening hours"], ["مواقع مقرات الأمانة والبلديات ومراكز الخدمة وساعات عملها من الأحد إلى الخميس.", "The Amanah's and municipalities' offices and service centres, open Sunday to Thursday."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-MEDICAL-CENTERS", I, "CITIZEN", "HEALTH", W, null, false, ["المراكز الطبية المعتمدة للشهادات الصحية", "Accredited medical centres for health certificates"], ["اعرف المراكز الطبية المعتمدة لإجراء فحوص الشهادة الصحية.", "Find the medical centres accredited for health-certificate examinations."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-PUBLIC-PARKS", I, "CITIZEN", "PARKS", W, null, false, ["دليل الحدائق والممشى", "Parks and walkways guide"], ["مواقع الحدائق العامة والممشى والملاعب ومرافقها.", "Where the public parks, walkways and playgrounds are and what they offer."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-OPEN-DATA", I, "AGENCY", "IT", WA, "/developers", false, ["البيانات المفتوحة", "Open data"], ["بيانات الأمانة المفتوحة: أعداد الرخص والبلاغات ومؤشرات الأداء للباحثين والمطورين.", "The Amanah's open data: license and report counts and performance indicators for researchers and developers."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-SERVICE-CATALOGUE", I, "CITIZEN", "CX", W, "/catalogue", false, ["دليل الخدمات الإلكترونية", "E-services catalogue"], ["جميع خدمات الأمانة في مكان واحد مع دليل مطبوع لكل خدمة.", "Every Amanah service in one place, with a printable guide for each."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),
  s("INF-KIOSK-LOCATIONS", I, "CITIZEN", "CX", W, null, false, ["مواقع أجهزة الخدمة الذاتية", "Self-service kiosk locations"], ["اعرف أماكن أجهزة الخدمة الذاتية في المجمعات والبلديات والخدمات المتاحة عليها.", "Find the self-service kiosks in malls and municipalities and what they offer."], ["NONE_OPEN"], [], "FREE", "INSTANT", "INFO"),

  // ── Interactive (تفاعلية) ──
  s("INT-COMPLAINT-NEW", N, "CITIZEN", "CX", WKA, "/complaints/new", false, ["تقديم بلاغ (940)", "File a report (940)"], ["أبلغ عن تشوه بصري أو مخالفة صحية أو خلل في الخدمات البلدية مع الموقع والصور.", "Report visual pollution, a health violation or a municipal-service fault with its location and photos."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-COMPLAINT-TRACK", N, "CITIZEN", "CX", WK, "/complaints/track", false, ["متابعة بلاغ", "Track a report"], ["تابع حالة بلاغك والإجراءات المتخذة عليه برقمه ورقم جوالك.", "Follow your report's status and actions by its reference and your mobile."], ["MOBILE", "NUMBER"], [], "FREE", "INSTANT", "INQUIRY"),
  s("INT-MY-COMPLAINTS", N, "CITIZEN", "CX", W, "/my/complaints", true, ["بلاغاتي", "My reports"], ["جميع بلاغاتك في مكان واحد: حالتها وردود البلدية عليها وتقييمك لها.", "All your reports in one place: their status, the municipality's answers and your rating."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("INT-COMPLAINT-REOPEN", N, "CITIZEN", "CX", W, "/my/complaints", true, ["إعادة فتح بلاغ", "Reopen a report"], ["أعد فتح بلاغ أغلق دون حل خلال مدة إعادة الفتح.", "Reopen a report closed without a fix within the reopening window."], ["SIGNED_IN", "WINDOW"], ["PHOTOS"], "FREE", "THREE", "REPORT"),
  s("INT-COMPLAINT-RATE", N, "CITIZEN", "CX", W, "/my/complaints", true, ["تقييم معالجة البلاغ", "Rate how a report was handled"], ["قيّم سرعة معالجة بلاغك وجودتها لتحسين الخدمة.", "Rate the speed and quality of the handling of your report."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("INT-VISUAL-POLLUTION", N, "CITIZEN", "ADS", WK, "/complaints/new", false, ["الإبلاغ عن تشوه بصري", "Report visual pollution"], ["أبلغ عن الكتابات على الجدران واللوحات التالفة والمباني المهجورة ومخلفات البناء.", "Report graffiti, damaged signs, abandoned buildings and construction waste."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-FOOD-SAFETY-REPORT", N, "CITIZEN", "HEALTH", WK, "/complaints/new", false, ["الإبلاغ عن مخالفة صحية في منشأة غذائية", "Report a food-safety violation"], ["أبلغ عن منشأة غذائية غير نظيفة أو تبيع منتجات منتهية الصلاحية.", "Report food premises that are unclean or sell expired products."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-POTHOLE-REPORT", N, "CITIZEN", "ROADS", WKA, "/complaints/new", false, ["الإبلاغ عن حفرة أو هبوط في الطريق", "Report a pothole or road subsidence"], ["أبلغ عن الحفر والهبوط وتلف الأرصفة لإصلاحها.", "Report potholes, subsidence and damaged pavements for repair."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-LIGHTING-REPORT", N, "CITIZEN", "ROADS", WKA, "/complaints/new", false, ["الإبلاغ عن عطل في الإنارة", "Report a street-lighting fault"], ["أبلغ عن أعمدة الإنارة المطفأة أو التالفة في الشوارع والحدائق.", "Report street or park lights that are off or damaged."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-WASTE-REPORT", N, "CITIZEN", "CLEAN", WKA, "/complaints/new", false, ["الإبلاغ عن تراكم النفايات", "Report uncollected waste"], ["أبلغ عن حاويات ممتلئة أو نفايات متراكمة أو مخلفات مرمية.", "Report overflowing containers, piled-up waste or dumped rubbish."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-FLOODING-REPORT", N, "CITIZEN", "EMERG", WKA, "/complaints/new", false, ["الإبلاغ عن تجمع مياه الأمطار", "Report rainwater flooding"], ["أبلغ عن تجمعات المياه وانسداد مصارف الأمطار وقت الطوارئ.", "Report standing water and blocked storm drains during emergencies."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-STRAY-ANIMALS-REPORT", N, "CITIZEN", "HEALTH", WK, "/complaints/new", false, ["الإبلاغ عن الحيوانات الضالة والحشرات", "Report stray animals and pests"], ["أبلغ عن الكلاب الضالة أو انتشار الحشرات والقوارض في الحي.", "Report stray dogs or insects and rodents in your district."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-ENCROACHMENT-REPORT", N, "CITIZEN", "INSP", WK, "/complaints/new", false, ["الإبلاغ عن تعد على الأراضي الحكومية", "Report encroachment on public land"], ["أبلغ عن البناء أو الإشغال دون ترخيص على الأراضي والأرصفة العامة.", "Report unlicensed building or occupation of public land and pavements."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-PARK-MAINTENANCE-REPORT", N, "CITIZEN", "PARKS", WK, "/complaints/new", false, ["الإبلاغ عن صيانة حديقة", "Report a park maintenance issue"], ["أبلغ عن الألعاب التالفة أو الري المعطل أو الأشجار الساقطة في الحدائق.", "Report broken play equipment, failed irrigation or fallen trees in parks."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),
  s("INT-OPEN311", N, "AGENCY", "IT", A, "/developers", false, ["واجهة Open311 للبلاغات", "Open311 reports API"], ["تستقبل البلاغات وتتابعها من التطبيقات الأخرى بمعيار GeoReport v2.", "Receives and tracks reports from other apps under the GeoReport v2 standard."], ["AGENCY"], [], "FREE", "INSTANT", "API"),
  s("INT-OFFICE-FEEDBACK", N, "CITIZEN", "OFFICES", W, "/my/office-feedback", true, ["شكوى أو مقترح على مكتب خدمات", "Feedback on a service office"], ["قدّم شكوى أو مقترحًا على تعامل مكتب خدمات معتمد لتنظر فيه لجنة الإشراف.", "File a complaint or suggestion about an accredited office for the supervision committee."], ["SIGNED_IN"], ["EVIDENCE"], "FREE", "TEN", "REPORT"),
  s("INT-OFFICE-RATE", N, "CITIZEN", "OFFICES", W, "/my/licenses", true, ["تقييم مكتب الخدمات بعد إنجاز الطلب", "Rate the office after your application"], ["قيّم المكتب الذي أنجز طلب رخصتك ليظهر تقييمه للآخرين.", "Rate the office that processed your license application so others can see it."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("INT-INVITATIONS", N, "CITIZEN", "OFFICES", W, "/my/invitations", true, ["دعوات العمل في مكاتب الخدمات", "Work invitations from service offices"], ["اقبل أو ارفض دعوة مكتب خدمات للانضمام إلى فريقه بهويتك الموثقة.", "Accept or decline a service office's invitation to join its team with your verified ID."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("INT-PROFILE", N, "CITIZEN", "CX", W, "/my/profile", true, ["تحديث بياناتي", "Update my details"], ["حدّث رقم جوالك وبريدك ولغة الرسائل المفضلة.", "Update your mobile number, e-mail and preferred message language."], ["SIGNED_IN", "MOBILE"], [], "FREE", "INSTANT", "INFO"),
  s("INT-ACCOUNT-SECURITY", N, "CITIZEN", "IT", W, "/account/security", true, ["أمان الحساب", "Account security"], ["غيّر كلمة المرور وفعّل التحقق بخطوتين.", "Change your password and turn on two-step verification."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("INT-APPOINTMENT-BOOK", N, "CITIZEN", "CX", WK, null, true, ["حجز موعد", "Book an appointment"], ["احجز موعدًا لمراجعة إدارة أو بلدية دون انتظار، مع تذكير قبل الموعد.", "Book a time to visit a department or municipality without queuing, with a reminder."], ["SIGNED_IN", "MOBILE"], ["ID"], "FREE", "INSTANT", "BOOK"),
  s("INT-APPOINTMENT-MANAGE", N, "CITIZEN", "CX", W, null, true, ["تعديل موعد أو إلغاؤه", "Reschedule or cancel an appointment"], ["غيّر موعدك أو ألغه قبل الموعد المحدد.", "Change or cancel your appointment before the cut-off."], ["SIGNED_IN"], [], "FREE", "INSTANT", "BOOK"),
  s("INT-ENGINEER-MEETING", N, "BUSINESS", "BLD", W, null, true, ["موعد مع مهندس رخص البناء", "Meet a building-permits engineer"], ["احجز لقاء مع مهندس الإدارة لمناقشة ملاحظات المخططات.", "Book a meeting with a department engineer about your drawings' comments."], ["SIGNED_IN"], ["DRAWINGS"], "FREE", "INSTANT", "BOOK"),
  s("INT-TENDER-SUBSCRIBE", N, "BUSINESS", "CONT", W, null, true, ["الاشتراك في تنبيهات المنافسات", "Subscribe to tender alerts"], ["اختر نشاطك لتصلك رسالة نصية عند طرح منافسة أو مزايدة مطابقة.", "Choose your activity to get an SMS when a matching tender or auction opens."], ["SIGNED_IN", "MOBILE"], [], "FREE", "INSTANT", "INFO"),
  s("INT-TENDER-QUESTIONS", N, "BUSINESS", "CONT", W, null, true, ["استفسارات المتنافسين", "Bidders' questions"], ["أرسل استفسارك عن شروط المنافسة خلال فترة الاستفسارات.", "Send your question about a tender's terms during the questions period."], ["SIGNED_IN", "BOOKLET"], [], "FREE", "FIVE", "TENDER"),
  s("INT-SUGGESTION", N, "CITIZEN", "CX", W, "/complaints/new", false, ["مقترح لتحسين الخدمات", "Suggest an improvement"], ["شاركنا مقترحك لتحسين الخدمات البلدية في حيك عبر نموذج البلاغات.", "Share your idea to improve municipal services in your district through the reports form."], ["MOBILE"], [], "FREE", "TEN", "REPORT"),
  s("INT-VOLUNTEER", N, "CITIZEN", "PARKS", W, null, true, ["التطوع في مبادرات الأمانة", "Volunteer in Amanah initiatives"], ["سجّل في مبادرات التشجير والنظافة التطوعية في مدينتك.", "Sign up for tree-planting and clean-up volunteering in your city."], ["SIGNED_IN"], ["ID"], "FREE", "FIVE", "APPLY"),
  s("INT-EMERGENCY-940", N, "CITIZEN", "EMERG", WK, "/complaints/new", false, ["بلاغات الطوارئ البلدية", "Municipal emergency reports"], ["بلاغات عاجلة كسقوط لوحة أو انهيار جزء من مبنى تحال فورًا لفرق الطوارئ.", "Urgent reports such as a fallen sign or a collapsing structure go straight to emergency teams."], ["MOBILE"], ["PHOTOS"], "FREE", "COMPLAINT", "REPORT"),

  // ── Transactional (إجرائية) ──
  s("TRX-LICENSE-ISSUE", T, "BUSINESS", "LIC", WK, "/my/licenses/apply", true, ["إصدار رخصة محل تجاري", "Issue a shop license"], ["قدّم طلب رخصة محل تجاري جديدة عبر أحد مكاتب الخدمات المعتمدة.", "Apply for a new shop license through an accredited service office."], ["SIGNED_IN", "ACTIVE_CR", "ZONING", "NO_UNPAID", "NO_OPEN_APP"], ["CR", "LEASE", "PHOTOS", "CIVIL", "SIGN"], "LICENSE_NEW", "FIVE", "OFFICE"),
  s("TRX-LICENSE-RENEW", T, "BUSINESS", "LIC", WK, "/my/licenses", true, ["تجديد رخصة محل تجاري", "Renew a shop license"], ["جدد رخصة محلك قبل انتهائها أو بعده مع غرامة التأخير.", "Renew your shop license before it expires, or after with a late fee."], ["SIGNED_IN", "LICENSE_VALID", "NO_UNPAID"], ["LICENSE_NO", "LEASE", "CIVIL"], "LICENSE_RENEW", "ONE", "APPLY"),
  s("TRX-LICENSE-CANCEL", T, "BUSINESS", "LIC", WK, "/my/licenses", true, ["إلغاء رخصة محل تجاري", "Cancel a shop license"], ["ألغِ رخصة محل أغلقته بعد التحقق من عدم وجود مخالفات غير مسددة.", "Cancel the license of a closed shop once no unpaid violations remain."], ["SIGNED_IN", "NO_UNPAID"], ["LICENSE_NO"], "FREE", "INSTANT", "APPLY"),
  s("TRX-LICENSE-RESUBMIT", T, "BUSINESS", "LIC", W, "/my/licenses", true, ["استكمال طلب رخصة معاد", "Complete a returned license application"], ["استكمل النواقص التي طلبها المكتب وأعد إرسال الطلب.", "Provide what the office asked for and resubmit the application."], ["SIGNED_IN"], ["EVIDENCE"], "FREE", "THREE", "APPLY"),
  s("TRX-LICENSE-WITHDRAW", T, "BUSINESS", "LIC", W, "/my/licenses", true, ["سحب طلب رخصة", "Withdraw a license application"], ["اسحب طلب رخصة لم يصدر بعد.", "Withdraw a license application that has not been issued yet."], ["SIGNED_IN"], [], "FREE", "INSTANT", "APPLY"),
  s("TRX-LICENSE-REASSIGN", T, "BUSINESS", "OFFICES", W, "/my/licenses", true, ["نقل طلب الرخصة إلى مكتب آخر", "Move a license application to another office"], ["انقل طلبك إلى مكتب معتمد آخر إذا أوقف مكتبك أو تأخر.", "Move your application to another accredited office if yours is suspended or late."], ["SIGNED_IN", "NOT_SUSPENDED"], [], "FREE", "INSTANT", "APPLY"),
  s("TRX-LICENSE-CERTIFICATE", T, "BUSINESS", "LIC", WK, "/my/licenses", true, ["طباعة شهادة الرخصة", "Print the license certificate"], ["اطبع شهادة رخصة المحل برمز التحقق الخاص بها.", "Print your shop license certificate with its verification code."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("TRX-LICENSE-AMEND", T, "BUSINESS", "LIC", W, null, true, ["تعديل بيانات رخصة محل", "Amend a shop license"], ["عدّل الاسم التجاري أو المساحة أو النشاط في رخصة قائمة.", "Change the trade name, area or activity of an existing license."], ["SIGNED_IN", "LICENSE_VALID", "NO_UNPAID"], ["LICENSE_NO", "CR", "LEASE"], "DEPENDS", "THREE", "APPLY"),
  s("TRX-LICENSE-TRANSFER", T, "BUSINESS", "LIC", W, null, true, ["نقل ملكية رخصة محل", "Transfer a shop license"], ["انقل رخصة المحل إلى مالك جديد مع موافقة الطرفين.", "Transfer a shop license to a new owner with both parties' consent."], ["SIGNED_IN", "LICENSE_VALID", "NO_UNPAID", "OWNER"], ["LICENSE_NO", "CR", "ID"], "SAR300", "FIVE", "APPLY"),
  s("TRX-LICENSE-ACTIVITY-ADD", T, "BUSINESS", "LIC", W, null, true, ["إضافة نشاط إلى رخصة", "Add an activity to a license"], ["أضف نشاطًا متوافقًا إلى رخصة محلك القائمة.", "Add a compatible activity to your existing shop license."], ["SIGNED_IN", "ACTIVE_CR", "ZONING"], ["LICENSE_NO", "CR"], "DEPENDS", "THREE", "APPLY"),
  s("TRX-HEALTH-CERT-ISSUE", T, "CITIZEN", "HEALTH", WK, "/my/health-certificates", true, ["إصدار شهادة صحية", "Issue a health certificate"], ["اطلب شهادة صحية للعاملين في الأنشطة المتصلة بالصحة العامة بعد الفحص الطبي.", "Request a health certificate for public-health workers after a medical examination."], ["SIGNED_IN"], ["ID", "PHOTO", "MEDICAL"], "FREE", "ONE", "APPLY"),
  s("TRX-HEALTH-CERT-RENEW", T, "CITIZEN", "HEALTH", WK, "/my/health-certificates", true, ["تجديد شهادة صحية", "Renew a health certificate"], ["جدد شهادتك الصحية بعد فحص طبي جديد.", "Renew your health certificate after a new medical examination."], ["SIGNED_IN"], ["ID", "MEDICAL"], "FREE", "ONE", "APPLY"),
  s("TRX-HEALTH-CERT-PRINT", T, "CITIZEN", "HEALTH", WK, "/my/health-certificates", true, ["طباعة الشهادة الصحية", "Print a health certificate"], ["اطبع شهادتك الصحية برمز التحقق.", "Print your health certificate with its verification code."], ["SIGNED_IN"], [], "FREE", "INSTANT", "INFO"),
  s("TRX-BILL-PAY", T, "CITIZEN", "FIN", WKA, "/bills/inquiry", false, ["سداد الفواتير البلدية", "Pay municipal bills"], ["سدد فواتير الرسوم والمخالفات عبر سداد برقم الفاتورة.", "Pay fee and fine bills through SADAD with the bill number."], ["NUMBER"], ["BILL_NO"], "BILL", "INSTANT", "PAY"),
  s("TRX-MY-BILLS", T, "CITIZEN", "FIN", W, "/my/bills", true, ["فواتيري", "My bills"], ["جميع فواتيرك المسددة وغير المسددة وإيصالاتها في مكان واحد.", "All your paid and unpaid bills and their receipts in one place."], ["SIGNED_IN"], [], "FREE", "INSTANT", "PAY"),
  s("TRX-RECEIPT-PRINT", T, "CITIZEN", "FIN", W, "/my/bills", true, ["طباعة إيصال السداد", "Print a payment receipt"], ["اطبع إيصال سداد فاتورة برمز التحقق.", "Print a bill's payment receipt with its verification code."], ["SIGNED_IN"], ["BILL_NO"], "FREE", "INSTANT", "INFO"),
  s("TRX-MY-VIOLATIONS", T, "BUSINESS", "INSP", W, "/my/violations", true, ["مخالفاتي", "My violations"], ["المخالفات المسجلة على منشآتك ومبالغها وحالة سدادها والاعتراض عليها.", "The violations recorded against your establishments, their amounts, payment and objections."], ["SIGNED_IN"], [], "FINE", "INSTANT", "INFO"),
  s("TRX-VIOLATION-OBJECTION", T, "BUSINESS", "INSP", W, "/my/violations", true, ["الاعتراض على مخالفة", "Object to a violation"], ["قدّم اعتراضًا على مخالفة بلدية خلال المدة النظامية لتنظر فيه لجنة المخالفات.", "Object to a municipal violation within the statutory period for the committee to review."], ["SIGNED_IN", "WINDOW"], ["VIOLATION_NO", "EVIDENCE"], "FREE", "FIFTEEN", "OBJECT"),
  s("TRX-VIOLATION-PAY", T, "BUSINESS", "FIN", WKA, "/bills/inquiry", false, ["سداد المخالفات", "Pay a violation"], ["سدد غرامة المخالفة بفاتورتها عبر سداد.", "Pay a violation's fine with its bill through SADAD."], ["NUMBER"], ["BILL_NO"], "FINE", "INSTANT", "PAY"),
  s("TRX-OFFICE-ACCREDITATION", T, "OFFICE", "OFFICES", W, "/my/office-accreditation", true, ["اعتماد مكتب خدمات", "Accredit a service office"], ["تقدم بطلب اعتماد مكتبك لتقديم خدمات الرخص نيابة عن المستفيدين.", "Apply to accredit your office to process license applications on behalf of customers."], ["SIGNED_IN", "SAUDI_MANAGER", "QUALIFIED", "ACTIVE_CR"], ["CR", "LEASE", "ZAKAT", "GOSI", "NITAQAT", "PROFILE"], "FREE", "THIRTY", "APPLY"),
  s("TRX-OFFICE-APPLICATIONS", T, "OFFICE", "OFFICES", W, "/office/applications", true, ["معالجة طلبات الرخص (للمكاتب)", "Process license applications (offices)"], ["يستقبل المكتب المعتمد الطلبات ويجري الكشف الفني والصحي ويعتمدها.", "Accredited offices receive applications, inspect them and approve them."], ["SIGNED_IN", "NOT_SUSPENDED"], [], "FREE", "FIVE", "OFFICE"),
  s("TRX-OFFICE-TEAM", T, "OFFICE", "OFFICES", W, "/office/team", true, ["إدارة فريق المكتب", "Manage the office team"], ["يدعو مدير المكتب الموظفين ويحدد أدوارهم ويوقف حساباتهم.", "The office manager invites staff, sets their roles and deactivates accounts."], ["SIGNED_IN"], ["ENGINEERS"], "FREE", "INSTANT", "INFO"),
  s("TRX-OFFICE-APPEAL", T, "OFFICE", "OFFICES", W, "/office/compliance", true, ["التظلم من جزاء على مكتب", "Appeal a penalty on an office"], ["تظلم من غرامة أو إيقاف صدر بحق مكتبك خلال مدة التظلم.", "Appeal a fine or suspension imposed on your office within the appeal window."], ["SIGNED_IN", "WINDOW"], ["EVIDENCE"], "FREE", "FIFTEEN", "OBJECT"),
  s("TRX-BUILDING-PERMIT", T, "CITIZEN", "BLD", W, null, true, ["إصدار رخصة بناء", "Issue a building permit"], ["اطلب رخصة بناء سكني أو تجاري عبر مكتب هندسي معتمد.", "Apply for a residential or commercial building permit through an accredited engineering office."], ["SIGNED_IN", "OWNER", "ENG_OFFICE"], ["DEED", "DRAWINGS", "SURVEY", "SUPERVISION"], "BUILDING", "TEN", "APPLY"),
  s("TRX-BUILDING-PERMIT-RENEW", T, "CITIZEN", "BLD", W, null, true, ["تجديد رخصة بناء", "Renew a building permit"], ["جدد رخصة البناء قبل انتهاء مدتها لاستكمال الأعمال.", "Renew a building permit before it expires to finish the works."], ["SIGNED_IN", "OWNER"], ["DEED", "SUPERVISION"], "BUILDING", "FIVE", "APPLY"),
  s("TRX-BUILDING-ADDITION", T, "CITIZEN", "BLD", W, null, true, ["رخصة إضافة أو تعديل مبنى", "Addition or alteration permit"], ["اطلب ترخيص إضافة دور أو ملحق أو تعديل مبنى قائم.", "Apply to add a floor or annex, or to alter an existing building."], ["SIGNED_IN", "OWNER", "ENG_OFFICE"], ["DEED", "DRAWINGS", "SUPERVISION"], "BUILDING", "TEN", "APPLY"),
  s("TRX-DEMOLITION-PERMIT", T, "CITIZEN", "BLD", W, null, true, ["إصدار رخصة هدم", "Issue a demolition permit"], ["اطلب رخصة هدم مبنى كليًا أو جزئيًا مع خطة السلامة.", "Apply to demolish a building wholly or partly, with a safety plan."], ["SIGNED_IN", "OWNER", "ENG_OFFICE"], ["DEED", "SURVEY", "CONTRACTOR", "INSURANCE"], "DEPENDS", "SEVEN", "APPLY"),
  s("TRX-RESTORATION-PERMIT", T, "CITIZEN", "BLD", W, null, true, ["إصدار رخصة ترميم", "Issue a restoration permit"], ["اطلب رخصة ترميم مبنى دون تغيير هيكله الإنشائي.", "Apply to restore a building without changing its structure."], ["SIGNED_IN", "OWNER"], ["DEED", "PHOTOS", "SPECS"], "DEPENDS", "FIVE", "APPLY"),
  s("TRX-FENCE-PERMIT", T, "CITIZEN", "BLD", W, null, true, ["رخصة تسوير أرض", "Plot fencing permit"], ["اطلب ترخيص تسوير أرض فضاء وفق الاشتراطات.", "Apply to fence an empty plot according to the rules."], ["SIGNED_IN", "OWNER"], ["DEED", "PLAN_COPY"], "SAR200", "THREE", "APPLY"),
  s("TRX-OCCUPANCY-CERT", T, "CITIZEN", "BLD", W, null, true, ["شهادة إتمام البناء", "Building completion certificate"], ["اطلب شهادة إتمام البناء بعد انتهاء الأعمال وفق الرخصة.", "Request the completion certificate once works match the permit."], ["SIGNED_IN", "OWNER", "COMPLETED_WORKS"], ["DEED", "SUPERVISION", "PHOTOS"], "DEPENDS", "SEVEN", "APPLY"),
  s("TRX-ELECTRICITY-CONNECTION", T, "CITIZEN", "BLD", WA, null, true, ["شهادة إيصال التيار الكهربائي", "Electricity connection certificate"], ["اطلب شهادة إيصال التيار لمبنى مكتمل لتقديمها للشركة السعودية للكهرباء.", "Request the certificate a completed building needs for its Saudi Electricity connection."], ["SIGNED_IN", "OWNER", "COMPLETED_WORKS"], ["DEED", "PHOTOS"], "FREE", "THREE", "APPLY"),
  s("TRX-ENG-OFFICE-LICENSE", T, "OFFICE", "BLD", W, null, true, ["ترخيص مكتب هندسي", "Engineering office license"], ["اطلب ترخيص مكتب هندسي لمزاولة إعداد المخططات والإشراف.", "Apply to license an engineering office to prepare drawings and supervise works."], ["SIGNED_IN", "ACTIVE_CR"], ["CR", "ENGINEERS", "LEASE"], "SAR1000", "TEN", "APPLY"),
  s("TRX-SURVEY-REPORT", T, "CITIZEN", "SURVEY", W, null, true, ["طلب تقرير مساحي", "Request a survey report"], ["اطلب رفعًا مساحيًا معتمدًا لقطعة أرض لتحديد حدودها ومساحتها.", "Request a certified survey of a plot to fix its boundaries and area."], ["SIGNED_IN", "OWNER"], ["DEED", "PLAN_COPY"], "SAR500", "TEN", "APPLY"),
  s("TRX-PLOT-MERGE-SPLIT", T, "CITIZEN", "SURVEY", W, null, true, ["دمج أو تجزئة قطع الأراضي", "Merge or split plots"], ["اطلب دمج قطعتين متجاورتين أو تجزئة قطعة وفق التخطيط.", "Apply to merge adjoining plots or split one according to the plan."], ["SIGNED_IN", "OWNER"], ["DEED", "SURVEY"], "DEPENDS", "FIFTEEN", "APPLY"),
  s("TRX-DEED-UPDATE", T, "CITIZEN", "SURVEY", W, null, true, ["تحديث بيانات صك من واقع الطبيعة", "Update a deed from the site survey"], ["طابق بيانات الصك مع الطبيعة قبل البيع أو البناء.", "Match a deed's data to the site before selling or building."], ["SIGNED_IN", "OWNER"], ["DEED", "SURVEY"], "SAR300", "TEN", "APPLY"),
  s("TRX-LAND-USE-CHANGE", T, "BUSINESS", "PLAN", W, null, true, ["طلب تغيير استعمال أرض", "Change of land use"], ["اطلب تغيير استعمال أرض من سكني إلى تجاري أو غيره وفق الأنظمة.", "Apply to change a plot's use, e.g. residential to commercial, under the regulations."], ["SIGNED_IN", "OWNER"], ["DEED", "PLAN_COPY", "SURVEY"], "DEPENDS", "THIRTY", "APPLY"),
  s("TRX-PLAN-APPROVAL", T, "BUSINESS", "PLAN", W, null, true, ["اعتماد مخطط تقسيم أرض", "Subdivision plan approval"], ["اعتمد مخطط تقسيم أرض خام لمشروع سكني أو تجاري.", "Approve the subdivision plan of raw land for a residential or commercial project."], ["SIGNED_IN", "OWNER", "ENG_OFFICE"], ["DEED", "DRAWINGS", "SURVEY"], "DEPENDS", "THIRTY", "APPLY"),
  s("TRX-EXCAVATION-PERMIT", T, "BUSINESS", "ROADS", WA, null, true, ["تصريح حفر للخدمات", "Excavation permit for utilities"], ["تصريح حفر لتمديد شبكات الكهرباء والمياه والاتصالات مع إعادة السفلتة.", "Permit to dig for power, water and telecom networks, with reinstatement."], ["SIGNED_IN"], ["DRAWINGS", "TRAFFIC", "CONTRACTOR"], "DEPENDS", "SEVEN", "APPLY"),
  s("TRX-SITE-HOARDING", T, "BUSINESS", "ROADS", W, null, true, ["تصريح إشغال رصيف أثناء البناء", "Pavement occupation during construction"], ["اطلب إشغال جزء من الرصيف أو الطريق مؤقتًا لأعمال البناء.", "Apply to occupy part of the pavement or road during construction."], ["SIGNED_IN"], ["DRAWINGS", "TRAFFIC"], "DEPENDS", "THREE", "APPLY"),
  s("TRX-CONSTRUCTION-WASTE", T, "BUSINESS", "CLEAN", W, null, true, ["تصريح نقل مخلفات البناء", "Construction waste transport permit"], ["تصريح نقل مخلفات البناء إلى المرادم المعتمدة.", "Permit to carry construction waste to approved landfills."], ["SIGNED_IN"], ["VEHICLE", "CR"], "SAR500", "THREE", "APPLY"),
  s("TRX-SIGN-PERMIT", T, "BUSINESS", "ADS", W, null, true, ["تصريح لوحة تجارية", "Shop sign permit"], ["اطلب تصريح اللوحة التجارية بمقاساتها وموقعها على الواجهة.", "Apply for your shop sign's permit with its size and place on the facade."], ["SIGNED_IN", "LICENSE_VALID"], ["SIGN", "PHOTOS"], "LICENSE_NEW", "THREE", "APPLY"),
  s("TRX-ADVERTISING-PERMIT", T, "BUSINESS", "ADS", W, null, true, ["تصريح لوحة إعلانية", "Billboard permit"], ["اطلب ترخيص لوحة إعلانية على موقع خاص أو مستأجر.", "Apply to license a billboard on a private or rented site."], ["SIGNED_IN", "ACTIVE_CR"], ["CR", "DRAWINGS", "INSURANCE"], "DEPENDS", "TEN", "APPLY"),
  s("TRX-TEMP-AD", T, "BUSINESS", "ADS", W, null, true, ["تصريح إعلان مؤقت", "Temporary advertisement permit"], ["تصريح إعلان مؤقت للعروض والتخفيضات والمناسبات.", "Permit for a temporary advertisement of offers, sales or events."], ["SIGNED_IN", "LICENSE_VALID"], ["SIGN"], "SAR200", "TWO", "APPLY"),
  s("TRX-FACADE-RENOVATION", T, "BUSINESS", "ADS", W, null, true, ["ترخيص تحسين الواجهات", "Facade improvement permit"], ["ترخيص تعديل واجهة محل أو مبنى تجاري وفق دليل المظهر العام.", "Permit to change a shop or building facade under the urban design guide."], ["SIGNED_IN", "OWNER"], ["DRAWINGS", "PHOTOS"], "DEPENDS", "FIVE", "APPLY"),
  s("TRX-OUTDOOR-SEATING", T, "BUSINESS", "LIC", W, null, true, ["تصريح الجلسات الخارجية", "Outdoor seating permit"], ["تصريح جلسات خارجية للمطاعم والمقاهي على الرصيف أو الساحة.", "Permit for restaurants and cafés to place seating on the pavement or plaza."], ["SIGNED_IN", "LICENSE_VALID"], ["LICENSE_NO", "DRAWINGS"], "DEPENDS", "FIVE", "APPLY"),
  s("TRX-FOOD-TRUCK", T, "BUSINESS", "LIC", W, null, true, ["ترخيص عربة طعام متنقلة", "Food truck license"], ["رخصة عربة طعام متنقلة مع مواقع التشغيل المسموح بها.", "A food truck license with the allowed operating locations."], ["SIGNED_IN", "SAUDI", "HEALTH_STAFF"], ["ID", "VEHICLE", "MEDICAL"], "SAR500", "FIVE", "APPLY"),
  s("TRX-KIOSK-LICENSE", T, "BUSINESS", "INV", W, null, true, ["ترخيص كشك في المواقع العامة", "Kiosk in public places license"], ["رخصة تشغيل كشك في الحدائق والواجهات البحرية.", "License to run a kiosk in parks and on the waterfront."], ["SIGNED_IN", "SAUDI"], ["ID", "CR"], "DEPENDS", "TEN", "APPLY"),
  s("TRX-HOME-BUSINESS", T, "CITIZEN", "LIC", W, null, true, ["ترخيص الأعمال المنزلية", "Home-business license"], ["رخصة لمزاولة نشاط منزلي كالأسر المنتجة والخياطة.", "A license to run a home business, such as productive families or tailoring."], ["SIGNED_IN", "SAUDI"], ["ID", "DEED"], "FREE", "THREE", "APPLY"),
  s("TRX-SEASONAL-LICENSE", T, "BUSINESS", "LIC", W, null, true, ["ترخيص موسمي", "Seasonal license"], ["رخصة مؤقتة لأنشطة المواسم كرمضان والأعياد والمهرجانات.", "A temporary license for seasonal activities such as Ramadan, the Eids and festivals."], ["SIGNED_IN", "ACTIVE_CR"], ["CR", "PHOTOS"], "SAR500", "THREE", "APPLY"),
  s("TRX-EVENT-PERMIT", T, "BUSINESS", "INV", W, null, true, ["تصريح إقامة فعالية", "Event permit"], ["تصريح فعالية أو معرض في موقع عام أو خاص.", "Permit for an event or exhibition in a public or private place."], ["SIGNED_IN", "ACTIVE_CR"], ["EVENT_PLAN", "INSURANCE", "CIVIL"], "DEPENDS", "TEN", "APPLY"),
  s("TRX-WORKERS-HOUSING", T, "BUSINESS", "HEALTH", W, null, true, ["ترخيص سكن العمال", "Workers' housing license"], ["رخصة سكن جماعي للعمال وفق اشتراطات صحة البيئة والسلامة.", "A license for group housing of workers under environmental-health and safety rules."], ["SIGNED_IN", "ACTIVE_CR"], ["CR", "LEASE", "CIVIL", "PHOTOS"], "DEPENDS", "TEN", "APPLY"),
  s("TRX-PEST-CONTROL", T, "BUSINESS", "HEALTH", W, null, true, ["ترخيص شركة مكافحة حشرات", "Pest-control company license"], ["رخصة مزاولة نشاط مكافحة الحشرات والقوارض.", "A license to carry out insect and rodent control."], ["SIGNED_IN", "ACTIVE_CR", "HEALTH_STAFF"], ["CR", "ENGINEERS", "SPECS"], "LICENSE_NEW", "TEN", "APPLY"),
  s("TRX-WATER-TANKER", T, "BUSINESS", "HEALTH", W, null, true, ["ترخيص صهريج مياه", "Water tanker license"], ["ترخيص صهاريج نقل مياه الشرب بعد فحص سلامتها.", "License drinking-water tankers after a hygiene check."], ["SIGNED_IN", "ACTIVE_CR"], ["VEHICLE", "CR"], "SAR300", "THREE", "APPLY"),
  s("TRX-SLAUGHTERHOUSE", T, "CITIZEN", "MARKETS", WK, null, true, ["حجز خدمة الذبح في المسالخ", "Book slaughterhouse service"], ["احجز موعد ذبح الأضاحي والذبائح في المسالخ البلدية.", "Book a slot for sacrificial and other slaughter at the municipal slaughterhouses."], ["SIGNED_IN"], ["ID"], "SAR100", "INSTANT", "BOOK"),
  s("TRX-MARKET-STALL", T, "BUSINESS", "MARKETS", W, null, true, ["استئجار بسطة في الأسواق الشعبية", "Rent a stall in public markets"], ["اطلب استئجار بسطة في الأسواق الشعبية والمركزية.", "Apply to rent a stall in the public and central markets."], ["SIGNED_IN", "SAUDI"], ["ID"], "DEPENDS", "FIVE", "APPLY"),
  s("TRX-BURIAL-PERMIT", T, "CITIZEN", "SERVICES", W, null, true, ["تصريح دفن", "Burial permit"], ["تصريح الدفن في المقابر البلدية وتحديد موقع القبر.", "A burial permit in the municipal cemeteries with the grave's location."], ["SIGNED_IN"], ["DEATH", "ID"], "FREE", "INSTANT", "APPLY"),
  s("TRX-PARK-BOOKING", T, "CITIZEN", "PARKS", W, null, true, ["حجز مرفق في حديقة عامة", "Book a park facility"], ["احجز ملعبًا أو قاعة في الحدائق العامة لمناسبة أو نشاط.", "Book a pitch or hall in a public park for an event or activity."], ["SIGNED_IN"], ["ID"], "SAR200", "INSTANT", "BOOK"),
  s("TRX-TREE-PLANTING", T, "CITIZEN", "PARKS", W, null, true, ["طلب تشجير أمام المنزل", "Request tree planting"], ["اطلب زراعة أشجار أمام منزلك ضمن مبادرات التشجير.", "Request trees in front of your home under the greening initiatives."], ["SIGNED_IN", "OWNER"], ["DEED"], "FREE", "FIFTEEN", "APPLY"),
  s("TRX-TREE-REMOVAL", T, "CITIZEN", "PARKS", W, null, true, ["طلب إزالة شجرة", "Request a tree removal"], ["اطلب إزالة شجرة تضر بالمبنى أو الطريق بعد الكشف.", "Request removal of a tree that damages a building or road, after inspection."], ["SIGNED_IN"], ["PHOTOS"], "FREE", "TEN", "APPLY"),
  s("TRX-BULKY-WASTE", T, "CITIZEN", "CLEAN", WK, null, true, ["طلب رفع مخلفات كبيرة", "Bulky waste collection"], ["اطلب رفع الأثاث والأجهزة التالفة من أمام منزلك.", "Request collection of old furniture and appliances from your door."], ["SIGNED_IN"], ["PHOTOS"], "FREE", "THREE", "APPLY"),
  s("TRX-CONTAINER-REQUEST", T, "BUSINESS", "CLEAN", W, null, true, ["طلب حاوية نفايات", "Request a waste container"], ["اطلب حاوية نفايات لمنشأة أو مشروع بناء.", "Request a waste container for an establishment or construction site."], ["SIGNED_IN"], ["CR"], "SAR300", "THREE", "APPLY"),
  s("TRX-SEIZED-GOODS", T, "BUSINESS", "INSP", W, null, true, ["استرداد المضبوطات", "Reclaim seized goods"], ["اطلب استرداد البضائع أو المعدات المصادرة بعد سداد المخالفة.", "Reclaim seized goods or equipment once the violation is paid."], ["SIGNED_IN", "NO_UNPAID"], ["VIOLATION_NO", "ID"], "FINE", "THREE", "APPLY"),
  s("TRX-SHOP-REOPEN", T, "BUSINESS", "INSP", W, null, true, ["طلب فك إغلاق منشأة", "Request to reopen a closed shop"], ["اطلب فك الإغلاق بعد تصحيح المخالفة وسداد الغرامة.", "Ask to lift a closure after correcting the violation and paying the fine."], ["SIGNED_IN", "NO_UNPAID"], ["VIOLATION_NO", "PHOTOS"], "FREE", "TWO", "APPLY"),
  s("TRX-FINE-INSTALLMENTS", T, "BUSINESS", "FIN", W, null, true, ["تقسيط المخالفات", "Fine instalments"], ["اطلب تقسيط مبالغ المخالفات الكبيرة وفق الضوابط.", "Ask to pay large fines in instalments under the rules."], ["SIGNED_IN"], ["VIOLATION_NO"], "FREE", "FIVE", "APPLY"),
  s("TRX-REFUND", T, "CITIZEN", "FIN", W, null, true, ["استرداد مبلغ مدفوع", "Refund a payment"], ["اطلب استرداد مبلغ سُدد مرتين أو لطلب أُلغي.", "Request a refund of a double payment or of a cancelled request."], ["SIGNED_IN"], ["BILL_NO", "EVIDENCE"], "FREE", "FIFTEEN", "APPLY"),
  s("TRX-CLEARANCE", T, "BUSINESS", "FIN", W, null, true, ["شهادة براءة ذمة", "Clearance certificate"], ["شهادة بعدم وجود مستحقات بلدية على المنشأة.", "A certificate that the establishment owes the municipality nothing."], ["SIGNED_IN", "NO_UNPAID"], ["CR"], "FREE", "ONE", "APPLY"),
  s("TRX-TENDER-BOOKLET", T, "BUSINESS", "CONT", W, null, true, ["شراء كراسة الشروط", "Buy a tender booklet"], ["اشترِ كراسة شروط منافسة أو مزايدة وسدد قيمتها بفاتورة سداد.", "Buy a tender or auction booklet and pay it by SADAD bill."], ["SIGNED_IN", "VENDOR"], ["CR", "ZAKAT"], "BOOKLET", "INSTANT", "TENDER"),
  s("TRX-TENDER-OFFER", T, "BUSINESS", "CONT", W, null, true, ["تقديم عرض في منافسة", "Submit a tender offer"], ["قدّم عرضك الفني والمالي قبل الموعد النهائي.", "Submit your technical and financial offer before the deadline."], ["SIGNED_IN", "VENDOR", "BOOKLET"], ["CR", "ZAKAT", "GOSI", "CLASSIFICATION"], "FREE", "TENDER", "TENDER"),
  s("TRX-AUCTION-BID", T, "BUSINESS", "INV", W, null, true, ["المشاركة في مزايدة استثمارية", "Take part in an investment auction"], ["شارك في مزايدة على موقع بلدي للاستثمار في الجلسة المعلنة.", "Bid for a municipal site for investment at the announced session."], ["SIGNED_IN", "BOOKLET"], ["CR", "ZAKAT"], "BOOKLET", "SESSION", "TENDER"),
  s("TRX-LEASE-RENEW", T, "BUSINESS", "PROPS", W, null, true, ["تجديد عقد استثمار موقع بلدي", "Renew a municipal site lease"], ["جدد عقد استثمار موقع تابع للأمانة قبل انتهائه.", "Renew the lease of an Amanah site before it ends."], ["SIGNED_IN", "NO_UNPAID"], ["CR"], "DEPENDS", "FIFTEEN", "APPLY"),
  s("TRX-INVESTOR-PAYMENTS", T, "BUSINESS", "INV", W, null, true, ["سداد إيجارات المستثمرين", "Investor rent payments"], ["سدد الأقساط السنوية لعقود الاستثمار البلدية.", "Pay the yearly instalments of municipal investment leases."], ["SIGNED_IN"], ["BILL_NO"], "BILL", "INSTANT", "PAY"),
  s("TRX-CONTRACTOR-REGISTER", T, "BUSINESS", "CONT", W, null, true, ["تسجيل مقاول لدى الأمانة", "Register as a contractor"], ["سجل منشأتك مقاولًا معتمدًا لدى الأمانة لتنفيذ المشاريع.", "Register your company as an approved Amanah contractor."], ["SIGNED_IN", "VENDOR"], ["CR", "CLASSIFICATION", "ZAKAT", "GOSI"], "FREE", "TEN", "APPLY"),
  s("TRX-CONTRACTOR-INVOICE", T, "BUSINESS", "CONT", W, null, true, ["رفع مستخلصات المقاولين", "Submit contractor invoices"], ["ارفع مستخلص أعمال منجزة لمشروع قائم لاعتماده وصرفه.", "Submit a progress invoice for a running project for approval and payment."], ["SIGNED_IN"], ["SPECS", "PHOTOS"], "FREE", "FIFTEEN", "APPLY"),
  s("TRX-PUBLIC-WORKS-HANDOVER", T, "BUSINESS", "ROADS", W, null, true, ["تسليم أعمال الحفر وإعادة السفلتة", "Hand over excavation reinstatement"], ["اطلب استلام أعمال إعادة السفلتة بعد انتهاء الحفر.", "Ask for the reinstatement works to be accepted after digging."], ["SIGNED_IN", "COMPLETED_WORKS"], ["PHOTOS"], "FREE", "FIVE", "APPLY"),
  s("TRX-KIOSK-SERVICES", T, "CITIZEN", "CX", ["KIOSK"], null, false, ["خدمات أجهزة الخدمة الذاتية", "Self-service kiosk services"], ["سدد واستعلم واطبع شهاداتك من أجهزة الخدمة الذاتية في المجمعات.", "Pay, look up and print your certificates at self-service kiosks in malls."], ["NONE_OPEN"], ["ID"], "FREE", "INSTANT", "INFO"),

  // ── Integrative (تكاملية) ──
  s("ITG-LABOR-OFFICE", G, "AGENCY", "IT", A, "/developers", false, ["الربط مع مكتب العمل لإلغاء الرخص", "Labor office license cancellation link"], ["يتحقق مكتب العمل آليًا من رخص المحلات ويلغي رخص المحلات المغلقة لإنهاء إجراءات العمالة.", "The labor office checks shop licenses and cancels those of closed shops to finalise workers' files."], ["AGENCY"], ["AUTH_LETTER", "AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-LICENSE-API", G, "AGENCY", "IT", A, "/developers", false, ["واجهة الاستعلام عن الرخص للجهات", "License lookup API for agencies"], ["تستعلم الجهات المرخص لها عن حالة رخصة محل برقمها آليًا.", "Authorised agencies look up a shop license's status by number."], ["AGENCY"], ["AUTH_LETTER", "AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-HEALTH-CERT-API", G, "AGENCY", "HEALTH", A, "/developers", false, ["واجهة التحقق من الشهادات الصحية", "Health certificate verification API"], ["تتحقق الجهات وشركات التوظيف من الشهادات الصحية آليًا.", "Agencies and recruiters verify health certificates automatically."], ["AGENCY"], ["AUTH_LETTER", "AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-SADAD", G, "AGENCY", "FIN", A, "/developers", false, ["الربط مع نظام سداد", "SADAD payment link"], ["تستقبل الأمانة إشعارات السداد من البنوك عبر نظام سداد فور الدفع.", "The Amanah receives payment notices from banks through SADAD as soon as bills are paid."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-OPEN311", G, "AGENCY", "IT", A, "/developers", false, ["تكامل التطبيقات عبر Open311", "Apps integration through Open311"], ["تربط التطبيقات والجهات أنظمة بلاغاتها بالأمانة بمعيار Open311.", "Apps and agencies link their reporting systems to the Amanah with Open311."], ["AGENCY"], ["AUTH_LETTER"], "FREE", "SETUP", "API"),
  s("ITG-ZATCA", G, "AGENCY", "IT", A, null, false, ["الربط مع هيئة الزكاة والضريبة والجمارك", "ZATCA integration"], ["تبادل بيانات الرخص التجارية مع الهيئة للتحقق من التسجيل الضريبي.", "Shop-license data is exchanged with ZATCA to check tax registration."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-MOC-CR", G, "AGENCY", "LIC", A, null, false, ["التحقق من السجل التجاري (وزارة التجارة)", "Commercial registration check (Ministry of Commerce)"], ["يُتحقق من السجل التجاري ونشاطه آليًا عند طلب الرخصة.", "The commercial registration and its activity are checked automatically when applying."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-SEC", G, "AGENCY", "BLD", A, null, false, ["الربط مع الشركة السعودية للكهرباء", "Saudi Electricity Company link"], ["تستعلم الشركة عن رخص البناء وشهادات إيصال التيار قبل توصيل الكهرباء.", "The company checks building permits and connection certificates before connecting power."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-CIVIL-DEFENSE", G, "AGENCY", "LIC", A, null, false, ["الربط مع المديرية العامة للدفاع المدني", "Civil Defence link"], ["تبادل شهادات السلامة للمنشآت عند إصدار الرخص وتجديدها.", "Safety certificates are exchanged when licenses are issued or renewed."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-NAFATH", G, "AGENCY", "IT", A, "/sign-in", false, ["الدخول بالنفاذ الوطني الموحد", "National single sign-on"], ["يدخل المستفيدون بهويتهم الرقمية الموحدة دون كلمات مرور إضافية.", "Customers sign in with their unified digital identity, without another password."], ["AGENCY"], [], "FREE", "INSTANT", "API"),
  s("ITG-ABSHER-SMS", G, "AGENCY", "IT", A, null, false, ["الرسائل النصية الحكومية", "Government SMS gateway"], ["ترسل الأمانة رموز التحقق وإشعارات المعاملات عبر بوابة الرسائل الحكومية.", "The Amanah sends verification codes and transaction notices through the government SMS gateway."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-BALADY", G, "AGENCY", "IT", A, null, false, ["التكامل مع منصة بلدي", "Balady platform integration"], ["تبادل طلبات الرخص والبلاغات مع منصة بلدي الوطنية.", "License applications and reports are exchanged with the national Balady platform."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-ETIMAD", G, "AGENCY", "CONT", A, null, false, ["التكامل مع منصة اعتماد", "Etimad platform integration"], ["تنشر المنافسات ونتائج الترسية على منصة اعتماد الحكومية.", "Tenders and award results are published on the government Etimad platform."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-NATIONAL-ADDRESS", G, "AGENCY", "PLAN", A, null, false, ["التحقق من العنوان الوطني", "National address check"], ["يُتحقق من العنوان الوطني للمنشآت والمباني عند تقديم الطلبات.", "The national address of establishments and buildings is checked on application."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-MOH-MEDICAL", G, "AGENCY", "HEALTH", A, null, false, ["الربط مع المراكز الطبية لنتائج الفحص", "Medical results link"], ["تستقبل الأمانة نتائج الفحص الطبي من المراكز المعتمدة مباشرة.", "The Amanah receives examination results straight from accredited centres."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-GIS", G, "AGENCY", "PLAN", A, null, false, ["خدمات الخرائط الجغرافية للجهات", "GIS map services for agencies"], ["طبقات الخرائط الجغرافية (الأحياء، المخططات، الاستعمالات) للجهات الحكومية.", "Geographic layers (districts, plans, land uses) for government agencies."], ["AGENCY"], ["AUTH_LETTER"], "FREE", "SETUP", "API"),
  s("ITG-POLICE-ENCROACHMENT", G, "AGENCY", "INSP", A, null, false, ["التنسيق مع الجهات الأمنية في إزالة التعديات", "Security agencies coordination on encroachments"], ["تبادل قرارات إزالة التعديات مع الجهات الأمنية لتنفيذها.", "Encroachment removal orders are shared with security agencies for execution."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-KIOSK-NETWORK", G, "AGENCY", "IT", ["KIOSK", "API"], null, false, ["شبكة أجهزة الخدمة الذاتية", "Self-service kiosk network"], ["تربط أجهزة الخدمة الذاتية بخدمات البوابة للسداد والطباعة والاستعلام.", "Links self-service kiosks to the portal for payments, printing and inquiries."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-WATER-COMPANY", G, "AGENCY", "ROADS", A, null, false, ["التنسيق مع شركة المياه الوطنية", "National Water Company coordination"], ["تنسيق تصاريح الحفر وشبكات التصريف مع شركة المياه.", "Excavation permits and drainage networks are coordinated with the water company."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
  s("ITG-TRAFFIC", G, "AGENCY", "ROADS", A, null, false, ["التنسيق مع المرور في تحويلات الطرق", "Traffic department diversion coordination"], ["اعتماد خطط تحويل المرور لأعمال الحفر والمشاريع.", "Traffic diversion plans for digging and projects are approved jointly."], ["AGENCY"], ["AGREEMENT"], "FREE", "SETUP", "API"),
];

const pick = <K extends string>(dict: Record<K, Pair>, keys: readonly K[], i: 0 | 1) => keys.map((k) => dict[k][i]);

function toSeed(spec: Spec, sortOrder: number): EServiceSeed {
  const [departmentAr, departmentEn] = DEPARTMENTS[spec.dept];
  const fee: Fee = FEES[spec.fee];
  const base = {
    code: spec.code,
    category: spec.cat,
    audience: spec.aud,
    nameAr: spec.name[0],
    nameEn: spec.name[1],
    descriptionAr: spec.desc[0],
    descriptionEn: spec.desc[1],
    departmentAr,
    departmentEn,
  };
  return {
    ...base,
    livePath: spec.live ?? LIVE_PATHS_OF_LATER_AREAS[spec.code] ?? null,
    requiresLogin: spec.login,
    sortOrder,
    channels: spec.ch,
    requirementsAr: pick(REQS, spec.reqs, 0),
    requirementsEn: pick(REQS, spec.reqs, 1),
    documentsAr: pick(DOCS, spec.docs, 0),
    documentsEn: pick(DOCS, spec.docs, 1),
    stepsAr: STEPS[spec.steps].map((p) => p[0]),
    stepsEn: STEPS[spec.steps].map((p) => p[1]),
    feeHalalas: fee.halalas,
    feeAr: fee.ar,
    feeEn: fee.en,
    durationAr: DURATIONS[spec.dur][0],
    durationEn: DURATIONS[spec.dur][1],
    searchText: searchTextOf(base),
  };
}

/**
 * The live pages of the areas that landed after the catalogue (permits, electricity, appointments,
 * tenders and auctions, the inquiry page). Kiosk services have no public page to link to (a kiosk is a
 * device, not a web page), so they keep their guide only.
 */
export const LIVE_PATHS_OF_LATER_AREAS: Readonly<Record<string, string>> = {
  "INF-LICENSE-INQUIRY": "/inquiry",
  "INF-VIOLATION-INQUIRY": "/inquiry",
  "INF-HEALTH-CERT-INQUIRY": "/inquiry",
  "INF-TRANSACTION-INQUIRY": "/inquiry",
  "INF-BUILDING-PERMIT-INQUIRY": "/permits/inquiry",
  "INF-DEMOLITION-PERMIT-INQUIRY": "/permits/inquiry",
  "INF-RESTORATION-PERMIT-INQUIRY": "/permits/inquiry",
  "INF-ELECTRICITY-INQUIRY": "/electricity-connections",
  "INF-ENG-OFFICE-INQUIRY": "/engineering-offices",
  "INF-TENDERS-LIST": "/tenders",
  "INF-AUCTIONS-LIST": "/auctions",
  "INF-TENDER-RESULTS": "/tenders",
  "INT-APPOINTMENT-BOOK": "/appointments",
  "INT-APPOINTMENT-MANAGE": "/appointments",
  "INT-ENGINEER-MEETING": "/appointments",
  "INT-TENDER-SUBSCRIBE": "/tenders",
  "TRX-BUILDING-PERMIT": "/my/permits",
  "TRX-BUILDING-PERMIT-RENEW": "/my/permits",
  "TRX-BUILDING-ADDITION": "/my/permits",
  "TRX-DEMOLITION-PERMIT": "/my/permits",
  "TRX-RESTORATION-PERMIT": "/my/permits",
  "TRX-ELECTRICITY-CONNECTION": "/my/permits",
  "TRX-TENDER-BOOKLET": "/tenders",
  "TRX-TENDER-OFFER": "/tenders",
  "TRX-AUCTION-BID": "/auctions",
  "TRX-SLAUGHTERHOUSE": "/appointments",
};

export const ESERVICES: readonly EServiceSeed[] = SPECS.map((spec, i) => toSeed(spec, (i + 1) * 10));

