/**
 * Which site an address belongs to, for deciding whether a page may speak for another address: a
 * page's canonical link is believed only when it points into the page's own site, else any page
 * could overwrite another article's record by claiming its address.
 */
import { getDomain } from 'tldts';
import { hostOf } from './url';

/**
 * Publishers that serve one newsroom under registrable domains of their own, each group one site:
 * their pages name the other domain as canonical (BBC News pages on bbc.com point to bbc.co.uk).
 * Kept to publishers whose pages do this; a domain is never added for one page.
 */
export const PUBLISHER_ALIASES: readonly (readonly string[])[] = [
  ['bbc.co.uk', 'bbc.com'],
  ['theguardian.com', 'guardian.co.uk'],
];

const aliasGroupOf = new Map(PUBLISHER_ALIASES.flatMap((group) => group.map((domain) => [domain, group[0] as string] as const)));

/**
 * The site of an http(s) address: its registrable domain by the Public Suffix List (private
 * suffixes included, so two blogs on one hosting domain are two sites), folded into its publisher
 * group; the host itself where there is none (an IP address, `localhost`); null for other addresses.
 */
export function siteOf(address: string): string | null {
  const host = hostOf(address);
  if (host === null) return null;
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host;
  return aliasGroupOf.get(domain) ?? domain;
}

/** Whether two addresses are on the same site (see siteOf); never for an address that is not http(s). */
export function sameSite(address: string, other: string): boolean {
  const site = siteOf(address);
  return site !== null && site === siteOf(other);
}
