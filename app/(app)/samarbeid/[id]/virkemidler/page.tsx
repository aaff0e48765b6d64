// Virkemidler: the metastyring matrix of the instruments in use — those the phase data
// already shows (lib/pure/domain/instruments-derived.ts) and those entered here by hand.
import type { Metadata } from 'next';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { listInstrumentUses } from '@/db/queries/instruments';
import { FAMILIES, instrument, matrix, missingFamilies } from '@/lib/pure/domain/instruments';
import { combinedUses, derivedCodes } from '@/lib/pure/domain/instruments-derived';
import { joinNb } from '@/lib/pure/domain/nb-text';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { InstrumentMatrixView } from './_components/instrument-matrix';
import { InstrumentsForm } from './_components/instruments-form';

export const metadata: Metadata = { title: 'Virkemidler' };

export default async function VirkemidlerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/virkemidler`);
  if (!allowed) return null; // the layout shows NoAccess
  const { version, data } = await loadForForm(id, 'virkemidler', listInstrumentUses);
  const manual = data ?? [];
  const uses = combinedUses(dossier, manual);
  const derived = uses.filter((u) => u.derivedFrom !== null);
  const missing = missingFamilies(uses).map((p) => FAMILIES.find((f) => f.id === p)!.label.toLowerCase());
  return (
    <div className="space-y-6">
      <div>
        <Heading level={2} data-size="md">
          Virkemidler
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">
          Kommunene styrer samarbeid med fire familier av virkemidler. Et samarbeid med sterke rammer, men uten støtte og deltakelse, blir lett «født og
          glemt».
        </Paragraph>
      </div>
      <section aria-labelledby="matrise-tittel" className="bb-panel">
        <Heading level={2} id="matrise-tittel" data-size="sm">
          Metastyringsmatrisen
        </Heading>
        {missing.length > 0 ? (
          <Alert data-color="warning" className="mt-3">
            <Paragraph data-size="sm">
              Ingen virkemidler i bruk innen {joinNb(missing)}. Vurder om kommunene styrer samarbeidet på alle fire måter.
            </Paragraph>
          </Alert>
        ) : (
          <Paragraph data-size="sm" className="mt-2">
            Alle fire familier har minst ett virkemiddel.
          </Paragraph>
        )}
        <Paragraph data-size="sm" className="mt-2">
          {derived.length} av virkemidlene er hentet fra det som er registrert i fasene, forankringsplanen og informasjonsplanen; de merkes med hvor de kommer fra.
          Legg til andre virkemidler, eller et dokument til et av dem, nedenfor.
        </Paragraph>
        <InstrumentMatrixView matrix={matrix(uses)} labelledBy="matrise-tittel" cooperationId={id} />
      </section>
      {/* The matrix already shows everything recorded, so a read-only form would add nothing. */}
      {phaseWritable(canEdit, dossier.state) ? (
        <InstrumentsForm cooperationId={id} initial={manual} version={version} readOnly={false} derived={derivedCodes(dossier).map((code) => ({ code, label: instrument(code)!.label }))} />
      ) : (
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} />
      )}
    </div>
  );
}
