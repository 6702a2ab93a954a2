import { z } from "zod";
import { listActiveProviders } from "@clinic/db/queries/clinic";
import { publicProcedure } from "../../trpc";
import { byCategoryInput } from "../services/dto";
import { providerDto } from "./dto";

export const list = publicProcedure
  .input(byCategoryInput)
  .output(z.array(providerDto))
  .query(({ ctx, input }) => listActiveProviders(ctx.db, input?.category));
