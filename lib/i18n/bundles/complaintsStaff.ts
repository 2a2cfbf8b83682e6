import ar from "@/locales/ar/complaintsStaff.json";
import en from "@/locales/en/complaintsStaff.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("complaintsStaff", ar, en);
