import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ActiveSessions } from "./active-sessions";

afterEach(cleanup);

const noop = async () => {};

describe("ActiveSessions", () => {
  it("shows times in the clinic's zone and names it, daylight saving included", () => {
    render(
      <ActiveSessions
        sessions={[
          { id: "a", device: "Chrome on macOS", signedInAt: new Date("2026-07-01T15:05:00Z"), lastSeenAt: new Date("2026-12-01T15:05:00Z"), current: true },
        ]}
        endSession={noop}
        endOtherSessions={noop}
      />,
    );
    expect(screen.getByText(/Times are in the clinic's time zone, Central Time \(America\/Chicago\)\./)).toBeTruthy();
    const line = screen.getByText(/Signed in/).textContent ?? "";
    expect(line).toContain("10:05 AM CDT");
    expect(line).toContain("9:05 AM CST");
    expect(line).not.toContain("UTC");
  });
});
