// SmartcityBærum (seed 001, case description l.7293-7460): a partnership between Bærum
// kommune and business to cut energy use and emissions through joint, profitable projects.
// Shown as a draft that has barely started: name, purpose, the problem in one sentence and
// the partners; everything else is still empty. The business association is named in the
// seed; the companies and the college are fictional.
import { municipality, organisation } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

export const smartcityBaerum: DemoCooperationBuilder = () => {
  const members = [
    municipality('3201', 'Bærum', { role: 'deltaker', expectedBenefit: 'Hjelp til å nå klimamålene i energi- og klimaplanen.' }),
    organisation('baerumNaeringsrad', 'Bærum næringsråd', { role: 'deltaker', contactPerson: personName('baerumNaeringsrad', 'leder'), expectedBenefit: 'Et forum der medlemsbedriftene kan samarbeide med hverandre og med kommunen.' }),
    organisation('sandvikaEiendom', 'Sandvika Eiendom AS (fiktiv)', { role: 'deltaker', expectedBenefit: null }),
    organisation('fornebuDigital', 'Fornebu Digital AS (fiktiv)', { role: 'deltaker', expectedBenefit: null }),
    organisation('hogskolen', 'Høgskolen i Bærum (fiktiv)', { role: 'deltaker', expectedBenefit: null }),
  ];
  return demoCooperation({
    key: 'smartcityBaerum',
    name: 'SmartcityBærum',
    members,
    purpose: 'Partnerskap mellom Bærum kommune og næringslivet som skal kutte energibruk og klimagassutslipp gjennom felles prosjekter som også lønner seg.',
    problemWhat: 'Kommunen klarer ikke å nå klimamålet i energi- og klimaplanen alene.',
    taskAreaId: 'Næringsutvikling og næringsplan',
    geographicLevel: 'lokalt',
    initiatingKommunenummer: '3201',
    design: { legalForm: 'partnerskap' },
    isPublic: false,
  });
};
