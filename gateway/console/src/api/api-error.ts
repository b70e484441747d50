/** One error of a GraphQL answer, as the hub writes them (README, Security: errors). */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; currentVersion?: number };
}

/** What the console shows for a failed operation: a code it can translate and, for bad input, the field. */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  readonly currentVersion: number | undefined;

  constructor(
    readonly errors: GraphQLErrorBody[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join("; "));
    const first = errors[0]?.extensions;
    this.code = first?.code ?? (status === 0 ? "NETWORK" : "INTERNAL_SERVER_ERROR");
    this.field = first?.field;
    this.currentVersion = first?.currentVersion;
  }

  /** The server's reason without the "input.reference: " prefix it starts with. */
  get reason(): string {
    const message = this.errors[0]?.message ?? "";
    return this.field && message.startsWith(`${this.field}: `) ? message.slice(this.field.length + 2) : message;
  }
}
