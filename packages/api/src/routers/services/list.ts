import { SERVICE_CATEGORY_LABELS } from "@clinic/domain/clinic/service-category";
import { z } from "zod";
import { listActiveServices } from "@clinic/db/queries/clinic";
import { publicProcedure } from "../../trpc";
import { byCategoryInput, serviceDto } from "./dto";

export const list = publicProcedure
  .input(byCategoryInput)
  .output(z.array(serviceDto))
  .query(async ({ ctx, input }) => {
    const rows = await listActiveServices(ctx.db, input?.category);
    return rows.map((row) => ({ ...row, categoryLabel: SERVICE_CATEGORY_LABELS[row.category] }));
  });
