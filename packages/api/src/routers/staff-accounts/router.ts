import { router } from "../../trpc";
import { change } from "./change";
import { list } from "./list";

export const staffAccountsRouter = router({ list, change });
