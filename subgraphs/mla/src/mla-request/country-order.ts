import type { SubgraphContext } from "#shared/subgraph/context";
import { Lang, MlaRequestOrderField, type MlaRequestOrder } from "./mla-request.order";

/** Per GraphQL request (its context) and language: every agreement on a page sorts by the same names. */
const asked = new WeakMap<object, Map<Lang, Promise<string[]>>>();

/**
 * For an order by country: the countries' codes sorted by their names in the order's language. The names
 * belong to the agreements subgraph, so it is asked (once per request and language); the list then sorts by
 * each request's position in this list, and codes the hub does not know come last.
 */
export function countryOrderFor(context: SubgraphContext, order: MlaRequestOrder | null | undefined): Promise<string[] | undefined> {
  if (order?.field !== MlaRequestOrderField.COUNTRY) return Promise.resolve(undefined);
  const lang = order.lang ?? Lang.AZ;
  const byLang = asked.get(context) ?? new Map<Lang, Promise<string[]>>();
  asked.set(context, byLang);
  let codes = byLang.get(lang);
  if (!codes) {
    codes = context.peers
      .query<{ countries: { code: string; name: string }[] }>("agreements", `query CountryNames($lang: Lang!) { countries { code name(lang: $lang) } }`, { lang })
      .then(({ countries }) => {
        const collator = new Intl.Collator(lang.toLowerCase());
        return countries.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code)).map((c) => c.code);
      });
    byLang.set(lang, codes);
  }
  return codes;
}
