// Roles belong to the clinic's domain; re-exported so app code about sign-in has one import site.
export {
  isStaffRole,
  PATIENT_DATA_ROLES,
  ROLE_LABELS,
  ROLES,
  STAFF_ROLES,
  type Role,
  type StaffRole,
} from "@clinic/domain/people/roles";
export { roleFitsAudience, type Audience } from "./audience";
