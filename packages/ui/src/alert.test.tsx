import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Alert } from "./alert";

afterEach(cleanup);

describe("Alert", () => {
  it("interrupts for errors", () => {
    render(<Alert tone="error" title="We could not save your details" />);
    expect(screen.getByRole("alert").textContent).toContain("We could not save your details");
  });

  it("is a polite status for success", () => {
    render(<Alert tone="success">Saved.</Alert>);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Saved.");
  });
});
