import { router } from "../../trpc";
import { approve } from "./approve";
import { archive } from "./archive";
import { create } from "./create";
import { get } from "./get";
import { importDraft } from "./import-draft";
import { list } from "./list";
import { restore } from "./restore";
import { reviewsDue } from "./reviews-due";
import { save } from "./save";
import { sendBack } from "./send-back";
import { submit } from "./submit";
import { uploadImage } from "../media/upload-image";
import { staffImage } from "../media/original";

/** The health library's editorial side (staff-admin): writing, medical review, revisions. */
export const libraryRouter = router({ list, get, reviewsDue, create, importDraft, save, restore, submit, sendBack, approve, archive, uploadImage, image: staffImage });
