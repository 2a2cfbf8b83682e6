import ar from "@/locales/ar/appointments.json";
import en from "@/locales/en/appointments.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("appointments", ar, en);
