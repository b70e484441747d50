import { LANGS, type Lang } from "./types";

// The language is remembered per browser (localStorage), unlike the credential, which lives in the tab.
const STORAGE_KEY = "hub.lang";

export function storedLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return (LANGS as readonly string[]).includes(stored ?? "") ? (stored as Lang) : "az";
  } catch {
    return "az";
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page only.
  }
}
