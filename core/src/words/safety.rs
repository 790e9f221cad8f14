//! The words of the safety check and of the warning signs, in every language (SPEC.md "Journeys and
//! screens" 1; seeds 000 and 004, with the International Framework for red flags).

use super::Tr;

words! {
    SAFETY_TITLE = "Before you start: a short safety check", "Før du starter: et kort sikkerhedstjek", "Før du starter: en kort sikkerhetssjekk";
    SAFETY_INTRO = "ryg is a self-management aid for common back pain, not a diagnosis. Two short questions first, about rare signs that need a doctor rather than exercise.",
        "ryg er en hjælp til selv at håndtere almindelige rygsmerter, ikke en diagnose. Først to korte spørgsmål om sjældne tegn, der kræver en læge frem for træning.",
        "ryg er et hjelpemiddel for å håndtere vanlige ryggsmerter på egen hånd, ikke en diagnose. Først to korte spørsmål om sjeldne tegn som trenger lege heller enn trening.";
    SAFETY_QUESTION = "Does any of these apply to you now?", "Gælder nogen af disse for dig nu?", "Gjelder noen av disse deg nå?";
    YES_NO = "y yes · n no", "j ja · n nej", "j ja · n nei";

    // The two groups, as headings.
    SIGNS_NOW_TITLE = "Signs that need emergency care now", "Tegn, der kræver akut lægehjælp nu", "Tegn som krever akutt legehjelp nå";
    SIGNS_DAYS_TITLE = "Signs to see a doctor about within a few days, before you train",
        "Tegn, du skal til lægen med inden for få dage, før du træner",
        "Tegn du bør gå til lege med innen noen dager, før du trener";

    // Seek emergency care now: the signs of pressure on the nerves at the bottom of the spine.
    SIGN_SADDLE = "New numbness or altered feeling around the anus, genitals or inner thighs (the saddle area)",
        "Ny følelsesløshed eller ændret følelse omkring endetarmsåbningen, kønsorganerne eller på indersiden af lårene (ridebukseområdet)",
        "Ny nummenhet eller endret følelse rundt endetarmsåpningen, kjønnsorganene eller på innsiden av lårene (ridebukseområdet)";
    SIGN_BLADDER = "New trouble passing urine, holding urine or stool, or not feeling when the bladder is full",
        "Nye problemer med at lade vandet eller holde på urin eller afføring, eller du mærker ikke, når blæren er fuld",
        "Nye problemer med å tisse eller holde på urin eller avføring, eller du kjenner ikke når blæren er full";
    SIGN_GENITAL = "New numbness of the genitals, or new sexual problems",
        "Ny følelsesløshed i kønsorganerne eller nye seksuelle problemer",
        "Ny nummenhet i kjønnsorganene eller nye seksuelle problemer";
    SIGN_LEGS = "Weakness in the legs that is getting worse, or pain, numbness or weakness in both legs",
        "Svaghed i benene, der bliver værre, eller smerter, følelsesløshed eller svaghed i begge ben",
        "Svakhet i beina som blir verre, eller smerter, nummenhet eller svakhet i begge beina";

    // See a doctor within days, before you train.
    SIGN_FALL = "Severe pain after a fall or an accident, or after a small fall or lift if you have osteoporosis or take steroid medicine long-term",
        "Kraftige smerter efter et fald eller en ulykke, eller efter et lille fald eller løft, hvis du har knogleskørhed eller længe har taget binyrebarkhormon (steroider)",
        "Sterke smerter etter et fall eller en ulykke, eller etter et lite fall eller løft hvis du har beinskjørhet eller lenge har brukt kortison (steroider)";
    SIGN_FEVER = "Fever or feeling generally unwell with the back pain, more so if your immune system is weakened or you inject drugs",
        "Feber eller almen utilpashed sammen med rygsmerterne, især hvis dit immunforsvar er svækket, eller du tager stoffer med sprøjte",
        "Feber eller at du føler deg generelt syk sammen med ryggsmertene, særlig hvis immunforsvaret ditt er svekket eller du injiserer rusmidler";
    SIGN_CANCER = "New back pain, and you have had cancer", "Nye rygsmerter, og du har haft kræft", "Nye ryggsmerter, og du har hatt kreft";
    SIGN_WEIGHT = "Weight loss you cannot explain", "Vægttab, du ikke kan forklare", "Vekttap du ikke kan forklare";
    SIGN_NIGHT = "Constant pain at night that rest or a change of position does not ease",
        "Konstante smerter om natten, som hverken hvile eller en anden stilling lindrer",
        "Konstante smerter om natten som verken hvile eller en annen stilling lindrer";

    // After a yes to the emergency group.
    NOW_STOP_TITLE = "Please do not train now: get medical help now", "Træn ikke nu: søg lægehjælp nu", "Ikke tren nå: søk legehjelp nå";
    NOW_STOP_WHY = "These signs are rare, and they need a doctor to look at them today, even when the back pain itself is mild.",
        "Tegnene er sjældne, og de skal ses af en læge i dag, også når selve rygsmerterne er lette.",
        "Tegnene er sjeldne, og de må sees av en lege i dag, også når selve ryggsmertene er lette.";
    CALL_NOW = "Call the local emergency number now (112 in Europe), or an out-of-hours doctor.",
        "Ring 112 nu, eller ring til lægevagten: 1813 i Region Hovedstaden, lægevagten i din region i resten af landet.",
        "Ring 113 nå, eller ring legevakten på 116 117.";
    NOW_STOP_LOCKED = "Sessions start again after a later check where none of these signs applies.",
        "Træningen kan starte igen efter et senere tjek, hvor ingen af disse tegn gælder.",
        "Øktene kan starte igjen etter en senere sjekk der ingen av disse tegnene gjelder.";

    // After a yes to the within-days group.
    DAYS_STOP_TITLE = "See a doctor within a few days before you train", "Gå til lægen inden for få dage, før du træner", "Gå til lege innen noen dager før du trener";
    DAYS_STOP_WHY = "Most back pain is not a sign of anything serious, but these signs should be checked first. Book a time with your doctor and tell them about your back.",
        "De fleste rygsmerter er ikke tegn på noget alvorligt, men disse tegn skal undersøges først. Bestil en tid hos din læge, og fortæl om din ryg.",
        "De fleste ryggsmerter er ikke tegn på noe alvorlig, men disse tegnene bør undersøkes først. Bestill time hos legen din og fortell om ryggen din.";
    DAYS_STOP_CLINICIAN = "Has a doctor or physiotherapist already checked this and said exercise is fine? Then press d to go on.",
        "Har en læge eller fysioterapeut allerede undersøgt det og sagt, at du godt må træne? Så tryk d for at fortsætte.",
        "Har en lege eller fysioterapeut allerede undersøkt dette og sagt at du kan trene? Trykk da d for å fortsette.";
    DAYS_STOP_LOCKED = "Until then, no session starts.", "Indtil da starter ingen træning.", "Inntil da starter ingen økt.";

    // The signs again, after strong pain on the result screen.
    SIGNS_AGAIN_TITLE = "Warning signs", "Advarselstegn", "Faresignaler";
    SIGNS_NOW_SHORT = "call 112 (or your local emergency number) now if you notice new numbness around the anus, genitals or inner thighs, trouble passing or holding urine or stool, or leg weakness that grows or is in both legs.",
        "ring 112 eller lægevagten (1813 i Region Hovedstaden) nu ved ny følelsesløshed omkring endetarmen, kønsorganerne eller inderlårene, problemer med at lade vandet eller holde på urin eller afføring, eller svaghed i benene, der tager til eller er i begge ben.",
        "ring 113 eller legevakten (116 117) nå ved ny nummenhet rundt endetarmen, kjønnsorganene eller innsiden av lårene, problemer med å tisse eller holde på urin eller avføring, eller svakhet i beina som øker eller er i begge beina.";
    SIGNS_DAYS_SHORT = "See a doctor within days with fever, weight loss you cannot explain or constant pain at night. ? then ! shows every sign.",
        "Gå til lægen inden for få dage ved feber, vægttab, du ikke kan forklare, eller konstante smerter om natten. ? og ! viser alle tegn.",
        "Gå til lege innen noen dager ved feber, vekttap du ikke kan forklare, eller konstante smerter om natten. ? og ! viser alle tegn.";

    // The keys.
    KEY_CLINICIAN = "d checked by a clinician", "d undersøgt af en behandler", "d undersøkt av en behandler";
    HELP_CLINICIAN = "a doctor or physiotherapist has checked this and said exercise is fine: go on",
        "en læge eller fysioterapeut har undersøgt det og sagt, at du godt må træne: fortsæt",
        "en lege eller fysioterapeut har undersøkt dette og sagt at du kan trene: fortsett";
    HELP_WARNING_SIGNS = "the warning signs: when to seek care", "advarselstegnene: hvornår du skal søge læge", "faresignalene: når du bør søke lege";
    KEY_WARNING_SIGNS = "! warning signs", "! advarselstegn", "! faresignaler";
    HELP_CLOSE_SIGNS = "close the warning signs", "luk advarselstegnene", "lukk faresignalene";
    KEY_OTHER_GROUP = "←→ other signs", "←→ andre tegn", "←→ andre tegn";
    HELP_OTHER_GROUP = "the other group of warning signs", "den anden gruppe advarselstegn", "den andre gruppen faresignaler";
}

/// The signs that need emergency care now, in the order the check lists them.
pub const EMERGENCY_SIGNS: [Tr; 4] = [SIGN_SADDLE, SIGN_BLADDER, SIGN_GENITAL, SIGN_LEGS];

/// The signs to see a doctor about within days, before training.
pub const WITHIN_DAYS_SIGNS: [Tr; 5] =
    [SIGN_FALL, SIGN_FEVER, SIGN_CANCER, SIGN_WEIGHT, SIGN_NIGHT];
