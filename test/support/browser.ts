/**
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded: the binary is
 * the system one (`apt-get install chromium`), or `CHROMIUM_PATH` when set.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
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
