// The embedded PostgreSQL's server: PGlite (PostgreSQL in WebAssembly, one database session) behind
// a TCP port that speaks the wire protocol, so the app, the migration runner and the tests use the
// same `pg` driver as on PostgreSQL.   npm run db:embedded -- --db=.data/pglite --port=5433
//
// Any number of clients may connect, but the one session belongs to one client at a time: from its
// first message until the session is idle again (ReadyForQuery "I": past its Sync, outside any
// transaction). Statements and transactions of different clients therefore never interleave; they
// wait their turn. (pglite-socket's own multiplexer queues single protocol messages, so one client's
// Bind could land on another's Parse, one's ROLLBACK undo another's writes.) What a session carries
// between transactions is per client too: the settings a client made (search_path from its startup
// options or its own SET) are saved when it hands the session over and restored when it is back.
import net from "node:net";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const TERMINATE = 0x58; // 'X'

type Setting = readonly [name: string, value: string];

class Client {
  static next = 1;
  readonly id = Client.next++;
  buffer: Buffer = Buffer.alloc(0);
  started = false;
  closed = false;
  readonly pending: Buffer[] = [];
  /** Session settings to restore when this client has the session again. */
  settings: Setting[] = [];
  constructor(readonly socket: net.Socket) {}
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `-c name=value` and `--name=value` pairs from a startup packet's `options`, as PostgreSQL reads them. */
function startupSettings(options: string | undefined): Setting[] {
  if (!options) return [];
  const settings: Setting[] = [];
  const tokens = options.trim().split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const pair = token === "-c" ? tokens[++i] : token.startsWith("--") ? token.slice(2) : undefined;
    const eq = pair?.indexOf("=") ?? -1;
    if (pair && eq > 0) settings.push([pair.slice(0, eq).replaceAll("-", "_"), pair.slice(eq + 1)]);
  }
  return settings;
}

class SessionServer {
  private owner: Client | null = null;
  /** Whose settings the session holds now. */
  private holder: Client | null = null;
  private readonly queue: Client[] = [];
  private pumping = false;
  private readonly clients = new Set<Client>();
  readonly server = net.createServer((socket) => this.accept(socket));

  constructor(
    private readonly db: PGlite,
    private readonly log: (line: string) => void = () => {},
  ) {}

  private accept(socket: net.Socket) {
    const client = new Client(socket);
    this.clients.add(client);
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.receive(client, chunk));
    socket.on("error", () => this.drop(client));
    socket.on("close", () => this.drop(client));
  }

  private receive(client: Client, chunk: Buffer) {
    if (client.closed) return;
    client.buffer = client.buffer.length ? Buffer.concat([client.buffer, chunk]) : chunk;
    while (client.buffer.length >= 5) {
      let length: number;
      if (!client.started) {
        // Startup-phase packets have no type byte: int32 length, int32 code.
        if (client.buffer.length < 8) break;
        length = client.buffer.readInt32BE(0);
        if (client.buffer.length < length) break;
        const code = client.buffer.readInt32BE(4);
        const packet = client.buffer.subarray(0, length);
        client.buffer = client.buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          client.socket.write("N"); // no encryption on loopback; the client goes on in plain text
          continue;
        }
        if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
          client.socket.destroy(); // cancelling a running statement is not supported
          return;
        }
        client.started = true;
        client.settings = startupSettings(startupParameters(packet).options);
        client.pending.push(Buffer.from(packet));
      } else {
        length = 1 + client.buffer.readInt32BE(1);
        if (client.buffer.length < length) break;
        client.pending.push(Buffer.from(client.buffer.subarray(0, length)));
        client.buffer = client.buffer.subarray(length);
      }
    }
    if (client.pending.length && client !== this.owner && !this.queue.includes(client))
      this.queue.push(client);
    void this.pump();
  }

  private drop(client: Client) {
    if (client.closed) return;
    client.closed = true;
    client.pending.length = 0;
    this.clients.delete(client);
    const queued = this.queue.indexOf(client);
    if (queued >= 0) this.queue.splice(queued, 1);
    client.socket.destroy();
    void this.pump(); // an owner that left is cleaned up there, between two messages
  }

  /** Runs queued messages, one client's turn at a time. Only one pump runs at once. */
  private async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const owner = this.owner;
        if (owner?.closed) {
          await this.abandon();
          continue;
        }
        if (!owner) {
          const next = this.queue.shift();
          if (!next) return;
          if (next.closed || !next.pending.length) continue;
          await this.switchTo(next);
          this.owner = next;
          continue;
        }
        const message = owner.pending.shift();
        if (!message) return; // mid-transaction: wait for the owner's next message
        if (message[0] === TERMINATE && owner.started) {
          this.drop(owner);
          continue;
        }
        let reply: Uint8Array;
        try {
          reply = await this.db.execProtocolRaw(message);
        } catch (error) {
          this.log(`client ${owner.id}: ${error instanceof Error ? error.message : String(error)}`);
          this.drop(owner);
          continue;
        }
        if (reply.length && owner.socket.writable) owner.socket.write(reply);
        if (endsIdle(reply)) {
          this.owner = null;
          if (owner.pending.length) this.queue.push(owner);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /** The owner went away mid-turn: end its half-sent protocol exchange and its transaction. */
  private async abandon() {
    try {
      await this.db.execProtocolRaw(SYNC);
      if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    } catch (error) {
      this.log(`cleaning up: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.owner = null;
  }

  /** Keeps the previous client's settings, gives the session the next client's. */
  private async switchTo(next: Client) {
    if (this.holder === next) return;
    const previous = this.holder;
    this.holder = next;
    const [current] = await this.db.exec(
      "SELECT name, setting FROM pg_settings WHERE source = 'session' ORDER BY name",
    );
    const now = (current?.rows ?? []).map(
      (r) => [String(r.name), String(r.setting)] as const,
    ) as Setting[];
    if (previous && !previous.closed) previous.settings = now;
    const same =
      now.length === next.settings.length &&
      now.every(([n, v], i) => next.settings[i]?.[0] === n && next.settings[i]?.[1] === v);
    if (same) return;
    const sets = next.settings.map(
      ([n, v]) => `SELECT set_config(${literal(n)}, ${literal(v)}, false);`,
    );
    try {
      await this.db.exec(["RESET ALL;", ...sets].join("\n"));
    } catch (error) {
      this.log(`client ${next.id}: settings not applied (${(error as Error).message})`);
    }
    // Sorted as pg_settings lists them, so the next comparison is exact.
    next.settings = [...next.settings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve());
    });
  }

  async close(): Promise<void> {
    for (const client of this.clients) client.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function startupParameters(packet: Buffer): Record<string, string> {
  const parts = packet.subarray(8).toString("utf8").split("\0");
  const params: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2)
    if (parts[i]) params[parts[i] as string] = parts[i + 1] ?? "";
  return params;
}

/** Whether a reply ends with ReadyForQuery and the session idle (not in a transaction). */
function endsIdle(reply: Uint8Array): boolean {
  const n = reply.length;
  return (
    n >= 6 &&
    reply[n - 6] === READY_FOR_QUERY &&
    reply[n - 5] === 0 &&
    reply[n - 4] === 0 &&
    reply[n - 3] === 0 &&
    reply[n - 2] === 5 &&
    reply[n - 1] === IDLE
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: ".data/pglite" },
      port: { type: "string", default: "5433" },
      host: { type: "string", default: "127.0.0.1" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`--port must be a port number (got "${values.port}")`);
  const db = await PGlite.create(values.db);
  const server = new SessionServer(db, (line) => console.error(`[embedded-db] ${line}`));
  await server.listen(port, values.host);
  console.log(`[embedded-db] PGlite ${values.db} listening on ${values.host}:${port}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await db.close(); // flushes the data directory
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[embedded-db] error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
