import { CaseBrowser } from "./CaseBrowser";
import { catalogueFilterKeys } from "./filters";

export function CataloguePage() {
  return (
    <main className="page" id="main">
      <h1>Catalogue</h1>
      <p className="lede">
        Every impact bond in the INDIGO Impact Bond Dataset. Filter it, then share the address: the filters are part of
        it.
      </p>
      <CaseBrowser
        idPrefix="catalogue"
        endpoint="/api/cases"
        keys={catalogueFilterKeys}
        showFacetCounts
        caption="Impact bonds matching the filters"
      />
    </main>
  );
}
