import { router } from "../../trpc";
import { bySlug } from "./by-slug";
import { list } from "./list";
import { moved } from "./moved";
import { preview } from "./preview";
import { search } from "./search";

export const articlesRouter = router({ list, bySlug, moved, preview, search });
