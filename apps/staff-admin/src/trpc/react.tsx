"use client";

import type { StaffRouter } from "@clinic/api/staff-router";
import { createTrpcReact } from "@clinic/ui/trpc-react";

export const { TRPCProvider, useTRPC, useTRPCClient, TRPCReactProvider } = createTrpcReact<StaffRouter>();
