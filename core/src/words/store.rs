//! The words for what went wrong with the files ryg keeps: the history file and the settings.
//! A path and the system's own reason are passed in as they are shown.

use std::fmt::Display;

messages! {
    history_not_read(path: impl Display, why: &str) =
        "could not read the history file {path}: {why}",
        "kunne ikke læse historikfilen {path}: {why}",
        "kunne ikke lese historikkfilen {path}: {why}";
    history_not_written(path: impl Display, why: &str) =
        "could not add to the history file {path}: {why}",
        "kunne ikke føje til historikfilen {path}: {why}",
        "kunne ikke legge til i historikkfilen {path}: {why}";
    history_folder_not_created(path: impl Display, source: impl Display) =
        "could not create the folder {path} for the history file: {source}",
        "kunne ikke oprette mappen {path} til historikfilen: {source}",
        "kunne ikke opprette mappen {path} for historikkfilen: {source}";
    history_not_opened(path: impl Display, source: impl Display) =
        "could not open the history file {path} for writing: {source}",
        "kunne ikke åbne historikfilen {path} for at skrive i den: {source}",
        "kunne ikke åpne historikkfilen {path} for skriving: {source}";
    history_not_locked(path: impl Display, source: impl Display) =
        "could not lock the history file {path} for writing: {source}",
        "kunne ikke låse historikfilen {path} for at skrive i den: {source}",
        "kunne ikke låse historikkfilen {path} for skriving: {source}";
    history_write_failed(path: impl Display, source: impl Display) =
        "could not write to the history file {path}: {source}",
        "kunne ikke skrive til historikfilen {path}: {source}",
        "kunne ikke skrive til historikkfilen {path}: {source}";
    history_not_confirmed(path: impl Display, source: impl Display) =
        "the record was written to {path} but the disk did not confirm it was saved: {source}",
        "registreringen blev skrevet til {path}, men disken bekræftede ikke, at den blev gemt: {source}",
        "registreringen ble skrevet til {path}, men disken bekreftet ikke at den ble lagret: {source}";
    history_not_encoded(error: impl Display) =
        "could not turn the record into a line of the history file: {error}",
        "kunne ikke gøre registreringen til en linje i historikfilen: {error}",
        "kunne ikke gjøre registreringen om til en linje i historikkfilen: {error}";
    settings_broken(path: impl Display, line: usize, col: usize, copy: impl Display) =
        "{path}: line {line}, column {col} is not understood, so the usual settings apply; the file stays as it is until you change a setting, and is then kept as {copy}",
        "{path}: linje {line}, kolonne {col} kan ikke forstås, så standardindstillingerne gælder; filen står urørt, til du ændrer en indstilling, og gemmes så som {copy}",
        "{path}: linje {line}, kolonne {col} kan ikke forstås, så standardinnstillingene gjelder; filen står urørt til du endrer en innstilling, og tas da vare på som {copy}";
    settings_unknown_field(path: impl Display, field: &str, copy: impl Display) =
        "{path} has a setting ryg does not know, `{field}`; the others are used, and the file is kept as {copy} when you change a setting",
        "{path} har en indstilling, ryg ikke kender, `{field}`; de andre bruges, og filen gemmes som {copy}, når du ændrer en indstilling",
        "{path} har en innstilling ryg ikke kjenner, `{field}`; de andre brukes, og filen tas vare på som {copy} når du endrer en innstilling";
    settings_unreadable(path: impl Display, why: &str) =
        "{path} could not be read ({why}), so the usual settings apply",
        "{path} kunne ikke læses ({why}), så standardindstillingerne gælder",
        "{path} kunne ikke leses ({why}), så standardinnstillingene gjelder";
}
