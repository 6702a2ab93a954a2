import { router } from "../../trpc";
import { create } from "./create";
import { detail } from "./detail";
import { search } from "./search";
import { updateContact } from "./update-contact";

export const patientsRouter = router({ search, detail, create, updateContact });
