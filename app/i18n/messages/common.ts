import { defineMessages } from "../define";

export const common = defineMessages(
  {
    appName: "Client portal",
    skipToContent: "Skip to main content",
    language: "Language",
    errorSummaryTitle: "There is a problem",
    errorTitlePrefix: "Error: ",
    notFoundTitle: "Page not found",
    notFoundBody:
      "If you typed the address, check it is correct. If you followed a link, the page may have moved or you may not have access to it.",
    serverErrorTitle: "Sorry, there is a problem with the service",
    serverErrorBody: "Try again later. Nothing you entered was saved.",
    backToDashboard: "Go to the dashboard",
    pagination: "Pagination",
    previous: "Previous",
    next: "Next",
    pageOf: "Page {page} of {pages}",
    pageSuffix: " (page {page} of {pages})",
    showing: "Showing {from}–{to} of {total}",
    apply: "Apply",
    total: "Total",
    none: "None",
  },
  {
    appName: "Portal clienți",
    skipToContent: "Sari la conținutul principal",
    language: "Limba",
    errorSummaryTitle: "Există o problemă",
    errorTitlePrefix: "Eroare: ",
    notFoundTitle: "Pagina nu a fost găsită",
    notFoundBody:
      "Dacă ați scris adresa, verificați că este corectă. Dacă ați urmat un link, pagina s-a mutat sau nu aveți acces la ea.",
    serverErrorTitle: "Ne pare rău, serviciul are o problemă",
    serverErrorBody:
      "Încercați din nou mai târziu. Nimic din ce ați introdus nu a fost salvat.",
    backToDashboard: "Mergi la panou",
    pagination: "Paginare",
    previous: "Anterioara",
    next: "Următoarea",
    pageOf: "Pagina {page} din {pages}",
    pageSuffix: " (pagina {page} din {pages})",
    showing: "{from}–{to} din {total}",
    apply: "Aplică",
    total: "Total",
    none: "Niciuna",
  },
);
