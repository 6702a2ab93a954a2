import { z } from "zod";

export const signUpResultDto = z.object({ userId: z.uuid() });
export type SignUpResultDto = z.infer<typeof signUpResultDto>;
