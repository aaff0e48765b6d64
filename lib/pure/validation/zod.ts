// The project's zod: every issue a schema does not word itself becomes a message reference
// (lib/pure/validation/reference.ts), worded in the reader's language where it is shown.
// Import z from here (not from 'zod') in every schema, so client and server agree.
// jitless: zod would otherwise probe for eval with `new Function`, which the Content-Security-
// Policy (no 'unsafe-eval') reports as a violation in every browser console.
import { z } from 'zod';
import { msg } from './reference';

const MANY = new Set(['array', 'set', 'map', 'file']);

z.config({
  jitless: true,
  customError: (issue) => {
    switch (issue.code) {
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') return msg('textTooLong', { max });
        return MANY.has(issue.origin) ? msg('tooMany', { max }) : msg(issue.inclusive ? 'tooBig' : 'tooBigExclusive', { max });
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string') return min <= 1 ? msg('required') : msg('textTooShort', { min });
        return MANY.has(issue.origin) ? msg('tooFew', { min }) : msg(issue.inclusive ? 'tooSmall' : 'tooSmallExclusive', { min });
      }
      case 'invalid_format':
        return issue.format === 'email' ? msg('email') : issue.format === 'url' ? msg('url') : msg('invalidFormat');
      case 'invalid_value':
        return msg('invalidChoice');
      case 'not_multiple_of':
        return msg('notMultipleOf', { divisor: Number(issue.divisor) });
      case 'unrecognized_keys':
        return msg('unknownFields', { keys: issue.keys.join(', ') });
      default:
        return msg('invalid');
    }
  },
});

export { z };
