import ar from "@/locales/ar/complaints.json";
import en from "@/locales/en/complaints.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("complaints", ar, en);
