import ar from "@/locales/ar/licensingOffice.json";
import en from "@/locales/en/licensingOffice.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("licensingOffice", ar, en);
