/**
 * Real places: two Amanahs of the Eastern side of the Kingdom, their municipalities (بلديات)
 * and a handful of real districts (أحياء) in each. Codes are stable: other seed data and tests
 * refer to them, so never rename a code (add a new one instead).
 *
 * Note: for Qatif the "districts" include the towns and villages the municipality serves
 * (صفوى، تاروت، عنك، الجش، أم الحمام) as residents name them when filing a report or a license.
 */
export type DistrictSeed = { nameAr: string; nameEn: string };
export type MunicipalitySeed = { code: string; nameAr: string; nameEn: string; districts: readonly DistrictSeed[] };
export type AmanahSeed = { code: string; nameAr: string; nameEn: string; municipalities: readonly MunicipalitySeed[] };

export const AMANAH_CODES = { EASTERN: "EP", AHSA: "AHS" } as const;

export const MUNICIPALITY_CODES = {
  DAMMAM_CENTRAL: "EP-DMM-C",
  DAMMAM_EAST: "EP-DMM-E",
  DAMMAM_WEST: "EP-DMM-W",
  DHAHRAN: "EP-DHR",
  KHOBAR: "EP-KHB",
  QATIF: "EP-QTF",
  HOFUF: "AHS-HOF",
  MUBARRAZ: "AHS-MUB",
} as const;

const d = (nameAr: string, nameEn: string): DistrictSeed => ({ nameAr, nameEn });

export const AMANAHS: readonly AmanahSeed[] = [
  {
    code: AMANAH_CODES.EASTERN,
    nameAr: "أمانة المنطقة الشرقية",
    nameEn: "Eastern Province Amanah",
    municipalities: [
      {
        code: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
        nameAr: "بلدية وسط الدمام",
        nameEn: "Central Dammam Municipality",
        districts: [
          d("العدامة", "Al-Adamah"),
          d("الدواسر", "Al-Dawasir"),
          d("البادية", "Al-Badiyah"),
          d("القزاز", "Al-Qazzaz"),
          d("الجلوية", "Al-Jalawiyah"),
          d("الطبيشي", "Al-Tubayshi"),
          d("العزيزية", "Al-Aziziyah"),
        ],
      },
      {
        code: MUNICIPALITY_CODES.DAMMAM_EAST,
        nameAr: "بلدية شرق الدمام",
        nameEn: "East Dammam Municipality",
        districts: [
          d("الشاطئ الشرقي", "Al-Shati Al-Sharqi"),
          d("الشاطئ الغربي", "Al-Shati Al-Gharbi"),
          d("الخليج", "Al-Khaleej"),
          d("الروضة", "Al-Rawdah"),
          d("المنار", "Al-Manar"),
          d("الريان", "Al-Rayyan"),
        ],
      },
      {
        code: MUNICIPALITY_CODES.DAMMAM_WEST,
        nameAr: "بلدية غرب الدمام",
        nameEn: "West Dammam Municipality",
        districts: [
          d("الفيصلية", "Al-Faisaliyah"),
          d("الأمانة", "Al-Amanah"),
          d("الندى", "Al-Nada"),
          d("بدر", "Badr"),
          d("أحد", "Uhud"),
          d("طيبة", "Taibah"),
          d("الفردوس", "Al-Firdaws"),
        ],
      },
      {
        code: MUNICIPALITY_CODES.DHAHRAN,
        nameAr: "بلدية الظهران",
        nameEn: "Dhahran Municipality",
        districts: [
          d("الدوحة الشمالية", "Al-Doha Al-Shamaliyah"),
          d("الدوحة الجنوبية", "Al-Doha Al-Janubiyah"),
          d("القصور", "Al-Qusur"),
          d("الدانة", "Al-Danah"),
          d("غرب الظهران", "West Dhahran"),
        ],
      },
      {
        code: MUNICIPALITY_CODES.KHOBAR,
        nameAr: "بلدية الخبر",
        nameEn: "Al-Khobar Municipality",
        districts: [
          d("الراكة الشمالية", "Al-Rakah Al-Shamaliyah"),
          d("الراكة الجنوبية", "Al-Rakah Al-Janubiyah"),
          d("العقربية", "Al-Aqrabiyah"),
          d("العليا", "Al-Olaya"),
          d("الثقبة", "Al-Thuqbah"),
          d("اليرموك", "Al-Yarmouk"),
          d("الخبر الشمالية", "North Al-Khobar"),
          d("الحزام الذهبي", "Al-Hizam Al-Thahabi"),
        ],
      },
      {
        code: MUNICIPALITY_CODES.QATIF,
        nameAr: "بلدية محافظة القطيف",
        nameEn: "Qatif Governorate Municipality",
        districts: [
          d("الجش", "Al-Jish"),
          d("صفوى", "Safwa"),
          d("تاروت", "Tarout"),
          d("عنك", "Anak"),
          d("أم الحمام", "Umm Al-Hamam"),
          d("الناصرة", "Al-Nasirah"),
          d("المجيدية", "Al-Majidiyah"),
        ],
      },
    ],
  },
  {
    code: AMANAH_CODES.AHSA,
    nameAr: "أمانة الأحساء",
    nameEn: "Al-Ahsa Amanah",
    municipalities: [
      {
        code: MUNICIPALITY_CODES.HOFUF,
        nameAr: "بلدية الهفوف",
        nameEn: "Al-Hofuf Municipality",
        districts: [
          d("النعاثل", "Al-Naathel"),
          d("الكوت", "Al-Kut"),
          d("الرفعة", "Al-Rif'ah"),
          d("الصالحية", "Al-Salhiyah"),
          d("المزروعية", "Al-Mazrouiyah"),
          d("السلمانية", "Al-Salmaniyah"),
          d("الخالدية", "Al-Khalidiyah"),
        ],
      },
      {
        code: MUNICIPALITY_CODES.MUBARRAZ,
        nameAr: "بلدية المبرز",
        nameEn: "Al-Mubarraz Municipality",
        districts: [
          d("الراشدية", "Al-Rashidiyah"),
          d("الشعبة", "Al-Shu'bah"),
          d("العيوني", "Al-Oyouni"),
          d("عين نجم", "Ain Najm"),
          d("محاسن", "Mahasin"),
        ],
      },
    ],
  },
];
