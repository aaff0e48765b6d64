// The addresses a user copies into a calendar program. Safe for client components.

/** NEXTAUTH_URL (the installation's public address) when set, else the address the request came in on. */
export function publicBaseUrl(fallbackOrigin: string, configured: string | undefined = process.env.NEXTAUTH_URL): string {
  return (configured || fallbackOrigin).replace(/\/+$/, '');
}

export function feedUrls(baseUrl: string, token: string): { https: string; webcal: string } {
  const https = `${baseUrl}/api/kalender/${token}.ics`;
  // webcal:// makes Apple Calendar and Outlook offer to subscribe; it means the same address.
  return { https, webcal: https.replace(/^https?:\/\//, 'webcal://') };
}
