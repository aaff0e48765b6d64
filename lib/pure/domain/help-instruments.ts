// Guidance per governance instrument (lib/pure/domain/instruments.ts), kept apart from help.ts
// only to keep files short. Paraphrased from IRIS/KS 2013 (seed 001), chapter 3.
import type { HelpEntry } from './help';
import type { InstrumentCode } from './instruments';

export const INSTRUMENT_HELP: Record<InstrumentCode, HelpEntry> = {
  vedtekter_avtale: {
    why: 'Det styrende dokumentet er kommunenes viktigste formelle styringsverktøy. Det gir forutsigbarhet for både eierne og lederen, og politikerne har reell innflytelse når de vedtar det.',
    examples: ['Selskapsavtale for et IKS', 'Samarbeidsavtale for et oppgavefellesskap', 'Aksjonæravtale om hvilke saker eierne skal drøfte politisk først'],
    traps: ['Dokumentet skrives av administrasjonen og vedtas uten debatt, så politikerne kjenner det ikke.', 'Endringer vedtas ulikt i kommunene.'],
    source: 'IRIS/KS 2013, kap. 3.2 og 5.1',
  },
  budsjett: {
    why: 'Budsjettet er en av de vanligste måtene kommunene styrer samarbeid på, og et naturlig punkt der politikerne tar stilling hvert år.',
    examples: ['Årlig budsjett og økonomiplan behandlet i alle kommunene', 'Fordelingsnøkkel med andeler i prosent'],
    traps: ['Bevilgningen kan kuttes uten forvarsel, så samarbeidet aldri kan planlegge langsiktig.'],
    source: 'IRIS/KS 2013, kap. 3.2 og 6.3 punkt 2',
  },
  strategi_handlingsplan: {
    why: 'En strategi og en handlingsplan som politikerne behandler, gjør det tydelig hva samarbeidet skal oppnå og gir grunnlag for å følge opp.',
    examples: ['Fireårig strategi vedtatt i representantskapet og lagt fram for kommunene', 'Årlig handlingsplan med prioriterte tiltak'],
    traps: ['Planen lages, men brukes aldri i oppfølgingen.'],
    source: 'IRIS/KS 2013, kap. 3.2',
  },
  aarsmelding_regnskap: {
    why: 'Årsmelding og regnskap er et fast punkt der eierne får vite hva samarbeidet har gjort og brukt. De gir innsyn og kan være et av forankringspunktene.',
    examples: ['Årsmeldingen behandles som sak i formannskap eller kommunestyre', 'Regnskapet publiseres på nett'],
    traps: ['Årsrapporten sendes politikerne, men ingen behandler den.'],
    source: 'IRIS/KS 2013, kap. 3.2 og 6.1 punkt 3',
  },
  driftsavtale: {
    why: 'En driftsavtale forteller hva kommunen forventer å få igjen, for eksempel når en stiftelse eller et selskap får tilskudd. Den setter ytre rammer uten å detaljstyre.',
    examples: ['Kulturfaglig driftsavtale med en stiftelse', 'Tjenesteavtale om nivå og kvalitet'],
    traps: ['Avtalen er så vag at den ikke sier noe om hva som skal leveres.'],
    source: 'IRIS/KS 2013, kap. 3.2',
  },
  eierstrategi: {
    why: 'En eierskapsmelding eller eierstrategi forteller hva kommunen vil med eierskapet. Den hjelper politikerne å være aktive eiere og ikke bare tilskuere.',
    examples: ['Eierskapsmelding som rulleres hver valgperiode', 'Eierstrategi for hvert selskap kommunen er med i'],
    traps: ['Meldingen vedtas, men ingen bruker den når selskapet skal følges opp.'],
    source: 'IRIS/KS 2013, kap. 3.2 og 6.1 punkt 5',
  },
  organisasjonsform: {
    why: 'Organisasjonsformen bestemmer mye av handlingsrommet, prosedyrene og hvilke styringsverktøy kommunene får. Valget bør være bevisst og vedtas politisk.',
    examples: ['Sammenligning av aktuelle former før valget tas', 'Begrunnelse for valget skrevet inn i saksframlegget'],
    traps: ['Formen velges fordi den virker enklest, og viser seg senere å mangle slagkraft.'],
    source: 'IRIS/KS 2013, kap. 3.3 og 6.1 punkt 1–2',
  },
  valg_deltakere: {
    why: 'Hvem som er med, og hvem som representerer hver kommune, avgjør både hva samarbeidet kan få til og hvor godt det blir forankret.',
    examples: ['Klar bestilling av hvem som skal sitte i hvilke organer', 'Folkevalgte ut over ordførerne trekkes inn'],
    traps: ['De samme få personene sitter overalt, og forankringen blir smal.'],
    source: 'IRIS/KS 2013, kap. 3.3',
  },
  rekruttering_leder: {
    why: 'Den operative lederen bygger bro mellom politikk, administrasjon og omverdenen. Det viktigste valget er om rollen krever god kjennskap til kommunene innenfra, eller om nøytralitet og profesjonalitet utenfra er viktigst.',
    examples: ['Stillingsprofil som beskriver brobyggerrollen', 'Sponsor i kommunen er med i rekrutteringen'],
    traps: ['Rekrutteringen blir en formalitet, og lederen mangler forståelse for hvordan kommunene styres.'],
    source: 'IRIS/KS 2013, kap. 4.2 og 6.1 punkt 7–8',
  },
  arbeidsform: {
    why: 'Hvordan samarbeidet jobber – møteplasser, arbeidsgrupper, saksgang – påvirker hvor godt det blir forankret. Gode arenaer kan gi bred politisk forankring uten lange prosesser.',
    examples: ['Årlig samling for formannskapene med diskusjon, ikke bare rapport', 'Arbeidsgrupper med folkevalgte fra hver kommune'],
    traps: ['Arbeidsformen er tilpasset de som allerede er med, og andre blir aldri trukket inn.'],
    source: 'IRIS/KS 2013, kap. 3.3',
  },
  instruksjon_styret: {
    why: 'I noen former, særlig IKS, kan eierne gi styret føringer eller omgjøre styrets vedtak. Det er et sterkt virkemiddel som bør brukes sjelden og åpent.',
    examples: ['Representantskapet gir styret en eierinstruks om prioriteringer'],
    traps: ['Instruksjon brukes i enkeltsaker og undergraver styrets ansvar (overstyring).'],
    source: 'IRIS/KS 2013, kap. 3.1–3.3',
  },
  rullerende_lederverv: {
    why: 'Når ledervervene går på omgang, får alle kommunene eierskap til samarbeidet. Den som vet at den skal lede neste år, støtter gjerne lederen i år.',
    examples: ['Styreleder byttes hvert år mellom ordførerne', 'Ledervervene i styret og i rådmannsutvalget fordeles på ulike kommuner og byttes årlig'],
    traps: ['Rotasjonen blir så hyppig at ingen får tid til å sette seg inn i rollen.'],
    source: 'IRIS/KS 2013, kap. 3.3 og 5.1',
  },
  redesign: {
    why: 'Et samarbeid er et middel, ikke et mål. Når evalueringen viser at noe ikke virker, bør organisering, arbeidsform eller deltakere endres – eller samarbeidet avvikles.',
    examples: ['Et løst nettverk gjøres om til et råd med politisk deltakelse', 'Ny arbeidsform etter evaluering'],
    traps: ['Samarbeidet videreføres uendret fordi ingen tar initiativ til å endre det.'],
    source: 'IRIS/KS 2013, kap. 3.3, 5.3 og 6.3 punkt 7',
  },
  praktisk_stotte: {
    why: 'Kontor, møterom og administrativ hjelp er lett å overse, men betyr mye, særlig i starten. Hvor lederen sitter, påvirker også hvordan samarbeidet blir oppfattet.',
    examples: ['En kommune stiller møterom, en annen bistår med kommunikasjon', 'Bevisst valg av kontorplass for lederen'],
    traps: ['Alt legges automatisk til den største kommunen, og de andre føler seg mindre eiere.'],
    source: 'IRIS/KS 2013, kap. 3.4',
  },
  minimumsfinansiering: {
    why: 'En sikret grunnfinansiering – minst lønnen til lederen – gjør at lederen kan bruke tiden på oppgaven i stedet for å skaffe penger til egen stilling.',
    examples: ['Lederstillingen finansieres fast av deltakerkommunene', 'Flerårig finansiering i stedet for ettårige bevilgninger'],
    traps: ['Lederen lever av prosjektmidler og blir mer opptatt av søknader enn av resultater.'],
    source: 'IRIS/KS 2013, kap. 3.4 og 6.3 punkt 1',
  },
  sponsor: {
    why: 'En sponsor er en politiker eller leder i kommunen som bruker sin posisjon til å støtte samarbeidet og hjelpe lederen med når, hvor og hvordan saker skal forankres. Sponsoren er døren mellom samarbeidet og kommunens organisasjon.',
    examples: ['Ordføreren som politisk sponsor, en kommunalsjef som administrativ sponsor', 'Sponsor og leder planlegger informasjonen til politikerne sammen'],
    traps: ['Sponsoren forsvinner ved valg eller lederskifte uten at noen tar over.', 'Bare administrativ sponsor, så politikerne ikke kjenner samarbeidet.'],
    source: 'IRIS/KS 2013, kap. 3.4, 5.1 og 6.1 punkt 4',
  },
  dele_begeistringen: {
    why: 'Engasjement smitter. Når ordfører eller kommunedirektør snakker varmt om samarbeidet, får det oppmerksomhet og støtte – både i oppstarten og senere.',
    examples: ['Ordføreren presenterer samarbeidet for næringslivet og andre kommuner', 'Gode resultater løftes fram i kommunestyret'],
    traps: ['Begeistringen er knyttet til én person og forsvinner når vedkommende går av.'],
    source: 'IRIS/KS 2013, kap. 3.4',
  },
  representanter_organer: {
    why: 'Når kommunens folk sitter i styre, styringsgruppe eller arbeidsutvalg, får kommunen direkte innsikt og innflytelse. Balansen mellom politiske og administrative plasser er avgjørende.',
    examples: ['Ordførere i styringsgruppen, kommunedirektører i arbeidsutvalget', 'Fast rutine for hvordan representantene forankrer standpunkter hjemme'],
    traps: ['Bare politikere eller bare administrasjon er representert, og den andre siden blir koblet av.'],
    source: 'IRIS/KS 2013, kap. 3.5',
  },
  informasjonsmoter: {
    why: 'Faste møter der lederen orienterer formannskap eller ledergruppe gir politikerne kunnskap uten å belaste dem med alle detaljer.',
    examples: ['To årlige informasjonsmøter med politisk ledelse til stede', 'Lederen inviteres til formannskapet hvert kvartal'],
    traps: ['Møtene blir rituelle og gir ingen reell dialog.'],
    source: 'IRIS/KS 2013, kap. 3.5 og 6.2 punkt 3',
  },
  uformell_kontakt: {
    why: 'Jevnlig uformell kontakt mellom kommunens ledelse og samarbeidets leder gjør at problemer og muligheter fanges opp tidlig, uten detaljstyring.',
    examples: ['Faste samtaler mellom ordfører og daglig leder', 'Kort statusprat i kommunedirektørens ledergruppe'],
    traps: ['Den uformelle kontakten erstatter formell behandling, og andre folkevalgte blir stående utenfor.'],
    source: 'IRIS/KS 2013, kap. 3.5 og 6.1 punkt 4',
  },
  forhandlinger: {
    why: 'Mange beslutninger i samarbeid tas gjennom forhandlinger. Kommunen må vite hvor langt forhandlerne har mandat, og kjenne både egne og andres behov.',
    examples: ['Forhandlingsmandat avklart politisk før forhandlingene', 'Resultatet legges fram for kommunestyret til godkjenning'],
    traps: ['Forhandlingene føres bare av administrasjonen, og politikerne får bare godkjenne et ferdig resultat.'],
    source: 'IRIS/KS 2013, kap. 3.5 og 5.3',
  },
};
