import { useChange } from "../ui/useChange";

const conflictMessage =
  "The codebook changed since the page loaded it (someone else changed it first), so your change was not saved. " +
  "The page now shows the latest version; your input is kept: check it and submit again.";

/** A change to the codebook: a 409 refetches it and keeps the form's input. */
export const useCodebookChange = (refetch: () => void) => useChange(refetch, conflictMessage);
