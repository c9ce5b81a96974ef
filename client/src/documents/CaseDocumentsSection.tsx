import { DocumentRegister } from "./DocumentRegister";

/** The case page's "Documents" section, after "Sources". */
export function CaseDocumentsSection({ caseId }: { caseId: string }) {
  return (
    <section aria-labelledby="case-documents" id="documents">
      <h2 id="case-documents">Documents</h2>
      <p className="lede">
        The distinct documents about this case, grouped from INDIGO's source rows: the same report cited at several pages
        is one document. The grouping is a suggestion; each merge, split, retype or addition is recorded with its reason.
      </p>
      <DocumentRegister caseId={caseId} />
    </section>
  );
}
