import { BrowserRouter, Route, Routes } from "react-router-dom";
import { AgreementPage } from "./agreement/AgreementPage";
import { CaseTimelinePage } from "./audit/CaseTimelinePage";
import { RequireSession } from "./auth/RequireSession";
import { SessionProvider } from "./auth/SessionProvider";
import { SignInPage } from "./auth/SignInPage";
import { CasePage } from "./cases/CasePage";
import { CataloguePage } from "./catalogue/CataloguePage";
import { CaseJudgementsPage } from "./coding/judgements/CaseJudgementsPage";
import { ThemesPage } from "./coding/judgements/ThemesPage";
import { CodebookPage } from "./codebook/CodebookPage";
import { CodingDocumentsPage } from "./coding/workbench/CodingDocumentsPage";
import { WorkbenchPage } from "./coding/workbench/WorkbenchPage";
import { SearchPage } from "./coding/search/SearchPage";
import { PrecisionPage } from "./coding/suggestions/PrecisionPage";
import { SuggestionsPage } from "./coding/suggestions/SuggestionsPage";
import { DocumentsPage } from "./documents/DocumentsPage";
import { DocumentTextPage } from "./documents/DocumentTextPage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { OutcomeCasePage } from "./outcomes/OutcomeCasePage";
import { OutcomesPage } from "./outcomes/OutcomesPage";
import { ReconciliationPage } from "./reconciliation/ReconciliationPage";
import { RoomPage } from "./reconciliation/RoomPage";
import { ReplayPage } from "./replay/ReplayPage";
import { ScreeningPage } from "./screening/ScreeningPage";
import { StudiesPage } from "./studies/StudiesPage";
import { StudyPage } from "./studies/StudyPage";

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/signin" element={<SignInPage />} />
          <Route
            element={
              <RequireSession>
                <Layout />
              </RequireSession>
            }
          >
            <Route index element={<StudiesPage />} />
            <Route path="studies/:id" element={<StudyPage />} />
            <Route path="studies/:id/codebook" element={<CodebookPage />} />
            <Route path="studies/:id/search" element={<SearchPage />} />
            <Route path="studies/:id/suggestions" element={<SuggestionsPage />} />
            <Route path="studies/:id/keyword-precision" element={<PrecisionPage />} />
            <Route path="studies/:id/agreement" element={<AgreementPage />} />
            <Route path="studies/:id/screening" element={<ScreeningPage />} />
            <Route path="studies/:id/outcomes" element={<OutcomesPage />} />
            <Route path="studies/:id/outcomes/:caseId" element={<OutcomeCasePage />} />
            <Route path="studies/:id/cases/:caseId/timeline" element={<CaseTimelinePage />} />
            <Route path="studies/:id/coding" element={<CodingDocumentsPage />} />
            <Route path="studies/:id/cases/:caseId/documents/:documentId/code" element={<WorkbenchPage />} />
            <Route path="studies/:id/replay" element={<ReplayPage />} />
            <Route path="studies/:id/reconciliation" element={<ReconciliationPage />} />
            <Route path="studies/:id/reconciliation/:caseId/:key" element={<RoomPage />} />
            <Route path="studies/:id/themes" element={<ThemesPage />} />
            <Route path="studies/:id/judgements/:caseId" element={<CaseJudgementsPage />} />
            <Route path="cases" element={<CataloguePage />} />
            <Route path="cases/:id" element={<CasePage />} />
            <Route path="cases/:id/documents" element={<DocumentsPage />} />
            <Route path="cases/:id/documents/:documentId/texts/:version" element={<DocumentTextPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
