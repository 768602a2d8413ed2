import { Container } from "@kz/ui";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 py-8 text-sm text-slate-600">
      <Container>
        <p>
          A cited public record of human rights in Kazakhstan. Every event and rating links to the
          sources it rests on.
        </p>
      </Container>
    </footer>
  );
}
