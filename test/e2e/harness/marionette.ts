// A minimal client of Firefox's Marionette protocol (what geckodriver speaks to
// the browser): enough to open a WebDriver session and run scripts in the
// browser's privileged chrome window. The Firefox harness uses it only where
// WebDriver BiDi has no chrome scope (ESR 140; see firefox-launch.ts).
//
// Wire format: each message is `<byte length>:<JSON>`. The browser greets with
// `{ applicationType, marionetteProtocol }`; a command is `[0, id, name, params]`
// and its answer `[1, id, error | null, result | null]`.

import { connect, type Socket } from 'node:net';

interface MarionetteError {
  error: string;
  message: string;
}
type Pending = { resolve(v: unknown): void; reject(e: Error): void };

export class MarionetteClient {
  #buf = Buffer.alloc(0);
  #nextId = 0;
  readonly #pending = new Map<number, Pending>();
  #greeting: Promise<void>;
  #closed: Error | undefined;

  private constructor(private readonly socket: Socket) {
    let greeted: () => void;
    let failed: (e: Error) => void;
    this.#greeting = new Promise<void>((res, rej) => {
      greeted = res;
      failed = rej;
    });
    let first = true;
    socket.on('data', (chunk: Buffer) => {
      this.#buf = Buffer.concat([this.#buf, chunk]);
      for (;;) {
        const colon = this.#buf.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.#buf.subarray(0, colon).toString('ascii'));
        if (this.#buf.length < colon + 1 + length) return;
        const message = JSON.parse(this.#buf.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
        this.#buf = this.#buf.subarray(colon + 1 + length);
        if (first) {
          first = false;
          greeted();
          continue;
        }
        const [, id, error, result] = message as [1, number, MarionetteError | null, unknown];
        const waiter = this.#pending.get(id);
        this.#pending.delete(id);
        if (!waiter) continue;
        if (error) waiter.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
        else waiter.resolve(result);
      }
    });
    const end = (e: Error) => {
      this.#closed = e;
      failed(e);
      for (const w of this.#pending.values()) w.reject(e);
      this.#pending.clear();
    };
    socket.on('error', end);
    socket.on('close', () => end(new Error('Marionette: the connection closed')));
  }

  /** Connects to Marionette on 127.0.0.1:`port` and waits for its greeting. */
  static async connect(port: number): Promise<MarionetteClient> {
    const socket = connect(port, '127.0.0.1');
    const client = new MarionetteClient(socket);
    await client.#greeting;
    return client;
  }

  send<T>(name: string, params: object = {}): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closed);
    const id = ++this.#nextId;
    const body = JSON.stringify([0, id, name, params]);
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * Runs `fnSource(arg)` in the chrome context of the browser window
 * (browser.xhtml): the same job as the harness's BiDi chrome-scope call.
 * Marionette awaits a returned promise. Each of its chrome scripts runs in a
 * fresh sandbox over the window, so `globalThis` is bound to the window itself,
 * as in the BiDi chrome scope: state put there lasts from one call to the next.
 */
export async function marionetteChromeEval(m: MarionetteClient, fnSource: string, arg: unknown, nameShim: string): Promise<unknown> {
  const script = `const __argJson = arguments[0]; return ((globalThis) => (async () => { ${nameShim} const r = await (${fnSource})(JSON.parse(__argJson)); return JSON.stringify(r === undefined ? null : r); })())(window);`;
  const { value } = await m.send<{ value: string }>('WebDriver:ExecuteScript', { script, args: [JSON.stringify(arg ?? null)] });
  return JSON.parse(value);
}
