/**
 * The message above a form that did not pass its checks, naming the fields by their labels in form
 * order ("Title, Summary"), so the editor knows where to look without scrolling.
 */
export function invalidFieldsMessage(
  invalid: readonly string[],
  labels: Readonly<Record<string, string>>,
): string {
  const named = Object.keys(labels).filter((name) => invalid.includes(name));
  const others = invalid.filter((name) => !(name in labels));
  const list = [...named.map((name) => labels[name]!), ...others].join(", ");
  return list
    ? `Some fields need attention (${list}): see the messages below them.`
    : "Some fields need attention: see the messages below them.";
}
