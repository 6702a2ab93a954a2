import { router } from "../../trpc";
import { detail } from "./detail";
import { search } from "./search";

export const patientsRouter = router({ search, detail });
