import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useResource } from "../../api/useResource";
import type { Theme } from "../../codebook/types";
import { fetchDocumentText } from "../../documents/api";
import type { DocumentText } from "../../documents/types";
import { ChangeFeedbackView } from "../../studies/ChangeFeedbackView";
import { plural } from "../../ui/format";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useChange } from "../../ui/useChange";
import { applyCoding, type DocumentRef } from "./api";
import { CodedText } from "./CodedText";
import { CoderPicker } from "./CoderPicker";
import { CodingDetails } from "./CodingDetails";
import { selectOffsets } from "./domOffsets";
import { CodingList } from "./CodingList";
import { DocumentMemoForm } from "./DocumentMemoForm";
import { pageOf, pageRanges } from "./runs";
import { DisputedPassagesSection } from "./DisputedPassagesSection";
import { SegmentAgreementSection } from "./SegmentAgreementSection";
import { SubmitCoding } from "./SubmitCoding";
import { ThemePalette } from "./ThemePalette";
import type { DocumentCodings } from "./types";
import { useTextSelection } from "./useTextSelection";
import { useThemeKeys } from "./useThemeKeys";

/** A passage the address asks to open selected: [start, end) in UTF-16 offsets. */
export interface Passage {
  start: number;
  end: number;
}

interface Props {
  document: DocumentRef;
  codings: DocumentCodings;
  themes: Theme[];
  passage: Passage | null;
  refetch: () => void;
}

/** The text version being coded, loaded once (texts never change), and the desk around it. */
export function CodingDesk(props: Props) {
  const { document, codings } = props;
  const text = useResource(`text:${document.caseId}/${document.documentId}/${codings.textVersion}`, (signal) =>
    fetchDocumentText(document.caseId, document.documentId, codings.textVersion, signal),
  );
  if (text.data === undefined)
    return (
      <>
        <ProblemAlert problem={text.error} onRetry={text.reload} />
        {text.loading && <Loading what="the text" />}
      </>
    );
  return <Desk {...props} text={text.data} />;
}

const conflict = "Another window of yours changed this document's coding first; the workbench shows it as it is now.";
const excerpt = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);

function Desk({ document, codings, themes, passage, refetch, text }: Props & { text: DocumentText }) {
  const me = codings.mine.coder;
  const others = codings.others.map((o) => o.coder);
  const [choice, setChoice] = useState<string | null>(null);
  const shown = choice === me ? (codings.canCode ? me : null) : choice !== null && others.includes(choice) ? choice : null;
  const showing = shown ?? (codings.canCode ? me : (others[0] ?? me));
  const work = showing === me ? codings.mine : codings.others.find((o) => o.coder === showing)!;
  const own = showing === me && codings.canCode;
  const open = codings.canCode && codings.mine.submittedAt === null;

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [here, setHere] = useState<string[]>([]);
  const root = useRef<HTMLElement>(null);
  const [pending, clearPending] = useTextSelection(root, text.text);
  const { feedback, refuse, run } = useChange(refetch, conflict);
  useEffect(() => {
    if (passage && root.current) selectOffsets(root.current, passage.start, passage.end);
  }, [passage]);

  const themeOf = useCallback((n: number) => themes.find((t) => t.number === n), [themes]);
  const colourOf = useCallback((n: number) => themeOf(n)?.colour ?? "#888888", [themeOf]);
  const highlights = useMemo(
    () => work.codings.map(({ codingId, theme, start, end }) => ({ codingId, theme, start, end })),
    [work],
  );
  const pages = useMemo(() => pageRanges(text.text.length, text.pages), [text]);
  const pick = useCallback((ids: string[]) => {
    setHere(ids);
    setSelectedId(ids.at(-1) ?? null);
  }, []);

  function apply(theme: number) {
    if (!open)
      return refuse([
        codings.canCode
          ? "You submitted your coding of this text version: it stays as submitted."
          : "Observers read the submitted codings; the study's lead can make you a coder.",
      ]);
    if (pending === null) return refuse(["Select a passage of the text first, then press the theme's key or click the theme."]);
    const segment = pending;
    void run(async () => {
      const body = { ...segment, textVersion: codings.textVersion, theme, suggestionId: null, expectedVersion: codings.version };
      const saved = await applyCoding(document, body);
      clearPending();
      setChoice(me);
      pick(saved.codingId ? [saved.codingId] : []);
      return saved;
    }, `Coded “${excerpt(segment.quote)}” at theme ${theme}.`);
  }
  useThemeKeys(themes, apply);

  const selected = work.codings.find((c) => c.codingId === selectedId) ?? null;
  const themeAt = (id: string) => work.codings.find((c) => c.codingId === id)?.theme;
  return (
    <>
      <div className="workbench">
        <div className="workbench-text">
          <CoderPicker me={me} canCode={codings.canCode} others={others} shown={showing} onShow={setChoice} />
          <BlindNote codings={codings} />
          <CodedText
            text={text.text}
            pages={text.pages}
            highlights={highlights}
            colourOf={colourOf}
            selectedId={selectedId}
            onPick={pick}
            root={root}
          />
        </div>
        <aside className="workbench-side" aria-label="Coding">
          {codings.canCode && (
            <ThemePalette themes={themes} pending={pending} disabled={!open || feedback.busy} onApply={apply} />
          )}
          <ChangeFeedbackView feedback={feedback} />
          {here.length > 1 && (
            <p className="meta" data-testid="codings-here">
              {plural(here.length, "coding")} here:{" "}
              {here.map((id) => (
                <button key={id} type="button" className="button-quiet" aria-pressed={id === selectedId} onClick={() => setSelectedId(id)}>
                  theme {themeAt(id)}
                </button>
              ))}
            </p>
          )}
          {selected && (
            <CodingDetails
              key={selected.codingId}
              document={document}
              coding={selected}
              theme={themeOf(selected.theme)}
              page={pageOf(pages, selected.start)}
              own={own}
              open={own && open}
              pending={pending}
              version={codings.version}
              refetch={refetch}
              onRemoved={() => pick([])}
            />
          )}
          <CodingList
            title={own ? "Your codings" : `Codings of ${showing}`}
            codings={work.codings}
            themeOf={themeOf}
            selectedId={selectedId}
            onSelect={(id) => pick([id])}
          />
          {own ? (
            <DocumentMemoForm
              document={document}
              textVersion={codings.textVersion}
              memo={codings.mine.memo}
              version={codings.version}
              refetch={refetch}
            />
          ) : (
            work.memo && (
              <section className="panel" aria-labelledby="their-memo">
                <h2 id="their-memo">Memo of {showing} on this document</h2>
                <p className="prose memo" data-testid="document-memo">
                  {work.memo}
                </p>
              </section>
            )
          )}
          {codings.canCode && (
            <SubmitCoding
              document={document}
              textVersion={codings.textVersion}
              codings={codings.mine.codings.length}
              submittedAt={codings.mine.submittedAt}
              version={codings.version}
              refetch={refetch}
            />
          )}
        </aside>
      </div>
      {!codings.othersHidden && (
        <>
          <SegmentAgreementSection document={document} textVersion={codings.textVersion} themeOf={themeOf} />
          <DisputedPassagesSection document={document} textVersion={codings.textVersion} />
        </>
      )}
    </>
  );
}

/** What blind coding means for the viewer now. */
function BlindNote({ codings }: { codings: DocumentCodings }) {
  if (codings.othersHidden)
    return (
      <p className="alert alert-note" data-testid="blind-note">
        Blind coding: you see only your own codings until you submit this text version
        {codings.othersSubmitted > 0 ? ` (${plural(codings.othersSubmitted, "other coder")} submitted so far)` : ""}.
      </p>
    );
  if (codings.others.length === 0 && !codings.canCode)
    return <p className="empty">No coder has submitted this text version yet; their codings appear here once they do.</p>;
  return null;
}
