import { router } from "../../trpc";
import { list } from "./list";

export const locationsRouter = router({ list });
