'use client';
// Opens the browser's print dialog; the print stylesheet leaves only the document.
import { Button } from '@digdir/designsystemet-react';

/** The label comes from the server page, in its language. */
export function PrintButton({ children }: { children: string }) {
  return (
    <Button type="button" variant="primary" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
