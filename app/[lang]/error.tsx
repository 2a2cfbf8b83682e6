"use client";

import { StatusPage } from "@/components/shells/status-page";

export default function ErrorPage() {
  return <StatusPage code={500} titleKey="errors:pages.errorTitle" bodyKey="errors:pages.errorBody" />;
}
