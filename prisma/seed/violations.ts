/**
 * The municipal violations schedule (in the style of لائحة الجزاءات عن المخالفات البلدية, with its
 * table of fines) and a few demo establishments. Fines are integer halalas (1 SAR = 100). A repeat
 * offence — the same article against the same establishment within 365 days — multiplies the range
 * by `repeatMultiplier`. Codes are stable: violations refer to them, so never reuse a code.
 */
import { withCheckDigit } from "../../lib/domain/identity/national-id";
import { MUNICIPALITY_CODES } from "./places";

export type ViolationArticleSeed = {
  code: string;
  titleAr: string;
  titleEn: string;
  categoryAr: string;
  categoryEn: string;
  minFineHalalas: number;
  maxFineHalalas: number;
  repeatMultiplier: number;
};

const SAR = 100;
type Cat = readonly [string, string];
const HEALTH: Cat = ["الاشتراطات الصحية", "Public health"];
const LICENSE: Cat = ["الرخص والتراخيص", "Licenses and permits"];
const SIGNS: Cat = ["اللوحات التجارية", "Commercial signs"];
const SPACE: Cat = ["إشغال الأماكن العامة", "Use of public space"];
const BUILD: Cat = ["البناء والتشييد", "Building and construction"];
const WASTE: Cat = ["النظافة العامة والنفايات", "Cleanliness and waste"];
const TRADE: Cat = ["الاشتراطات التشغيلية للمحلات", "Shop operating requirements"];

const art = (code: string, titleAr: string, titleEn: string, cat: Cat, minSar: number, maxSar: number, repeatMultiplier = 2): ViolationArticleSeed => ({
  code,
  titleAr,
  titleEn,
  categoryAr: cat[0],
  categoryEn: cat[1],
  minFineHalalas: minSar * SAR,
  maxFineHalalas: maxSar * SAR,
  repeatMultiplier,
});

export const VIOLATION_ARTICLES: readonly ViolationArticleSeed[] = [
  art("HLT-101", "عدم نظافة المنشأة الغذائية وأدواتها ومعداتها", "Unclean food premises, utensils or equipment", HEALTH, 1000, 10000),
  art("HLT-102", "عرض أو بيع أو تخزين منتجات غذائية منتهية الصلاحية", "Displaying, selling or storing expired food products", HEALTH, 2500, 25000),
  art("HLT-103", "تشغيل عامل لا يحمل شهادة صحية سارية", "Employing a worker without a valid health certificate", HEALTH, 500, 5000),
  art("HLT-104", "عدم التزام العاملين بالزي والقفازات وغطاء الرأس", "Workers without uniform, gloves or hair cover", HEALTH, 200, 2000),
  art("HLT-105", "تخزين المواد الغذائية على الأرض أو بطريقة غير صحية", "Storing food on the floor or unhygienically", HEALTH, 1000, 5000),
  art("HLT-106", "عدم حفظ الأغذية في درجات الحرارة المطلوبة", "Food not kept at the required temperatures", HEALTH, 1000, 10000),
  art("HLT-107", "وجود حشرات أو قوارض داخل المنشأة", "Insects or rodents inside the premises", HEALTH, 2000, 20000),
  art("HLT-108", "عدم وجود عقد ساري مع شركة مكافحة حشرات مرخصة", "No valid contract with a licensed pest-control company", HEALTH, 1000, 5000),
  art("HLT-109", "التدخين داخل المنشأة الغذائية", "Smoking inside food premises", HEALTH, 200, 2000),
  art("LIC-201", "مزاولة النشاط دون رخصة بلدية سارية", "Operating without a valid municipal license", LICENSE, 5000, 50000, 3),
  art("LIC-202", "مزاولة نشاط غير المرخص له", "Carrying on an activity other than the licensed one", LICENSE, 2000, 20000),
  art("LIC-203", "عدم تجديد الرخصة البلدية بعد انتهائها", "Not renewing an expired municipal license", LICENSE, 1000, 10000),
  art("LIC-204", "عدم تعليق الرخصة البلدية في مكان ظاهر", "Municipal license not displayed in a visible place", LICENSE, 200, 1000),
  art("SGN-301", "تركيب لوحة تجارية دون تصريح", "Installing a shop sign without a permit", SIGNS, 1000, 10000),
  art("SGN-302", "لوحة تجارية تالفة أو مخالفة للمواصفات", "Damaged or non-compliant shop sign", SIGNS, 500, 5000),
  art("SPC-401", "إشغال الرصيف أو الممرات العامة بالبضائع أو الطاولات", "Occupying the sidewalk or public walkways with goods or tables", SPACE, 500, 5000),
  art("SPC-402", "وضع مظلات أو ملحقات أمام المحل دون تصريح", "Awnings or extensions in front of the shop without a permit", SPACE, 500, 5000),
  art("BLD-501", "البناء دون رخصة بناء", "Building without a building permit", BUILD, 10000, 100000, 3),
  art("BLD-502", "مخالفة المخططات المعتمدة في رخصة البناء", "Deviating from the approved building-permit drawings", BUILD, 5000, 50000),
  art("BLD-503", "عدم وضع لوحة المشروع أو سياج الموقع", "No project board or site hoarding", BUILD, 2000, 10000),
  art("BLD-504", "ترك مخلفات البناء في الطريق العام", "Leaving construction debris on a public road", BUILD, 2000, 20000),
  art("WST-601", "رمي النفايات في غير الأماكن المخصصة لها", "Disposing of waste outside the designated places", WASTE, 500, 5000),
  art("WST-602", "عدم توفير حاويات نفايات مغلقة للمنشأة", "No closed waste containers at the premises", WASTE, 500, 3000),
  art("WST-603", "تصريف المياه أو الزيوت إلى الشارع أو شبكة الأمطار", "Discharging water or oil into the street or storm drains", WASTE, 2000, 20000),
  art("TRD-701", "عدم إعلان الأسعار على المنتجات والخدمات", "Prices not displayed on goods and services", TRADE, 500, 5000),
  art("TRD-702", "عدم توفير كاميرات المراقبة وفق الاشتراطات", "Surveillance cameras not installed as required", TRADE, 1000, 10000),
  art("TRD-703", "عدم توفير وسائل السلامة وطفايات الحريق", "Missing safety equipment or fire extinguishers", TRADE, 1000, 10000),
];

export type EstablishmentSeed = {
  commercialRegNo: string;
  tradeNameAr: string;
  tradeNameEn: string;
  ownerNationalId: string;
  ownerName: string;
  ownerMobile: string;
  municipalityCode: string;
  activityIsic: string | null;
  licenseNumber: string | null;
  addressAr: string;
  latitude: number;
  longitude: number;
};

const ABDULLAH = { ownerNationalId: withCheckDigit("108765432"), ownerName: "عبدالله بن محمد القحطاني", ownerMobile: "966501234567" };
const AHMED = { ownerNationalId: withCheckDigit("212345678"), ownerName: "أحمد سليم خان", ownerMobile: "966551112233" };

export const ESTABLISHMENTS: readonly EstablishmentSeed[] = [
  {
    commercialRegNo: "2050123456",
    tradeNameAr: "مطعم ركن الشرق",
    tradeNameEn: "Rukn Al-Sharq Restaurant",
    ...ABDULLAH,
    municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
    activityIsic: "561001",
    licenseNumber: "DMM-1446-051234",
    addressAr: "حي العدامة، شارع الملك سعود",
    latitude: 26.4331,
    longitude: 50.1033,
  },
  {
    commercialRegNo: "2050654321",
    tradeNameAr: "بقالة الندى",
    tradeNameEn: "Al-Nada Grocery",
    ...ABDULLAH,
    municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
    activityIsic: "471111",
    licenseNumber: "DMM-1445-088712",
    addressAr: "حي الدواسر، شارع 11",
    latitude: 26.4412,
    longitude: 50.0967,
  },
  {
    commercialRegNo: "2050777123",
    tradeNameAr: "مخبز النخيل الآلي",
    tradeNameEn: "Al-Nakheel Automated Bakery",
    ...AHMED,
    municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
    activityIsic: "107101",
    licenseNumber: "DMM-1446-022108",
    addressAr: "حي البادية، شارع الأمير محمد بن فهد",
    latitude: 26.4268,
    longitude: 50.0912,
  },
  {
    // Outside the demo inspector's municipality: the scope tests use it.
    commercialRegNo: "2051044556",
    tradeNameAr: "كافتيريا الكورنيش",
    tradeNameEn: "Corniche Cafeteria",
    ...ABDULLAH,
    municipalityCode: MUNICIPALITY_CODES.KHOBAR,
    activityIsic: "561002",
    licenseNumber: "KHB-1446-010457",
    addressAr: "حي الكورنيش، الخبر",
    latitude: 26.2946,
    longitude: 50.2196,
  },
];
