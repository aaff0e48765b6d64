// Reference data seeded on first start: the 2024 municipality list (with the county
// municipalities of its counties) and the task areas.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Db } from '../client';
import { countMunicipalities, importMunicipalities, insertTaskAreas, listTaskAreas, syncCountyMunicipalities } from '../queries/municipalities';
import { parseKommuneList } from '@/lib/pure/reference/kommuner-csv';

const DATA_DIR = path.join(process.cwd(), 'db', 'seed', 'data');

/** Populations quoted in seed 000 (1 January 2022), so cost keys per inhabitant work in the demo. */
const DEMO_POPULATION: Record<string, number> = {
  '4204': 113737, '4205': 23147, '4215': 11279, '4216': 5342, '4218': 1323, '4223': 15123,
  '4224': 947 /* approx., not in seed 000 */, '4225': 10480, '4226': 1704, '4201': 6735, '4202': 24017, '4203': 45509,
};

export async function seedReferenceData(db: Db): Promise<{ municipalities: number; taskAreas: number }> {
  let addedMunicipalities = 0;
  if ((await countMunicipalities(db)) === 0) {
    const list = parseKommuneList(readFileSync(path.join(DATA_DIR, 'kommuner-2024.csv'), 'utf8')).map((m) => ({
      ...m,
      population: m.population ?? DEMO_POPULATION[m.kommunenummer] ?? null,
      validFrom: '2024-01-01',
    }));
    addedMunicipalities = (await importMunicipalities(db, list, '2024-01-01')).added;
  } else {
    // Databases seeded before county municipalities existed get them on the next start.
    addedMunicipalities = (await syncCountyMunicipalities(db, '2024-01-01')).added;
  }
  let addedTaskAreas = 0;
  if ((await listTaskAreas(db, { includeRetired: true })).length === 0) {
    const rows = parse(readFileSync(path.join(DATA_DIR, 'oppgavefelt.csv'), 'utf8'), {
      columns: true,
      delimiter: ';',
      skip_empty_lines: true,
      trim: true,
    }) as { sektor: string; oppgavefelt: string; kilde: string }[];
    await insertTaskAreas(db, rows.map((r) => ({ sector: r.sektor, name: r.oppgavefelt, source: r.kilde || null })));
    addedTaskAreas = rows.length;
  }
  return { municipalities: addedMunicipalities, taskAreas: addedTaskAreas };
}
