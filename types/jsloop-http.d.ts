// Type declarations for jsloop's built-in module 'jsloop:http' (bindings/httpserver):
// an HTTP server with the shape of Deno.serve. The handler gets a web Request and
// returns a Response (or a promise of one). Admission and load shedding happen in Go,
// before a request reaches the event loop. See docs/http.md.

declare module 'jsloop:http' {
  /** Where a server listens, or where a client connected from. */
  interface NetAddr {
    transport: 'tcp';
    hostname: string;
    port: number;
  }

  /** The second argument of a handler. */
  interface ServeHandlerInfo {
    /** The client's address. */
    readonly remoteAddr: NetAddr;
    /** Resolves when the response has been sent in full; rejects if it could not be. */
    readonly completed: Promise<void>;
  }

  type ServeHandler = (request: Request, info: ServeHandlerInfo) => Response | Promise<Response>;

  interface ServeOptions {
    /** The port to listen on; 0 picks a free one. Default 8000. */
    port?: number;
    /** The address to listen on. Default '0.0.0.0'. */
    hostname?: string;
    /** Aborting it shuts the server down gracefully, as shutdown() does. */
    signal?: AbortSignal;
    /**
     * At most this many requests are handled at once (from the moment they reach the
     * loop until their response is complete). 0 or absent: no limit.
     */
    maxInFlight?: number;
    /**
     * With maxInFlight set, at most this many more requests wait for a turn; any other
     * is answered 503 Service Unavailable with Retry-After, by Go, without reaching
     * the loop. Default: maxInFlight.
     */
    maxQueue?: number;
    /** The Retry-After of a shed request, in seconds. Default 1. */
    retryAfter?: number;
    /**
     * Gives the response of a request whose handler threw or rejected (or returned
     * something else than a Response). Default: the error is printed on stderr and the
     * client gets 500 Internal Server Error.
     */
    onError?: (error: unknown) => Response | Promise<Response>;
    /**
     * Called once the server listens. Default: "Listening on http://host:port/" is
     * printed on stderr; pass `onListen() {}` to print nothing.
     */
    onListen?: ((addr: NetAddr) => void) | null;
    /** The handler, when it is not given as the second argument. */
    handler?: ServeHandler;
  }

  /** What admission sees now (jsloop only). */
  interface ServeStats {
    inFlight: number;
    queued: number;
    /** Requests answered 503 by admission so far. */
    shed: number;
  }

  class HttpServer {
    private constructor();
    readonly addr: NetAddr;
    /** Resolves when the server has shut down. */
    readonly finished: Promise<void>;
    /**
     * Stops listening at once, lets the requests in flight finish, and resolves when
     * they have (the same promise as finished).
     */
    shutdown(): Promise<void>;
    /** The server keeps the process alive (the default). */
    ref(): void;
    /** The server no longer keeps the process alive by itself. */
    unref(): void;
    readonly stats: ServeStats;
    [Symbol.asyncDispose](): Promise<void>;
  }

  function serve(handler: ServeHandler): HttpServer;
  function serve(options: ServeOptions, handler: ServeHandler): HttpServer;
  function serve(options: ServeOptions & { handler: ServeHandler }): HttpServer;
}
