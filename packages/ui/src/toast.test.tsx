import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToastProvider, useToast } from "./toast";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function SaveButton() {
  const toast = useToast();
  return (
    <>
      <button onClick={() => toast({ title: "Profile saved", tone: "success" })}>save</button>
      <button onClick={() => toast.toast({ title: "Could not save", tone: "error" })}>fail</button>
    </>
  );
}

describe("toast", () => {
  it("announces success politely, errors assertively, and hides success after a while", () => {
    vi.useFakeTimers();
    render(
      <ToastProvider>
        <SaveButton />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByText("save"));
    fireEvent.click(screen.getByText("fail"));

    expect(screen.getByRole("status").textContent).toContain("Profile saved");
    expect(screen.getByRole("alert").textContent).toContain("Could not save");

    act(() => vi.advanceTimersByTime(7000));
    expect(screen.getByRole("status").textContent).not.toContain("Profile saved");
    expect(screen.getByRole("alert").textContent).toContain("Could not save");
  });

  it("refuses to work outside the provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<SaveButton />)).toThrow(/ToastProvider/);
  });
});
