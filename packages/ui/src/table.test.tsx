import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Table, TBody, TD, TH, THead, TR } from "./table";

afterEach(cleanup);

function Roster({ stacked }: { stacked?: boolean }) {
  return (
    <Table stacked={stacked}>
      <THead>
        <TR>
          <TH>Name</TH>
          <TH>Status</TH>
        </TR>
      </THead>
      <TBody>
        <TR>
          <TD>Dana Reyes</TD>
          <TD label="Status">Active</TD>
        </TR>
      </TBody>
    </Table>
  );
}

describe("Table", () => {
  it("shows a cell's label to sighted readers only: the cell is still named by its content", () => {
    render(<Roster stacked />);
    const cell = screen.getByRole("cell", { name: "Active" });
    const label = cell.querySelector("[data-cell-label]");
    expect(label?.textContent).toBe("Status");
    expect(label?.getAttribute("aria-hidden")).toBe("true");
    expect(screen.getByRole("columnheader", { name: "Status" })).toBeTruthy();
  });

  it("reflows rows into blocks on phones only when asked", () => {
    render(<Roster />);
    expect(screen.getByRole("table").className).not.toContain("max-md:block");
    cleanup();
    render(<Roster stacked />);
    expect(screen.getByRole("table").className).toContain("max-md:block");
  });
});
