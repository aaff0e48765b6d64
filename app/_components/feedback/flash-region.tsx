'use client';
// Where a flash lands after a navigation (lib/client/feedback/store.ts): at the top of the main
// content, which is where the page opens. It stays while the user is on that page and goes
// when they move on or when anything else on the page says something new.
import { useEffect, useSyncExternalStore } from 'react';
import { usePathname } from 'next/navigation';
import { feedbackStore, FLASH_OWNER } from '@/lib/client/feedback/store';
import { FeedbackMessage } from './feedback-message';

const subscribe = (listener: () => void) => feedbackStore.subscribe(listener);
const current = () => feedbackStore.current();
const none = () => null;

export function FlashRegion() {
  const pathname = usePathname();
  const entry = useSyncExternalStore(subscribe, current, none);
  useEffect(() => feedbackStore.arrive(pathname), [pathname]);
  return <FeedbackMessage entry={entry?.owner === FLASH_OWNER ? entry : null} className="bb-no-print mb-6" testId="flash" />;
}
