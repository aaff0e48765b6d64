// Empty parts of a dossier: what a new cooperation starts from, and every test fixture.
import type { Design, Dossier, Framing, Member } from './dossier';

export function emptyFraming(): Framing {
  return {
    budgetOre: null,
    financing: null,
    costKey: null,
    hostCompensationOre: null,
    hostCompensationNote: null,
    hostCompensationNone: false,
    hostCompensationNoneReason: null,
    agreementChecklist: {},
    strategyPlan: null,
    actionPlan: null,
    annualReport: false,
    accounts: false,
    ownerStrategy: null,
    evaluationIntervalMonths: 12,
  };
}

export function emptyDesign(): Design {
  return {
    legalForm: null,
    legalFormRationale: null,
    bodies: [],
    leader: { name: null, title: null, recruitment: null, funding: null },
    mandate: { alone: [], administrative: [], political: [] },
    workingMethods: null,
  };
}

/** A dossier with nothing filled in beyond name and members: the start of every test fixture. */
export function emptyDossier(id: string, name: string, members: Member[] = []): Dossier {
  return {
    id,
    name,
    purpose: null,
    problemWhat: null,
    problemWhy: null,
    problemHow: null,
    taskAreaId: null,
    geographicLevel: null,
    initiatingKommunenummer: null,
    state: 'utkast',
    startDate: null,
    members,
    formerMembers: [],
    upcomingMembers: [],
    proposedMembers: [],
    membershipChanges: [],
    goals: [],
    framing: emptyFraming(),
    design: emptyDesign(),
    sponsors: [],
    support: { practicalSupport: null, minimumFunding: null, professionalCommunity: null },
    anchoringPoints: [],
    occurrences: [],
    informationItems: [],
    participation: { representation: null, informalContact: null },
    instruments: [],
    memberDecisions: [],
    bodyMeetings: [],
    bodyDecisions: [],
    documentsNoticeDays: null,
    evaluations: [],
  };
}
