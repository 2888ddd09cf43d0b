/**
 * The page opened once after install: what Backstory does, where it runs, and what stays on the
 * reader's device. Props in, nothing out.
 */
export function Onboarding({ sites, optionsUrl }: { sites: readonly string[]; optionsUrl: string }) {
  return (
    <main class="page onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">Backstory is ready</h1>
      <p class="lead">
        Backstory gives you context while you read the news: who the people in an article are and what roles they hold, which
        events it refers to and when they happened, and the related articles it links to.
      </p>

      <section aria-labelledby="use-heading">
        <h2 id="use-heading">How to use it</h2>
        <ul>
          <li>Open an article: the names of the people in it are underlined. Rest the pointer on a name to see who the person is.</li>
          <li>Click the Backstory button in the toolbar to open the side panel, with everything found in the article.</li>
        </ul>
      </section>

      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where it runs</h2>
        <p>On these news sites, from now on: {sites.join(', ')}.</p>
        <p>
          On any other site, click the Backstory button in the toolbar while the site is open. Your browser asks you once, and
          Backstory remembers the site.
        </p>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">What stays on your device</h2>
        <ul>
          <li>The text of the pages you read never leaves your browser: Backstory reads it on your computer.</li>
          <li>Nothing is uploaded. What you read and your settings stay on this device.</li>
          <li>
            Later versions may look up public facts online, such as a person's encyclopedia entry, only to add to what the page
            says. They will never send the page's text.
          </li>
        </ul>
      </section>

      <p>
        <a href={optionsUrl}>Open the settings</a> to choose the sites, the underlines and when a person's card opens.
      </p>
    </main>
  );
}
