"use client";

import type { PatientRouter } from "@clinic/api/patient-router";
import { createTrpcReact } from "@clinic/ui/trpc-react";

export const { TRPCProvider, useTRPC, useTRPCClient, TRPCReactProvider } = createTrpcReact<PatientRouter>();
