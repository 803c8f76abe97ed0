/** Sign-in throttling tables (migration 2026-12-02-hardening). */
export interface SignInTables {
  /** Failures per key: `account:<username as typed, normalised>` or `address:<ip>`. */
  sign_in_throttles: SignInThrottlesTable;
  /** Addresses from which a user has signed in successfully: their "known places". */
  sign_in_places: SignInPlacesTable;
}

export interface SignInThrottlesTable {
  key: string;
  failures: number;
  last_failure_at: string;
  /** Until this instant the key is refused without checking any password. */
  blocked_until: string;
}

export interface SignInPlacesTable {
  user_id: string;
  ip: string;
  last_signed_in_at: string;
}
