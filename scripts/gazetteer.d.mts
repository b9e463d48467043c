/** Towns from this many people are in the gazetteer's `towns` list. */
export const TOWN_POPULATION: number;

/** Builds the gazetteer object from the installed data packages. */
export function buildGazetteer(): {
  source: string;
  /** Countries, capitals and US states: places wherever they appear. */
  gpe: string[];
  norp: string[];
  /** Regions of every country whose names are nothing else: places wherever they appear. */
  regions: string[];
  /** Regions named like an everyday word or a person: weak evidence. */
  weakRegions: string[];
  /** Cities of 100,000 people or more: weak evidence. */
  cities: string[];
  /** Smaller towns whose names are neither words nor people's names: weak evidence. */
  towns: string[];
  common: string[];
  /** Folded other names of a country → its common name ("turkey" → "Türkiye"). */
  countryAliases: Record<string, string>;
};
