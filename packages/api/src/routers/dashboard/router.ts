import { router } from "../../trpc";
import { insights } from "./insights";
import { summary } from "./summary";

export const dashboardRouter = router({ summary, insights });
