// The public register as one JSON document (an array of rows), streamed: each batch is
// written when the client has taken the previous one, and a client that goes away cancels
// the batches' iterator (and with it the database cursor behind it).
import type { PublicRegisterRow } from './public';

export interface PublicJsonRow extends PublicRegisterRow {
  /** The public page of the cooperation, absolute. */
  url: string;
}

export function publicRegisterJsonStream(batches: AsyncIterable<readonly PublicRegisterRow[]>, origin: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let state: 'start' | 'rows' = 'start';
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (state === 'start') {
          state = 'rows';
          controller.enqueue(encoder.encode('['));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode(first ? ']\n' : '\n]\n'));
          controller.close();
          return;
        }
        const parts = next.value.map((row) => {
          const item: PublicJsonRow = { ...row, url: `${origin}/innsyn/samarbeid/${row.id}` };
          const text = `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
          first = false;
          return text;
        });
        if (parts.length > 0) controller.enqueue(encoder.encode(parts.join('')));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
