import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { UserInputError } from "#shared/errors";
import type { AgreementsContext } from "../loaders";
import { AgreementNameMatch, agreementsByName, CountryNameMatch, countriesByName } from "./name-lookup";

const MAX_NAMES = 1000;

function checkNames(names: string[]): string[] {
  if (names.length > MAX_NAMES) throw new UserInputError("names", `at most ${MAX_NAMES} names at once`);
  names.forEach((name, i) => {
    if (name.length > 500) throw new UserInputError(`names[${i}]`, "must be at most 500 characters");
  });
  return names;
}

/** Names as people write them in spreadsheets, resolved to the records they stand for (used by imports). */
@Resolver()
export class NameLookupResolver {
  @Query(() => [CountryNameMatch], { description: "Countries by ISO code or name in az, en or ru, in the order asked." })
  countriesByName(@Ctx() { db }: AgreementsContext, @Arg("names", () => [String]) names: string[]) {
    return countriesByName(db, checkNames(names));
  }

  @Query(() => [AgreementNameMatch], { description: "Agreements by id, exact title or short name, in the order asked." })
  agreementsByName(@Ctx() { db }: AgreementsContext, @Arg("names", () => [String]) names: string[]) {
    return agreementsByName(db, checkNames(names));
  }
}
