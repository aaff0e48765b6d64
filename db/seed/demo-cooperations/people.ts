// The demo's people: one fictional holder per office in each place, the same person in every
// cooperation (Lillesand's mayor is the same sponsor in the legevakt and in Region Kristiansand).
// Names are drawn from common Norwegian first names and surnames and carry «(fiktiv)», so
// nobody mistakes them for the real office holders; the demo users keep their own names.
import { DEMO_USERS } from '../demo-users';

export const OFFICES = {
  ordforer: 'Ordfører',
  varaordforer: 'Varaordfører',
  kommunedirektor: 'Kommunedirektør',
  helse: 'Kommunalsjef helse og omsorg',
  teknisk: 'Kommunalsjef teknisk',
  okonomi: 'Økonomisjef',
  samfunn: 'Kommunalsjef samfunnsutvikling',
  radgiver: 'Rådgiver',
  leder: 'Daglig leder',
  styreleder: 'Styreleder',
} as const;
export type Office = keyof typeof OFFICES;

/** Every place or organisation that has people in the demo; the order fixes who is called what. */
const KEYS = [
  '4204', '4223', '4218', '4215', '4216', '4226', '4225', '4224', '4205', '4219', '4222', '4221', '4220',
  '3301', '3312', '3314', '3903', '3203', '3201',
  '5501', '5534', '5532', '5546', '5540', '5538', '5536',
  '1119', '1120', '1121', '1122',
  'legevakt', 'regionKristiansand', 'agderKommunerevisjon', 'drammensregionen', 'glitrevannverket',
  'tromsoLegevaktsentral', 'smartcityBaerum', 'samhandlingJaeren', 'agderFylkeskommune', 'baerumNaeringsrad',
] as const;
export type PeopleKey = (typeof KEYS)[number];

const FIRST = [
  'Anne', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Solveig', 'Hilde', 'Silje', 'Ragnhild', 'Tone',
  'Berit', 'Eli', 'Randi', 'Gunn', 'Turid', 'Mette', 'Nina', 'Camilla', 'Ida', 'Marte',
  'Sigrid', 'Astrid', 'Tuva', 'Hanne', 'Ellen', 'Trine', 'Heidi', 'Siri', 'Kristin', 'Lene',
  'Ole', 'Jan', 'Lars', 'Knut', 'Arne', 'Tor', 'Geir', 'Terje', 'Svein', 'Odd',
  'Bjørn', 'Kjell', 'Espen', 'Håkon', 'Eirik', 'Magnus', 'Sindre', 'Trond', 'Øyvind', 'Vidar',
  'Steinar', 'Gaute', 'Tormod', 'Aslak', 'Halvard', 'Jostein', 'Audun', 'Sverre', 'Amir', 'Leila',
] as const;
const LAST = [
  'Haugland', 'Tveit', 'Bakke', 'Lunde', 'Fjeld', 'Skogen', 'Aasen', 'Moen', 'Vik', 'Eide',
  'Nygård', 'Strand', 'Berg', 'Dahl', 'Solberg', 'Lie', 'Myhre', 'Sæther', 'Holm', 'Brekke',
  'Hovland', 'Røed', 'Tangen', 'Sandvik', 'Engen', 'Bråten', 'Lien', 'Birkeland', 'Omdal', 'Rosseland',
  'Nilsen', 'Hansen', 'Larsen', 'Olsen', 'Johansen', 'Pedersen', 'Karlsen', 'Andersen', 'Eriksen', 'Berge',
  'Hagen', 'Aune', 'Lyng', 'Nordby', 'Kvam', 'Sund', 'Rønning', 'Toft', 'Ødegård', 'Fossum',
] as const;

// A fixed step coprime with FIRST.length * LAST.length spreads consecutive offices over the
// grid, so every (key, office) pair gets a different name and the assignment never changes.
const STEP = 7;

const user = (email: string) => {
  const u = DEMO_USERS.find((d) => d.email === email);
  if (!u) throw new Error(`Demo user ${email} is missing from demo-users.ts`);
  return u.name;
};

/** Offices held by the demo users themselves, so their sponsor and leader records carry their names. */
const DEMO_HOLDERS: Partial<Record<`${PeopleKey}:${Office}`, string>> = {
  '4215:ordforer': user('politisk.sponsor@demo.brobygger.no'),
  '4215:helse': user('adm.sponsor@demo.brobygger.no'),
  'legevakt:leder': user('operativ.leder@demo.brobygger.no'),
  '4216:radgiver': user('medlemsrepresentant@demo.brobygger.no'),
};

export function personName(key: PeopleKey, office: Office): string {
  const holder = DEMO_HOLDERS[`${key}:${office}`];
  if (holder) return holder;
  const officeIndex = Object.keys(OFFICES).indexOf(office);
  const slot = (KEYS.indexOf(key) * Object.keys(OFFICES).length + officeIndex) * STEP;
  const grid = FIRST.length * LAST.length;
  const cell = slot % grid;
  return `${FIRST[cell % FIRST.length]} ${LAST[Math.floor(cell / FIRST.length)]} (fiktiv)`;
}

export function person(key: PeopleKey, office: Office): { name: string; title: string } {
  return { name: personName(key, office), title: OFFICES[office] };
}
