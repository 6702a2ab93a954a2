import { router } from "../../trpc";
import { list } from "./list";

export const providersRouter = router({ list });
