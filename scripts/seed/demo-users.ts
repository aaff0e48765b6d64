// Demo people: one per role, clearly fictional, all with the same documented password.
import type { Role } from '@/lib/pure/auth/roles';

export const DEMO_PASSWORD = 'brobygger-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  title: string;
  role: Role;
  /** Municipality scope, or the member the person acts for in a cooperation. */
  kommunenummer: string | null;
  /** Demo cooperation key (see demo-cooperations/) for cooperation-scoped roles. */
  cooperation: string | null;
  /** Further demo cooperations where the person holds the same role for the same member. */
  alsoIn?: readonly string[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.brobygger.no', name: 'Ada Administrator', title: 'Systemforvalter', role: 'administrator', kommunenummer: null, cooperation: null },
  { email: 'radmannsteam@demo.brobygger.no', name: 'Rune Rådgiver', title: 'Spesialrådgiver, kommunedirektørens stab, Kristiansand', role: 'radmannsteam', kommunenummer: '4204', cooperation: null },
  { email: 'folkevalgt@demo.brobygger.no', name: 'Frida Folkevalgt', title: 'Kommunestyremedlem, Vennesla', role: 'folkevalgt', kommunenummer: '4223', cooperation: null },
  { email: 'politisk.sponsor@demo.brobygger.no', name: 'Per Politiker', title: 'Ordfører, Lillesand', role: 'politisk_sponsor', kommunenummer: '4215', cooperation: 'legevakt', alsoIn: ['regionKristiansand'] },
  { email: 'adm.sponsor@demo.brobygger.no', name: 'Anne Avdelingsleder', title: 'Kommunalsjef helse, Lillesand', role: 'administrativ_sponsor', kommunenummer: '4215', cooperation: 'legevakt' },
  { email: 'operativ.leder@demo.brobygger.no', name: 'Ola Operativ', title: 'Daglig leder, legevakten', role: 'operativ_leder', kommunenummer: '4204', cooperation: 'legevakt' },
  { email: 'medlemsrepresentant@demo.brobygger.no', name: 'Mona Medlem', title: 'Representant i samarbeidsutvalget, Birkenes', role: 'medlemsrepresentant', kommunenummer: '4216', cooperation: 'legevakt' },
];
