import type { DataSource } from "typeorm";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../../../shared/src/subgraph/connection";
import { MlaRequest } from "./mla-request";

export class MlaRequestService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; the cursor is (created_at, id) so equal timestamps still page deterministically. */
  async list(first: number | undefined, after: string | undefined): Promise<Connection<MlaRequest>> {
    const size = pageSize(first);
    const repository = this.dataSource.getRepository(MlaRequest);
    const query = repository
      .createQueryBuilder("r")
      .orderBy("r.created_at", "DESC")
      .addOrderBy("r.id", "DESC")
      .take(size + 1);
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      query.where("(r.created_at, r.id) < (:createdAt::timestamptz, :id::uuid)", { createdAt, id });
    }
    const [nodes, totalCount] = await Promise.all([query.getMany(), repository.count()]);
    return toConnection(nodes, size, {
      hasPreviousPage: Boolean(after),
      totalCount,
      position: (r) => [r.createdAt.toISOString(), r.id],
    });
  }
}
