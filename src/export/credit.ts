/**
 * The export's credit line: the project's public name and where its method and sources are
 * documented, so that a reader of a newspaper can follow it (issue #11). The address is the
 * publisher's to set (the Export panel's field, `npm run snapshot --credit-url`); by default it
 * is the page's own address with `#about`, the app's About page. Pure.
 */
import { msg } from '../text/i18n';

/** The longest address the credit takes, in characters: it is set in one or two lines of small text. */
export const MAX_CREDIT_URL_LENGTH = 300;

/** Why an address cannot be printed as the credit's link, or null. Only http(s) addresses, without spaces. */
export function creditUrlProblem(url: string): string | null {
  const t = msg().exportImage;
  if (url.length > MAX_CREDIT_URL_LENGTH) return t.creditTooLong(url.length, MAX_CREDIT_URL_LENGTH);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return t.creditNotAddress(url.slice(0, 80));
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return t.creditProtocol(u.protocol);
  if (/\s/.test(url)) return t.creditSpaces;
  return null;
}

/**
 * The default address of the method: the page's own, with `#about` instead of its hash. Null
 * for a page served from this machine (the snapshot command's preview server), whose address
 * means nothing to a reader.
 */
export function defaultCreditUrl(href: string): string | null {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(u.hostname)) return null;
  u.hash = 'about';
  return u.toString();
}

/** The credit line: "Made with swapmap. Method & sources: URL" (or, with no address, where to look). */
export function creditLine(url: string | null): string {
  const c = msg().credit;
  return url ? msg().exportImage.credit(c.project, c.method, url) : msg().exportImage.creditNoUrl(c.project, c.methodNoUrl);
}
