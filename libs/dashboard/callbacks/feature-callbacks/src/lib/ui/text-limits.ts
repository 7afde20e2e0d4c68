/** Reasons and attempt notes stay short, as the API enforces: details belong in the call record. */
export const CALLBACK_TEXT_MAX_LENGTH = 500;
