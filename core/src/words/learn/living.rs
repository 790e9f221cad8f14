//! The modules about living with back pain: sleep, stress and mood; which treatments help; and
//! when to seek help (the same warning signs as the safety check, `words::safety`).

use super::Module;
use crate::words::Tr;

pub const SLEEP_STRESS_MOOD: Module = Module {
    id: "sleep-stress-mood",
    title: Tr {
        en: "Sleep, stress and mood",
        da: "Søvn, stress og humør",
        nb: "Søvn, stress og humør",
    },
    text: Tr {
        en: "Pain is shaped by more than the back. Poor sleep, stress, worry and low mood can all turn up the nervous system, so that the same movement hurts more. That is not imagined pain, and it is not your fault: it is how the body's alarm works.\n\n\
Think of your body as the battery of a phone. Pain drains it; sleep, regular activity, good company and things you enjoy charge it again. It helps to have many ways to recharge: on a day you cannot walk far, you might see a friend, take a nap or read a book.\n\n\
Pain and sleep affect each other. Regular times for bed and for getting up, a calm hour before bed and some activity during the day help many people sleep better. If a bad night makes mornings hard, flexible hours at work can help.\n\n\
If worry or low mood fills much of your days, tell your doctor. It is part of treating back pain, just as exercise is.",
        da: "Smerter formes af mere end ryggen. Dårlig søvn, stress, bekymringer og dårligt humør kan alle skrue op for nervesystemet, så den samme bevægelse gør mere ondt. Det er ikke indbildte smerter, og det er ikke din skyld: sådan virker kroppens alarm.\n\n\
Tænk på din krop som batteriet i en telefon. Smerter tapper det; søvn, jævnlig aktivitet, godt samvær og ting, du holder af, lader det op igen. Det hjælper at have mange måder at lade op på: en dag, hvor du ikke kan gå langt, kan du måske se en ven, tage en lur eller læse en bog.\n\n\
Smerter og søvn påvirker hinanden. Faste tider for sengetid og for at stå op, en rolig time før sengetid og lidt aktivitet i løbet af dagen hjælper mange til at sove bedre. Hvis en dårlig nat gør morgenen svær, kan fleksible mødetider på arbejdet hjælpe.\n\n\
Hvis bekymringer eller dårligt humør fylder meget i dine dage, så fortæl det til din læge. Det er en del af behandlingen af rygsmerter, ligesom træning er.",
        nb: "Smerte formes av mer enn ryggen. Dårlig søvn, stress, bekymringer og dårlig humør kan alle skru opp nervesystemet, så den samme bevegelsen gjør mer vondt. Det er ikke innbilt smerte, og det er ikke din skyld: slik virker kroppens alarm.\n\n\
Tenk på kroppen din som batteriet i en telefon. Smerte tapper det; søvn, jevnlig aktivitet, godt samvær og ting du liker, lader det opp igjen. Det hjelper å ha mange måter å lade opp på: en dag du ikke kan gå langt, kan du kanskje treffe en venn, ta en lur eller lese en bok.\n\n\
Smerte og søvn påvirker hverandre. Faste tider for å legge seg og stå opp, en rolig time før leggetid og litt aktivitet i løpet av dagen hjelper mange til å sove bedre. Hvis en dårlig natt gjør morgenen tung, kan fleksibel arbeidstid hjelpe.\n\n\
Hvis bekymringer eller dårlig humør fyller mye av dagene dine, fortell det til legen din. Det er en del av behandlingen av ryggsmerter, akkurat som trening er.",
    },
};

pub const TREATMENTS_AND_CURES: Module = Module {
    id: "treatments-and-cures",
    title: Tr {
        en: "Which treatments help, and how to spot a promised cure",
        da: "Behandlinger, der hjælper, og løfter om helbredelse",
        nb: "Behandlinger som hjelper, og løfter om helbredelse",
    },
    text: Tr {
        en: "Guidelines agree on what helps most with common back pain: knowing what the pain is and is not, and help to stay active and get back to what matters to you. Guided exercise can be added, and for short periods manual treatment by a physiotherapist or chiropractor. Many of them offer courses of education and guided exercise, often twice a week for eight weeks.\n\n\
Surgery, joint injections, electrotherapy and most medicines are not recommended for common back pain. Paracetamol and opioids have not been shown to help it more than a placebo. A short course of an anti-inflammatory (NSAID) can be an option if your doctor agrees.\n\n\
Be wary of anything sold as the cure for back pain, in ads, on social media or by well-meaning friends: one cause for everyone, quick and lasting results, treatments you must keep paying for. It is natural to hope for a cure, but the hunt for one often ends in disappointment. Relief you can give yourself, when you need it, often works as well as treatment from others.",
        da: "Retningslinjerne er enige om, hvad der hjælper mest ved almindelige rygsmerter: at vide, hvad smerterne er og ikke er, og hjælp til at holde sig aktiv og vende tilbage til det, der betyder noget for dig. Vejledt træning kan lægges oveni, og i korte perioder manuel behandling hos en fysioterapeut eller kiropraktor. Mange af dem tilbyder forløb med undervisning og vejledt træning, ofte to gange om ugen i otte uger.\n\n\
Operation, indsprøjtning i led, elterapi og de fleste former for medicin anbefales ikke ved almindelige rygsmerter. Paracetamol og opioider har ikke vist bedre virkning mod dem end snydemedicin (placebo). En kort kur med gigtmedicin (NSAID) kan være en mulighed, hvis din læge er enig.\n\n\
Vær skeptisk over for alt, der sælges som kuren mod rygsmerter, i reklamer, på sociale medier eller fra velmenende venner: én årsag for alle, hurtige og varige resultater, behandlinger, du skal blive ved med at betale for. Det er naturligt at håbe på at blive kureret, men jagten ender ofte i skuffelse. Lindring, du selv kan give dig, når du har brug for det, virker tit lige så godt som behandling hos andre.",
        nb: "Retningslinjene er enige om hva som hjelper mest ved vanlige ryggsmerter: å vite hva smertene er og ikke er, og hjelp til å holde seg aktiv og komme tilbake til det som betyr noe for deg. Veiledet trening kan komme i tillegg, og i korte perioder manuell behandling hos en fysioterapeut eller kiropraktor. Mange av dem tilbyr forløp med undervisning og veiledet trening, ofte to ganger i uken i åtte uker.\n\n\
Operasjon, sprøyter i ledd, elektroterapi og de fleste typer medisin anbefales ikke ved vanlige ryggsmerter. Paracetamol og opioider har ikke vist bedre virkning mot dem enn narremedisin (placebo). En kort kur med betennelsesdempende medisin (NSAID) kan være et alternativ hvis legen din er enig.\n\n\
Vær skeptisk til alt som selges som kuren mot ryggsmerter, i reklamer, på sosiale medier eller fra velmenende venner: én årsak for alle, raske og varige resultater, behandlinger du må fortsette å betale for. Det er naturlig å håpe på en kur, men jakten ender ofte i skuffelse. Lindring du kan gi deg selv når du trenger det, virker ofte like godt som behandling hos andre.",
    },
};

pub const WHEN_TO_SEEK_HELP: Module = Module {
    id: "when-to-seek-help",
    title: Tr {
        en: "When to seek help",
        da: "Hvornår du skal søge hjælp",
        nb: "Når du bør søke hjelp",
    },
    text: Tr {
        en: "Most back pain is not a sign of anything serious. A few rare signs are different: they need a doctor rather than exercise.\n\n\
Get emergency help now, on 112 or your local emergency number, if you notice new numbness around the anus, genitals or inner thighs, new trouble passing or holding urine or stool, new numbness of the genitals or new sexual problems, or weakness in the legs that grows or is in both legs.\n\n\
See a doctor within a few days, before you train, with severe pain after a fall or an accident, fever or feeling generally unwell with the pain, new back pain when you have had cancer, weight loss you cannot explain, or constant pain at night that rest or a change of position does not ease.\n\n\
See a physiotherapist or your doctor if the pain has not eased after two to three weeks, if it spreads down a leg, or if you are unsure which exercises suit you. Asking for help is a sensible step.",
        da: "De fleste rygsmerter er ikke tegn på noget alvorligt. Nogle få sjældne tegn er anderledes: de kræver en læge frem for træning.\n\n\
Søg akut hjælp nu, på 112 eller hos lægevagten (1813 i Region Hovedstaden), hvis du mærker ny følelsesløshed omkring endetarmen, kønsorganerne eller inderlårene, nye problemer med at lade vandet eller holde på urin eller afføring, ny følelsesløshed i kønsorganerne eller nye seksuelle problemer, eller svaghed i benene, der tager til eller er i begge ben.\n\n\
Gå til lægen inden for få dage, før du træner, ved kraftige smerter efter et fald eller en ulykke, feber eller almen utilpashed sammen med smerterne, nye rygsmerter, når du har haft kræft, vægttab, du ikke kan forklare, eller konstante smerter om natten, som hverken hvile eller en anden stilling lindrer.\n\n\
Søg en fysioterapeut eller din læge, hvis smerterne ikke er lettet efter to til tre uger, hvis de stråler ned i et ben, eller hvis du er usikker på, hvilke øvelser der passer til dig. Det er fornuftigt at bede om hjælp.",
        nb: "De fleste ryggsmerter er ikke tegn på noe alvorlig. Noen få sjeldne tegn er annerledes: de trenger lege heller enn trening.\n\n\
Søk akutt hjelp nå, på 113 eller legevakten på 116 117, hvis du merker ny nummenhet rundt endetarmen, kjønnsorganene eller innsiden av lårene, nye problemer med å tisse eller holde på urin eller avføring, ny nummenhet i kjønnsorganene eller nye seksuelle problemer, eller svakhet i beina som øker eller er i begge beina.\n\n\
Gå til lege innen noen dager, før du trener, ved sterke smerter etter et fall eller en ulykke, feber eller at du føler deg generelt syk sammen med smertene, nye ryggsmerter når du har hatt kreft, vekttap du ikke kan forklare, eller konstante smerter om natten som verken hvile eller en annen stilling lindrer.\n\n\
Oppsøk en fysioterapeut eller legen din hvis smertene ikke har lettet etter to til tre uker, hvis de stråler ned i et bein, eller hvis du er usikker på hvilke øvelser som passer for deg. Det er fornuftig å be om hjelp.",
    },
};
