import { describe, expect, it } from "vitest";
import { dateOfBirthSchema, phoneSchema, updateContactInput } from "./contact-details";

describe("phoneSchema", () => {
  it.each(["(512) 555-0142", "+1 512 555 0142", "512.555.0142", "5550142"])("accepts %s", (phone) => {
    expect(phoneSchema.safeParse(phone).success).toBe(true);
  });

  it.each([
    ["555-01", "A phone number has 7 to 15 digits."],
    ["+1 (512) 555-0142 ext. 9", "Use digits, spaces and + ( ) - . only, like (512) 555-0142."],
    ["1234567890123456", "A phone number has 7 to 15 digits."],
  ])("refuses %s", (phone, message) => {
    const result = phoneSchema.safeParse(phone);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("dateOfBirthSchema", () => {
  it("accepts a past calendar date", () => {
    expect(dateOfBirthSchema.parse("1984-06-12")).toBe("1984-06-12");
  });

  it("refuses impossible dates, future dates and implausible years", () => {
    expect(dateOfBirthSchema.safeParse("1984-02-30").success).toBe(false);
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(dateOfBirthSchema.safeParse(`${nextYear}-01-01`).error?.issues[0]?.message).toBe("Date of birth cannot be in the future.");
    expect(dateOfBirthSchema.safeParse("1850-01-01").error?.issues[0]?.message).toBe("Check the year of birth.");
  });
});

describe("updateContactInput", () => {
  it("allows clearing phone and date of birth", () => {
    expect(updateContactInput.parse({ name: "Alex", phone: null, dateOfBirth: null })).toEqual({ name: "Alex", phone: null, dateOfBirth: null });
  });
});
