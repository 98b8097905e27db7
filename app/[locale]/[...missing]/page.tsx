import { notFound } from "next/navigation";

// Any address under a language that no route answers: the localised not-found page, inside the site's
// layout (header, language switcher), with a 404 status.
export default function MissingPage(): never {
  notFound();
}
