import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { unstable_rethrow } from "next/navigation";
import { getClinicInfo, getLocations } from "./clinic-info";

/**
 * Header and footer content. If the database is unreachable the frame still renders with the clinic's
 * name, so the error page inside it can explain the problem in plain words instead of a blank screen.
 */
export async function loadPageFrame() {
  try {
    const [info, locations] = await Promise.all([getClinicInfo(), getLocations()]);
    return { clinicName: info.name, phone: info.phone, locations };
  } catch (error) {
    // Next signals "render this dynamically" (and redirects/not-found) with thrown errors; let them through.
    unstable_rethrow(error);
    console.error(`Could not load the clinic details for the page frame: ${error instanceof Error ? error.message : "unknown error"}`);
    return { clinicName: CLINIC_PROFILE.name, phone: CLINIC_PROFILE.phone, locations: [] };
  }
}
