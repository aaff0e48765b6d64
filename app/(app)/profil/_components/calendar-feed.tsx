'use client';
// The secret feed address with copy and subscribe links, and "Lag ny adresse" (the old one
// stops working at once, so the user confirms first).
import { useState, useTransition } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { feedUrls } from '@/lib/pure/calendar/urls';
import { regenerateFeedAction } from '../actions';

/** The words of the feed box, from the catalogue (profil.feed). */
export interface CalendarFeedWords {
  confirm: string;
  regenerated: string;
  address: string;
  addressDescription: string;
  copied: string;
  copy: string;
  open: string;
  hidden: string;
  regenerate: string;
  regenerateHelp: string;
}

export function CalendarFeed({ baseUrl, token: initialToken, words }: { baseUrl: string; token: string | null; words: CalendarFeedWords }) {
  const [token, setToken] = useState(initialToken);
  const feedback = useFeedback();
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const urls = token ? feedUrls(baseUrl, token) : null;

  const regenerate = () => {
    if (!window.confirm(words.confirm)) return;
    startTransition(async () => {
      feedback.clear();
      const result = await regenerateFeedAction({ confirmed: true });
      if (!result.ok) {
        feedback.error(result.message);
        return;
      }
      setToken(result.data.token);
      setCopied(false);
      feedback.success(words.regenerated);
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
            label={words.address}
            description={words.addressDescription}
            value={urls.https}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={copy}>
              {copied ? words.copied : words.copy}
            </Button>
            <Button asChild variant="secondary">
              <a href={urls.webcal}>{words.open}</a>
            </Button>
          </div>
        </>
      ) : (
        <Paragraph>{words.hidden}</Paragraph>
      )}
      <div>
        <Button type="button" variant="tertiary" onClick={regenerate} loading={pending} disabled={pending}>
          {words.regenerate}
        </Button>
        <Paragraph data-size="sm" className="bb-muted mt-1">
          {words.regenerateHelp}
        </Paragraph>
      </div>
    </div>
  );
}
