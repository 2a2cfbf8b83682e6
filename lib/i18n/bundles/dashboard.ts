import ar from "@/locales/ar/dashboard.json";
import en from "@/locales/en/dashboard.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("dashboard", ar, en);
