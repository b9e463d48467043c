/** Builds the gazetteer object from the installed data packages. */
export function buildGazetteer(): {
  source: string;
  gpe: string[];
  norp: string[];
  cities: string[];
  common: string[];
};
