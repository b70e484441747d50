import { useEffect, useState } from "react";

/** The console's place: #/<segments>?<params>. Hash routes keep the gateway's routes to "/" alone. */
export interface Route {
  segments: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  return { segments: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** A link to a page: href("mla", id) or href(["mla"], { status: "SENT" }). Empty params are left out. */
export function href(path: string | string[], params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const segments = (Array.isArray(path) ? path : [path]).map(encodeURIComponent).join("/");
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== "" && value !== false) query.set(key, String(value));
  const text = query.toString();
  return `#/${segments}${text ? `?${text}` : ""}`;
}

export function navigate(target: string): void {
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = target;
}

export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return parseRoute(hash);
}
