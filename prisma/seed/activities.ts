/**
 * Business activities a shop license (رخصة محل تجاري) can cover. Codes follow the Saudi national
 * activity classification, which extends the four-digit ISIC Rev.4 class with two digits
 * (e.g. 5610 "restaurants" → 561001 مطعم). The first four digits are always the real ISIC Rev.4 class.
 *
 * requiresHealthLicense: the activity needs a health license (رخصة صحية) and health certificates
 * (شهادات صحية) for its workers — anything that prepares, stores or sells food or drinking water,
 * touches the body (barbers, salons, gyms, laundries), provides health care, or houses guests.
 */
export type ActivitySeed = {
  isicCode: string;
  nameAr: string;
  nameEn: string;
  groupAr: string;
  groupEn: string;
  requiresHealthLicense: boolean;
};

type Group = { ar: string; en: string };
const FOOD: Group = { ar: "أغذية ومطاعم", en: "Food & restaurants" };
const FOOD_RETAIL: Group = { ar: "تجزئة المواد الغذائية", en: "Food retail" };
const FOOD_MAKING: Group = { ar: "صناعات غذائية", en: "Food production" };
const RETAIL: Group = { ar: "تجزئة", en: "Retail" };
const PERSONAL: Group = { ar: "خدمات شخصية", en: "Personal services" };
const VEHICLES: Group = { ar: "سيارات", en: "Vehicles" };
const LODGING: Group = { ar: "إيواء", en: "Accommodation" };
const HEALTH: Group = { ar: "صحة", en: "Health" };
const BUSINESS: Group = { ar: "خدمات تجارية ومكتبية", en: "Business & office services" };
const SPORT: Group = { ar: "رياضة وترفيه", en: "Sport & recreation" };

const a = (isicCode: string, nameAr: string, nameEn: string, group: Group, requiresHealthLicense: boolean): ActivitySeed => ({
  isicCode,
  nameAr,
  nameEn,
  groupAr: group.ar,
  groupEn: group.en,
  requiresHealthLicense,
});

export const ACTIVITIES: readonly ActivitySeed[] = [
  // Food & restaurants
  a("561001", "مطعم", "Restaurant", FOOD, true),
  a("561002", "بوفية", "Cafeteria (buffet)", FOOD, true),
  a("561003", "مطعم وجبات سريعة", "Fast-food restaurant", FOOD, true),
  a("561004", "مطعم مشويات ومندي", "Grills & mandi restaurant", FOOD, true),
  a("562101", "متعهد تموين وإعاشة", "Catering contractor", FOOD, true),
  a("563001", "مقهى شعبي", "Traditional coffee house", FOOD, true),
  a("563002", "مقهى (كوفي شوب)", "Coffee shop", FOOD, true),
  a("563003", "محل عصيرات ومشروبات باردة", "Juice bar", FOOD, true),
  // Food production
  a("107101", "مخبز آلي", "Automated bakery", FOOD_MAKING, true),
  a("107102", "مخبز شعبي (تنور)", "Traditional bakery (tannour)", FOOD_MAKING, true),
  a("107103", "معمل حلويات ومعجنات", "Pastry & sweets kitchen", FOOD_MAKING, true),
  a("107501", "مطبخ إعداد الولائم والمناسبات", "Banquet & events kitchen", FOOD_MAKING, true),
  a("107901", "تعبئة وتغليف التمور", "Date packing", FOOD_MAKING, true),
  a("110401", "محطة تحلية وتعبئة مياه الشرب", "Drinking-water purification & bottling station", FOOD_MAKING, true),
  // Food retail
  a("471101", "سوبرماركت", "Supermarket", FOOD_RETAIL, true),
  a("471111", "بقالة", "Grocery (baqala)", FOOD_RETAIL, true),
  a("472101", "بيع الخضار والفواكه", "Vegetables & fruits", FOOD_RETAIL, true),
  a("472102", "ملحمة (بيع اللحوم الطازجة)", "Butcher", FOOD_RETAIL, true),
  a("472103", "بيع الأسماك الطازجة", "Fish shop", FOOD_RETAIL, true),
  a("472104", "محل حلويات", "Sweets shop", FOOD_RETAIL, true),
  a("472105", "بيع التمور", "Dates shop", FOOD_RETAIL, true),
  a("472106", "محمصة بن وبهارات", "Coffee roastery & spices", FOOD_RETAIL, true),
  // Retail
  a("474101", "بيع الجوالات وإكسسواراتها", "Mobile phones & accessories", RETAIL, false),
  a("474102", "بيع أجهزة الحاسب الآلي ولوازمها", "Computers & peripherals", RETAIL, false),
  a("475111", "بيع الأقمشة", "Fabrics", RETAIL, false),
  a("475211", "بيع أدوات السباكة والكهرباء ومواد البناء", "Hardware & building materials", RETAIL, false),
  a("475901", "بيع الأثاث", "Furniture", RETAIL, false),
  a("475902", "بيع الأجهزة الكهربائية المنزلية", "Household appliances", RETAIL, false),
  a("476101", "مكتبة وقرطاسية", "Bookshop & stationery", RETAIL, false),
  a("477111", "بيع الملابس الجاهزة", "Ready-made clothing", RETAIL, false),
  a("477112", "بيع العبايات", "Abayas", RETAIL, false),
  a("477202", "بيع العطور والبخور", "Perfumes & incense", RETAIL, false),
  a("477203", "بيع مستحضرات التجميل", "Cosmetics", RETAIL, false),
  a("477301", "محل نظارات (بصريات)", "Optician", RETAIL, false),
  a("477302", "محل زهور وهدايا", "Flowers & gifts", RETAIL, false),
  a("477303", "محل ذهب ومجوهرات", "Gold & jewellery", RETAIL, false),
  // Personal services
  a("960201", "حلاق رجالي", "Men's barber", PERSONAL, true),
  a("960202", "مشغل نسائي", "Women's beauty salon", PERSONAL, true),
  a("960101", "مغسلة ملابس", "Laundry", PERSONAL, true),
  a("141001", "خياط رجالي", "Men's tailor", PERSONAL, false),
  a("141002", "خياط نسائي", "Women's tailor", PERSONAL, false),
  a("951201", "صيانة الجوالات", "Mobile phone repair", PERSONAL, false),
  // Vehicles
  a("452001", "ورشة صيانة سيارات", "Car repair workshop", VEHICLES, false),
  a("452002", "مغسلة سيارات", "Car wash", VEHICLES, false),
  a("452003", "بنشر (إصلاح الإطارات)", "Tyre repair", VEHICLES, false),
  a("452004", "كهرباء سيارات", "Auto electrician", VEHICLES, false),
  a("453001", "بيع قطع غيار السيارات", "Auto spare parts", VEHICLES, false),
  a("473001", "محطة وقود", "Fuel station", VEHICLES, false),
  // Accommodation
  a("551001", "فندق", "Hotel", LODGING, true),
  a("551002", "شقق مفروشة (وحدات سكنية مفروشة)", "Furnished apartments", LODGING, true),
  // Health
  a("477201", "صيدلية", "Pharmacy", HEALTH, true),
  a("862001", "مجمع عيادات طبية عامة", "General medical clinic", HEALTH, true),
  a("862002", "عيادة أسنان", "Dental clinic", HEALTH, true),
  a("869001", "مختبر طبي", "Medical laboratory", HEALTH, true),
  // Sport & recreation
  a("931101", "صالة لياقة بدنية (نادي رياضي)", "Gym / fitness centre", SPORT, true),
  // Business & office services
  a("682001", "مكتب عقار", "Real-estate office", BUSINESS, false),
  a("791101", "وكالة سفر وسياحة", "Travel agency", BUSINESS, false),
  a("821901", "خدمات تصوير المستندات والطباعة", "Photocopying & printing", BUSINESS, false),
  a("711001", "مكتب استشارات هندسية", "Engineering consultancy", BUSINESS, false),
];
