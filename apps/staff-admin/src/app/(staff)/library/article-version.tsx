"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type VersionBox = { version: number; setVersion: (version: number) => void };

const ArticleVersion = createContext<VersionBox | null>(null);

/**
 * The article version the page last saw, shared by the editor and the review-step forms: an autosave
 * bumps it without reloading the page, and the next step must post the new one (or be refused as stale).
 * The page keys this by the server's version, so a step that reloads the page starts it afresh.
 */
export function ArticleVersionProvider({ initial, children }: { initial: number; children: ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <ArticleVersion.Provider value={{ version, setVersion }}>{children}</ArticleVersion.Provider>;
}

export function useArticleVersion(fallback: number | undefined): VersionBox {
  const box = useContext(ArticleVersion);
  return box ?? { version: fallback ?? 0, setVersion: () => undefined };
}
