import { countryName } from "../ui/countries";
import { isApplicable, type CaseFilters, type FilterKey } from "./filters";
import { FilterInput } from "./FilterInput";
import type { Facet, Facets } from "./types";

interface Props {
  idPrefix: string;
  keys: FilterKey[];
  filters: CaseFilters;
  facets: Facets | undefined;
  showCounts: boolean;
  onChange: (key: FilterKey, value: string) => void;
  onClear: () => void;
}

const selects: { key: FilterKey; label: string; facet: keyof Omit<Facets, "liveYears">; any: string }[] = [
  { key: "country", label: "Country", facet: "countries", any: "Any country" },
  { key: "stage", label: "Stage", facet: "stages", any: "Any stage" },
  { key: "sector", label: "Policy sector", facet: "sectors", any: "Any policy sector" },
  { key: "fund", label: "Outcome fund", facet: "funds", any: "Any outcome fund" },
];

function optionsFor(facets: Facet[], selected: string): Facet[] {
  return selected === "" || facets.some((f) => f.value === selected)
    ? facets
    : [{ value: selected, count: 0 }, ...facets];
}

export function CaseFilterForm({ idPrefix, keys, filters, facets, showCounts, onChange, onClear }: Props) {
  const id = (key: FilterKey) => `${idPrefix}-${key}`;
  const years = facets?.liveYears;
  const yearProps = (key: FilterKey) => ({
    id: id(key),
    type: "number",
    inputMode: "numeric" as const,
    min: years?.min,
    max: years?.max,
    step: 1,
    placeholder: key === "liveFrom" ? String(years?.min ?? "") : String(years?.max ?? ""),
    value: filters[key],
    isApplicable: (value: string) => isApplicable(key, value),
    onCommit: (value: string) => onChange(key, value),
  });

  return (
    <form className="filters" role="search" aria-label="Filter cases" onSubmit={(e) => e.preventDefault()}>
      {selects
        .filter((s) => keys.includes(s.key))
        .map((s) => (
          <div className="field" key={s.key}>
            <label htmlFor={id(s.key)}>{s.label}</label>
            <select id={id(s.key)} value={filters[s.key]} onChange={(e) => onChange(s.key, e.target.value)}>
              <option value="">{s.any}</option>
              {optionsFor(facets?.[s.facet] ?? [], filters[s.key]).map((f) => (
                <option key={f.value} value={f.value}>
                  {s.key === "country" ? countryName(f.value) : f.value}
                  {showCounts ? ` (${f.count})` : ""}
                </option>
              ))}
            </select>
          </div>
        ))}
      <div className="field field-year">
        <label htmlFor={id("liveFrom")}>Live from</label>
        <FilterInput {...yearProps("liveFrom")} />
      </div>
      <div className="field field-year">
        <label htmlFor={id("liveTo")}>Live to</label>
        <FilterInput {...yearProps("liveTo")} />
      </div>
      <div className="field field-search">
        <label htmlFor={id("q")}>Search name</label>
        <FilterInput
          id={id("q")}
          type="search"
          value={filters.q}
          isApplicable={() => true}
          onCommit={(value) => onChange("q", value)}
        />
      </div>
      <div className="field field-action">
        <button type="button" className="button-secondary" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
