import { z } from "zod";
import { passwordSchema } from "./password-policy";

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters for your name.");

/** What a patient gives to create an account (the same schema checks the form and the procedure). */
export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type SignInInput = z.infer<typeof signInInput>;

/** A page of the patient site to continue to after confirming the email (checked for safety by the API). */
export const returnToSchema = z.string().max(2048).optional();

/** Sign-up as the API takes it: the form's fields and where the patient was going (e.g. a booking). */
export const signUpRequest = signUpInput.extend({ returnTo: returnToSchema });

export const passwordResetRequestInput = z.object({ email: emailSchema });

/** The reset page's form: the link's token and the new password (the same policy as sign-up). */
export const passwordResetInput = z.object({ token: z.string().min(1).max(200), password: passwordSchema });

/** Changing one's password while signed in: the current one again, and the new one (sign-up's policy). */
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(1024),
  newPassword: passwordSchema,
});
