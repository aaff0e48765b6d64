// The innramming form's values as readable fields for the change log: each goal's statement,
// indicator, baseline, target and deadline (apart, so filling in a missing indicator is a blank
// filled in, lib/pure/domain/completion.ts),
// the economy, the cost key with each member's figures, each member's expected benefit, the
// agreement checklist of the chosen legal form, and plans and reporting.
import { yesNo, type FieldView } from '@/lib/pure/domain/change-log';
import { BENEFIT_LEVEL_LABELS, type Dossier } from '@/lib/pure/domain/dossier';
import { formatDateNb, isIsoDate } from '@/lib/pure/domain/iso-date';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { numberToText, oreToKronerText } from './common';
import { COST_KEY_LABELS, type InnrammingValues } from './innramming';

const kroner = (ore: number | null) => (ore === null ? null : `${oreToKronerText(ore)} kr`);
const number = (value: number | null, suffix = '') => (value === null ? null : `${numberToText(value)}${suffix}`);

export function describeInnramming(values: InnrammingValues, dossier: Dossier): FieldView[] {
  const names = new Map(dossier.members.map((m) => [m.id, m.name]));
  const goalIds = new Set(dossier.goals.map((g) => g.id));
  const fields: FieldView[] = [];
  values.goals.forEach((g, i) => {
    const key = g.id && goalIds.has(g.id) ? `goal:${g.id}` : `goal:ny-${i}`;
    const of = `for målet «${g.statement}»`;
    fields.push(
      { key, section: 'innramming.maal', field: 'Mål', value: g.statement },
      { key: `${key}:indicator`, section: 'innramming.maal', field: `Indikator ${of}`, value: g.indicator },
      { key: `${key}:baseline`, section: 'innramming.maal', field: `Utgangsverdi ${of}`, value: g.baseline },
      { key: `${key}:target`, section: 'innramming.maal', field: `Målverdi ${of}`, value: g.target },
      { key: `${key}:deadline`, section: 'innramming.maal', field: `Frist ${of}`, value: g.deadline && isIsoDate(g.deadline) ? formatDateNb(g.deadline) : null },
    );
  });
  fields.push(
    { key: 'budget', section: 'innramming.okonomi', field: 'Årsbudsjett', value: kroner(values.budget) },
    { key: 'financing', section: 'innramming.okonomi', field: 'Finansiering', value: values.financing },
    { key: 'hostCompensation', section: 'innramming.okonomi', field: 'Kompensasjon til vertskommunen', value: kroner(values.hostCompensation) },
    { key: 'hostCompensationNote', section: 'innramming.okonomi', field: 'Beskrivelse av kompensasjonen', value: values.hostCompensationNote },
    { key: 'hostCompensationNone', section: 'innramming.okonomi', field: 'Vertskommunen skal ikke ha godtgjøring', value: yesNo(values.hostCompensationNone), blank: !values.hostCompensationNone },
    { key: 'hostCompensationNoneReason', section: 'innramming.okonomi', field: 'Hvorfor vertskommunen ikke skal ha godtgjøring', value: values.hostCompensationNone ? values.hostCompensationNoneReason : null },
    { key: 'costKey', section: 'innramming.kostnadsfordeling', field: 'Fordelingsnøkkel', value: values.costKeyKind ? COST_KEY_LABELS[values.costKeyKind].label : null },
    {
      key: 'costKey.fixedPart',
      section: 'innramming.kostnadsfordeling',
      field: 'Andel som deles likt',
      value: values.costKeyKind === 'fast_og_innbyggere' ? number(values.fixedPartPercent, ' %') : null,
    },
  );
  for (const m of values.members) {
    const name = names.get(m.id) ?? 'ukjent deltaker';
    fields.push(
      { key: `member:${m.id}:population`, section: 'innramming.kostnadsfordeling', field: `Innbyggertall for ${name}`, value: number(m.population) },
      { key: `member:${m.id}:usage`, section: 'innramming.kostnadsfordeling', field: `Bruk for ${name}`, value: number(m.usage) },
      { key: `member:${m.id}:fixedShare`, section: 'innramming.kostnadsfordeling', field: `Fast andel for ${name}`, value: number(m.fixedSharePercent, ' %') },
    );
  }
  for (const m of values.members) {
    const name = names.get(m.id) ?? 'ukjent deltaker';
    fields.push(
      { key: `member:${m.id}:benefitLevel`, section: 'innramming.nytte', field: `Nytte for ${name}`, value: m.expectedBenefitLevel ? BENEFIT_LEVEL_LABELS[m.expectedBenefitLevel] : null },
      { key: `member:${m.id}:benefit`, section: 'innramming.nytte', field: `Forventet nytte for ${name}`, value: m.expectedBenefit },
    );
  }
  for (const item of legalForm(dossier.design.legalForm)?.agreementItems ?? []) {
    const ticked = values.agreementChecklist[item.id] === true;
    fields.push({ key: `agreement:${item.id}`, section: 'innramming.avtale', field: item.text, value: yesNo(ticked), blank: !ticked });
  }
  fields.push(
    { key: 'strategyPlan', section: 'innramming.rapportering', field: 'Strategiplan', value: values.strategyPlan },
    { key: 'actionPlan', section: 'innramming.rapportering', field: 'Handlingsplan', value: values.actionPlan },
    { key: 'annualReport', section: 'innramming.rapportering', field: 'Samarbeidet lager årsmelding', value: yesNo(values.annualReport) },
    { key: 'accounts', section: 'innramming.rapportering', field: 'Samarbeidet fører og legger fram regnskap', value: yesNo(values.accounts) },
    { key: 'ownerStrategy', section: 'innramming.rapportering', field: 'Eierstrategi eller eiermelding', value: values.ownerStrategy },
    { key: 'evaluationInterval', section: 'innramming.rapportering', field: 'Måneder mellom evalueringene', value: String(values.evaluationIntervalMonths) },
  );
  return fields;
}
