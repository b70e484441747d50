import { azEnums } from "./az-enums";
import type { EnumName, EnumTexts } from "./types";

/**
 * An enum's values in their meaningful order (workflow, ascending level), as written in the Azerbaijani
 * dictionary; the generated code lists them alphabetically.
 */
export function enumValues<Name extends EnumName>(name: Name): (keyof EnumTexts[Name] & string)[] {
  return Object.keys(azEnums[name]) as (keyof EnumTexts[Name] & string)[];
}
