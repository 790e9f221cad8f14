//! The words for why a file was not read, for a file or a line that was skipped, and for what
//! both kinds of file share.

use super::{Lang, Tr};
use crate::file_problem::{NotRead, Special};

messages! {
    too_large(limit: &str) =
        "it is larger than {limit}, more than such a file ever needs",
        "den er større end {limit}, mere end sådan en fil nogensinde behøver",
        "den er større enn {limit}, mer enn en slik fil noen gang trenger";
    /// A field that a program or a history record needs and does not have.
    missing_field(field: &str) =
        "the field `{field}` is missing",
        "feltet `{field}` mangler",
        "feltet `{field}` mangler";
    /// A file or a line that was left alone, and why.
    skipped(why: &str) = "skipped: {why}", "sprunget over: {why}", "hoppet over: {why}";
}

/// A size limit as a person says it: "1 MB", "64 MB".
fn size(bytes: u64) -> String {
    format!("{} MB", bytes / 1_000_000)
}

const MISSING: Tr = Tr {
    en: "there is no such file",
    da: "filen findes ikke",
    nb: "filen finnes ikke",
};
const LINK_LEADS_NOWHERE: Tr = Tr {
    en: "it is a link to a file that does not exist",
    da: "det er et link til en fil, der ikke findes",
    nb: "det er en lenke til en fil som ikke finnes",
};
const LINK_LOOP: Tr = Tr {
    en: "it is a link that leads round in a circle of links",
    da: "det er et link, der fører rundt i en ring af links",
    nb: "det er en lenke som fører rundt i en ring av lenker",
};
const FOLDER: Tr = Tr {
    en: "it is a folder, not a file",
    da: "det er en mappe, ikke en fil",
    nb: "det er en mappe, ikke en fil",
};
const FIFO: Tr = Tr {
    en: "it is a pipe (FIFO), not a file",
    da: "det er et rør (FIFO), ikke en fil",
    nb: "det er et rør (FIFO), ikke en fil",
};
const SOCKET: Tr = Tr {
    en: "it is a socket, not a file",
    da: "det er en socket, ikke en fil",
    nb: "det er en socket, ikke en fil",
};
const DEVICE: Tr = Tr {
    en: "it is a device, not a file",
    da: "det er en enhed, ikke en fil",
    nb: "det er en enhet, ikke en fil",
};
const NO_PERMISSION: Tr = Tr {
    en: "you do not have permission to read it",
    da: "du har ikke tilladelse til at læse den",
    nb: "du har ikke tillatelse til å lese den",
};

impl NotRead {
    /// Why the file was not read, as the end of a sentence that names it ("… : it is a folder").
    pub fn describe(&self, lang: Lang) -> String {
        let words = match self {
            NotRead::Missing => MISSING,
            NotRead::LinkLeadsNowhere => LINK_LEADS_NOWHERE,
            NotRead::LinkLoop => LINK_LOOP,
            NotRead::Folder => FOLDER,
            NotRead::NotAFile {
                what: Special::Fifo,
            } => FIFO,
            NotRead::NotAFile {
                what: Special::Socket,
            } => SOCKET,
            NotRead::NotAFile {
                what: Special::Device,
            } => DEVICE,
            NotRead::NoPermission => NO_PERMISSION,
            NotRead::TooLarge { limit } => {
                let limit = size(*limit);
                return too_large(lang, &limit);
            }
            NotRead::Failed { why } => return why.clone(),
        };
        words.get(lang).to_string()
    }
}
