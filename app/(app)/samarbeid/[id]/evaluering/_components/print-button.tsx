'use client';
// Opens the browser's print dialog; the print stylesheet leaves only the document.
import { Button } from '@digdir/designsystemet-react';

export function PrintButton({ children = 'Skriv ut' }: { children?: string }) {
  return (
    <Button type="button" variant="primary" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
