import { ApiError, type GraphQLErrorBody } from "./api-error";
import { credentialHeaders, type Credential } from "./credential";

/**
 * Saves bytes the page holds as a file: an <a download> pointing at an object URL. A download is not a
 * fetch, an image or a frame, so the strict CSP needs no `blob:` for it (gateway/src/console.ts).
 */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of `Content-Disposition` (RFC 6266: `filename*` in UTF-8 first, then `filename`). */
export function dispositionFileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: fall back to the ASCII one.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

const STATUS_CODES: Record<number, string> = { 400: "BAD_USER_INPUT", 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND", 422: "BAD_USER_INPUT" };

/**
 * A document route's file (`GET /documents/…`, `/import/:kind/template`), asked with the console's credential
 * (a plain link could not send the Bearer header) and saved under the name the server gives. A refusal is an
 * ApiError carrying the route's `{ errors: [...] }`, so a letter's missing items reach the page.
 */
export async function downloadDocument(path: string, credential: Credential | null, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { headers: credentialHeaders(credential) });
  } catch {
    throw new ApiError([{ message: "network", extensions: { code: "NETWORK" } }], 0);
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { errors?: GraphQLErrorBody[]; error?: string; message?: string } | null;
    const code = STATUS_CODES[response.status] ?? "INTERNAL_SERVER_ERROR";
    const errors = answer?.errors?.length ? answer.errors : [{ message: answer?.message ?? `HTTP ${response.status}`, extensions: { code } }];
    throw new ApiError(errors, response.status);
  }
  const fileName = dispositionFileName(response.headers.get("content-disposition")) ?? fallbackName;
  saveFile(fileName, await response.blob());
  return fileName;
}
