/**
 * Chromium driven by playwright-core: the one `scripts/chromium.ts` finds (CHROMIUM_PATH, the
 * system's, or the npm package's), never a downloaded one.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  const { path, env } = findChromium();
  return chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS], env });
}

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** The HTTP status; undefined when the request failed without a response. */
  status: number | undefined;
  /** Why it failed, e.g. `net::ERR_ABORTED` when a navigation cut it short. */
  failure?: string;
}

/** Records every request a page makes, with the status it got. */
export function recordRequests(page: Page): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  page.on('response', (response) => {
    const request = response.request();
    requests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      status: response.status(),
    });
  });
  page.on('requestfailed', (request) => {
    requests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      status: undefined,
      failure: request.failure()?.errorText ?? 'failed',
    });
  });
  return requests;
}

/** Requests that went wrong: an error status, or a failure other than a navigation cutting it short. */
export function failedRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) =>
    request.status === undefined ? request.failure !== 'net::ERR_ABORTED' : request.status >= 400,
  );
}
