import { z } from "zod";
import { listLocations } from "@clinic/db/queries/clinic";
import { publicProcedure } from "../../trpc";
import { locationDto } from "./dto";

export const list = publicProcedure
  .input(z.void())
  .output(z.array(locationDto))
  .query(({ ctx }) => listLocations(ctx.db));
