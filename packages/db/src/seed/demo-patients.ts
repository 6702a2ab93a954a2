/**
 * Fictional patients who fill today's schedule on the staff dashboard. They cannot sign in
 * (their passwords are random and never printed). Phone numbers use the 555-01xx fiction block.
 */
export const DEMO_SCHEDULED_PATIENTS = [
  { name: "Jordan Whitfield", email: "jordan.whitfield@example.com", phone: "(512) 555-0151", dateOfBirth: "1979-03-08", locationSlug: "downtown" },
  { name: "Camila Ortega", email: "camila.ortega@example.com", phone: "(512) 555-0152", dateOfBirth: "1991-11-23", locationSlug: "downtown" },
  { name: "Henry Nakamura", email: "henry.nakamura@example.com", phone: "(512) 555-0153", dateOfBirth: "1958-07-30", locationSlug: "downtown" },
  { name: "Aisha Bello", email: "aisha.bello@example.com", phone: "(512) 555-0154", dateOfBirth: "1986-01-15", locationSlug: "downtown" },
  { name: "Luis Carrillo", email: "luis.carrillo@example.com", phone: "(915) 555-0161", dateOfBirth: "1972-05-19", locationSlug: "west-el-paso" },
  { name: "Megan O'Brien", email: "megan.obrien@example.com", phone: "(915) 555-0162", dateOfBirth: "1995-09-02", locationSlug: "west-el-paso" },
  { name: "Samuel Adeyemi", email: "samuel.adeyemi@example.com", phone: "(915) 555-0163", dateOfBirth: "1964-12-11", locationSlug: "west-el-paso" },
  { name: "Rosa Delgado", email: "rosa.delgado@example.com", phone: "(915) 555-0164", dateOfBirth: "1982-04-27", locationSlug: "west-el-paso" },
] as const;
