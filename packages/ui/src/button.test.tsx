import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button, buttonClasses } from "./button";
import { cn } from "./cn";

afterEach(cleanup);

describe("Button", () => {
  it("is a non-submitting button unless asked", () => {
    render(<Button>Save</Button>);
    expect(screen.getByRole("button", { name: "Save" }).getAttribute("type")).toBe("button");
  });

  it("while loading is disabled, aria-busy and ignores clicks", () => {
    const onClick = vi.fn();
    render(
      <Button type="submit" loading onClick={onClick}>
        Save changes
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Save changes" });
    expect(button).toHaveProperty("disabled", true);
    expect(button.getAttribute("aria-busy")).toBe("true");
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it("lets a caller's class override the default padding", () => {
    render(<Button className="px-9">Go</Button>);
    const classes = screen.getByRole("button").className.split(" ");
    expect(classes).toContain("px-9");
    expect(classes).not.toContain("px-4");
  });
});

describe("buttonClasses", () => {
  it("styles links as buttons with a visible focus ring", () => {
    expect(buttonClasses({ variant: "secondary", size: "lg" })).toContain("focus-visible:outline-2");
    expect(buttonClasses()).toContain("bg-brand-700");
  });

  it("needs no class merging: every variant and size joins to what tailwind-merge would keep", () => {
    for (const variant of ["primary", "secondary", "ghost", "danger"] as const) {
      for (const size of ["sm", "md", "lg"] as const) {
        const joined = buttonClasses({ variant, size });
        expect(cn(joined)).toBe(joined);
      }
    }
  });
});
