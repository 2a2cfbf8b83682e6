import ar from "@/locales/ar/auth.json";
import en from "@/locales/en/auth.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("auth", ar, en);
