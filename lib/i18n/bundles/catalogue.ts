import ar from "@/locales/ar/catalogue.json";
import en from "@/locales/en/catalogue.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("catalogue", ar, en);
