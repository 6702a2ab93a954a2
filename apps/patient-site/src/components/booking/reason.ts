/** Reasons (for a visit or for cancelling) are short notes; the API refuses longer ones with the same limit. */
export const REASON_MAX_LENGTH = 500;
