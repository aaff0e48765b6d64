import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="bb-no-print mt-12 bg-[#1e2b3c] text-white">
      <div className="bb-container grid gap-6 py-8 md:grid-cols-3">
        <div>
          <p className="text-lg font-semibold">Brobygger</p>
          <p className="mt-1 text-sm text-[#d5dde8]">
            Et verktøy for å etablere, følge opp og evaluere interkommunale samarbeid – bygd på forskning om
            metastyring og legitimitet.
          </p>
        </div>
        <nav aria-label="Bunnmeny" className="text-sm">
          <ul className="space-y-2">
            <li>
              <Link className="text-white underline" href="/innsyn">
                Innsyn i interkommunale samarbeid
              </Link>
            </li>
            <li>
              <Link className="text-white underline" href="/om">
                Om Brobygger
              </Link>
            </li>
            <li>
              <Link className="text-white underline" href="/om/slik-regnes-det-ut">
                Slik regnes det ut
              </Link>
            </li>
            <li>
              <Link className="text-white underline" href="/tilgjengelighet">
                Tilgjengelighetserklæring
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-[#d5dde8]">
          Spørsmål om et samarbeid? Kontakt kommunen din. Spørsmål om løsningen? Kontakt systemforvalteren i din
          kommune.
        </p>
      </div>
    </footer>
  );
}
