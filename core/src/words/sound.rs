//! The words for a user's sound file that is not used, and why; the built-in sound plays instead.

messages! {
    unreadable(why: &str) =
        "it cannot be read ({why})",
        "den kan ikke læses ({why})",
        "den kan ikke leses ({why})";
    too_large(size: u64, most: u64) =
        "it is {size} MB; a sound may be at most {most} MB",
        "den fylder {size} MB; en lyd må højst fylde {most} MB",
        "den er på {size} MB; en lyd kan være på høyst {most} MB";
    channels(count: u16, most: u16) =
        "it has {count} channels; ryg plays 1 to {most}",
        "den har {count} kanaler; ryg afspiller 1 til {most}",
        "den har {count} kanaler; ryg spiller av 1 til {most}";
    sample_rate(rate: u32, lowest: u32, highest: u32) =
        "its sample rate is {rate} Hz; ryg plays {lowest} to {highest} Hz",
        "dens samplingsfrekvens er {rate} Hz; ryg afspiller {lowest} til {highest} Hz",
        "samplingsfrekvensen er {rate} Hz; ryg spiller av {lowest} til {highest} Hz";
    sample_size(bits: u16) =
        "its samples have {bits} bits; ryg plays 1 to 64",
        "dens samples har {bits} bit; ryg afspiller 1 til 64",
        "samplene har {bits} bit; ryg spiller av 1 til 64";
    too_long(secs: u64, most: u32) =
        "it lasts {secs} s; a cue may last at most {most} s",
        "den varer {secs} s; et signal må højst vare {most} s",
        "den varer {secs} s; et signal kan vare høyst {most} s";
    undecodable(why: &str) =
        "it cannot be decoded ({why})",
        "den kan ikke afkodes ({why})",
        "den kan ikke dekodes ({why})";
}

words! {
    NOT_A_FILE = "it is not a regular file", "det er ikke en almindelig fil", "det er ikke en vanlig fil";
    NOT_WAV = "it is not a WAV file", "det er ikke en WAV-fil", "det er ikke en WAV-fil";
    CUT_SHORT = "its WAV header is cut short", "dens WAV-hoved er afkortet", "WAV-hodet er avkortet";
    NO_SOUND = "it holds no sound", "den indeholder ingen lyd", "den inneholder ingen lyd";
    BROKEN =
        "the decoder failed on it; the file is broken",
        "afkoderen fejlede på den; filen er i stykker",
        "dekoderen feilet på den; filen er ødelagt";
}
