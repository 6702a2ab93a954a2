import { TRPCError } from "@trpc/server";
import { requireUser } from "~/auth";
import { getCaller } from "~/trpc/server";

// Personal data, read with the session's cookies on every request.
export const dynamic = "force-dynamic";

/** "Physical therapy.ics" would break a header; keep the name to safe characters. */
function attachmentName(filename: string): string {
  const safe = filename.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "");
  return safe.toLowerCase().endsWith(".ics") ? safe : `${safe || "appointment"}.ics`;
}

/**
 * GET /appointments/<id>/calendar: the appointment as an .ics download (appointments.ics, in the
 * location's zone). A signed-out visitor is sent to sign in and back; another patient's id is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/appointments/${encodeURIComponent(id)}/calendar`);
  try {
    const file = await (await getCaller()).appointments.ics({ id });
    return new Response(file.content, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${attachmentName(file.filename)}"`,
        // A patient's appointment: never kept by shared caches.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return new Response("That appointment was not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
