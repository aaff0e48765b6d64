// Statement set version 1 in nynorsk: the labels and texts of v1.nb.ts, translated. Ids,
// groups, criteria, factors and sources come from the bokmål reference (translate.ts), so
// the versions cannot drift apart. Never change a published translation's meaning.
import type { QuestionnaireTranslation } from './types';

export const V1_NN: QuestionnaireTranslation = {
  statements: {
    bevisst_utforming: {
      label: 'Medvite val av form',
      text: 'Organisasjonsforma vart vald etter ei gjennomtenkt vurdering der både folkevalde og administrativ leiing fekk seie kva dei venta seg.',
    },
    formell_forankring_oppstart: {
      label: 'Rammene vedtekne ved oppstart',
      text: 'Kommunestyra vedtok rammene då samarbeidet starta: form, saksgang, når det skal forankrast, og budsjett.',
    },
    formell_forankring_underveis: {
      label: 'Formell forankring undervegs',
      text: 'Store vegval og endringar i rammene blir lagde fram for politisk handsaming undervegs, utan at alt må opp i politiske organ.',
    },
    uformell_forankring: {
      label: 'Løpande uformell forankring',
      text: 'Det er jamleg uformell kontakt mellom samarbeidet og både politisk leiing og kommunedirektøren.',
    },
    aktivt_eierskap: {
      label: 'Aktivt eigarskap',
      text: 'Dei folkevalde veit kva eigarrolla krev, og dei brukar verkemidla dei har som eigarar.',
    },
    politikk_og_administrasjon: {
      label: 'Politikk og administrasjon på lag',
      text: 'Saker har vore innom administrasjonen i kvar kommune før dei blir avgjorde politisk i samarbeidet, så ingen blir gått forbi.',
    },
    rekruttering_leder: {
      label: 'Medvite val av leiar',
      text: 'Den operative leiaren vart vald ut frå kva nettopp dette samarbeidet treng, anten lokalkunnskap eller ein nøytral leiar utanfrå.',
    },
    leder_brobygger: {
      label: 'Leiaren byggjer bru',
      text: 'Leiaren knyter saman politikken, fagfolka og omverda, og har god sans for kva som bør forankrast kvar.',
    },
    apenhet: {
      label: 'Openheit utetter',
      text: 'Innbyggjarane kan finne ut kva samarbeidet gjer og kven som står ansvarleg, fordi saksdokument, referat og vedtak blir lagde ut.',
    },
    saksinformasjon: {
      label: 'God saksinformasjon',
      text: 'Sakene er godt nok utgreidde og kjem tidsnok til at kommunane rekk å drøfte dei før møta.',
    },
    strategisk_informasjon: {
      label: 'Sortert informasjon',
      text: 'Informasjonen frå samarbeidet er sikta og tilpassa, slik at vi får det vi treng utan å drukne i detaljar.',
    },
    minimumsstotte: {
      label: 'Grunnfinansiering og fagmiljø',
      text: 'Løna til leiaren er sikra, og samarbeidet har kontorplass, møterom og eit fagleg miljø å støtte seg på.',
    },
    forutsigbarhet: {
      label: 'Føreseielege rammer',
      text: 'Rammene er stabile nok til at samarbeidet kan planleggje lenger enn eitt budsjettår om gongen.',
    },
    leder_katalysator: {
      label: 'Leiaren driv arbeidet',
      text: 'Leiaren held trykket oppe og får deltakarane til å bidra, også når det går tungt.',
    },
    kontinuerlig_stotte: {
      label: 'Varig støtte frå leiinga',
      text: 'Ordførarar, kommunedirektørar og andre leiarar hos deltakarane viser varig interesse for samarbeidet og stiller seg bak det.',
    },
    tydelig_handlingsrom: {
      label: 'Tydeleg handlingsrom for leiaren',
      text: 'Det er klart kva avgjerder leiaren tek sjølv, og kva som må forankrast administrativt eller politisk.',
    },
    kontinuitet_leder: {
      label: 'Kontinuitet i leiinga',
      text: 'Leiarstillinga har vore stabil, så relasjonane til kommunane har ikkje måtta byggjast opp på nytt.',
    },
    evaluering_redesign: {
      label: 'Evaluering og justering',
      text: 'Samarbeidet blir vurdert jamleg, og det vi lærer, blir brukt til å endre organiseringa når det trengst.',
    },
    egen_nytte: {
      label: 'Nytte for kommunen min',
      text: 'Kommunen min får den nytta av samarbeidet som vi venta oss då vi gjekk inn i det.',
    },
    rettferdige_kostnader: {
      label: 'Rettferdige og synlege kostnader',
      text: 'Kostnadene blir fordelte på ein måte eg opplever som rimeleg, og det er lett å sjå kva kvar kommune betaler for.',
    },
    likebehandling: {
      label: 'Likeverd og påverknad',
      text: 'Små og store kommunar blir handsama som likeverdige partar og har reell påverknad på viktige val.',
    },
    lokalt_handlingsrom: {
      label: 'Lokalt handlingsrom',
      text: 'Samarbeidet bind ikkje meir av budsjettet enn at kommunestyret i kommunen min framleis kan gjere eigne prioriteringar.',
    },
  },
  texts: {
    groups: {
      input: {
        label: 'Demokratisk forankring (input)',
        intro: 'Korleis samarbeidet er forankra hos dei folkevalde og i administrasjonen i kommunane.',
      },
      throughput: {
        label: 'Openheit og informasjon (throughput)',
        intro: 'Om det er lett å sjå kva samarbeidet gjer, og om avgjerdene byggjer på god informasjon.',
      },
      output: {
        label: 'Resultat og rammer for drifta (output)',
        intro: 'Om samarbeidet har det som skal til for å levere, og om det blir følgt opp.',
      },
      likeverd: {
        label: 'Nytte, kostnader og likeverd',
        intro: 'Korleis samarbeidet blir opplevd frå kommunen din: nytte, kostnader og påverknad.',
      },
    },
    scale: { 1: 'Heilt ueinig', 2: 'Litt ueinig', 3: 'Verken einig eller ueinig', 4: 'Litt einig', 5: 'Heilt einig' },
    attainment: { 1: 'Langt unna', 2: 'Eit stykke unna', 3: 'Halvvegs', 4: 'Nesten nådd', 5: 'Nådd' },
    dontKnow: 'Veit ikkje',
  },
};
