/** Session lifetimes. The idle limit is configurable (`SESSION_IDLE_MINUTES`); the absolute one is not. */
export const DEFAULT_SESSION_IDLE_MINUTES = 15;
/** One long shift: a session never outlives 12 hours, however busy. */
export const SESSION_ABSOLUTE_HOURS = 12;
/** The dashboard warns this long before an idle sign-out. */
export const IDLE_WARNING_SECONDS = 60;
