import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Dialog } from "./dialog";

afterEach(cleanup);

describe("Dialog", () => {
  it("is named by its title and asks its owner to close from the close button and from Escape", () => {
    const onClose = vi.fn();
    render(
      <Dialog open onClose={onClose} title="Cancel appointment?">
        <p>This frees the time for another patient.</p>
      </Dialog>,
    );
    const dialog = screen.getByRole("dialog", { hidden: true });
    const titleId = dialog.getAttribute("aria-labelledby");
    expect(titleId && document.getElementById(titleId)?.textContent).toBe("Cancel appointment?");
    expect((dialog as HTMLDialogElement).open).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Close", hidden: true }));
    fireEvent(dialog, new Event("cancel", { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("closes the native dialog when open turns false", () => {
    const { rerender } = render(
      <Dialog open onClose={() => {}} title="Details">
        body
      </Dialog>,
    );
    const dialog = screen.getByRole("dialog", { hidden: true }) as HTMLDialogElement;
    rerender(
      <Dialog open={false} onClose={() => {}} title="Details">
        body
      </Dialog>,
    );
    expect(dialog.open).toBe(false);
  });
});
