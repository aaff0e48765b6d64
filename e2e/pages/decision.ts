// Page objects for the end of an evaluation: the decision form on the evaluation page and
// the exit checklist (avvikling).
import { expect, type Page } from '@playwright/test';
import { DECISION_LABELS, type Decision } from '../../lib/pure/domain/evaluation-decision';
import { group } from './phases';

export interface DecisionInput {
  summary: string;
  summaryPublic: boolean;
  recommendation: Decision;
  reason: string;
  decision: Decision;
  note?: string;
}

export function decisionForm(page: Page) {
  return page.getByRole('form', { name: 'Anbefaling og vedtak' });
}

/** Fills in the decision form (the overview's «Registrer anbefaling og vedtak» leads there). */
export async function fillDecision(page: Page, d: DecisionInput) {
  const form = decisionForm(page);
  await form.getByLabel('Oppsummering', { exact: true }).fill(d.summary);
  await group(form, 'Kan oppsummeringen vises offentlig?').getByRole('radio', { name: d.summaryPublic ? /^Ja/ : /^Nei/ }).check();
  await group(form, 'Anbefaling').getByRole('radio', { name: DECISION_LABELS[d.recommendation], exact: true }).check();
  await form.getByLabel('Begrunnelse for anbefalingen', { exact: true }).fill(d.reason);
  await group(form, 'Vedtak').getByRole('radio', { name: DECISION_LABELS[d.decision], exact: true }).check();
  if (d.note) await form.getByLabel('Vedtaksreferanse eller merknad (valgfritt)').fill(d.note);
  if (d.decision === 'avvikle') await form.getByRole('checkbox', { name: 'Jeg bekrefter at samarbeidet skal avvikles' }).check();
}

export async function submitDecision(page: Page) {
  await decisionForm(page).getByRole('button', { name: 'Registrer anbefaling og vedtak' }).click();
}

/** From the overview: follow the link to the form, fill it in, send it and land on the next page. */
export async function registerDecision(page: Page, d: DecisionInput) {
  await page.getByRole('link', { name: 'Registrer anbefaling og vedtak' }).click();
  await expect(decisionForm(page)).toBeVisible();
  await fillDecision(page, d);
  await submitDecision(page);
  await expect(page).toHaveURL(d.decision === 'avvikle' ? /\/avvikling$/ : /\/samarbeid\/[0-9a-f-]{36}$/);
}

/** One item of the exit checklist: its box and its note. */
export function exitItem(page: Page, itemId: string) {
  return page.getByTestId(`avvikling-${itemId}`);
}

export async function tickExitItem(page: Page, itemId: string, note: string) {
  const item = exitItem(page, itemId);
  await item.getByRole('checkbox', { name: 'Dette er på plass' }).check();
  await item.getByLabel('Notat', { exact: true }).fill(note);
}
