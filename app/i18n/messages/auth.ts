import { defineMessages } from "../define";

export const auth = defineMessages(
  {
    signInTitle: "Sign in",
    signInIntro: "Sign in to see your company's documents.",
    email: "Email address",
    emailHint: "The address your supplier registered for you.",
    continue: "Continue",
    password: "Password",
    signIn: "Sign in",
    notYou: "Use another email address",
    chooseTitle: "Where do you want to go?",
    switchCompany: "Switch company",
    chooseLegend: "Choose the company whose portal you want to open",
    chooseContinue: "Open portal",
    distributorPortal: "Distributor portal",
    signOut: "Sign out",
    signedOut: "You have signed out.",
    emailRequired: "Enter your email address",
    emailInvalid:
      "Enter an email address in the correct format, like name@example.com",
    passwordRequired: "Enter your password",
    invalid:
      "The email address or password is not right. If your supplier has not created a portal account for you yet, ask them to.",
    throttled:
      "There have been too many failed attempts. Try again in {minutes} minutes.",
    no_account:
      "You do not have a portal account. Ask your supplier to create one for you.",
    inactive:
      "Your portal account has been deactivated. Ask your supplier to reactivate it.",
    company_inactive:
      "Your company's access to the portal is suspended. Ask your supplier for details.",
    no_permission:
      "Your account does not have access to any section of the portal yet. Ask your supplier to grant you access.",
    chooseRequired: "Choose a company",
    sessionEnded: "Your session has ended. Sign in again.",
  },
  {
    signInTitle: "Autentificare",
    signInIntro: "Autentificați-vă pentru a vedea documentele companiei.",
    email: "Adresa de email",
    emailHint: "Adresa pe care furnizorul a înregistrat-o pentru dvs.",
    continue: "Continuă",
    password: "Parola",
    signIn: "Autentificare",
    notYou: "Folosiți altă adresă de email",
    chooseTitle: "Unde doriți să mergeți?",
    switchCompany: "Schimbați compania",
    chooseLegend: "Alegeți compania al cărei portal doriți să îl deschideți",
    chooseContinue: "Deschide portalul",
    distributorPortal: "Portalul distribuitorilor",
    signOut: "Ieșire din cont",
    signedOut: "V-ați deconectat.",
    emailRequired: "Introduceți adresa de email",
    emailInvalid:
      "Introduceți o adresă de email corectă, de forma nume@exemplu.ro",
    passwordRequired: "Introduceți parola",
    invalid:
      "Adresa de email sau parola nu este corectă. Dacă furnizorul nu v-a creat încă un cont în portal, cereți-i să o facă.",
    throttled:
      "Au fost prea multe încercări eșuate. Încercați din nou peste {minutes} minute.",
    no_account:
      "Nu aveți cont în portal. Cereți furnizorului să vă creeze unul.",
    inactive:
      "Contul dvs. din portal a fost dezactivat. Cereți furnizorului să îl reactiveze.",
    company_inactive:
      "Accesul companiei dvs. la portal este suspendat. Cereți detalii furnizorului.",
    no_permission:
      "Contul dvs. nu are încă acces la nicio secțiune a portalului. Cereți furnizorului să vă acorde acces.",
    chooseRequired: "Alegeți o companie",
    sessionEnded: "Sesiunea s-a încheiat. Autentificați-vă din nou.",
  },
);
