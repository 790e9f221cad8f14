//! Short education tips, shown one per rest during a session, drawn from the key messages of
//! patient education about common back pain.

use crate::words::Tr;

/// Every tip, in the order they are first shown.
pub const TIPS: &[Tr] = &[
    Tr {
        en: "Your pain is real, even when no scan, X-ray or blood test can point to where it comes from.",
        da: "Dine smerter er virkelige, også selv om ingen skanning, røntgen eller blodprøve kan pege på, hvor de kommer fra.",
        nb: "Smertene dine er virkelige, også når ingen skanning, røntgen eller blodprøve kan vise hvor de kommer fra.",
    },
    Tr {
        en: "Almost everyone gets back pain at some point in life. Common back pain is harmless, even when it hurts a lot.",
        da: "Næsten alle får ondt i ryggen i løbet af livet. Almindelige rygsmerter er ufarlige, også når de gør meget ondt.",
        nb: "Nesten alle får vondt i ryggen i løpet av livet. Vanlige ryggsmerter er ufarlige, også når de gjør veldig vondt.",
    },
    Tr {
        en: "Pain protects you by warning early, well before anything is harmed. Hurt does not have to mean damage.",
        da: "Smerte beskytter dig ved at advare tidligt, længe før noget tager skade. At det gør ondt, betyder ikke nødvendigvis skade.",
        nb: "Smerte beskytter deg ved å varsle tidlig, lenge før noe tar skade. At det gjør vondt, betyr ikke nødvendigvis skade.",
    },
    Tr {
        en: "Movement tends to dampen pain. The back benefits from being used, even on the days it hurts.",
        da: "Bevægelse har en tendens til at dæmpe smerter. Ryggen har gavn af at blive brugt, også på de dage, hvor den gør ondt.",
        nb: "Bevegelse demper ofte smerte. Ryggen har godt av å bli brukt, også de dagene den gjør vondt.",
    },
    Tr {
        en: "Fly under the radar: start where pain stays steady or settles within about 10 minutes, then build up a little at a time.",
        da: "Flyv under radaren: Start dér, hvor smerten holder sig i ro eller falder til ro inden for cirka 10 minutter, og byg så op lidt ad gangen.",
        nb: "Fly under radaren: Start der smerten holder seg i ro eller roer seg innen omtrent 10 minutter, og bygg så opp litt om gangen.",
    },
    Tr {
        en: "Your back is strong and built to move, bending and twisting included. There is no need to hold it stiff.",
        da: "Din ryg er stærk og bygget til at bevæge sig, også til at bøje og vride. Du behøver ikke holde den stiv.",
        nb: "Ryggen din er sterk og laget for bevegelse, også for å bøye og vri seg. Du trenger ikke å holde den stiv.",
    },
    Tr {
        en: "The word chronic looks back, not ahead. It tells how long pain has lasted, not how long it will stay.",
        da: "Ordet kronisk ser bagud, ikke fremad. Det fortæller, hvor længe smerten har været der, ikke hvor længe den bliver.",
        nb: "Ordet kronisk ser bakover, ikke fremover. Det sier hvor lenge smerten har vart, ikke hvor lenge den blir.",
    },
    Tr {
        en: "Scans mostly show ordinary age changes, like wrinkles and grey hair in the mirror. People with no back pain have them too.",
        da: "Skanninger viser oftest almindelige aldersforandringer, ligesom rynker og grå hår i spejlet. Dem har folk uden rygsmerter også.",
        nb: "Skanninger viser stort sett vanlige aldersforandringer, som rynker og grått hår i speilet. Det har folk uten ryggsmerter også.",
    },
    Tr {
        en: "The back does best when the demands on it and its capacity are in balance. You can ease the demands and build up capacity.",
        da: "Ryggen har det bedst, når kravene til den og dens kapacitet er i balance. Du kan både lette på kravene og bygge kapacitet op.",
        nb: "Ryggen har det best når kravene til den og kapasiteten dens er i balanse. Du kan både lette på kravene og bygge opp kapasitet.",
    },
    Tr {
        en: "An oversensitive smoke alarm can ring for a candle as loudly as for a fire. Pain can feel like damage when there is none.",
        da: "En overfølsom røgalarm kan hyle lige så højt over et stearinlys som over en brand. Smerte kan føles som en skade, selv når der ikke er nogen.",
        nb: "En overfølsom røykvarsler kan hyle like høyt for et stearinlys som for en brann. Smerte kan kjennes som en skade, selv når det ikke finnes noen.",
    },
    Tr {
        en: "It is the brain that turns signals from the back into pain, and past experience, expectations and energy all play a part.",
        da: "Det er hjernen, der tolker signalerne fra ryggen som smerte, og tidligere erfaringer, forventninger og overskud spiller med.",
        nb: "Det er hjernen som tolker signalene fra ryggen som smerte, og tidligere erfaringer, forventninger og overskudd spiller inn.",
    },
    Tr {
        en: "Like a hearing aid set too loud, the nervous system can turn pain up. It can be turned down again, too.",
        da: "Ligesom et høreapparat, der er skruet for højt op, kan nervesystemet skrue op for smerten. Der kan også skrues ned igen.",
        nb: "Som et høreapparat som er skrudd for høyt opp, kan nervesystemet skru opp smerten. Det kan også skrus ned igjen.",
    },
    Tr {
        en: "First action, then improvement. You do not need to wait for the pain to go before you slowly start doing more.",
        da: "Først handling, så bedring. Du behøver ikke vente på, at smerten går væk, før du langsomt begynder at gøre mere.",
        nb: "Først handling, så bedring. Du trenger ikke vente til smerten går over før du sakte begynner å gjøre mer.",
    },
    Tr {
        en: "Training makes the back stronger, bit by bit. Small steps taken regularly add up over the weeks.",
        da: "Træning gør ryggen stærkere, lidt efter lidt. Små skridt, taget jævnligt, bliver til meget over nogle uger.",
        nb: "Trening gjør ryggen sterkere, litt etter litt. Små steg tatt jevnlig blir til mye over noen uker.",
    },
    Tr {
        en: "Crooked backs and less than perfect posture are common. Moving with natural variety matters more than moving perfectly.",
        da: "Skæve rygge og en knap så rank holdning ses hos rigtig mange. Naturlig variation i bevægelserne betyder mere end at bevæge sig perfekt.",
        nb: "Skjeve rygger og en ikke helt rank holdning er svært vanlige. Naturlig variasjon i bevegelsene betyr mer enn å bevege seg perfekt.",
    },
    Tr {
        en: "Think driving licence, not taxi: you sit in the driver's seat, and professionals teach and support you when you need it.",
        da: "Tænk kørekort, ikke taxa: Du sidder selv bag rattet, og fagfolk underviser og støtter dig, når du har brug for det.",
        nb: "Tenk førerkort, ikke taxi: Du sitter selv bak rattet, og fagfolk lærer deg opp og støtter deg når du trenger det.",
    },
    Tr {
        en: "Poor sleep or many worries can make an everyday load hurt more for a while. That is the balance tipping, not new damage.",
        da: "Dårlig søvn eller mange bekymringer kan få en almindelig belastning til at gøre mere ondt en tid. Det er balancen, der tipper, ikke en ny skade.",
        nb: "Dårlig søvn eller mange bekymringer kan gjøre at en vanlig belastning gjør mer vondt en periode. Det er balansen som tipper, ikke en ny skade.",
    },
    Tr {
        en: "Pain can be like a cup that spills over when full. Notice what fills yours and what helps to empty it.",
        da: "Smerte kan minde om en kop, der løber over, når den er fuld. Læg mærke til, hvad der fylder din, og hvad der hjælper med at tømme den.",
        nb: "Smerte kan ligne en kopp som renner over når den er full. Legg merke til hva som fyller din, og hva som hjelper med å tømme den.",
    },
    Tr {
        en: "In common back pain, the muscles, joints and nerves of the back are normal. Nothing is broken, even on bad days.",
        da: "Ved almindelige rygsmerter er muskler, led og nerver i ryggen normale. Intet er gået i stykker, heller ikke på dårlige dage.",
        nb: "Ved vanlige ryggsmerter er muskler, ledd og nerver i ryggen normale. Ingenting er ødelagt, heller ikke på dårlige dager.",
    },
    Tr {
        en: "Your body is like a phone battery. Sleep, activity, friends and things you enjoy all recharge it, and a little counts too.",
        da: "Kroppen er som batteriet i en mobil. Søvn, aktivitet, venner og ting, du holder af, lader den op, og selv lidt tæller.",
        nb: "Kroppen er som batteriet i en mobil. Søvn, aktivitet, venner og ting du liker, lader den opp, og selv litt teller.",
    },
    Tr {
        en: "Back pain often comes and goes. A new episode is common and expected, not a sign that something is getting worse.",
        da: "Rygsmerter kommer og går ofte. En ny episode er almindelig og forventet, ikke et tegn på, at noget bliver værre.",
        nb: "Ryggsmerter kommer og går ofte. En ny episode er vanlig og ventet, ikke et tegn på at noe blir verre.",
    },
    Tr {
        en: "Long-lasting pain is like a puzzle with many pieces, so it helps to know several ways to ease it rather than one.",
        da: "Langvarige smerter er som et puslespil med mange brikker, så det hjælper at kende flere måder at lindre dem på, ikke kun én.",
        nb: "Langvarige smerter er som et puslespill med mange brikker, så det hjelper å kjenne flere måter å lindre dem på, ikke bare én.",
    },
    Tr {
        en: "Doing a lot on good days and very little on bad ones can make pain swing. A steady, planned amount is easier to live with.",
        da: "At lave meget på de gode dage og meget lidt på de dårlige kan få smerterne til at svinge. En jævn, planlagt mængde er lettere at leve med.",
        nb: "Å gjøre mye på gode dager og svært lite på dårlige kan få smertene til å svinge. En jevn, planlagt mengde er lettere å leve med.",
    },
    Tr {
        en: "Most bouts of back pain ease within days or weeks. Back pain is not a condition that slowly gets worse with time.",
        da: "De fleste perioder med rygsmerter letter i løbet af dage eller uger. Rygsmerter er ikke en tilstand, der langsomt bliver værre med tiden.",
        nb: "De fleste perioder med ryggsmerter letter i løpet av dager eller uker. Ryggsmerter er ikke en tilstand som gradvis blir verre med tiden.",
    },
    Tr {
        en: "It is safe to ease pain your own way, for example with a walk, warmth or a good film, and it is part of the solution.",
        da: "Det er ufarligt at lindre smerten på din egen måde, fx med en gåtur, varme eller en god film, og det er en del af løsningen.",
        nb: "Det er trygt å lindre smerten på din egen måte, for eksempel med en tur, varme eller en god film, og det er en del av løsningen.",
    },
    Tr {
        en: "Hold on to what matters in your life. A spell of more pain does not harm the back, so important things can be worth doing anyway.",
        da: "Hold fast i det, der betyder noget for dig. En periode med mere ondt skader ikke ryggen, så vigtige ting kan godt være værd at gøre alligevel.",
        nb: "Hold fast ved det som er viktig for deg. En periode med mer smerter skader ikke ryggen, så viktige ting kan være verdt å gjøre likevel.",
    },
    Tr {
        en: "Staying in touch with work, even part time or with other tasks for a while, tends to help. Your workplace can often help plan it.",
        da: "At holde kontakten til arbejdet, også på nedsat tid eller med andre opgaver en periode, hjælper som regel. Arbejdspladsen kan ofte hjælpe med en plan.",
        nb: "Å holde kontakten med jobben, også på redusert tid eller med andre oppgaver en periode, hjelper som regel. Arbeidsplassen kan ofte hjelpe med en plan.",
    },
    Tr {
        en: "Others cannot see back pain. Telling the people around you what it is like, and what you need, helps them support you.",
        da: "Andre kan ikke se rygsmerter. Fortæl dem omkring dig, hvordan det er, og hvad du har brug for, så de kan støtte dig.",
        nb: "Andre kan ikke se ryggsmerter. Fortell dem rundt deg hvordan det er, og hva du trenger, så de kan støtte deg.",
    },
    Tr {
        en: "Be wary of treatments sold as a cure for back pain. The energy is better spent on ways that help your everyday life work.",
        da: "Vær på vagt over for behandlinger, der sælges som en kur mod rygsmerter. Energien er bedre brugt på det, der får din hverdag til at fungere.",
        nb: "Vær på vakt mot behandlinger som selges som en kur mot ryggsmerter. Energien er bedre brukt på det som får hverdagen din til å fungere.",
    },
    Tr {
        en: "Non-specific back pain does not mean the pain has no source. Muscles and joints can hurt, often more than one, and rarely from damage.",
        da: "Uspecifikke rygsmerter betyder ikke, at smerten ikke har nogen kilde. Muskler og led kan gøre ondt, ofte flere ad gangen, og sjældent på grund af skade.",
        nb: "Uspesifikke ryggsmerter betyr ikke at smerten mangler en kilde. Muskler og ledd kan gjøre vondt, ofte flere samtidig, og sjelden på grunn av skade.",
    },
];

/// The tip for the `rest`-th rest (from 0) of a session: consecutive rests get consecutive
/// tips from a starting point chosen by `seed` (e.g. the session's start time), so no tip
/// repeats within a session of fewer rests than there are tips.
///
/// The seed is mixed before it picks the starting point, so seeds that share a factor with the
/// number of tips (say, start times in whole minutes or milliseconds) still reach every tip.
pub fn tip_for(rest: usize, seed: u64) -> &'static Tr {
    let count = TIPS.len();
    // Both terms are below `count`, so their sum cannot overflow.
    let start = (mix(seed) % count as u64) as usize;
    &TIPS[(start + rest % count) % count]
}

/// The SplitMix64 finaliser: spreads nearby or regularly spaced seeds over all of `u64`.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;
    use std::collections::HashSet;

    #[test]
    fn there_are_enough_tips() {
        assert!(TIPS.len() >= 15, "only {} tips", TIPS.len());
    }

    #[test]
    fn every_text_is_short_calm_and_distinct_within_its_language() {
        for lang in Lang::ALL {
            let mut seen = HashSet::new();
            for tip in TIPS {
                let text = tip.get(lang);
                assert!(!text.trim().is_empty(), "empty {lang} tip: {tip:?}");
                assert_eq!(text, text.trim(), "stray whitespace in {lang}: {text}");
                assert!(
                    text.chars().count() <= 160,
                    "{lang} tip of {} characters: {text}",
                    text.chars().count()
                );
                assert!(!text.contains('!'), "{lang} tip shouts: {text}");
                assert!(text.ends_with('.'), "{lang} tip is not a sentence: {text}");
                assert!(seen.insert(text), "{lang} tip appears twice: {text}");
            }
        }
    }

    #[test]
    fn english_tips_stay_within_140_characters() {
        for tip in TIPS {
            assert!(tip.en.chars().count() <= 140, "too long: {}", tip.en);
        }
    }

    /// Each key message of patient education the tips must carry, by a phrase of its English tip.
    #[test]
    fn the_key_messages_about_living_with_back_pain_are_among_the_tips() {
        for phrase in [
            "Staying in touch with work",
            "Others cannot see back pain",
            "Be wary of treatments sold as a cure",
            "Non-specific back pain does not mean the pain has no source",
        ] {
            assert!(
                TIPS.iter().any(|tip| tip.en.starts_with(phrase)),
                "no tip says: {phrase}"
            );
        }
    }

    #[test]
    fn danish_and_norwegian_are_translated() {
        for tip in TIPS {
            assert_ne!(tip.da, tip.en, "Danish is the English text: {}", tip.en);
            assert_ne!(tip.nb, tip.en, "Norwegian is the English text: {}", tip.en);
        }
    }

    #[test]
    fn a_session_never_sees_the_same_tip_twice() {
        let seeds = [
            0,
            1,
            2,
            26,
            60,
            1_000,
            1_700_000_000,
            1_700_000_060,
            1_700_000_000_000,
            u64::MAX / 2,
            u64::MAX - 1,
            u64::MAX,
        ];
        for seed in seeds {
            let shown: HashSet<_> = (0..TIPS.len()).map(|rest| tip_for(rest, seed).en).collect();
            assert_eq!(shown.len(), TIPS.len(), "a tip repeats for seed {seed}");
        }
    }

    #[test]
    fn consecutive_rests_follow_the_list_and_wrap_around() {
        let first = TIPS
            .iter()
            .position(|tip| tip == tip_for(0, 42))
            .expect("tip_for returns a tip from TIPS");
        for rest in 0..3 * TIPS.len() {
            assert_eq!(tip_for(rest, 42), &TIPS[(first + rest) % TIPS.len()]);
        }
    }

    #[test]
    fn different_seeds_start_at_different_tips() {
        // Start times a whole minute apart still reach many starting points.
        let starts: HashSet<_> = (0..200u64)
            .map(|minute| tip_for(0, 1_700_000_000 + 60 * minute).en)
            .collect();
        assert!(
            starts.len() > TIPS.len() / 2,
            "only {} starts",
            starts.len()
        );
    }

    #[test]
    fn huge_seeds_and_rests_do_not_panic() {
        for seed in [0, 1, u64::MAX / 3, u64::MAX - 1, u64::MAX] {
            for rest in [0, 1, usize::MAX / 2, usize::MAX - 1, usize::MAX] {
                assert!(!tip_for(rest, seed).en.is_empty());
            }
        }
    }
}
