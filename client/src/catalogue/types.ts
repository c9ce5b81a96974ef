export interface CaseSummary {
  id: string;
  name: string;
  countries: string[];
  stage: string | null;
  policySector: string | null;
  liveDate: string | null;
  liveYear: number | null;
  outcomeFunds: string[];
  currency: string | null;
  maxOutcomePayment: number | null;
  actualOutcomePayments: number | null;
  sourceCount: number;
  version: number;
}

export interface CaseList {
  total: number;
  cases: CaseSummary[];
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  countries: Facet[];
  stages: Facet[];
  sectors: Facet[];
  funds: Facet[];
  liveYears: { min: number; max: number } | null;
}
