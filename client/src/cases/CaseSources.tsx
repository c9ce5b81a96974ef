import { ExternalLink } from "../ui/ExternalLink";
import { displayText, formatDate, plural } from "../ui/format";
import type { IndigoRecord } from "./types";

export function CaseSources({ record }: { record: IndigoRecord }) {
  const sources = record.sources ?? [];
  const documents = record.documents ?? [];
  return (
    <section aria-labelledby="case-sources">
      <h2 id="case-sources">Sources</h2>
      <p data-testid="source-count">{plural(sources.length, "source")}</p>
      {sources.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Sources" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Publisher</th>
                <th scope="col">Date</th>
                <th scope="col">URL</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source, i) => (
                <tr key={source.id ?? i}>
                  <td className="prose">{displayText(source.name)}</td>
                  <td>{displayText(source.type)}</td>
                  <td>{displayText(source.publishingOrganisations)}</td>
                  <td className="nowrap">{formatDate(source.publicationDate)}</td>
                  <td>
                    <ExternalLink href={source.url} />
                    {source.archiveUrl && (
                      <>
                        {" "}
                        (<ExternalLink href={source.archiveUrl}>archived</ExternalLink>)
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {documents.length > 0 && (
        <>
          <h3>Documents listed by INDIGO</h3>
          <ul className="plain-list">
            {documents.map((doc, i) => (
              <li key={i}>
                <ExternalLink href={doc.url}>{displayText(doc.title)}</ExternalLink>
                {doc.notes && <span className="muted"> — {doc.notes}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
