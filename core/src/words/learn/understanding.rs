//! The modules about understanding back pain: what it is, what pain means, load and capacity.

use super::Module;
use crate::words::Tr;

pub const COMMON_BACK_PAIN: Module = Module {
    id: "common-back-pain",
    title: Tr {
        en: "What common back pain is, and what scans show",
        da: "Hvad almindelige rygsmerter er, og hvad skanninger viser",
        nb: "Hva vanlige ryggsmerter er, og hva skanninger viser",
    },
    text: Tr {
        en: "Almost everyone has back pain at some point, and for most people it comes and goes. An episode usually settles within days or weeks. It often comes back later, and that is expected too: it does not mean something new has gone wrong.\n\n\
In at least 97 of 100 people, back pain is not caused by a serious disease or injury. It is then called common back pain: the muscles, joints and nerves are sound, and no single cause can be pointed to. The pain is real all the same.\n\n\
Scans, X-rays and blood tests cannot explain common back pain. They mostly show ordinary changes of age, like grey hair in the mirror, and people of the same age without pain have them too. They rarely change the treatment, so they are kept for when a doctor suspects something specific.\n\n\
\"Chronic\" tells only how long pain has lasted, not how long it will stay. Your back is strong, even when it hurts.",
        da: "Næsten alle får ondt i ryggen på et tidspunkt, og for de fleste kommer og går det. En periode med smerter falder som regel til ro inden for dage eller uger. Ofte kommer smerterne igen senere, og det er også forventeligt: det betyder ikke, at noget nyt er gået galt.\n\n\
Hos mindst 97 ud af 100 skyldes rygsmerterne ikke en alvorlig sygdom eller skade. Så kaldes de almindelige rygsmerter: muskler, led og nerver er normale, og man kan ikke pege på én bestemt årsag. Smerterne er virkelige alligevel.\n\n\
Skanninger, røntgen og blodprøver kan ikke forklare almindelige rygsmerter. De viser mest almindelige aldersforandringer, ligesom grå hår i spejlet, og dem har folk på samme alder uden smerter også. De ændrer sjældent behandlingen, så de gemmes til, når en læge har mistanke om noget bestemt.\n\n\
\"Kronisk\" fortæller kun, hvor længe smerterne har varet, ikke hvor længe de bliver. Din ryg er stærk, også når den gør ondt.",
        nb: "Nesten alle får vondt i ryggen en gang, og for de fleste kommer og går det. En periode med smerter roer seg som regel i løpet av dager eller uker. Ofte kommer smertene tilbake senere, og det er også ventet: det betyr ikke at noe nytt har gått galt.\n\n\
Hos minst 97 av 100 skyldes ryggsmertene ikke en alvorlig sykdom eller skade. Da kalles de vanlige ryggsmerter: muskler, ledd og nerver er normale, og man kan ikke peke på én bestemt årsak. Smertene er virkelige likevel.\n\n\
Skanninger, røntgen og blodprøver kan ikke forklare vanlige ryggsmerter. De viser mest vanlige aldersforandringer, som grått hår i speilet, og dem har folk på samme alder uten smerter også. De endrer sjelden behandlingen, så de spares til når en lege mistenker noe bestemt.\n\n\
\"Kronisk\" sier bare hvor lenge smertene har vart, ikke hvor lenge de blir. Ryggen din er sterk, også når den gjør vondt.",
    },
};

pub const PAIN_IS_AN_ALARM: Module = Module {
    id: "pain-is-an-alarm",
    title: Tr {
        en: "Pain is an alarm, not a damage meter",
        da: "Smerte er en alarm, ikke en skademåler",
        nb: "Smerte er en alarm, ikke en skademåler",
    },
    text: Tr {
        en: "Pain is the body's alarm. The brain makes it from signals from the back, and it goes off early, well before anything is harmed. Like a smoke alarm, it reacts to signs of possible danger, not to damage itself.\n\n\
An alarm that has rung for a while can become oversensitive and ring for a candle as loudly as for a fire. With back pain the nervous system can be turned up like a hearing aid set too loud, so ordinary movements hurt more than they used to. The pain is real, but it does not mean that your back is being harmed.\n\n\
How loud the alarm rings depends on much more than the back: sleep, stress, worry, earlier experiences and what you expect. That is good news, because it gives you many ways to turn it down again, and movement is one of the best.\n\n\
Light to moderate pain during or after exercise is usually harmless and to be expected.",
        da: "Smerte er kroppens alarm. Hjernen skaber den ud fra signaler fra ryggen, og den går i gang tidligt, længe før noget tager skade. Ligesom en røgalarm reagerer den på tegn på mulig fare, ikke på selve skaden.\n\n\
En alarm, der har hylet i et stykke tid, kan blive overfølsom og hyle lige så højt over et stearinlys som over en brand. Ved rygsmerter kan nervesystemet blive skruet op som et høreapparat, der står for højt, så almindelige bevægelser gør mere ondt end før. Smerten er virkelig, men den betyder ikke, at din ryg tager skade.\n\n\
Hvor højt alarmen hyler, afhænger af meget mere end ryggen: søvn, stress, bekymringer, tidligere erfaringer og det, du forventer. Det er gode nyheder, for det giver dig mange måder at skrue ned for den igen, og bevægelse er en af de bedste.\n\n\
Lette til moderate smerter under eller efter træning er som regel ufarlige og helt forventelige.",
        nb: "Smerte er kroppens alarm. Hjernen lager den ut fra signaler fra ryggen, og den går av tidlig, lenge før noe tar skade. Som en røykvarsler reagerer den på tegn på mulig fare, ikke på selve skaden.\n\n\
En alarm som har ult en stund, kan bli overfølsom og hyle like høyt for et stearinlys som for en brann. Ved ryggsmerter kan nervesystemet bli skrudd opp som et høreapparat som står for høyt, så vanlige bevegelser gjør mer vondt enn før. Smerten er virkelig, men den betyr ikke at ryggen din tar skade.\n\n\
Hvor høyt alarmen hyler, avhenger av mye mer enn ryggen: søvn, stress, bekymringer, tidligere erfaringer og det du forventer. Det er gode nyheter, for det gir deg mange måter å skru den ned igjen på, og bevegelse er en av de beste.\n\n\
Lett til moderat smerte under eller etter trening er som regel ufarlig og helt som ventet.",
    },
};

pub const LOAD_AND_CAPACITY: Module = Module {
    id: "load-and-capacity",
    title: Tr {
        en: "Load and capacity",
        da: "Belastning og kapacitet",
        nb: "Belastning og kapasitet",
    },
    text: Tr {
        en: "Think of a pair of scales. On one side is the load you carry: physical work, long days, poor sleep, worry and stress. On the other is your capacity: strength, fitness, rest, support from others and the things that give you joy. Pain tends to rise when the load is greater than the capacity you have right now.\n\n\
That is why a task that is usually fine, like carrying the shopping or an afternoon at a desk, can hurt in a week of bad sleep or many worries. Your back has not become weaker; the scales have tipped.\n\n\
You can work on both sides. Ease the load a little where you can: spread tasks over the day, take short breaks, change between sitting, standing and walking. And build capacity over time: regular exercise makes the back stronger and more tolerant, and sleep, company and things you enjoy recharge you.\n\n\
Little counts. Small, steady steps add up over the weeks.",
        da: "Forestil dig en vægt med to skåle. I den ene ligger den belastning, du bærer: fysisk arbejde, lange dage, dårlig søvn, bekymringer og stress. I den anden ligger din kapacitet: styrke, kondition, hvile, støtte fra andre og det, der giver dig glæde. Smerterne stiger gerne, når belastningen er større end den kapacitet, du har lige nu.\n\n\
Derfor kan en opgave, der plejer at gå fint, som at bære indkøbene eller en eftermiddag ved et skrivebord, gøre ondt i en uge med dårlig søvn eller mange bekymringer. Din ryg er ikke blevet svagere; vægten er tippet.\n\n\
Du kan arbejde med begge sider. Let belastningen lidt, hvor du kan: fordel opgaverne over dagen, hold korte pauser, skift mellem at sidde, stå og gå. Og byg kapaciteten op over tid: jævnlig træning gør ryggen stærkere og mere robust, og søvn, samvær og ting, du holder af, lader dig op.\n\n\
Lidt tæller også. Små, jævne skridt bliver til meget over nogle uger.",
        nb: "Tenk deg en vekt med to skåler. I den ene ligger belastningen du bærer: fysisk arbeid, lange dager, dårlig søvn, bekymringer og stress. I den andre ligger kapasiteten din: styrke, kondisjon, hvile, støtte fra andre og det som gir deg glede. Smertene øker gjerne når belastningen er større enn kapasiteten du har akkurat nå.\n\n\
Derfor kan en oppgave som vanligvis går fint, som å bære handleposene eller en ettermiddag ved en pult, gjøre vondt i en uke med dårlig søvn eller mange bekymringer. Ryggen din har ikke blitt svakere; vekten har tippet.\n\n\
Du kan jobbe med begge sider. Lett belastningen litt der du kan: fordel oppgavene over dagen, ta korte pauser, veksle mellom å sitte, stå og gå. Og bygg opp kapasiteten over tid: jevnlig trening gjør ryggen sterkere og mer robust, og søvn, samvær og ting du liker, lader deg opp.\n\n\
Litt teller også. Små, jevne steg blir til mye over noen uker.",
    },
};
