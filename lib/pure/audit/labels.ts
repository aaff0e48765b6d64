// Norwegian names for what the audit log records (unknown actions show their code).
const LABELS: Record<string, string> = {
  'auth.sign_in': 'Innlogging',
  'auth.sign_in_failed': 'Mislykket innlogging',
  'auth.sign_out': 'Utlogging',
  'password.reset_request': 'Ba om lenke for nytt passord',
  'password.reset': 'Valgte nytt passord med lenke',
  'password.invitation_accepted': 'Tok imot invitasjon',
  'profile.manage': 'Endret egen profil, eget passord eller eget språk',
  'user.create': 'Opprettet bruker',
  'user.update': 'Endret bruker',
  'role.grant': 'Ga rolle',
  'role.revoke': 'Fjernet rolle',
  'municipality.users': 'Kommunens brukere: invitasjon eller rolle',
  'cooperation.people': 'Koblet person i samarbeidet til brukerkonto',
  'cooperation.create': 'Opprettet samarbeid',
  'cooperation.edit': 'Endret samarbeid',
  'cooperation.register': 'Registrerte eksisterende samarbeid (skjema eller import)',
  'lifecycle.establish': 'Livsløp: etablering eller endring',
  'lifecycle.register': 'Livsløp: registrert i drift',
  'lifecycle.decide': 'Livsløp: vedtak',
  'lifecycle.evaluate': 'Livsløp: evaluering',
  'lifecycle.conclude': 'Livsløp: konklusjon',
  'anchoring.log': 'Logget forankring',
  'information.log': 'Logget informasjonstiltak',
  'election.record': 'Registrerte kommunevalg',
  'consistency.check': 'Kontrollerte konsistens',
  'municipality.import': 'Importerte kommuner',
  'municipality.language': 'Endret kommunens målform',
  'taskArea.manage': 'Endret oppgavefelt',
  'e2e.scenario': 'Opprettet testdata (kun testserveren for ende-til-ende-tester)',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

const RESOURCE_KINDS: Record<string, string> = { cooperation: 'Samarbeid', municipality: 'Kommune', user: 'Bruker', system: 'Løsningen' };

export function resourceKindLabel(kind: string | null): string {
  return kind ? (RESOURCE_KINDS[kind] ?? kind) : '–';
}
