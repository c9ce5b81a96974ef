interface Props {
  me: string;
  canCode: boolean;
  others: string[];
  shown: string;
  onShow: (coder: string) => void;
}

/** Whose codings the text shows: the viewer's own, or one of the other coders' submitted ones (when the viewer may see them). */
export function CoderPicker({ me, canCode, others, shown, onShow }: Props) {
  const choices = [...(canCode ? [me] : []), ...others];
  if (choices.length < 2) return null;
  return (
    <fieldset className="coder-picker">
      <legend>Show the codings of</legend>
      {choices.map((coder) => (
        <label key={coder}>
          <input type="radio" name="shown-coder" value={coder} checked={coder === shown} onChange={() => onShow(coder)} />{" "}
          {coder === me ? `me (${me})` : coder}
        </label>
      ))}
    </fieldset>
  );
}
