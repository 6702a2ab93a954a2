import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Field, fieldDescribedBy } from "./field";
import { Input } from "./input";

afterEach(cleanup);

describe("Field", () => {
  it("labels the control and wires hint and error ids the caller lists in aria-describedby", () => {
    const error = "Enter a date like 1980-04-23.";
    const hint = "As on your insurance card.";
    render(
      <Field id="dob" label="Date of birth" error={error} hint={hint} required>
        <Input id="dob" invalid aria-describedby={fieldDescribedBy("dob", { error, hint })} />
      </Field>,
    );

    const input = screen.getByLabelText(/Date of birth/);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("dob-hint dob-error");
    expect(document.getElementById("dob-hint")?.textContent).toBe(hint);
    expect(screen.getByRole("alert").id).toBe("dob-error");
    expect(screen.getByRole("alert").textContent).toBe(error);
    expect(screen.getByText("(required)")).toBeTruthy();
  });

  it("renders no error element and no describedby when there is nothing to say", () => {
    render(
      <Field id="phone" label="Phone">
        <Input id="phone" aria-describedby={fieldDescribedBy("phone", {})} />
      </Field>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByLabelText("Phone").hasAttribute("aria-describedby")).toBe(false);
    expect(screen.getByLabelText("Phone").hasAttribute("aria-invalid")).toBe(false);
  });
});

describe("fieldDescribedBy", () => {
  it("lists only the parts that exist", () => {
    expect(fieldDescribedBy("x", { error: "bad" })).toBe("x-error");
    expect(fieldDescribedBy("x", { hint: "tip" })).toBe("x-hint");
    expect(fieldDescribedBy("x", { error: "", hint: undefined })).toBeUndefined();
  });
});
