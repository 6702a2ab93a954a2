import { router } from "../../trpc";
import { me } from "./me";
import { updateContact } from "./update-contact";

export const profileRouter = router({ me, updateContact });
