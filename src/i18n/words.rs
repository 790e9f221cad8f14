//! The fixed words of the app in every language.
