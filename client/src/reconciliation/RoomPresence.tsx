interface Props {
  people: string[];
  typing: string[];
  nameOf: (userName: string) => string;
}

/** Who is in the room now, and who is typing in its thread. */
export function RoomPresence({ people, typing, nameOf }: Props) {
  return (
    <section className="panel" aria-label="In the room">
      <p data-testid="room-presence">In the room: {people.length === 0 ? "nobody yet" : people.map(nameOf).join(", ")}</p>
      <p className="muted" data-testid="room-typing" aria-live="polite">
        {typing.length > 0 ? `${typing.map(nameOf).join(", ")} ${typing.length === 1 ? "is" : "are"} typing…` : " "}
      </p>
    </section>
  );
}
