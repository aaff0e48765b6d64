// Every server action module and route handler in the app, in one place: the fuzz test
// (testing/security/fuzz.db.test.ts) sends malformed input to each export of each module listed
// here, and testing/security/registry.test.ts fails when a 'use server' file or a route.ts exists
// that is not listed. Adding one is one line: its path, and the import of that same path.
type Module = () => Promise<Record<string, unknown>>;

export const ACTION_MODULES: Record<string, Module> = {
  'app/(app)/admin/brukere/actions.ts': () => import('@/app/(app)/admin/brukere/actions'),
  'app/(app)/admin/diagnostikk/actions.ts': () => import('@/app/(app)/admin/diagnostikk/actions'),
  'app/(app)/admin/valg/actions.ts': () => import('@/app/(app)/admin/valg/actions'),
  'app/(app)/kommune/[kommunenummer]/brukere/actions.ts': () => import('@/app/(app)/kommune/[kommunenummer]/brukere/actions'),
  'app/(app)/profil/actions.ts': () => import('@/app/(app)/profil/actions'),
  'app/(app)/profil/passord/actions.ts': () => import('@/app/(app)/profil/passord/actions'),
  'app/(app)/samarbeid/[id]/actions.ts': () => import('@/app/(app)/samarbeid/[id]/actions'),
  'app/(app)/samarbeid/[id]/avvikling/actions.ts': () => import('@/app/(app)/samarbeid/[id]/avvikling/actions'),
  'app/(app)/samarbeid/[id]/deltakelse/actions.ts': () => import('@/app/(app)/samarbeid/[id]/deltakelse/actions'),
  'app/(app)/samarbeid/[id]/deltakere/actions.ts': () => import('@/app/(app)/samarbeid/[id]/deltakere/actions'),
  'app/(app)/samarbeid/[id]/design/actions.ts': () => import('@/app/(app)/samarbeid/[id]/design/actions'),
  'app/(app)/samarbeid/[id]/evaluering/actions.ts': () => import('@/app/(app)/samarbeid/[id]/evaluering/actions'),
  'app/(app)/samarbeid/[id]/evaluering/invitee-actions.ts': () => import('@/app/(app)/samarbeid/[id]/evaluering/invitee-actions'),
  'app/(app)/samarbeid/[id]/informasjon/actions.ts': () => import('@/app/(app)/samarbeid/[id]/informasjon/actions'),
  'app/(app)/samarbeid/[id]/innramming/actions.ts': () => import('@/app/(app)/samarbeid/[id]/innramming/actions'),
  'app/(app)/samarbeid/[id]/moter/actions.ts': () => import('@/app/(app)/samarbeid/[id]/moter/actions'),
  'app/(app)/samarbeid/[id]/personer/actions.ts': () => import('@/app/(app)/samarbeid/[id]/personer/actions'),
  'app/(app)/samarbeid/[id]/publicity-actions.ts': () => import('@/app/(app)/samarbeid/[id]/publicity-actions'),
  'app/(app)/samarbeid/[id]/sponsor-actions.ts': () => import('@/app/(app)/samarbeid/[id]/sponsor-actions'),
  'app/(app)/samarbeid/[id]/stotte/actions.ts': () => import('@/app/(app)/samarbeid/[id]/stotte/actions'),
  'app/(app)/samarbeid/[id]/vedtak/actions.ts': () => import('@/app/(app)/samarbeid/[id]/vedtak/actions'),
  'app/(app)/samarbeid/[id]/virkemidler/actions.ts': () => import('@/app/(app)/samarbeid/[id]/virkemidler/actions'),
  'app/(app)/samarbeid/importer/actions.ts': () => import('@/app/(app)/samarbeid/importer/actions'),
  'app/(app)/samarbeid/ny/actions.ts': () => import('@/app/(app)/samarbeid/ny/actions'),
  'app/(app)/samarbeid/registrer/actions.ts': () => import('@/app/(app)/samarbeid/registrer/actions'),
  'app/(auth)/glemt-passord/actions.ts': () => import('@/app/(auth)/glemt-passord/actions'),
  'app/(auth)/nytt-passord/actions.ts': () => import('@/app/(auth)/nytt-passord/actions'),
  'app/_components/anchoring/actions.ts': () => import('@/app/_components/anchoring/actions'),
};

export const ROUTE_MODULES: Record<string, Module> = {
  'app/(app)/samarbeid/[id]/evaluering/[rundeId]/rapport.pdf/route.ts': () => import('@/app/(app)/samarbeid/[id]/evaluering/[rundeId]/rapport.pdf/route'),
  'app/(app)/samarbeid/[id]/evaluering/[rundeId]/resultater.csv/route.ts': () => import('@/app/(app)/samarbeid/[id]/evaluering/[rundeId]/resultater.csv/route'),
  'app/(app)/samarbeid/[id]/moter/[moteId]/referat/route.ts': () => import('@/app/(app)/samarbeid/[id]/moter/[moteId]/referat/route'),
  'app/(app)/samarbeid/importer/mal.csv/route.ts': () => import('@/app/(app)/samarbeid/importer/mal.csv/route'),
  'app/(app)/samarbeid/importer/mal.xlsx/route.ts': () => import('@/app/(app)/samarbeid/importer/mal.xlsx/route'),
  'app/(public)/innsyn/kommune/[kommunenummer]/samarbeid.csv/route.ts': () => import('@/app/(public)/innsyn/kommune/[kommunenummer]/samarbeid.csv/route'),
  'app/(public)/innsyn/samarbeid.csv/route.ts': () => import('@/app/(public)/innsyn/samarbeid.csv/route'),
  'app/(public)/innsyn/samarbeid.json/route.ts': () => import('@/app/(public)/innsyn/samarbeid.json/route'),
  'app/(public)/innsyn/samarbeid/[id]/referat/[moteId]/route.ts': () => import('@/app/(public)/innsyn/samarbeid/[id]/referat/[moteId]/route'),
  'app/(public)/innsyn/statistikk/[figur]/route.ts': () => import('@/app/(public)/innsyn/statistikk/[figur]/route'),
  'app/api/health/route.ts': () => import('@/app/api/health/route'),
  'app/api/kalender/[token]/route.ts': () => import('@/app/api/kalender/[token]/route'),
  'app/api/register/[kommunenummer]/route.ts': () => import('@/app/api/register/[kommunenummer]/route'),
  'app/api/samarbeid/sok/route.ts': () => import('@/app/api/samarbeid/sok/route'),
  'app/api/test/samarbeid/route.ts': () => import('@/app/api/test/samarbeid/route'),
  'app/api/v1/kommuner/[kommunenummer]/samarbeid/route.ts': () => import('@/app/api/v1/kommuner/[kommunenummer]/samarbeid/route'),
  'app/api/v1/kommuner/route.ts': () => import('@/app/api/v1/kommuner/route'),
  'app/api/v1/openapi.json/route.ts': () => import('@/app/api/v1/openapi.json/route'),
  'app/api/v1/oppgavefelt/route.ts': () => import('@/app/api/v1/oppgavefelt/route'),
  'app/api/v1/samarbeid/[id]/route.ts': () => import('@/app/api/v1/samarbeid/[id]/route'),
  'app/api/v1/samarbeid/route.ts': () => import('@/app/api/v1/samarbeid/route'),
};

/** Routes deliberately not fuzzed here, and why. */
export const UNFUZZED_ROUTES: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own endpoint (CSRF token, its own parsing); sign-in is fuzzed through lib/server/auth/sign-in.ts and e2e/security.spec.ts",
};

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The dynamic segments of a route file's path: [id], [...slug]. */
export function routeParams(file: string): string[] {
  return [...file.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
}
