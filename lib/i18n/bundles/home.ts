import ar from "@/locales/ar/home.json";
import en from "@/locales/en/home.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("home", ar, en);
