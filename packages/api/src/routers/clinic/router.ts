import { router } from "../../trpc";
import { info } from "./info";

export const clinicRouter = router({ info });
