import { buttonClasses, Button } from "@clinic/ui/button";
import { Input } from "@clinic/ui/input";
import Link from "next/link";

/** A GET form, so the chosen day is in the URL (linkable) and it works without JavaScript. */
export function DayPicker({ value, showTodayLink }: { value: string | undefined; showTodayLink: boolean }) {
  return (
    <form method="get" action="/" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="dashboard-date" className="text-sm font-medium">
          Day
        </label>
        <Input id="dashboard-date" name="date" type="date" defaultValue={value} required className="w-auto" />
      </div>
      <Button type="submit" variant="secondary">
        Show day
      </Button>
      {showTodayLink ? (
        <Link href="/" className={buttonClasses({ variant: "ghost" })}>
          Today
        </Link>
      ) : null}
    </form>
  );
}
