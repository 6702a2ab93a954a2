import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireStaff } from "~/auth";
import { DayPicker } from "~/components/dashboard/day-picker";
import { EditorWelcome } from "~/components/dashboard/editor-welcome";
import { ClinicInsights } from "~/components/dashboard/clinic-insights";
import { LocationDay } from "~/components/dashboard/location-day";
import { ReviewsDue } from "~/components/dashboard/reviews-due";
import { staffMay } from "@clinic/domain/people/staff-permissions";
import { Alert } from "@clinic/ui/alert";
import { PageHeader } from "@clinic/ui/page-header";
import { canSeePatientData } from "~/lib/staff-navigation";
import { parseDashboardDate, type SearchParamValue } from "~/lib/search-params";
import { getCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ date?: SearchParamValue }> }) {
  const user = await requireStaff();
  // The content editor has no patient-data role: no schedule, and no call that would be refused and audited.
  if (!canSeePatientData(user.role)) return <EditorWelcome name={user.name} />;
  // Providers land on their own day.
  if (user.role === "provider") redirect("/calendar");

  const { date, invalid } = parseDashboardDate((await searchParams).date);
  const caller = await getCaller();
  const [summary, insights] = await Promise.all([caller.dashboard.summary(date ? { date } : undefined), caller.dashboard.insights()]);
  const shownDate = date ?? summary.locations[0]?.date;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={date ? "Appointments at each location on the chosen day." : "Today's appointments at each location."}
        actions={<DayPicker value={shownDate} showTodayLink={Boolean(date)} />}
      />
      {invalid ? (
        <Alert tone="warning" className="mb-6">
          That date was not understood, so today is shown. Pick a date with the calendar or type it as YYYY-MM-DD.
        </Alert>
      ) : null}
      <ClinicInsights insights={insights} />
      {staffMay(user.role, "articles.approve") ? <ReviewsDue /> : null}
      <div className="flex flex-col gap-8">
        {summary.locations.map((location) => (
          <LocationDay key={location.id} location={location} />
        ))}
      </div>
    </>
  );
}
