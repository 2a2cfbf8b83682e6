import { StatusPage } from "@/components/shells/status-page";

// No metadata here: a not-found boundary receives no params, so its metadata could not follow the language; the status
// page renders its own localized <title> (React hoists it into the head, ahead of any page's own).
export default function NotFound() {
  return <StatusPage code={404} kind="notFound" />;
}
