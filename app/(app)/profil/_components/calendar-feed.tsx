'use client';
// The secret feed address with copy and subscribe links, and "Lag ny adresse" (the old one
// stops working at once, so the user confirms first).
import { useState, useTransition } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { feedUrls } from '@/lib/pure/calendar/urls';
import { regenerateFeedAction } from '../actions';

const CONFIRM =
  'Den gamle adressen slutter å virke med en gang, og kalendere som abonnerer på den, må få den nye adressen. Vil du lage en ny adresse?';

export function CalendarFeed({ baseUrl, token: initialToken }: { baseUrl: string; token: string | null }) {
  const [token, setToken] = useState(initialToken);
  const feedback = useFeedback();
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const urls = token ? feedUrls(baseUrl, token) : null;

  const regenerate = () => {
    if (!window.confirm(CONFIRM)) return;
    startTransition(async () => {
      feedback.clear();
      const result = await regenerateFeedAction({ confirmed: true });
      if (!result.ok) {
        feedback.error(result.message);
        return;
      }
      setToken(result.data.token);
      setCopied(false);
      feedback.success('Ny kalenderadresse er laget. Den gamle virker ikke lenger – bytt den ut der du abonnerer på kalenderen.');
    });
  };

  const copy = async () => {
    if (!urls) return;
    try {
      await navigator.clipboard.writeText(urls.https);
      setCopied(true);
    } catch {
      // No clipboard (e.g. plain http): the field selects its text on focus for manual copying.
      setCopied(false);
    }
  };

  return (
    <div className="space-y-4">
      <FeedbackMessage entry={feedback.entry} />
      {urls ? (
        <>
          <Textfield
            label="Kalenderadresse"
            description="Adressen er hemmelig: alle som har den, kan se kalenderen din. Ikke del den med andre."
            value={urls.https}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={copy}>
              {copied ? 'Adressen er kopiert' : 'Kopier adressen'}
            </Button>
            <Button asChild variant="secondary">
              <a href={urls.webcal}>Åpne i kalenderprogrammet</a>
            </Button>
          </div>
        </>
      ) : (
        <Paragraph>
          Adressen kan ikke vises, fordi løsningens nøkkel er byttet etter at den ble laget. Den gamle adressen virker fortsatt. Lag en ny
          adresse for å se den.
        </Paragraph>
      )}
      <div>
        <Button type="button" variant="tertiary" onClick={regenerate} loading={pending} disabled={pending}>
          Lag ny adresse
        </Button>
        <Paragraph data-size="sm" className="bb-muted mt-1">
          Gjør dette hvis adressen kan ha kommet på avveie. Den gamle adressen slutter å virke med en gang.
        </Paragraph>
      </div>
    </div>
  );
}
