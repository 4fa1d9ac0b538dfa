import { defineMessages } from "../define";

export const profile = defineMessages(
  {
    title: "Your profile",
    company: "Your company",
    companyReadOnly:
      "Only your supplier can change your company's details. If something here is wrong, ask them to correct it.",
    companyName: "Name",
    vatCode: "VAT code",
    registrationNo: "Registration no.",
    address: "Address",
    city: "City",
    county: "County",
    iban: "IBAN",
    bank: "Bank",
    notGiven: "Not given",
    details: "Your details",
    emailHint:
      "The address you sign in with. Only your supplier can change it.",
    firstName: "First name",
    lastName: "Last name",
    phone: "Phone number (optional)",
    phoneHint: "For example +40 721 234 567",
    language: "Language of the portal",
    languageHint: "Pages and emails for you will be in this language.",
    saveDetails: "Save details",
    detailsSaved: "Your details have been saved.",
    firstNameRequired: "Enter your first name",
    lastNameRequired: "Enter your last name",
    nameTooLong: "Enter a name of at most {max} characters",
    nameInvalid: "Enter a name without special characters",
    phoneInvalid:
      "Enter a phone number using only digits, spaces and + - ( ) . like +40 721 234 567",
    phoneLength: "Enter a phone number of 6 to 15 digits",
    languageRequired: "Choose Română or English",
    password: "Change your password",
    currentPassword: "Current password",
    savePassword: "Change password",
    passwordSaved:
      "Your password has been changed. You have been signed out on every other device.",
    currentRequired: "Enter your current password",
    currentWrong:
      "Your current password is not right. Type the password you sign in with",
    sameAsCurrent:
      "The new password is the same as the current one. Choose a different password",
  },
  {
    title: "Profilul dvs.",
    company: "Compania dvs.",
    companyReadOnly:
      "Doar furnizorul poate modifica datele companiei. Dacă ceva nu este corect, cereți-i să le corecteze.",
    companyName: "Denumire",
    vatCode: "Cod fiscal (CUI)",
    registrationNo: "Nr. Reg. Com.",
    address: "Adresa",
    city: "Localitatea",
    county: "Județul",
    iban: "IBAN",
    bank: "Banca",
    notGiven: "Necompletat",
    details: "Datele dvs.",
    emailHint:
      "Adresa cu care vă autentificați. Doar furnizorul o poate modifica.",
    firstName: "Prenume",
    lastName: "Nume",
    phone: "Telefon (opțional)",
    phoneHint: "De exemplu +40 721 234 567",
    language: "Limba portalului",
    languageHint: "Paginile și emailurile pentru dvs. vor fi în această limbă.",
    saveDetails: "Salvează datele",
    detailsSaved: "Datele dvs. au fost salvate.",
    firstNameRequired: "Introduceți prenumele",
    lastNameRequired: "Introduceți numele",
    nameTooLong: "Introduceți un nume de cel mult {max} caractere",
    nameInvalid: "Introduceți un nume fără caractere speciale",
    phoneInvalid:
      "Introduceți un număr de telefon doar cu cifre, spații și + - ( ) . de forma +40 721 234 567",
    phoneLength: "Introduceți un număr de telefon de 6 până la 15 cifre",
    languageRequired: "Alegeți Română sau English",
    password: "Schimbați parola",
    currentPassword: "Parola actuală",
    savePassword: "Schimbă parola",
    passwordSaved:
      "Parola a fost schimbată. Sesiunile de pe celelalte dispozitive au fost închise.",
    currentRequired: "Introduceți parola actuală",
    currentWrong:
      "Parola actuală nu este corectă. Scrieți parola cu care vă autentificați",
    sameAsCurrent:
      "Parola nouă este la fel cu cea actuală. Alegeți o altă parolă",
  },
);
