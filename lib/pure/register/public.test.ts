// The leak test: a cooperation full of internal values goes through the public projection,
// the public register row and the public CSV, and none of its internal values come out.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { publicRegisterCsv } from './csv';
import { INTERNAL_MINUTES_URL, internalStrings, leakyDossier, leakySource, PUBLIC_MEETING_MINUTES_URL, PUBLIC_MINUTES_URL } from '@/testing/fixtures/register';
import { isPubliclyVisible, publicCooperation, publicRegisterRow, safeUrl, type PublicCooperation } from './public';

function project(): PublicCooperation {
  const result = publicCooperation(leakySource());
  if (!result) throw new Error('expected a public cooperation');
  return result;
}

function publicOutputs(): Record<string, string> {
  const projection = project();
  return {
    projection: JSON.stringify(projection),
    csv: publicRegisterCsv([publicRegisterRow(projection)], 'https://brobygger.example'),
  };
}

describe('publicCooperation leaks nothing internal', () => {
  const source = leakySource();
  const internal = internalStrings(source);

  it('the fixture really is full of internal values', () => {
    // mandate, sponsors, contacts, benefit, plans, leader, goals, notes, decisions, minutes ...
    expect(internal.length).toBeGreaterThan(35);
    expect(internal).toEqual(expect.arrayContaining(['INTERN-mandat alene', 'INTERN-kontakt Grimstad kommune', 'INTERN-nytte Arendal kommune', 'INTERN-sak som ikke er offentlig']));
  });

  for (const [name, output] of Object.entries(publicOutputs())) {
    it(`${name}: no internal marker at all`, () => {
      expect(output).not.toContain('INTERN');
      for (const value of internal) expect(output, value).not.toContain(value);
    });

    it(`${name}: no internal figures (budget, shares, usage, host compensation)`, () => {
      for (const figure of ['98765432100', '987654321', '37.77', '37,77', '4242', '123456789']) expect(output).not.toContain(figure);
    });
  }

  it('copies exactly the whitelisted fields (a new field must be decided on here first)', () => {
    expect(Object.keys(project()).sort()).toEqual(
      [
        'bodies', 'bodyDecisions', 'formerMembers', 'geographicLevel', 'hosts', 'id', 'latestEvaluation', 'legalForm', 'legalFormName', 'memberDecisions',
        'members', 'minutes', 'name', 'organisationNumber', 'problem', 'publishesMinutes', 'purpose', 'startDate', 'state', 'taskArea', 'upcomingMembers',
      ].sort(),
    );
    expect(Object.keys(project().members[0]!).sort()).toEqual(['contactPerson', 'kommunenummer', 'name', 'role']);
    expect(project().organisationNumber).toBe('974760673');
  });

  it('shows the public values', () => {
    const { projection } = publicOutputs();
    for (const value of ['OFFENTLIG-navn', 'OFFENTLIG-formål', 'OFFENTLIG-hva', 'OFFENTLIG-kontakt Arendal', 'OFFENTLIG-nemnd', 'OFFENTLIG-sak', 'OFFENTLIG-25/7', 'OFFENTLIG-bystyre', 'OFFENTLIG-24/1']) {
      expect(projection).toContain(value);
    }
  });
});

describe('public contact persons', () => {
  it('only where the cooperation marked them public', () => {
    const members = project().members;
    expect(members.find((m) => m.name === 'Arendal kommune')?.contactPerson).toBe('OFFENTLIG-kontakt Arendal');
    expect(members.filter((m) => m.contactPerson !== null)).toHaveLength(1);
  });
});

describe('published minutes', () => {
  it('lists public minutes of the bodies and held formal political anchoring, saying where each comes from', () => {
    const minutes = project().minutes;
    expect(minutes.map((m) => m.url)).toEqual([PUBLIC_MINUTES_URL, PUBLIC_MEETING_MINUTES_URL]);
    expect(minutes[0]).toEqual({ source: 'forankring', member: 'Arendal kommune', body: 'kommunestyre', date: '2025-04-01', url: PUBLIC_MINUTES_URL });
    expect(minutes[1]).toEqual({ source: 'organ', member: null, body: 'OFFENTLIG-nemnd', date: '2025-01-10', url: PUBLIC_MEETING_MINUTES_URL });
    expect(JSON.stringify(minutes)).not.toContain(INTERNAL_MINUTES_URL);
  });

  it('an uploaded minutes file is linked through the public page, never by the stored link', () => {
    const source = leakySource();
    source.meetings = [{ id: 'mt-1', minutesPublic: true, minutesUrl: null, hasFile: true }];
    expect(publicCooperation(source)?.minutes.find((m) => m.source === 'organ')?.url).toBe(`/innsyn/samarbeid/${source.dossier.id}/referat/mt-1`);
  });

  it('without the channel in the information plan only the bodies\' own public minutes are listed', () => {
    const dossier = leakyDossier();
    dossier.informationItems = [{ ...dossier.informationItems[0]!, channel: 'nettside' }];
    const result = publicCooperation(leakySource(dossier));
    expect(result?.publishesMinutes).toBe(false);
    expect(result?.minutes.map((m) => m.source)).toEqual(['organ']);
  });
});

describe('decisions', () => {
  it('member decisions with links, newest first; unsafe links are dropped', () => {
    const decisions = project().memberDecisions;
    expect(decisions.map((d) => d.member)).toEqual(['Grimstad kommune', 'Arendal kommune']);
    expect(decisions[0]?.url).toBeNull();
    expect(decisions[1]?.url).toBe('https://moter.example/OFFENTLIG-vedtak');
  });

  it('only body decisions marked public, without the internal governance flags', () => {
    const decisions = project().bodyDecisions;
    expect(decisions).toEqual([{ body: 'OFFENTLIG-nemnd', date: '2025-01-10', title: 'OFFENTLIG-sak', saksnummer: 'OFFENTLIG-25/7', url: 'https://moter.example/OFFENTLIG-nemndvedtak' }]);
  });
});

describe('visibility', () => {
  it('a cooperation not marked public has no public projection', () => {
    expect(publicCooperation({ ...leakySource(), isPublic: false })).toBeNull();
  });

  it('a draft is not public even when marked public', () => {
    const dossier = leakyDossier();
    dossier.state = 'utkast';
    expect(publicCooperation(leakySource(dossier))).toBeNull();
    expect(isPubliclyVisible({ isPublic: true, state: 'etablering' })).toBe(true);
    expect(isPubliclyVisible({ isPublic: false, state: 'drift' })).toBe(false);
  });
});

describe('latest evaluation and the public register row', () => {
  it('gives the date, decision and public summary of the latest closed round only', () => {
    expect(project().latestEvaluation).toEqual({ closedAt: '2025-03-15', decision: 'opprettholde', summary: 'OFFENTLIG-oppsummering av siste runde' });
    const hidden = leakySource();
    hidden.evaluationSummaries = [{ id: 'e-2', summary: 'INTERN-ikke offentlig oppsummering', summaryPublic: false }];
    expect(publicCooperation(hidden)?.latestEvaluation?.summary).toBeNull();
    const dossier = leakyDossier();
    dossier.evaluations = [];
    expect(publicCooperation(leakySource(dossier))?.latestEvaluation).toBeNull();
  });

  it('the public CSV row repeats the projection', () => {
    const csv = publicRegisterCsv([publicRegisterRow(project())], 'https://brobygger.example');
    const [record] = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(record).toEqual({
      Samarbeid: 'OFFENTLIG-navn Legevakt',
      Organisasjonsform: 'Vertskommunesamarbeid med felles folkevalgt nemnd',
      Oppgavefelt: 'Legevakt',
      'Vertskommune/kontorkommune': 'Arendal kommune',
      Deltakere: 'Arendal kommune, Grimstad kommune, Lillesand kommune, Froland kommune',
      Tilstand: 'Drift',
      Startdato: '01.03.2024',
      'Siste evaluering': '15.03.2025',
      Nettside: 'https://brobygger.example/innsyn/samarbeid/00000000-0000-4000-8000-00000000beef',
    });
  });
});

describe('safeUrl', () => {
  it('keeps web links and drops everything else', () => {
    expect(safeUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
