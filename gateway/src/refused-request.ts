import { GraphQLError } from "graphql";

/** A request refused before GraphQL runs: its HTTP status, and a GraphQL error with its code for the body. */
export class RefusedRequest extends GraphQLError {
  constructor(readonly status: number, message: string, code: string) {
    super(message, { extensions: { code } });
  }
}
