// What the int-test globalSetup hands to test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL (database "postgres" or the one given) of the test server. */
    clinicTestAdminUrl: string;
    /** Migrated, unseeded database that every test database is cloned from. */
    clinicTestTemplate: string;
  }
}

export {};
