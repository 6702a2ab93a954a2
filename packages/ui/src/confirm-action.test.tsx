import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ConfirmAction } from "./confirm-action";

afterEach(cleanup);

describe("ConfirmAction", () => {
  it("holds the confirming form closed until the first click, then posts the hidden fields with the confirming button", () => {
    render(
      <ConfirmAction label="Disable Dana" consequence="Every session of Dana ends at once." confirmLabel="Yes, disable Dana" action={() => {}}>
        <input type="hidden" name="userId" value="u-1" />
      </ConfirmAction>,
    );
    const details = screen.getByText("Disable Dana").closest("details")!;
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByText("Disable Dana"));
    expect(details.open).toBe(true);
    const confirm = screen.getByRole("button", { name: "Yes, disable Dana" });
    expect(confirm.getAttribute("type")).toBe("submit");
    const form = confirm.closest("form")!;
    expect(new FormData(form).get("userId")).toBe("u-1");
    expect(screen.getByText("Every session of Dana ends at once.")).toBeTruthy();
  });
});
