import pg from "pg";

/**
 * The raw database floor: `connections` connections insert non-overlapping appointments (checked
 * by both exclusion constraints) as fast as they can for `seconds`, each statement on its own.
 * Uses days far beyond the booking horizon so it does not touch what the HTTP phases book.
 */
export async function constraintCheckedInsertRate(
  url: string,
  fixture: { patientIds: string[]; providerIds: string[]; serviceId: string; locationId: string },
  options: { connections: number; seconds: number },
): Promise<{ inserted: number; seconds: number; perSecond: number }> {
  const pool = new pg.Pool({ connectionString: url, max: options.connections });
  const base = Date.parse("2040-01-02T14:00:00Z");
  let inserted = 0;
  try {
    const clients = await Promise.all(Array.from({ length: options.connections }, () => pool.connect()));
    const started = performance.now();
    const deadline = started + options.seconds * 1000;
    await Promise.all(
      clients.map(async (client, worker) => {
        // Each worker has its own provider and patient, and walks forward in 30-minute steps.
        const providerId = fixture.providerIds[worker % fixture.providerIds.length]!;
        const patientId = fixture.patientIds[worker]!; // one patient per connection: no patient overlap
        const lane = Math.floor(worker / fixture.providerIds.length);
        for (let i = 0; performance.now() < deadline; i++) {
          const startsAt = new Date(base + (lane * 1_000_000 + i) * 30 * 60_000);
          const result = await client.query({
            name: "floor_insert",
            text: `insert into appointments (patient_id, provider_id, service_id, location_id, starts_at, ends_at)
                   values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
            values: [patientId, providerId, fixture.serviceId, fixture.locationId, startsAt, new Date(startsAt.getTime() + 30 * 60_000)],
          });
          inserted += result.rowCount ?? 0;
        }
      }),
    ).finally(() => clients.forEach((client) => client.release()));
    const seconds = (performance.now() - started) / 1000;
    return { inserted, seconds, perSecond: inserted / seconds };
  } finally {
    await pool.end();
  }
}
