"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type VersionBox = { version: number; setVersion: (version: number) => void };

const ArticleVersion = createContext<VersionBox | null>(null);

/**
 * The article version the page last saw, shared by the editor and the review-step forms: a save bumps
 * it at once, and a refresh of the page brings the server's. Versions only grow, so the newer one wins.
 */
export function ArticleVersionProvider({ initial, children }: { initial: number; children: ReactNode }) {
  const [saved, setVersion] = useState(initial);
  const version = Math.max(saved, initial);
  return <ArticleVersion.Provider value={{ version, setVersion }}>{children}</ArticleVersion.Provider>;
}

export function useArticleVersion(fallback: number | undefined): VersionBox {
  const box = useContext(ArticleVersion);
  return box ?? { version: fallback ?? 0, setVersion: () => undefined };
}
