// Sends fuzz requests to a real server over HTTP and sorts the answers: any 5xx is a crash, a
// request without an answer in time is a hang, a dropped connection is an error.
import { Agent, request } from 'node:http';
import { type FuzzRequest, fuzzRequests, operationsOf } from './fuzz-requests.ts';

export interface FuzzReport {
  inputs: number;
  statuses: Record<number, number>;
  /** Requests answered with a 5xx. */
  crashes: string[];
  /** Requests not answered within the deadline. */
  hangs: string[];
  /** Requests whose connection failed. */
  errors: string[];
  /** Answers a browser could run: markup that echoes the request, or no `nosniff`. */
  injections: string[];
}

export type Outcome =
  | { status: number; type: string; nosniff: boolean; body: string }
  | { hang: true }
  | { error: string };

/** Sends one request and reads its whole answer, giving up after `timeoutMs`. */
export function send(
  origin: string,
  req: FuzzRequest,
  agent: Agent,
  timeoutMs = 10_000,
): Promise<Outcome> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      outgoing.destroy();
      resolve({ hang: true });
    }, timeoutMs);
    const outgoing = request(
      { hostname, port, method: req.method, path: req.path, headers: req.headers, agent },
      (res) => {
        const type = String(res.headers['content-type'] ?? '');
        // Only markup is kept: it is what a browser could run.
        const keep = !type.startsWith('application/json');
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => {
          if (keep && body.length < 1_000_000) body += chunk;
        });
        res.on('end', () => {
          clearTimeout(timer);
          const nosniff = res.headers['x-content-type-options'] === 'nosniff';
          resolve({ status: res.statusCode ?? 0, type, nosniff, body });
        });
        res.on('error', (error) => {
          clearTimeout(timer);
          resolve({ error: error.message });
        });
      },
    );
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    outgoing.end();
  });
}

/** Ids of each resource the server holds, so valid requests can name real records. */
async function idsOf(origin: string): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const resource of ['posts', 'talks', 'speakers', 'events']) {
    const res = await fetch(`${origin}/api/${resource}?limit=100&fields=id`);
    const body = (await res.json()) as { data: { id: string }[] };
    ids[resource] = body.data.map((r) => r.id);
  }
  return ids;
}

/** Sends `count` fuzz requests, `concurrency` at a time, and reports what came back. */
export async function runFuzz(
  origin: string,
  options: { count: number; seed: number; concurrency?: number; timeoutMs?: number },
): Promise<FuzzReport> {
  const document = (await (await fetch(`${origin}/api/openapi.json`)).json()) as Record<
    string,
    unknown
  >;
  const operations = operationsOf(document, await idsOf(origin));
  const requests = fuzzRequests(operations, options.count, options.seed);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency ?? 8 });
  const report: FuzzReport = {
    inputs: 0,
    statuses: {},
    crashes: [],
    hangs: [],
    errors: [],
    injections: [],
  };
  const worker = async () => {
    for (let item = requests.next(); !item.done; item = requests.next()) {
      const req = item.value;
      const outcome = await send(origin, req, agent, options.timeoutMs);
      report.inputs++;
      const label = `${req.method} ${req.path.slice(0, 200)} ${JSON.stringify(req.headers)}`;
      if ('status' in outcome) {
        report.statuses[outcome.status] = (report.statuses[outcome.status] ?? 0) + 1;
        if (outcome.status >= 500 || outcome.status < 200)
          report.crashes.push(`${outcome.status} ${label}`);
        const problem = injectionIn(req, outcome);
        if (problem) report.injections.push(`${problem}: ${label}`);
      } else if ('hang' in outcome) report.hangs.push(label);
      else report.errors.push(`${outcome.error} ${label}`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  agent.destroy();
  return report;
}

/**
 * Whether an answer could carry a payload into a browser: a body other than JSON must be the
 * API's own (the reference page, its assets), never echo the request's path or query, and every
 * answer must forbid content sniffing.
 */
function injectionIn(req: FuzzRequest, outcome: { type: string; nosniff: boolean; body: string }) {
  if (req.method === 'HEAD' || outcome.body === '')
    return outcome.nosniff ? undefined : 'no nosniff';
  if (!outcome.nosniff) return 'no nosniff';
  const query = req.path.includes('?') ? req.path.slice(req.path.indexOf('?') + 1) : '';
  for (const part of [req.path.split('?')[0]!, ...query.split('&')]) {
    let text = part;
    try {
      text = decodeURIComponent(part);
    } catch {
      // Broken percent-encoding: look for it as sent.
    }
    if (/[<>"']/.test(text) && outcome.body.includes(text)) return `echoed ${text.slice(0, 60)}`;
  }
  return undefined;
}
