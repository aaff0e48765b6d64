// The translated folders hold no user-facing text in JSX (react/jsx-no-literals in
// eslint.config.mjs): fixture components are linted at real paths with the project's own
// config. Text in a translated folder is reported, a catalogue call is not, and folders not
// yet translated are left alone until they are added to the list.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function literalErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'react/jsx-no-literals' && m.severity === 2).length;
}

const HARD_CODED = "export function X() {\n  return <p>Hvem har ansvaret?</p>;\n}\n";
const IN_BRACES = "export function X() {\n  return <p>{'Hvem har ansvaret?'}</p>;\n}\n";
const TRANSLATED =
  "import { useTranslations } from 'next-intl';\nexport function X() {\n  const t = useTranslations('samarbeid');\n  return (\n    <p className=\"mt-2\" data-testid=\"x\">\n      <span>Brobygger</span> – {t('notFound')}\n    </p>\n  );\n}\n";

describe('no hard-coded text in any component', () => {
  it.each([
    'app/(public)/innsyn/_components/literal-fixture.tsx',
    'app/(public)/innsyn/samarbeid/[id]/_components/literal-fixture.tsx',
    'app/(public)/tilgjengelighet/_components/literal-fixture.tsx',
    'app/(public)/om/slik-regnes-det-ut/literal-fixture.tsx',
    'app/(auth)/logg-inn/_components/literal-fixture.tsx',
    'app/(auth)/nytt-passord/[token]/_components/literal-fixture.tsx',
    'app/_components/site-footer.tsx',
    'app/(public)/innsyn/statistikk/_components/literal-fixture.tsx',
    'app/error.tsx',
    'app/(app)/oversikt/_components/literal-fixture.tsx',
    'app/(app)/samarbeid/[id]/design/_components/literal-fixture.tsx',
    'app/(app)/samarbeid/[id]/evaluering/_components/literal-fixture.tsx',
    'app/(app)/admin/literal-fixture.tsx',
    'app/(app)/a-new-folder/literal-fixture.tsx',
  ])('reports text in %s', async (path) => {
    expect(await literalErrors(path, HARD_CODED)).toBe(1);
    expect(await literalErrors(path, IN_BRACES)).toBe(1);
  });

  it('allows catalogue calls, the product name, punctuation and attributes', async () => {
    expect(await literalErrors('app/(public)/innsyn/_components/literal-fixture.tsx', TRANSLATED)).toBe(0);
  });

  it('leaves tests alone (they render components with fixed data)', async () => {
    expect(await literalErrors('app/(app)/oversikt/_components/literal-fixture.test.tsx', HARD_CODED)).toBe(0);
  });
});
