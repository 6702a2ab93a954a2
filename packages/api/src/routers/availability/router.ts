import { router } from "../../trpc";
import { options } from "./options";
import { search } from "./search";

export const availabilityRouter = router({ options, search });
