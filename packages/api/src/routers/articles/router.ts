import { router } from "../../trpc";
import { bySlug } from "./by-slug";
import { list } from "./list";
import { moved } from "./moved";
import { search } from "./search";

export const articlesRouter = router({ list, bySlug, moved, search });
