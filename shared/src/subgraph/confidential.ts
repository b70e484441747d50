import { Authorized, Extensions } from "type-graphql";

/**
 * Marks a field as confidential: victim-identifying data, internal notes, officers' names (Criminal Code
 * art. 316-1 makes disclosing a victim's data a crime). Only staff roles may read it; the subgraph itself
 * enforces this, whatever the gateway does, and `extensions.confidential` lets tests and tools find every
 * such field. A confidential field must be nullable, so a refused read does not take its parent with it.
 */
export function Confidential(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    Authorized("viewer")(target, key as string);
    Extensions({ confidential: true })(target, key as string);
  };
}
