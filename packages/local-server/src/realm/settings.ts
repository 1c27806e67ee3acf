// Realm lifetimes and device-flow settings with their Keycloak-like defaults.
export interface RealmSettings {
  readonly name: string;
  readonly accessTokenLifetimeSeconds: number;
  readonly refreshTokenLifetimeSeconds: number;
  readonly offlineTokenLifetimeSeconds: number;
  readonly deviceCodeLifetimeSeconds: number;
  readonly devicePollIntervalSeconds: number;
}

export const REALM_DEFAULTS: Omit<RealmSettings, "name"> = {
  accessTokenLifetimeSeconds: 300,
  refreshTokenLifetimeSeconds: 1800,
  offlineTokenLifetimeSeconds: 30 * 24 * 3600,
  deviceCodeLifetimeSeconds: 600,
  devicePollIntervalSeconds: 5,
};

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
