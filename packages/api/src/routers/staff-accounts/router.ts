import { router } from "../../trpc";
import { list } from "./list";

export const staffAccountsRouter = router({ list });
