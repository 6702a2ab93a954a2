import { router } from "../../trpc";
import { bySlug } from "./by-slug";
import { list } from "./list";

export const articlesRouter = router({ list, bySlug });
