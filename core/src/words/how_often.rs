//! How often to train and what comes first, as `ryg plan` and home say it.

words! {
    // GLA:D Back trains twice a week for eight weeks (seed 003); the clinic's guide (seed 002)
    // doses its exercises for most days. Two or three times a week is what both allow.
    HOW_OFTEN =
        "Train two or three times a week.",
        "Træn to eller tre gange om ugen.",
        "Tren to eller tre ganger i uken.";
}

messages! {
    warm_up_first(title: &str, length: &str) =
        "First the warm-up: {title} ({length})",
        "Først opvarmningen: {title} ({length})",
        "Først oppvarmingen: {title} ({length})";
}
