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

// Women and men alternate, and the odd step below alternates them between offices.
const FIRST = [
  'Anne', 'Ole', 'Kari', 'Jan', 'Marit', 'Lars', 'Ingrid', 'Knut', 'Liv', 'Arne',
  'Solveig', 'Tor', 'Hilde', 'Geir', 'Silje', 'Terje', 'Ragnhild', 'Svein', 'Tone', 'Odd',
  'Berit', 'Bjørn', 'Eli', 'Kjell', 'Randi', 'Espen', 'Gunn', 'Håkon', 'Turid', 'Eirik',
  'Mette', 'Magnus', 'Nina', 'Sindre', 'Camilla', 'Trond', 'Ida', 'Øyvind', 'Marte', 'Vidar',
  'Sigrid', 'Steinar', 'Astrid', 'Gaute', 'Tuva', 'Tormod', 'Hanne', 'Aslak', 'Ellen', 'Halvard',
  'Trine', 'Jostein', 'Heidi', 'Audun', 'Siri', 'Sverre', 'Kristin', 'Amir', 'Leila', 'Rune',
] as const;
const LAST = [
  'Haugland', 'Tveit', 'Bakke', 'Lunde', 'Fjeld', 'Skogen', 'Aasen', 'Moen', 'Vik', 'Eide',
  'Nygård', 'Strand', 'Berg', 'Dahl', 'Solberg', 'Lie', 'Myhre', 'Sæther', 'Holm', 'Brekke',
  'Hovland', 'Røed', 'Tangen', 'Sandvik', 'Engen', 'Bråten', 'Lien', 'Birkeland', 'Omdal', 'Rosseland',
  'Nilsen', 'Hansen', 'Larsen', 'Olsen', 'Johansen', 'Pedersen', 'Karlsen', 'Andersen', 'Eriksen',
  'Hagen', 'Aune', 'Lyng', 'Nordby', 'Kvam', 'Sund', 'Rønning', 'Toft', 'Ødegård', 'Fossum',
] as const;

// 60 first names and 49 surnames: n -> (7n mod 60, 17n mod 49) is one-to-one for n below
// 60 * 49, so every (key, office) pair gets its own name, and two offices in the same place
// never share a surname. The assignment depends only on the order of KEYS and OFFICES.
const FIRST_STEP = 7;
const SURNAME_STEP = 17;

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
  const offices = Object.keys(OFFICES);
  const n = KEYS.indexOf(key) * offices.length + offices.indexOf(office);
  return `${FIRST[(n * FIRST_STEP) % FIRST.length]} ${LAST[(n * SURNAME_STEP) % LAST.length]} (fiktiv)`;
}

export function person(key: PeopleKey, office: Office): { name: string; title: string } {
  return { name: personName(key, office), title: OFFICES[office] };
}
