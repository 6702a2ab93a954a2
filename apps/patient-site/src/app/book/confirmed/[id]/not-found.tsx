import { AppointmentNotFound } from "~/components/appointment-not-found";

export default function NotFound() {
  return <AppointmentNotFound />;
}
