import { Link, useParams, useSearchParams } from "react-router-dom";
import { useResource } from "../api/useResource";
import { studyTopic } from "../live/topics";
import { useLiveTopic } from "../live/useLive";
import { fetchStudy } from "../studies/api";
import { formatDateTime, plural } from "../ui/format";
import { Loading } from "../ui/Loading";
import { ProblemAlert } from "../ui/ProblemAlert";
import { AddThemeForm } from "./AddThemeForm";
import { fetchCodebook } from "./api";
import { CodebookHistoryTable, VersionPicker } from "./CodebookVersions";
import { shortcutKeys, themeRows } from "./hierarchy";
import { MoveThemeForm } from "./MoveThemeForm";
import { RetireThemeForm } from "./RetireThemeForm";
import { ReviseThemeForm } from "./ReviseThemeForm";
import { ThemeCard } from "./ThemeCard";
import type { Codebook, Theme } from "./types";

export function CodebookPage() {
  const { id = "" } = useParams();
  return <CodebookScreen key={id} id={id} />;
}

/** A version asked for in the address (?version=3), or null for the latest. */
const versionParameter = (text: string | null) => (text !== null && /^\d+$/.test(text) ? Number(text) : null);

/** /studies/:id/codebook: the themes at the latest version or an earlier one, the history, and the lead's changes. */
function CodebookScreen({ id }: { id: string }) {
  const [search, setSearch] = useSearchParams();
  const version = versionParameter(search.get("version"));
  const study = useResource(`study:${id}`, (signal) => fetchStudy(id, signal));
  const codebook = useResource(`codebook:${id}:${version ?? "latest"}`, (signal) => fetchCodebook(id, version, signal));
  useLiveTopic(studyTopic(id), codebook.reload);
  const data = codebook.data;
  const pick = (v: number) => setSearch(data && v === data.latestVersion ? {} : { version: String(v) });

  return (
    <main className="page codebook-page" id="main">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/studies/${encodeURIComponent(id)}`}>{study.data?.name ?? id}</Link>
        </p>
        <h1>Codebook</h1>
        {data && (
          <p className="meta" data-testid="codebook-version">
            Version {data.version} of {data.latestVersion} · {plural(data.themes.filter((t) => !t.retired).length, "active theme")}
            {data.myRole !== "lead" && " · the study's lead edits the codebook; you read it"}
          </p>
        )}
      </header>
      <ProblemAlert problem={codebook.error} onRetry={codebook.reload} />
      {data === undefined ? (
        codebook.loading && <Loading what="the codebook" />
      ) : (
        <CodebookView codebook={data} onPick={pick} refetch={codebook.reload} />
      )}
    </main>
  );
}

function CodebookView({ codebook, onPick, refetch }: { codebook: Codebook; onPick: (v: number) => void; refetch: () => void }) {
  const latest = codebook.version === codebook.latestVersion;
  const canEdit = codebook.myRole === "lead" && latest;
  const shortcuts = shortcutKeys(codebook.themes);
  const themeOf = (n: number) => codebook.themes.find((t) => t.number === n);
  const shownAt = codebook.history.find((h) => h.version === codebook.version)?.at;
  return (
    <>
      <VersionPicker history={codebook.history} version={codebook.version} onPick={onPick} />
      {!latest && (
        <div className="alert alert-note" data-testid="earlier-version">
          <p>
            You are reading version {codebook.version}, as it stood from {formatDateTime(shownAt)}; the codebook is now at
            version {codebook.latestVersion}. Codings made with this version keep its themes.
          </p>
          <button type="button" className="button-secondary" onClick={() => onPick(codebook.latestVersion)}>
            Show the latest version
          </button>
        </div>
      )}
      <ol className="theme-list" aria-label="Themes">
        {themeRows(codebook.themes).map(({ theme, depth }) => (
          <ThemeCard
            key={theme.number}
            theme={theme}
            depth={depth}
            shortcut={shortcuts.get(theme.number)}
            parentName={theme.parent === null ? undefined : `${theme.parent}. ${themeOf(theme.parent)?.name ?? ""}`}
          >
            {canEdit && !theme.retired && <ThemeActions codebook={codebook} theme={theme} refetch={refetch} />}
          </ThemeCard>
        ))}
      </ol>
      {canEdit && <AddThemeForm codebook={codebook} refetch={refetch} />}
      <section aria-labelledby="codebook-history-title">
        <h2 id="codebook-history-title">History</h2>
        <CodebookHistoryTable history={codebook.history} version={codebook.version} onPick={onPick} />
      </section>
    </>
  );
}

/** The lead's changes to one theme, folded away until wanted. */
function ThemeActions({ codebook, theme, refetch }: { codebook: Codebook; theme: Theme; refetch: () => void }) {
  return (
    <details className="theme-actions">
      <summary>Revise, move or retire theme {theme.number}</summary>
      <div className="form-grid">
        <ReviseThemeForm codebook={codebook} theme={theme} refetch={refetch} />
        <div className="stack">
          <MoveThemeForm codebook={codebook} theme={theme} refetch={refetch} />
          <RetireThemeForm codebook={codebook} theme={theme} refetch={refetch} />
        </div>
      </div>
    </details>
  );
}
