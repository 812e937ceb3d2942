import { once } from 'node:events';
import { Client } from 'pg';
import { from as copyFrom, CopyStreamQuery } from 'pg-copy-streams';
import { copyLine } from './copy-text';

/** Lines are sent in chunks of about this many characters: one socket write per chunk, not per row. */
const CHUNK_CHARS = 256 * 1024;

/**
 * One table loaded by COPY on a connection of its own, so several tables stream at once while
 * the generator keeps producing rows. The COPY runs in a transaction that first truncates the
 * table, which lets it use FREEZE: rows are written already frozen and all-visible, so nothing
 * rewrites them later (no hint-bit writes, no anti-wraparound vacuum) and index-only scans work
 * at once. The history triggers do not fire (session_replication_role = replica): the
 * generator writes every version itself, to the live table and to `<table>_history`.
 *
 * Memory stays bounded: `write` only buffers, and the caller awaits `flush` regularly, which
 * waits for the socket to drain.
 */
export class CopySink {
  private columns: string[] | null = null;
  private stream: CopyStreamQuery | null = null;
  private pending: string[] = [];
  private pendingChars = 0;
  private failure: Error | null = null;
  rows = 0;

  private constructor(
    private readonly client: Client,
    readonly table: string,
  ) {}

  static async open(url: string, table: string): Promise<CopySink> {
    const client = new Client({ connectionString: url, application_name: `gen-copy-${table}` });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`TRUNCATE "${table}"`);
    return new CopySink(client, table);
  }

  /** Buffers one row; the columns are those of the first row, in its key order. */
  write(row: object): void {
    if (this.columns === null) this.columns = Object.keys(row);
    const line = copyLine(row, this.columns);
    this.pending.push(line);
    this.pendingChars += line.length;
    this.rows++;
  }

  writeAll(rows: readonly object[]): void {
    for (const row of rows) this.write(row);
  }

  /** Sends what is buffered once there is a chunk's worth (or always, with `force`), waiting for the socket. */
  async flush(force = false): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0 || (!force && this.pendingChars < CHUNK_CHARS)) return;
    const stream = this.started();
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    // `once` rejects if the stream errors while we wait.
    if (!stream.write(chunk)) await once(stream, 'drain');
    if (this.failure) throw this.failure;
  }

  /** Ends the COPY and commits; returns the rows loaded. */
  async finish(): Promise<number> {
    try {
      if (this.columns !== null) {
        await this.flush(true);
        const stream = this.started();
        stream.end();
        await once(stream, 'finish');
        if (this.failure) throw this.failure;
      }
      await this.client.query('COMMIT');
      return this.rows;
    } finally {
      await this.client.end();
    }
  }

  /** Gives up: the transaction rolls back with the connection. */
  async abort(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }

  private started(): CopyStreamQuery {
    if (this.stream) return this.stream;
    const columns = (this.columns ?? []).map((c) => `"${c}"`).join(', ');
    const stream = this.client.query(copyFrom(`COPY "${this.table}" (${columns}) FROM STDIN WITH (FREEZE)`));
    stream.on('error', (error: Error) => {
      this.failure = new Error(`COPY into ${this.table} failed: ${error.message}`);
    });
    this.stream = stream;
    return stream;
  }
}
