import { useChange } from "../ui/useChange";

const conflictMessage =
  "The documents changed since the page loaded them (someone else changed them first), so your change was not saved. " +
  "The list now shows the latest; your input is kept: check it and submit again.";

/** A change to a case's document register: a 409 refetches the register and keeps the form's input. */
export const useRegisterChange = (refetch: () => void) => useChange(refetch, conflictMessage);
