'use client';
// Each member's figures for the chosen key next to the share and amount computeCostShares
// gives for them, recomputed as the user types; its Norwegian error explains what is missing.
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { computeCostShares, costShareErrorText, formatNok, formatPercent, type CostShareResult } from '@/lib/pure/domain/cost-shares';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { InnrammingWords } from './innramming-form';
import type { CostKeyKind } from '@/lib/pure/domain/dossier';
import { parseNok, parseNumberNb } from '@/lib/pure/validation/phases/numbers';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { useSectionLock } from '@/app/_components/phase/section-lock';

export interface CostShareMemberInfo {
  id: string;
  name: string;
}

type FigureField = 'population' | 'usage' | 'fixedSharePercent';

type TableWords = InnrammingWords['table'];
const FIGURES: Record<FigureField, { header: keyof TableWords; label: keyof TableWords; suffix?: string; kinds: CostKeyKind[] }> = {
  population: { header: 'population', label: 'populationFor', kinds: ['innbyggere', 'fast_og_innbyggere'] },
  usage: { header: 'usage', label: 'usageFor', kinds: ['bruk'] },
  fixedSharePercent: { header: 'fixedShare', label: 'fixedShareFor', suffix: '%', kinds: ['faste_andeler'] },
};
const FIGURE_FIELDS: readonly FigureField[] = ['population', 'usage', 'fixedSharePercent'];

const numberOrNull = (text: unknown) => (typeof text === 'string' ? parseNumberNb(text) : typeof text === 'number' ? text : null);

type Watched = Pick<InnrammingInput, 'budget' | 'fixedPartPercent' | 'members'>;

function liveShares(kind: CostKeyKind, values: Watched, members: CostShareMemberInfo[]): { result: CostShareResult; budgetKnown: boolean } {
  const budget = typeof values.budget === 'string' ? parseNok(values.budget) : null;
  const budgetOre = budget?.ok && budget.ore !== null ? budget.ore : null;
  const figures = members.map((m, i) => {
    const v = values.members?.[i];
    return { id: m.id, name: m.name, population: numberOrNull(v?.population), usage: numberOrNull(v?.usage), fixedSharePercent: numberOrNull(v?.fixedSharePercent) };
  });
  // Without a budget the shares in percent are still worth showing; the amounts are not.
  const result = computeCostShares(figures, { kind, fixedPartPercent: numberOrNull(values.fixedPartPercent) }, budgetOre ?? 0);
  return { result, budgetKnown: budgetOre !== null };
}

export function CostShareTable({ members, words, and, locale }: { members: CostShareMemberInfo[]; words: TableWords; and: string; locale: Locale }) {
  const text = (key: keyof TableWords) => words[key] as string;
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const [costKeyKind, budget, fixedPartPercent, memberValues] = useWatch({ control, name: ['costKeyKind', 'budget', 'fixedPartPercent', 'members'] });
  const kind = costKeyKind || null;
  // In a locked (disabled) section nothing inside can take focus, so a scroll box of its own
  // could not be scrolled by keyboard; the page scrolls instead.
  const { locked } = useSectionLock('innramming.kostnadsfordeling');
  if (members.length === 0) return <Paragraph data-size="sm">{words.noMembers}</Paragraph>;
  if (kind === null) return <Paragraph data-size="sm">{words.chooseKey}</Paragraph>;

  const shown = FIGURE_FIELDS.filter((f) => FIGURES[f].kinds.includes(kind));
  const { result, budgetKnown } = liveShares(kind, { budget, fixedPartPercent, members: memberValues }, members);
  const byId = new Map(result.ok ? result.shares.map((s) => [s.memberId, s]) : []);
  return (
    <div className="flex flex-col gap-3">
      <div className={locked ? undefined : 'overflow-x-auto'}>
        <Table data-size="sm" zebra className="w-full">
          <caption className="text-left font-semibold">{words.caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{words.member}</Table.HeaderCell>
              {shown.map((f) => (
                <Table.HeaderCell key={f}>{text(FIGURES[f].header)}</Table.HeaderCell>
              ))}
              <Table.HeaderCell className="text-right">{words.share}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{words.amount}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((m, i) => {
              const share = byId.get(m.id);
              const memberErrors = errors.members?.[i];
              return (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row" className="font-normal">
                    {m.name}
                    {memberErrors?.id?.message ? <ValidationMessage>{memberErrors.id.message}</ValidationMessage> : null}
                  </Table.HeaderCell>
                  {shown.map((f) => (
                    <Table.Cell key={f}>
                      <Textfield
                        aria-label={fillTemplate(text(FIGURES[f].label), { name: m.name })}
                        data-size="sm"
                        inputMode="decimal"
                        autoComplete="off"
                        suffix={FIGURES[f].suffix}
                        className="min-w-28"
                        error={memberErrors?.[f]?.message}
                        {...register(`members.${i}.${f}`, f === 'fixedSharePercent' ? { deps: ['costKeyKind'] } : undefined)}
                      />
                    </Table.Cell>
                  ))}
                  <Table.Cell className="text-right tabular-nums">{share ? formatPercent(share.shareBasisPoints, locale) : '–'}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{share && budgetKnown ? formatNok(share.amountOre, locale) : '–'}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      {!result.ok ? (
        <Alert data-color="warning" role="status">
          {costShareErrorText(result, words.errors, members, and, locale)}
        </Alert>
      ) : !budgetKnown ? (
        <Paragraph data-size="sm" className="bb-muted">
          {words.budgetHint}
        </Paragraph>
      ) : null}
    </div>
  );
}
