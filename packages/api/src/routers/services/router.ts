import { router } from "../../trpc";
import { list } from "./list";

export const servicesRouter = router({ list });
