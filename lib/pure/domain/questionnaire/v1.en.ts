// Statement set version 1 in English: the labels and texts of v1.nb.ts, translated. Ids,
// groups, criteria, factors and sources come from the bokmål reference (translate.ts), so
// the versions cannot drift apart. Never change a published translation's meaning.
import type { QuestionnaireTranslation } from './types';

export const V1_EN: QuestionnaireTranslation = {
  statements: {
    bevisst_utforming: {
      label: 'Deliberate choice of form',
      text: 'The organisational form was chosen after a careful assessment in which both elected members and the administrative leadership could say what they expected.',
    },
    formell_forankring_oppstart: {
      label: 'Framework adopted at the start',
      text: 'The municipal councils adopted the framework when the cooperation began: its form, how matters are handled, when they must be anchored, and its budget.',
    },
    formell_forankring_underveis: {
      label: 'Formal anchoring along the way',
      text: 'Major choices of direction and changes to the framework are put before the elected bodies along the way, without everything having to go to them.',
    },
    uformell_forankring: {
      label: 'Ongoing informal anchoring',
      text: 'There is regular informal contact between the cooperation and both the political leadership and the chief executive.',
    },
    aktivt_eierskap: {
      label: 'Active ownership',
      text: 'The elected members know what the owner role requires, and they use the means they have as owners.',
    },
    politikk_og_administrasjon: {
      label: 'Politics and administration in step',
      text: 'Matters have been through the administration in each municipality before they are decided politically in the cooperation, so no one is bypassed.',
    },
    rekruttering_leder: {
      label: 'Deliberate choice of leader',
      text: 'The operational leader was chosen for what this particular cooperation needs, whether local knowledge or a neutral leader from outside.',
    },
    leder_brobygger: {
      label: 'The leader builds bridges',
      text: 'The leader connects the politicians, the professionals and the world outside, and has a good sense of what should be anchored where.',
    },
    apenhet: {
      label: 'Openness to the public',
      text: 'Residents can find out what the cooperation does and who is responsible, because case documents, minutes and decisions are published.',
    },
    saksinformasjon: {
      label: 'Good case information',
      text: 'Matters are prepared thoroughly enough and arrive early enough for the municipalities to discuss them before the meetings.',
    },
    strategisk_informasjon: {
      label: 'Filtered information',
      text: 'The information from the cooperation is filtered and tailored, so that we get what we need without drowning in detail.',
    },
    minimumsstotte: {
      label: 'Basic funding and a professional community',
      text: "The leader's salary is secured, and the cooperation has office space, meeting rooms and a professional community to lean on.",
    },
    forutsigbarhet: {
      label: 'Predictable framework',
      text: 'The framework is stable enough for the cooperation to plan further ahead than one budget year at a time.',
    },
    leder_katalysator: {
      label: 'The leader drives the work',
      text: 'The leader keeps up the momentum and gets the participants to contribute, even when things are hard going.',
    },
    kontinuerlig_stotte: {
      label: 'Lasting support from the leadership',
      text: "Mayors, chief executives and other leaders in the participating municipalities show lasting interest in the cooperation and stand behind it.",
    },
    tydelig_handlingsrom: {
      label: "Clear scope for the leader's decisions",
      text: 'It is clear which decisions the leader makes alone, and which must be anchored administratively or politically.',
    },
    kontinuitet_leder: {
      label: 'Continuity in leadership',
      text: 'The leader position has been stable, so the relationships with the municipalities have not had to be rebuilt.',
    },
    evaluering_redesign: {
      label: 'Evaluation and adjustment',
      text: 'The cooperation is assessed regularly, and what we learn is used to change how it is organised when needed.',
    },
    egen_nytte: {
      label: 'Benefit for my municipality',
      text: 'My municipality gets the benefit from the cooperation that we expected when we joined it.',
    },
    rettferdige_kostnader: {
      label: 'Fair and visible costs',
      text: 'The costs are shared in a way I find reasonable, and it is easy to see what each municipality pays for.',
    },
    likebehandling: {
      label: 'Equal standing and influence',
      text: 'Small and large municipalities are treated as equal partners and have real influence on important choices.',
    },
    lokalt_handlingsrom: {
      label: 'Local room for manoeuvre',
      text: "The cooperation does not tie up so much of the budget that my municipality's council can no longer set its own priorities.",
    },
  },
  texts: {
    groups: {
      input: {
        label: 'Democratic anchoring (input)',
        intro: "How the cooperation is anchored with the elected members and in the municipalities' administrations.",
      },
      throughput: {
        label: 'Openness and information (throughput)',
        intro: 'Whether it is easy to see what the cooperation does, and whether decisions rest on good information.',
      },
      output: {
        label: 'Results and operating conditions (output)',
        intro: 'Whether the cooperation has what it takes to deliver, and whether it is followed up.',
      },
      likeverd: {
        label: 'Benefit, costs and equal standing',
        intro: 'How the cooperation looks from your municipality: benefit, costs and influence.',
      },
    },
    scale: { 1: 'Strongly disagree', 2: 'Somewhat disagree', 3: 'Neither agree nor disagree', 4: 'Somewhat agree', 5: 'Strongly agree' },
    attainment: { 1: 'Far from it', 2: 'Some way off', 3: 'Halfway', 4: 'Nearly reached', 5: 'Reached' },
    dontKnow: "Don't know",
  },
};
