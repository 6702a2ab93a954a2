import { describe, expect, it } from "vitest";
import { createPatientInput, duplicateNameKey, likelyDuplicates } from "./new-patient";

describe("createPatientInput", () => {
  const base = { name: "Rosa Díaz", dateOfBirth: "1984-05-06", phone: "(512) 555-0177" };

  it("takes an empty email as none", () => {
    expect(createPatientInput.parse({ ...base, email: " " }).email).toBeUndefined();
  });

  it("needs a date of birth and a phone", () => {
    expect(createPatientInput.safeParse({ name: base.name, phone: base.phone }).success).toBe(false);
    expect(createPatientInput.safeParse({ name: base.name, dateOfBirth: base.dateOfBirth }).success).toBe(false);
  });
});

describe("duplicateNameKey", () => {
  it("ignores case, accents, spacing and punctuation", () => {
    expect(duplicateNameKey("  Rosa   DÍAZ-Lopez ")).toBe(duplicateNameKey("rosa diaz lopez"));
    expect(duplicateNameKey("Rosa Diaz")).not.toBe(duplicateNameKey("Rosa Dias"));
  });
});

describe("likelyDuplicates", () => {
  it("matches the same name key born the same day, nothing else", () => {
    const existing = [
      { id: 1, name: "ROSA  Díaz", dateOfBirth: "1984-05-06" },
      { id: 2, name: "Rosa Díaz", dateOfBirth: "1984-05-07" },
      { id: 3, name: "Rosa Diaz-Perez", dateOfBirth: "1984-05-06" },
    ];
    expect(likelyDuplicates({ name: "rosa diaz", dateOfBirth: "1984-05-06" }, existing).map((r) => r.id)).toEqual([1]);
  });
});
