//! The modules about what to do: training under the radar, a plan for a flare-up, and work and
//! the people around you.

use super::Module;
use crate::words::Tr;

pub const UNDER_THE_RADAR: Module = Module {
    id: "under-the-radar",
    title: Tr {
        en: "Training under the radar",
        da: "Træning under radaren",
        nb: "Trening under radaren",
    },
    text: Tr {
        en: "Imagine that your body has a radar that warns of danger. When it is oversensitive, it warns even when nothing harmful is going on. The way around it is to fly under the radar: keep doing things at a level that does not set it off, and raise the level a little at a time.\n\n\
A good place to start is where the pain does not rise, or where it settles back to its usual level within about 10 minutes after you stop. From there, add a little: one more rep, a few more seconds, the next level. ryg asks about your pain before and after each session, and the next morning, to choose your level this way.\n\n\
If the pain grows and lasts for days, do a bit less next time rather than stop altogether. Doing a lot on good days and nothing on bad ones tends to keep the pain swinging; a steady dose works better.\n\n\
You do not have to wait for the pain to go before you start. First action, then improvement.",
        da: "Forestil dig, at din krop har en radar, der advarer mod fare. Når den er overfølsom, advarer den, selv om der ikke sker noget skadeligt. Vejen uden om er at flyve under radaren: bliv ved med at gøre ting på et niveau, der ikke udløser den, og hæv niveauet lidt ad gangen.\n\n\
Et godt sted at starte er dér, hvor smerten ikke stiger, eller hvor den falder tilbage til sit sædvanlige niveau inden for cirka 10 minutter, efter du er stoppet. Læg så lidt til: en gentagelse mere, et par sekunder mere, det næste niveau. ryg spørger til dine smerter før og efter hver træning og næste morgen for at vælge dit niveau på den måde.\n\n\
Hvis smerterne vokser og varer i flere dage, så gør lidt mindre næste gang i stedet for at stoppe helt. At gøre meget på gode dage og intet på dårlige holder smerterne i udsving; en jævn dosis virker bedre.\n\n\
Du behøver ikke vente på, at smerterne går væk, før du begynder. Først handling, så bedring.",
        nb: "Tenk deg at kroppen din har en radar som varsler om fare. Når den er overfølsom, varsler den selv om ingenting skadelig skjer. Veien rundt er å fly under radaren: fortsett å gjøre ting på et nivå som ikke utløser den, og hev nivået litt om gangen.\n\n\
Et godt sted å starte er der smerten ikke øker, eller der den faller tilbake til sitt vanlige nivå innen omtrent 10 minutter etter at du har stoppet. Legg så til litt: én repetisjon til, noen sekunder til, neste nivå. ryg spør om smertene dine før og etter hver økt og neste morgen for å velge nivået ditt på denne måten.\n\n\
Hvis smertene øker og varer i flere dager, gjør litt mindre neste gang i stedet for å stoppe helt. Å gjøre mye på gode dager og ingenting på dårlige holder smertene i svingninger; en jevn dose virker bedre.\n\n\
Du trenger ikke vente til smertene går over før du begynner. Først handling, så bedring.",
    },
};

pub const FLARE_UP_PLAN: Module = Module {
    id: "flare-up-plan",
    title: Tr {
        en: "A plan for a flare-up",
        da: "En plan for, når smerterne blusser op",
        nb: "En plan for når smertene blusser opp",
    },
    text: Tr {
        en: "Flare-ups are part of common back pain: three in four people who have had an episode get another within a year. That is not a sign of a new or worse problem, and it helps to have a plan ready before you need it.\n\n\
When it flares, remind yourself that it hurts but is not dangerous, and that it will settle. Keep moving gently, since lying still for long tends to make things stiffer. If moving is hard, easy movements lying on your back can help: gently arch and round the lower back, or let the knees fall from side to side. The program \"Gentle start\" is made for these days.\n\n\
Use what you know eases your pain: a walk, warmth or cold, a hobby that takes your mind off it, short rests. What feels good is good. Keep the things that matter to you, at a smaller dose, and return to your usual level step by step.\n\n\
Write your plan down: two or three things you will do on the next bad day.",
        da: "Opblussen hører til almindelige rygsmerter: tre ud af fire, der har haft en periode med rygsmerter, får en ny inden for et år. Det er ikke tegn på et nyt eller værre problem, og det hjælper at have en plan klar, før du får brug for den.\n\n\
Når det blusser op, så mind dig selv om, at det gør ondt, men ikke er farligt, og at det falder til ro. Bliv ved med at bevæge dig roligt, for at ligge stille længe gør gerne tingene stivere. Hvis det er svært at bevæge sig, kan lette bevægelser liggende på ryggen hjælpe: svaj og rund lænden roligt, eller lad knæene falde fra side til side. Programmet \"Blid start\" er lavet til de dage.\n\n\
Brug det, du ved lindrer dine smerter: en gåtur, varme eller kulde, en hobby, der tager tankerne væk, korte hvil. Det, der føles godt, er godt. Hold fast i det, der betyder noget for dig, i en mindre dosis, og vend tilbage til dit sædvanlige niveau trin for trin.\n\n\
Skriv din plan ned: to eller tre ting, du vil gøre på den næste dårlige dag.",
        nb: "Oppblussing hører med til vanlige ryggsmerter: tre av fire som har hatt en periode med ryggsmerter, får en ny innen et år. Det er ikke tegn på et nytt eller verre problem, og det hjelper å ha en plan klar før du trenger den.\n\n\
Når det blusser opp, minn deg selv på at det gjør vondt, men ikke er farlig, og at det roer seg. Fortsett å bevege deg rolig, for å ligge stille lenge gjør gjerne ting stivere. Hvis det er vanskelig å bevege seg, kan lette bevegelser liggende på ryggen hjelpe: svai og krum korsryggen rolig, eller la knærne falle fra side til side. Programmet \"Rolig start\" er laget for slike dager.\n\n\
Bruk det du vet lindrer smertene dine: en gåtur, varme eller kulde, en hobby som tar tankene bort, korte hvil. Det som føles godt, er godt. Hold fast ved det som betyr noe for deg, i en mindre dose, og gå tilbake til ditt vanlige nivå trinn for trinn.\n\n\
Skriv ned planen din: to eller tre ting du vil gjøre neste dårlige dag.",
    },
};

pub const WORK_AND_PEOPLE: Module = Module {
    id: "work-and-people",
    title: Tr {
        en: "Work and the people around you",
        da: "Arbejdet og menneskene omkring dig",
        nb: "Jobben og menneskene rundt deg",
    },
    text: Tr {
        en: "Back pain cannot be seen, so the people around you may not understand why you manage a lot one day and less the next. A short explanation, ready in advance, can help: what the pain does to you, what you are doing about it, and what helps. Try it out on someone close.\n\n\
Keeping in touch with work, fully or in part, usually helps recovery, even if work raises the pain a little. People who keep some contact with their work tend to have a better quality of life than those who leave it. Sick leave may be needed for a while, but leave without a clear purpose can make the way back harder.\n\n\
Talk with your manager about what would make work possible: flexible hours after a bad night, a change in tasks, a plan to return step by step. Being open about why such arrangements are made helps colleagues understand.\n\n\
Keep seeing friends and doing things with others, even in smaller doses.",
        da: "Rygsmerter kan ikke ses, så menneskene omkring dig forstår måske ikke, hvorfor du kan meget den ene dag og mindre den næste. En kort forklaring, som du har klar på forhånd, kan hjælpe: hvad smerterne gør ved dig, hvad du gør ved dem, og hvad der hjælper. Prøv den af på en, du er tæt på.\n\n\
At holde kontakten til arbejdet, helt eller delvist, hjælper som regel på bedringen, også selv om arbejdet øger smerterne en smule. Folk, der bevarer en vis kontakt til deres arbejde, har gerne en bedre livskvalitet end dem, der forlader det. Sygemelding kan være nødvendig i en periode, men sygemelding uden et klart formål kan gøre vejen tilbage sværere.\n\n\
Tal med din leder om, hvad der kan gøre arbejdet muligt: fleksible mødetider efter en dårlig nat, andre opgaver, en plan for at vende tilbage trin for trin. Når du er åben om, hvorfor der laves særlige aftaler, forstår kollegerne det lettere.\n\n\
Bliv ved med at se venner og gøre ting sammen med andre, også i mindre doser.",
        nb: "Ryggsmerter synes ikke, så menneskene rundt deg forstår kanskje ikke hvorfor du klarer mye den ene dagen og mindre den neste. En kort forklaring som du har klar på forhånd, kan hjelpe: hva smertene gjør med deg, hva du gjør med dem, og hva som hjelper. Prøv den ut på noen du står nær.\n\n\
Å holde kontakten med jobben, helt eller delvis, hjelper som regel på bedringen, også om jobben øker smertene litt. Folk som beholder en viss kontakt med jobben sin, har gjerne bedre livskvalitet enn de som slutter. Sykmelding kan være nødvendig en periode, men sykmelding uten et klart formål kan gjøre veien tilbake tyngre.\n\n\
Snakk med lederen din om hva som kan gjøre jobben mulig: fleksibel arbeidstid etter en dårlig natt, andre oppgaver, en plan for å komme tilbake trinn for trinn. Når du er åpen om hvorfor det gjøres særlige avtaler, forstår kollegene det lettere.\n\n\
Fortsett å treffe venner og gjøre ting sammen med andre, også i mindre doser.",
    },
};
