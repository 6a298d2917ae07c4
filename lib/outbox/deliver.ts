import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress, literalPrivateHost } from './private-addresses';

export interface DeliveryRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}

/** What one attempt came to: the receiver's status (null when it never answered), how long it took, and why it failed. */
export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** The most of a receiver's answer we read: its body is not used, only drained so the socket closes cleanly. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** Resolves as usual, then refuses private addresses: the check is on the address the socket dials, after DNS. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((address) => isPrivateAddress(address.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.address}, a private address webhooks may not reach`), { code: 'EPRIVATE' }), '', 0);
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/**
 * POSTs one delivery. Never throws: a refusal, a timeout or a reset is an attempt with an error. Redirects
 * are not followed (a 3xx is a failure), so a receiver cannot bounce the request somewhere we would not send it.
 * The timeout covers the whole exchange, so a receiver that accepts and then hangs cannot hold a worker slot.
 */
export function deliver(request: DeliveryRequest): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, durationMs: elapsed(), error });
    };
    const url = new URL(request.url);
    const literal = request.allowPrivateNetworks ? null : literalPrivateHost(url);
    if (literal) {
      resolve({ statusCode: null, durationMs: 0, error: `${literal} is a private address webhooks may not reach` });
      return;
    }
    const options: RequestOptions = {
      method: 'POST',
      headers: { ...request.headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(request.body), 'User-Agent': 'Musings-Webhooks/1' },
      ...(request.allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }),
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(url, options, (response) => {
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) response.destroy();
      });
      const status = response.statusCode ?? null;
      const answered = () => finish(status, status !== null && status >= 200 && status < 300 ? null : `The receiver answered HTTP ${status}`);
      response.on('end', answered);
      response.on('close', answered);
      response.on('error', answered);
    });
    const timer = setTimeout(() => {
      finish(null, `No answer within ${request.timeoutMs / 1000} s`);
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message));
    outgoing.end(request.body);
  });
}
