import { TRPCError } from "@trpc/server";
import { getCaller } from "~/trpc/server";

/** A form field as a string, or undefined when absent or empty. */
function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * The viewer's export: a POSTed filter, answered with the CSV as a download. Authorization and the
 * audit event are the procedure's; a cross-site POST is refused before it is asked.
 */
export async function POST(request: Request): Promise<Response> {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return text(403, "Exports start from the audit page.");
  const form = await request.formData();
  const caller = await getCaller();
  try {
    const { filename, csv } = await caller.audit.export({
      patientId: field(form, "patientId"),
      actorUserId: field(form, "actorUserId"),
      action: field(form, "action") as never,
      from: field(form, "from") ?? "",
      to: field(form, "to") ?? "",
    });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = { UNAUTHORIZED: 401, FORBIDDEN: 403, BAD_REQUEST: 400 }[error.code as string] ?? 500;
      return text(status, status === 500 ? "The export failed. Please try again in a moment." : error.message);
    }
    throw error;
  }
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
