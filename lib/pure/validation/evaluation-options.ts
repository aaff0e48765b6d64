// The answer form's text limits, without zod: the form in the browser counts against them.

export const COMMENT_MAX = 2000;

export const RESULT_MAX = 200;

export const OPEN_ANSWER_MAX = 4000;
