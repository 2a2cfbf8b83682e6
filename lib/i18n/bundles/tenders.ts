import ar from "@/locales/ar/tenders.json";
import en from "@/locales/en/tenders.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("tenders", ar, en);
