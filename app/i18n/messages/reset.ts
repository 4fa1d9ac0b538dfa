import { defineMessages } from "../define";

export const reset = defineMessages(
  {
    forgotLink: "Forgot your password?",
    forgotTitle: "Reset your password",
    forgotIntro:
      "Enter the email address you sign in with. If it has a portal account, we will email you a link to choose a new password.",
    sendLink: "Send the link",
    backToSignIn: "Back to sign in",
    sentTitle: "Check your email",
    sentBody:
      "If {email} has a portal account, we have sent a link to that address to choose a new password. The link is valid for 24 hours and works once.",
    sentNothing:
      "If no email arrives in a few minutes, check your spam folder, or ask your supplier whether {email} is the address they registered for you.",
    askAgain: "Ask for another link",
    resetTitle: "Choose a new password",
    newPassword: "New password",
    newPasswordHint:
      "At least {min} characters. A few unrelated words make a password that is strong and easy to remember.",
    confirm: "Confirm the new password",
    save: "Change password",
    passwordRequired: "Enter a new password",
    passwordTooShort: "Enter a password of at least {min} characters",
    confirmRequired: "Type the new password again",
    mismatch:
      "The two passwords are not the same. Type the same password in both fields",
    goneTitle: "This link no longer works",
    goneBody:
      "Links to reset a password are valid for 24 hours and work once, and a newer link replaces the older ones.",
    askNew: "Ask for a new link",
    changed: "Your password has been changed. Sign in with it.",
    mailSubject: "Reset your client portal password",
    mailBody:
      "Hello {name},\n\nWe received a request to reset the password of your client portal account. To choose a new password, open this link:\n\n{link}\n\nThe link is valid for 24 hours and works once. If you did not ask for it, ignore this email: your password stays the same.",
  },
  {
    forgotLink: "Ați uitat parola?",
    forgotTitle: "Resetați parola",
    forgotIntro:
      "Introduceți adresa de email cu care vă autentificați. Dacă are un cont în portal, vă trimitem pe email un link pentru a alege o parolă nouă.",
    sendLink: "Trimite linkul",
    backToSignIn: "Înapoi la autentificare",
    sentTitle: "Verificați-vă emailul",
    sentBody:
      "Dacă {email} are un cont în portal, v-am trimis la această adresă un link pentru a alege o parolă nouă. Linkul este valabil 24 de ore și poate fi folosit o singură dată.",
    sentNothing:
      "Dacă emailul nu sosește în câteva minute, verificați dosarul de spam sau întrebați furnizorul dacă {email} este adresa pe care a înregistrat-o pentru dvs.",
    askAgain: "Cereți un alt link",
    resetTitle: "Alegeți o parolă nouă",
    newPassword: "Parola nouă",
    newPasswordHint:
      "Cel puțin {min} caractere. Câteva cuvinte fără legătură între ele fac o parolă puternică și ușor de ținut minte.",
    confirm: "Confirmați parola nouă",
    save: "Schimbă parola",
    passwordRequired: "Introduceți o parolă nouă",
    passwordTooShort: "Introduceți o parolă de cel puțin {min} caractere",
    confirmRequired: "Scrieți din nou parola nouă",
    mismatch:
      "Cele două parole nu sunt la fel. Scrieți aceeași parolă în ambele câmpuri",
    goneTitle: "Acest link nu mai funcționează",
    goneBody:
      "Linkurile de resetare a parolei sunt valabile 24 de ore și pot fi folosite o singură dată, iar un link nou le înlocuiește pe cele vechi.",
    askNew: "Cereți un link nou",
    changed: "Parola a fost schimbată. Autentificați-vă cu parola nouă.",
    mailSubject: "Resetarea parolei din portalul clienților",
    mailBody:
      "Bună ziua, {name},\n\nAm primit o cerere de resetare a parolei contului dvs. din portalul clienților. Pentru a alege o parolă nouă, deschideți acest link:\n\n{link}\n\nLinkul este valabil 24 de ore și poate fi folosit o singură dată. Dacă nu ați cerut-o dvs., ignorați acest email: parola rămâne aceeași.",
  },
);
