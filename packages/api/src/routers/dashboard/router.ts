import { router } from "../../trpc";
import { summary } from "./summary";

export const dashboardRouter = router({ summary });
