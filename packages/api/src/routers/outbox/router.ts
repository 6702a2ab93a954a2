import { router } from "../../trpc";
import { list } from "./list";

export const outboxRouter = router({ list });
